package org.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefingpack.extract.Sentence;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.model.Link;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every document of the shared development corpus and checks the reading against its gold:
 * the links equal the gold links, and every sentence is a slice of the text that also stands in the
 * grader's reading of the file (so evidence quotes cut from sentences pass the evidence check).
 */
class DevCorpusReadingTest {

    private static final Path CORPUS = Path.of("../shared/corpus/dev");

    private final DocumentReader reader = new DocumentReader();
    private final RuleBasedSentenceSplitter splitter = new RuleBasedSentenceSplitter();
    private final RuleBasedLinkRecognizer links = new RuleBasedLinkRecognizer();

    static Stream<Path> documents() throws IOException {
        if (!Files.isDirectory(CORPUS.resolve("gold"))) {
            // a parameterized test needs at least one argument; the test itself skips visibly
            return Stream.of(CORPUS.resolve("absent"));
        }
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(Files::isRegularFile).sorted().toList().stream();
        }
    }

    private static void assumeCorpus(Path file) {
        Assumptions.assumeTrue(
                Files.isRegularFile(file),
                "SKIPPED: development corpus not found at "
                        + CORPUS.toAbsolutePath().normalize());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void devDocument_linksEqualTheGoldLinks(Path file) throws IOException {
        assumeCorpus(file);
        SourceDocument doc = reader.read(file);
        Path gold = CORPUS.resolve("gold").resolve(doc.id() + ".json");
        Assumptions.assumeTrue(Files.isRegularFile(gold), "SKIPPED: no gold for " + doc.id());
        List<String> expected = new ArrayList<>();
        JsonNode goldLinks =
                JsonMapper.builder().build().readTree(Files.readString(gold)).path("links");
        for (JsonNode link : goldLinks) {
            expected.add(link.path("normalized").asString());
        }
        List<String> found = links.recognize(doc.text(), doc.markupLinks()).stream()
                .map(Link::normalized)
                .toList();
        assertThat(found).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void devDocument_everySentenceStandsInTheTextAndInTheGradersReading(Path file) throws IOException {
        assumeCorpus(file);
        SourceDocument doc = reader.read(file);
        List<Sentence> sentences = splitter.split(doc.text());
        assertThat(sentences).hasSizeGreaterThan(10);
        List<String> forms =
                GraderReading.forms(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), doc.format());
        for (Sentence s : sentences) {
            assertThat(doc.text().substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(GraderReading.stands(s.text(), forms))
                    .as("sentence stands in the grader's reading: %s", s.text())
                    .isTrue();
        }
    }
}
