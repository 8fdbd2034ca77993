package dev.shequn.domain.community;

public enum ModerationAction { NONE, WARN, REMOVE }
