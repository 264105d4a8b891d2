package org.briefingpack.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.FigureKind;

/**
 * Where figures of different recognizers overlap, keeps one: money over percent over date over
 * count ("$400 million" is money, not a count of millions), then the longer span. A count inside a
 * kept count stays too ("seven leading donors" in "four of the seven leading donors"). Returns the
 * kept figures in document order (by start; a nested count after the one it stands in).
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
        List<FoundFigure> nested = new ArrayList<>();
        for (FoundFigure f : sorted) {
            var before = kept.floorEntry(f.end() - 1);
            if (before != null && before.getValue().end() > f.start()) {
                if (countInCount(f, before.getValue())) {
                    nested.add(f);
                }
                continue;
            }
            kept.put(f.start(), f);
        }
        List<FoundFigure> out = new ArrayList<>(kept.values());
        if (!nested.isEmpty()) {
            out.addAll(nested);
            out.sort(Comparator.comparingInt(FoundFigure::start));
        }
        return out;
    }

    /** "seven leading donors" inside "four of the seven leading donors": a count within a count is kept. */
    private static boolean countInCount(FoundFigure inner, FoundFigure outer) {
        return inner.figure().kind() == FigureKind.COUNT
                && outer.figure().kind() == FigureKind.COUNT
                && inner.start() > outer.start()
                && inner.end() <= outer.end();
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
