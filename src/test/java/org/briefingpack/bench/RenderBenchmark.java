package org.briefingpack.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.briefingpack.extract.FactsExtractor;
import org.briefingpack.extract.RuleBasedFactsExtractor;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.model.Facts;
import org.briefingpack.render.DefaultPackRenderer;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.render.RunContents;
import org.briefingpack.render.chart.ChartRenderer;
import org.briefingpack.render.pdf.PdfBriefingRenderer;
import org.briefingpack.render.pdf.PdfSettings;
import org.briefingpack.render.workbook.CommitmentsWorkbookWriter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each renderer, warm, over the corpus's facts: the score is ms for the whole corpus; divide by the
 * document count printed at setup for ms per document. The workbook covers all documents in one file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RenderBenchmark {

    private final FxRates fx = new FxRates(
            "USD", LocalDate.of(2025, 6, 30), Map.of("EUR", new BigDecimal("1.172"), "GBP", new BigDecimal("1.372")));
    private final ChartRenderer charts = new ChartRenderer(fx);
    private final PdfBriefingRenderer pdf =
            new PdfBriefingRenderer(new PdfSettings("A4", "", "bench", "en", null, false), null);
    private final CommitmentsWorkbookWriter workbook = new CommitmentsWorkbookWriter(fx);
    private final DefaultPackRenderer pack = new DefaultPackRenderer(
            new ChartRenderer(fx),
            new PdfBriefingRenderer(new PdfSettings("A4", "", "bench", "en", null, false), null),
            workbook);
    private final Instant generatedAt = Instant.parse("2026-01-01T00:00:00Z");
    private List<Facts> facts;
    private Path out;

    @Setup
    public void extract() throws IOException {
        FactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
                new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());
        facts = ExtractionBenchmark.read(ExtractionBenchmark.corpus()).stream()
                .map(extractor::extract)
                .toList();
        out = Files.createTempDirectory("render-bench");
        System.out.printf("%ncorpus: %d documents%n", facts.size());
    }

    @Benchmark
    public int charts() {
        int n = 0;
        for (Facts f : facts) {
            n += charts.renderDocument(f, out.resolve(f.document().id()).resolve("charts"))
                    .size();
        }
        return n;
    }

    @Benchmark
    public void pdfAndHtml() {
        for (Facts f : facts) {
            pdf.render(f, List.of(), out.resolve(f.document().id()), generatedAt);
        }
    }

    /** What a render worker does per document: its charts, then the PDF and HTML with the charts in them. */
    @Benchmark
    public int wholePack() {
        int n = 0;
        for (Facts f : facts) {
            n += pack.renderDocument(f, out.resolve("pack").resolve(f.document().id()), generatedAt)
                    .files()
                    .size();
        }
        return n;
    }

    @Benchmark
    public void workbook() {
        List<RunContents.DocumentPack> packs = facts.stream()
                .map(f -> new RunContents.DocumentPack(f, List.<RenderedChart>of()))
                .toList();
        workbook.write(new RunContents("bench", generatedAt, packs, List.of()), out.resolve("commitments.xlsx"));
    }
}
