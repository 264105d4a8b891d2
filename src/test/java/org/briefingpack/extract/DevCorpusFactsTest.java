package org.briefingpack.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.junit.jupiter.api.Test;

/**
 * Extracts every dev corpus document into {@code target/dev-facts/<id>/facts.json} for
 * {@code python3 ../shared/eval/score.py ../shared/corpus/dev/gold target/dev-facts --verbose}.
 * Skipped (visibly) where the shared corpus is absent.
 */
class DevCorpusFactsTest {

    private static final Path CORPUS = Path.of("../shared/corpus/dev");

    @Test
    void extractsEveryDevDocumentWithEventOutcomesAndVerbatimEvidence() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "dev corpus not found at " + CORPUS.toAbsolutePath());
        RuleBasedFactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
                new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());
        DocumentReader reader = new DocumentReader();
        FactsJson json = new FactsJson();
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        List<SourceDocument> docs = new java.util.ArrayList<>();
        for (Path file : files) {
            SourceDocument doc = reader.read(file);
            Facts facts = extractor.extract(doc);
            Path out = Path.of("target/dev-facts", doc.id(), "facts.json");
            Files.createDirectories(out.getParent());
            Files.write(out, json.toBytes(facts));
            Files.writeString(out.resolveSibling("text.txt"), doc.text());
            assertThat(facts.event()).as(doc.id()).isNotNull();
            assertThat(facts.outcomes()).as(doc.id()).isNotEmpty();
            String squashed = doc.text().replaceAll("\\s+", " ");
            List<org.briefingpack.model.Evidence> quotes =
                    new java.util.ArrayList<>(facts.event().evidence());
            facts.themes().forEach(t -> quotes.addAll(t.evidence()));
            facts.outcomes().forEach(o -> quotes.addAll(o.evidence()));
            facts.positions().forEach(p -> quotes.addAll(p.evidence()));
            assertThat(quotes)
                    .as(doc.id())
                    .allSatisfy(e -> assertThat(squashed).contains(e.quote().replaceAll("\\s+", " ")));
            docs.add(doc);
        }
        // a rough throughput figure for the whole extraction (figures, sentences, structure, links)
        for (int warmUp = 0; warmUp < 10; warmUp++) {
            docs.forEach(extractor::extract);
        }
        long chars = 0;
        long started = System.nanoTime();
        for (int round = 0; round < 20; round++) {
            for (SourceDocument doc : docs) {
                extractor.extract(doc);
                chars += doc.text().length();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("dev corpus extraction: %.2f MB/s over %d chars%n", chars / seconds / 1e6, chars);
    }
}
