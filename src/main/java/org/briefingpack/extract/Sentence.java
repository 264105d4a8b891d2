package org.briefingpack.extract;

/** A sentence (or list item, or heading) of a document's text: {@code text.equals(doc.substring(start, end))}. */
public record Sentence(int start, int end, String text) {}
