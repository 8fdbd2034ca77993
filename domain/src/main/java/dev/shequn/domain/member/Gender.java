package dev.shequn.domain.member;

public enum Gender { FEMALE, MALE, OTHER }
