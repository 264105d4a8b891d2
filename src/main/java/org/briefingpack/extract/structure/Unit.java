package org.briefingpack.extract.structure;

import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.Sentence;
import org.briefingpack.model.FigureKind;

/**
 * A sentence with what the layout says about it: whether it is a heading or a list item, whether a blank
 * line comes before it, and the figures that stand inside it.
 *
 * @param index    position in the document's list of units
 * @param heading  a line of its own without closing punctuation (a title or section heading)
 * @param lineItem a line of its own (a list item, a heading or a one-sentence paragraph)
 * @param marker   the line starts with a list marker ("-", "*", "•", "1.")
 * @param newBlock a blank line (or the start of the document) comes before it
 * @param plain    the text without a leading list marker or emphasis marks, trimmed
 */
record Unit(
        int index,
        Sentence sentence,
        boolean heading,
        boolean lineItem,
        boolean marker,
        boolean newBlock,
        List<FoundFigure> figures,
        String plain) {

    Unit {
        figures = List.copyOf(figures);
    }

    String text() {
        return sentence.text();
    }

    int start() {
        return sentence.start();
    }

    /** Figures of one kind, with offsets relative to the sentence text. */
    List<FoundFigure> local(FigureKind kind) {
        return figures.stream()
                .filter(f -> f.figure().kind() == kind)
                .map(f -> new FoundFigure(f.figure(), f.start() - start(), f.end() - start()))
                .toList();
    }
}
