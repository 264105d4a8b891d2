package org.briefingpack.job;

import java.nio.file.Path;
import java.util.List;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.run.RunReport;

/** Converts rendered files and charts to and from ledger form (paths relative to the run folder). */
final class RenderRecords {

    private RenderRecords() {}

    static List<String> relative(Path runDir, List<Path> files) {
        return files.stream()
                .map(file -> runDir.relativize(file.toAbsolutePath()).toString())
                .toList();
    }

    static RunReport.Chart toRecord(Path runDir, RenderedChart chart) {
        return new RunReport.Chart(
                chart.name(),
                chart.title(),
                chart.altText(),
                runDir.relativize(chart.png().toAbsolutePath()).toString(),
                chart.csv() == null
                        ? null
                        : runDir.relativize(chart.csv().toAbsolutePath()).toString(),
                chart.widthPx(),
                chart.heightPx());
    }

    static RenderedChart toChart(Path runDir, RunReport.Chart chart) {
        return new RenderedChart(
                chart.name(),
                chart.title(),
                chart.altText(),
                runDir.resolve(chart.png()),
                chart.csv() == null ? null : runDir.resolve(chart.csv()),
                chart.widthPx(),
                chart.heightPx());
    }
}
