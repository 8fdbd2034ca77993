package dev.shequn.domain.community;

/**
 * What a community is planned around: high-frequency necessities convert inside one store's group;
 * low-frequency goods need an alliance of neighbouring merchants; niche goods grow from seed users.
 */
public enum Positioning { HIGH_FREQUENCY, LOW_FREQUENCY, NICHE }
