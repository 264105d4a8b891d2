package org.briefingpack.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.FigureKind;

/**
 * Where figures of different recognizers overlap, keeps one: money over percent over date over
 * count ("$400 million" is money, not a count of millions), then the longer span. Returns the
 * kept figures in document order.
 */
final class OverlapResolver {

    private static final Comparator<FoundFigure> PREFERENCE = Comparator.comparingInt(
                    (FoundFigure f) -> rank(f.figure().kind()))
            .thenComparing(Comparator.comparingInt((FoundFigure f) -> f.end() - f.start())
                    .reversed())
            .thenComparingInt(FoundFigure::start);

    List<FoundFigure> resolve(List<FoundFigure> candidates) {
        List<FoundFigure> sorted = new ArrayList<>(candidates);
        sorted.sort(PREFERENCE);
        // kept spans by start; a candidate is dropped if it overlaps one of them
        TreeMap<Integer, FoundFigure> kept = new TreeMap<>();
        for (FoundFigure f : sorted) {
            var before = kept.floorEntry(f.end() - 1);
            if (before != null && before.getValue().end() > f.start()) {
                continue;
            }
            kept.put(f.start(), f);
        }
        return new ArrayList<>(kept.values());
    }

    private static int rank(FigureKind kind) {
        return switch (kind) {
            case MONEY -> 0;
            case PERCENT -> 1;
            case DATE -> 2;
            case COUNT -> 3;
        };
    }
}
