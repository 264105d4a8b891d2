package org.briefingpack.config;

import org.briefingpack.extract.lexicon.LexiconException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A lexicon file with a bad line stops the start: this turns the stack trace into the file, the line and
 * what is wrong with it, which is all a person editing a word list needs.
 */
class LexiconFailureAnalyzer extends AbstractFailureAnalyzer<LexiconException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, LexiconException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Correct line " + cause.line() + " of lexicon/" + cause.file()
                        + " (src/main/resources/lexicon/README.md says what each column allows).",
                cause);
    }
}
