package org.briefingpack.render.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.briefingpack.model.Facts;
import org.briefingpack.render.FxRates;

/**
 * What the run charts need of each document, gathered one document at a time: a few numbers and names per
 * summit, never the facts, so the documents can stream past. One per run; not thread-safe.
 */
public final class RunSummits {

    private final FxRates fx;
    private final List<RunCharts.Summit> summits = new ArrayList<>();

    RunSummits(FxRates fx) {
        this.fx = fx;
    }

    public void add(Facts facts) {
        summits.add(RunCharts.summit(Objects.requireNonNull(facts, "facts"), fx));
    }

    /** The summits in date order (see {@link RunCharts#DATE_ORDER}). */
    List<RunCharts.Summit> inDateOrder() {
        List<RunCharts.Summit> sorted = new ArrayList<>(summits);
        sorted.sort(RunCharts.DATE_ORDER);
        return sorted;
    }
}
