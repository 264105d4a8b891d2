package org.briefingpack.extract.annotate;

/** A city or venue named in a sentence at characters [start, end), with its country's ISO code. */
public record Place(String name, String country, int first, int last, int start, int end) {}
