package org.briefingpack.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefingpack.extract.FactsExtractor;
import org.briefingpack.extract.RuleBasedFactsExtractor;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentFormat;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.ingest.SourceDocument;
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
 * Extraction alone (text already read) over a corpus folder, one thread. The score is the time to
 * extract the whole corpus once; {@code scripts/bench.sh} turns it into MB/s of text.
 * Corpus: {@code -Dbench.corpus=DIR}, default {@code ../shared/corpus/dev}, else the test documents.
 *
 * <p>The warm-up is long because, pinned to one core ({@code taskset -c 1}), the JIT compiles the rules on the core
 * that runs them: about seventy seconds pass before its work stops showing in the score. {@code -prof comp} shows
 * whether a run measured compiled code ({@code compiler.time.profiled} near zero) or the compiler.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 50, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    private final FactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
            new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());
    private List<SourceDocument> documents;

    @Setup
    public void readCorpus() throws IOException {
        Path folder = corpus();
        documents = read(folder);
        long chars = documents.stream().mapToLong(d -> d.text().length()).sum();
        // the folder named, so that a checkout without ../shared (a worktree elsewhere) shows it measured another one
        System.out.printf(
                "%ncorpus: %s, %d documents, %d characters of text%n",
                folder.toAbsolutePath().normalize(), documents.size(), chars);
    }

    @Benchmark
    public void extractCorpus(Blackhole sink) {
        for (SourceDocument document : documents) {
            sink.consume(extractor.extract(document));
        }
    }

    static Path corpus() {
        String configured = System.getProperty("bench.corpus");
        if (configured != null) {
            return Path.of(configured);
        }
        Path shared = Path.of("../shared/corpus/dev");
        return Files.isDirectory(shared) ? shared : Path.of("src/test/resources/documents");
    }

    static List<SourceDocument> read(Path folder) throws IOException {
        DocumentReader reader = new DocumentReader();
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : corpusFiles(folder)) {
            documents.add(reader.read(file));
        }
        return documents;
    }

    /** The documents of a corpus folder the job would read, sorted; not its README. */
    static List<Path> corpusFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted()
                    .filter(file -> Files.isRegularFile(file)
                            && DocumentFormat.ofFileName(file.getFileName().toString())
                                    .isPresent()
                            && !file.getFileName().toString().equals("README.md"))
                    .toList();
        }
    }
}
