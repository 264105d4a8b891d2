package org.briefingpack.job;

import org.briefingpack.render.RenderedChart;
import org.briefingpack.run.RunLayout;
import org.briefingpack.run.RunReport;

/** Charts as the run report records them (paths relative to the run folder) and as renderers take them. */
final class ChartRecords {

    private ChartRecords() {}

    static RunReport.Chart toRecord(RunLayout layout, RenderedChart chart) {
        return new RunReport.Chart(
                chart.name(),
                chart.title(),
                chart.altText(),
                layout.relative(chart.png()),
                chart.csv() == null ? null : layout.relative(chart.csv()),
                chart.widthPx(),
                chart.heightPx());
    }

    static RenderedChart toChart(RunLayout layout, RunReport.Chart chart) {
        return new RenderedChart(
                chart.name(),
                chart.title(),
                chart.altText(),
                layout.resolve(chart.png()),
                chart.csv() == null ? null : layout.resolve(chart.csv()),
                chart.widthPx(),
                chart.heightPx());
    }
}
