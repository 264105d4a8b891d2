package org.briefingpack.render.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingpack.io.AtomicFiles;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.render.RunContents;

/**
 * A run's commitments workbook while it is written: {@link #add} each document once, in input order, then
 * {@link #finish}. One pass appends every document's rows to all the data sheets at once (each SXSSF sheet keeps
 * only its own window of rows), so a document's facts can be let go as soon as its rows are written; what the
 * sheets written last need (top amounts, counts, input files, chart images) is kept as small aggregates.
 * Opened by {@link CommitmentsWorkbookWriter#open}; one per write, not thread-safe; close it to delete the
 * streamed rows' temporary files.
 */
public final class CommitmentsWorkbook implements AutoCloseable {

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    private final String runId;
    private final Instant generatedAt;
    private final SXSSFWorkbook workbook = newWorkbook();
    private final boolean sourceLinks;
    private final TopAmounts top = new TopAmounts(ChartsSheet.TOP_N);
    private final AboutSheet about;
    private final ChartsSheet charts;
    private final List<TableSheet> tables;
    private final SheetWriter commitmentsSheet;
    private final SheetWriter resourcesSheet;
    private final SheetWriter chartsSheet;
    private final SheetWriter aboutSheet;
    private boolean finished;

    CommitmentsWorkbook(FxRates fx, String runId, Instant generatedAt, long outcomes) {
        this.runId = runId;
        this.generatedAt = generatedAt;
        // A POI hyperlink costs heap until the file is written, so large runs get plain Source file cells.
        this.sourceLinks = outcomes <= CommitmentsWorkbookWriter.MAX_SOURCE_LINKS;
        try {
            Styles styles = new Styles(workbook);
            commitmentsSheet = sheet(CommitmentsWorkbookWriter.COMMITMENTS, styles);
            SheetWriter positions = sheet(CommitmentsWorkbookWriter.POSITIONS, styles);
            SheetWriter figures = sheet(CommitmentsWorkbookWriter.FIGURES, styles);
            SheetWriter themes = sheet(CommitmentsWorkbookWriter.THEMES, styles);
            resourcesSheet = sheet(CommitmentsWorkbookWriter.RESOURCES, styles);
            chartsSheet = sheet(CommitmentsWorkbookWriter.CHARTS, styles);
            aboutSheet = sheet(CommitmentsWorkbookWriter.ABOUT, styles);
            about = new AboutSheet(runId, generatedAt, fx);
            charts = new ChartsSheet(fx);
            tables = List.of(
                    new CommitmentsSheet(commitmentsSheet, fx, about, top, sourceLinks),
                    new PositionsSheet(positions),
                    new FiguresSheet(figures),
                    new ThemesSheet(themes),
                    new ResourcesSheet(resourcesSheet));
        } catch (RuntimeException e) {
            // the sheets made so far already have temporary files
            close();
            throw e;
        }
    }

    private static SXSSFWorkbook newWorkbook() {
        PrivatePoiTempFolder.install(); // never the shared /tmp/poifiles
        return new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, false, false);
    }

    private SheetWriter sheet(String name, Styles styles) {
        return new SheetWriter(workbook, workbook.createSheet(name), styles);
    }

    /** Appends the next document's rows to every data sheet; keeps only what the Charts and About sheets need. */
    public void add(RunContents.DocumentPack pack) {
        if (finished) {
            throw new IllegalStateException("Workbook of run " + runId + " is already written");
        }
        int index = about.documents();
        if (pack == null || pack.facts() == null) {
            throw new IllegalArgumentException("Run " + runId + " has no facts for document " + index);
        }
        for (TableSheet table : tables) {
            table.add(index, pack.facts());
        }
        charts.add(pack);
        about.add(pack.facts());
    }

    /**
     * Writes the Charts and About sheets, then the workbook to {@code xlsxFile}, atomically: readers see the old
     * file or the whole new one.
     *
     * @param runCharts charts across the run, embedded before the documents' own
     */
    public void finish(List<RenderedChart> runCharts, Path xlsxFile) {
        Objects.requireNonNull(xlsxFile, "xlsxFile");
        finishSheets(runCharts);
        AtomicFiles.write(xlsxFile, workbook::write);
    }

    /** As {@link #finish(List, Path)}, to a stream: the warm-up's workbook goes nowhere. */
    void finish(List<RenderedChart> runCharts, OutputStream out) throws IOException {
        finishSheets(runCharts);
        workbook.write(out);
    }

    private void finishSheets(List<RenderedChart> runCharts) {
        if (finished) {
            throw new IllegalStateException("Workbook of run " + runId + " is already written");
        }
        finished = true;
        tables.forEach(TableSheet::finish);
        ChartsSheet.Result chartResult =
                charts.write(chartsSheet, top.largestFirst(), runCharts == null ? List.of() : runCharts);
        int linksOmitted = commitmentsSheet.linksOmitted() + resourcesSheet.linksOmitted();
        about.write(aboutSheet, new AboutSheet.Notes(sourceLinks, linksOmitted, chartResult.imagesOmitted()));
        properties();
    }

    private void properties() {
        POIXMLProperties.CoreProperties core =
                workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle("Commitments workbook, run " + runId);
        core.setSubjectProperty(
                "Outcomes, positions, figures, themes and resources of " + about.documents() + " document(s)");
        core.setCreator("briefing-pack");
        core.setKeywords("briefing-pack; commitments; summits");
        if (generatedAt != null) {
            // The run's own time, so a rebuilt workbook carries the same metadata.
            core.setCreated(Optional.of(Date.from(generatedAt)));
            core.setModified(Optional.of(Date.from(generatedAt)));
        }
    }

    /** Deletes the streamed rows' temporary files, also when writing failed. */
    @Override
    public void close() {
        workbook.dispose();
        try {
            workbook.close();
        } catch (IOException ignored) {
            // nothing left to release that dispose() did not
        }
    }
}
