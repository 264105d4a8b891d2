package org.briefingpack.extract;

import java.util.List;

/** Finds every MONEY, COUNT, PERCENT and DATE figure in a document's text, in document order. */
public interface FigureRecognizer {
    List<FoundFigure> recognize(String text);
}
