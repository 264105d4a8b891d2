package org.briefingpack.extract;

import java.util.List;

/** Splits normalised document text into sentences, list items and headings, in order. */
public interface SentenceSplitter {
    List<Sentence> split(String text);
}
