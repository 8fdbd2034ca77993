package dev.shequn.domain.member;

/** Coarse age bands: a portrait needs no birthday. */
public enum AgeBand { UNDER_18, FROM_18_TO_24, FROM_25_TO_34, FROM_35_TO_44, FROM_45_TO_54, FROM_55 }
