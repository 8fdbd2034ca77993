package dev.shequn.domain.community;

public enum MembershipStatus { ACTIVE, LEFT, REMOVED }
