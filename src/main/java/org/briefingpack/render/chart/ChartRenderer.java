package org.briefingpack.render.chart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.briefingpack.io.AtomicFiles;
import org.briefingpack.model.Facts;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.RenderedChart;

/**
 * Draws a document's charts (funding, participation, positions) and a run's charts across summits as
 * PNG at 2x (1600 pixels wide) with the plotted values as CSV beside each, only where there is data.
 * <p>
 * Thread-safe: it holds only the immutable rate table and theme; every call builds its own JFreeChart
 * objects. Headless: it draws on an in-memory image and changes no global setting (the application runs
 * with {@code java.awt.headless=true}, Spring Boot's default). The same facts give byte-identical PNGs on
 * the same JDK: fonts come from the classpath, hints are fixed and the PNG carries no time or text chunk.
 */
public final class ChartRenderer {

    private final FxRates fx;
    private final ChartTheme theme;
    /** Enough for the render workers drawing at once and then some; each array is about 6 MB. */
    private final PixelBuffers pixels =
            new PixelBuffers(Math.max(2, Runtime.getRuntime().availableProcessors()));

    public ChartRenderer(FxRates fx) {
        this.fx = Objects.requireNonNull(fx, "fx rates");
        this.theme = ChartTheme.shipped();
    }

    /** Writes {@code funding}, {@code participation} and {@code positions} (.png and .csv) where the facts have data. */
    public List<RenderedChart> renderDocument(Facts facts, Path chartsDir) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(chartsDir, "chartsDir");
        List<RenderedChart> charts = new ArrayList<>();
        write(FundingChart.draft(facts, fx, theme), chartsDir).ifPresent(charts::add);
        write(ParticipationChart.draft(facts, theme), chartsDir).ifPresent(charts::add);
        write(PositionsChart.draft(facts, theme), chartsDir).ifPresent(charts::add);
        return List.copyOf(charts);
    }

    /**
     * Writes {@code funding-by-summit} and {@code signatories-by-summit} (.png and .csv), each only where two or
     * more documents have that data; summits in event date order whatever the input order.
     */
    public List<RenderedChart> renderRun(List<Facts> documents, Path chartsDir) {
        Objects.requireNonNull(documents, "documents");
        RunSummits summits = runSummits();
        documents.forEach(summits::add);
        return renderRun(summits, chartsDir);
    }

    /** Starts gathering a run's summits, for {@link #renderRun(RunSummits, Path)} once every document was added. */
    public RunSummits runSummits() {
        return new RunSummits(fx);
    }

    /** The same as {@link #renderRun(List, Path)}, from summits gathered while the documents streamed past. */
    public List<RenderedChart> renderRun(RunSummits gathered, Path chartsDir) {
        Objects.requireNonNull(gathered, "summits");
        Objects.requireNonNull(chartsDir, "chartsDir");
        List<RunCharts.Summit> summits = gathered.inDateOrder();
        List<RenderedChart> charts = new ArrayList<>();
        write(RunCharts.funding(summits, fx, theme), chartsDir).ifPresent(charts::add);
        write(RunCharts.signatories(summits, theme), chartsDir).ifPresent(charts::add);
        return List.copyOf(charts);
    }

    private Optional<RenderedChart> write(Optional<ChartDraft> draft, Path dir) {
        return draft.map(d -> {
            byte[] png =
                    PngCanvas.png(d.laid().chart(), d.laid().width(), d.laid().height(), pixels);
            Path pngFile = dir.resolve(d.name() + ".png");
            Path csvFile = dir.resolve(d.name() + ".csv");
            AtomicFiles.write(pngFile, png);
            AtomicFiles.write(csvFile, d.csv().bytes());
            return new RenderedChart(
                    d.name(),
                    d.title(),
                    d.altText(),
                    pngFile,
                    csvFile,
                    d.laid().width() * PngCanvas.SCALE,
                    d.laid().height() * PngCanvas.SCALE,
                    PngCanvas.drawing(
                            d.laid().chart(), d.laid().width(), d.laid().height()));
        });
    }
}
