package org.briefingpack.extract.annotate;

/**
 * A noun phrase of a sentence over tokens [first, last): "the new Indonesia Just Energy Transition
 * Partnership", "Egypt's plan", "20 major technology companies". {@code head} is its last noun.
 */
public record Chunk(int first, int last, int head, boolean proper) {}
