package dev.shequn.domain.ledger;

/** What a ledger counts: loyalty points (whole numbers) or cash (minor units of the merchant's currency). */
public enum Asset { POINTS, CASH }
