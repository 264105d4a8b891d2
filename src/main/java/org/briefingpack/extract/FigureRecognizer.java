package org.briefingpack.extract;

import java.util.List;
import java.util.OptionalInt;

/** Finds every MONEY, COUNT, PERCENT and DATE figure in a document's text, in document order. */
public interface FigureRecognizer {

    /** The figures of a text with no year of its own outside the text. */
    default List<FoundFigure> recognize(String text) {
        return recognize(text, OptionalInt.empty());
    }

    /**
     * The figures of a text; {@code documentYear} (from the file name) places dates that state no year and have no
     * dated date near them.
     */
    List<FoundFigure> recognize(String text, OptionalInt documentYear);
}
