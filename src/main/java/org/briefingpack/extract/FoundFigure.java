package org.briefingpack.extract;

import org.briefingpack.model.Figure;

/** A figure with where it stands in the document text ({@code start} inclusive, {@code end} exclusive). */
public record FoundFigure(Figure figure, int start, int end) {}
