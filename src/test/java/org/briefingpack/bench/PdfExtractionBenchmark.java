package org.briefingpack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefingpack.extract.FactsExtractor;
import org.briefingpack.extract.RuleBasedFactsExtractor;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.testsupport.MadeUpPdf;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * PDF input read and extracted, one thread: each iteration reads every PDF of a folder (PDFBox, the layout)
 * and extracts its facts. Pages per second = pages / score. The PDFs: {@code -Dbench.pdfs=DIR} (say the dev
 * corpus converted by LibreOffice), else the test documents and made-up write-ups laid out here by OpenPDF on
 * small pages with running headers and in two columns.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfExtractionBenchmark {

    private final DocumentReader reader = new DocumentReader();
    private final FactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
            new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());
    private List<Path> pdfs;

    @Setup
    public void layOut() throws IOException {
        String configured = System.getProperty("bench.pdfs");
        Path folder;
        if (configured != null) {
            folder = Path.of(configured);
        } else {
            folder = Files.createTempDirectory("pdf-bench");
            List<Path> texts = new ArrayList<>();
            for (String dir : List.of("src/test/resources/devcorpus", "src/test/resources/madeup")) {
                try (Stream<Path> list = Files.list(Path.of(dir))) {
                    texts.addAll(list.filter(p -> p.toString().endsWith(".txt"))
                            .sorted()
                            .toList());
                }
            }
            for (Path text : texts) {
                String name = text.getFileName().toString().replace(".txt", "");
                for (MadeUpPdf.Layout layout :
                        List.of(MadeUpPdf.Layout.RUNNING_HEADERS, MadeUpPdf.Layout.TWO_COLUMNS)) {
                    MadeUpPdf.write(Files.readString(text), layout, folder.resolve(name + "-" + layout + ".pdf"));
                }
            }
        }
        try (Stream<Path> list = Files.list(folder)) {
            pdfs = list.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        int pages = 0;
        for (Path pdf : pdfs) {
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                pages += doc.getNumberOfPages();
            }
        }
        System.out.printf(
                "%nPDFs: %d files, %d pages (pages per second = %d / score in s)%n", pdfs.size(), pages, pages);
    }

    @Benchmark
    public void readAndExtract(Blackhole sink) {
        for (Path pdf : pdfs) {
            sink.consume(extractor.extract(reader.read(pdf)));
        }
    }
}
