package org.briefingpack.extract.structure;

import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;

/** The real splitter and figure recognizer in front of the structure recognizer: for rules that need both. */
final class Pipeline {

    private static final StructureRecognizer STRUCTURE = StructureRecognizer.withDefaults();
    private static final RuleBasedSentenceSplitter SPLITTER = new RuleBasedSentenceSplitter();
    private static final RuleBasedFigureRecognizer FIGURES = new RuleBasedFigureRecognizer();

    private Pipeline() {}

    static StructureRecognizer.Structure structure(String text) {
        return STRUCTURE.recognize(text, SPLITTER.split(text), FIGURES.recognize(text));
    }
}
