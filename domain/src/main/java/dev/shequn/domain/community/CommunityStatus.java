package dev.shequn.domain.community;

/** OPEN takes members; FULL is at capacity and opens again when someone leaves; ARCHIVED takes no one. */
public enum CommunityStatus { OPEN, FULL, ARCHIVED }
