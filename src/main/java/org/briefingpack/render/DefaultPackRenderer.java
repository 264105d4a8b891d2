package org.briefingpack.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefingpack.model.Facts;
import org.briefingpack.render.chart.ChartRenderer;
import org.briefingpack.render.chart.RunSummits;
import org.briefingpack.render.pdf.PdfBriefingRenderer;
import org.briefingpack.render.workbook.CommitmentsWorkbook;
import org.briefingpack.render.workbook.CommitmentsWorkbookWriter;
import org.briefingpack.run.RunLayout;

/**
 * The shipped renderers in the order their outputs depend on each other: charts first (the PDF and
 * the workbook embed them), then the PDF and its HTML twin; per run, run charts then the workbook.
 */
public final class DefaultPackRenderer implements PackRenderer {

    private final ChartRenderer charts;
    private final PdfBriefingRenderer pdf;
    private final CommitmentsWorkbookWriter workbook;

    public DefaultPackRenderer(ChartRenderer charts, PdfBriefingRenderer pdf, CommitmentsWorkbookWriter workbook) {
        this.charts = charts;
        this.pdf = pdf;
        this.workbook = workbook;
    }

    @Override
    public DocumentRendering renderDocument(Facts facts, Path documentDir, Instant generatedAt) {
        List<RenderedChart> drawn = charts.renderDocument(facts, documentDir.resolve(RunLayout.CHARTS));
        pdf.render(facts, drawn, documentDir, generatedAt);
        List<Path> files = new ArrayList<>();
        files.add(documentDir.resolve(RunLayout.PDF));
        files.add(documentDir.resolve(RunLayout.HTML));
        addChartFiles(drawn, files);
        return new DocumentRendering(drawn, files);
    }

    @Override
    public List<Path> renderRun(RunContents run, Path runDir) {
        Path xlsx = runDir.resolve(RunLayout.WORKBOOK);
        RunSummits summits = charts.runSummits();
        List<RenderedChart> runCharts;
        try (CommitmentsWorkbook book =
                workbook.open(run.runId(), run.generatedAt(), run.documents().outcomes())) {
            // One pass: each document feeds the workbook's sheets and the run charts' sums, then is let go.
            for (RunContents.DocumentPack pack : run.documents()) {
                book.add(pack);
                summits.add(pack.facts());
            }
            runCharts = charts.renderRun(summits, runDir.resolve(RunLayout.CHARTS));
            book.finish(runCharts, xlsx);
        }
        List<Path> files = new ArrayList<>();
        files.add(xlsx);
        addChartFiles(runCharts, files);
        return files;
    }

    /** The workbook only: one document's run draws no run charts, and the charts' classes are loaded by then. */
    @Override
    public void warmUpRun() {
        workbook.warmUp();
    }

    private static void addChartFiles(List<RenderedChart> drawn, List<Path> files) {
        for (RenderedChart chart : drawn) {
            files.add(chart.png());
            if (chart.csv() != null) {
                files.add(chart.csv());
            }
        }
    }
}
