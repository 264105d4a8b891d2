package org.briefingpack.extract.annotate;

import java.util.List;

/** Gives each token of a sentence its part of speech and lemma. Implementations are thread-safe. */
public interface Tagger {

    /** The same tokens, in order, with {@link Token#tag()} and {@link Token#lemma()} filled in. */
    List<Token> tag(List<Token> tokens);
}
