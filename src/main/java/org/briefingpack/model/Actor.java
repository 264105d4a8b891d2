package org.briefingpack.model;

/** A named party; {@code code} is ISO 3166-1 alpha-2, {@code EU} for the European Union, null for others. */
public record Actor(String name, String code) {}
