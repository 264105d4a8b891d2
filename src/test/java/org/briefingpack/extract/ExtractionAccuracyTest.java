package org.briefingpack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.FactsJson;
import org.briefingpack.testsupport.FactsGrader;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds extraction to a floor on the development corpus (copied with its gold into test resources) and on
 * the project's own held-out write-ups ({@code eval/heldout}): graded as {@code ../shared/eval/score.py}
 * grades them, every category must stay at or above the figure it had when the floor was set. A change that
 * loses accuracy anywhere fails the build and says which category fell.
 */
class ExtractionAccuracyTest {

    /** Today's figures, less a margin of about one fact in the category. */
    private static final Map<String, Double> DEV_FLOORS = Map.ofEntries(
            Map.entry("event", 0.98),
            Map.entry("themes", 0.97),
            Map.entry("outcomes", 0.94),
            Map.entry("outcome_details", 0.98),
            Map.entry("positions", 0.98),
            Map.entry("dates", 0.98),
            Map.entry("money", 0.98),
            Map.entry("counts", 0.98),
            Map.entry("percents", 0.98),
            Map.entry("links", 0.98),
            Map.entry("evidence", 1.0));

    private static final Map<String, Double> HELDOUT_FLOORS = Map.ofEntries(
            Map.entry("event", 0.85),
            Map.entry("themes", 0.90),
            Map.entry("outcomes", 0.80),
            // 0.95 until the sixth round found the $27 billion of commitments whose count stands in the next
            // sentence: one more outcome (0.871 -> 0.884), one more detail to miss (0.955 -> 0.947)
            Map.entry("outcome_details", 0.94),
            Map.entry("positions", 0.78),
            Map.entry("dates", 0.90),
            Map.entry("money", 0.98),
            Map.entry("counts", 0.94),
            Map.entry("percents", 0.98),
            Map.entry("links", 0.98),
            Map.entry("evidence", 1.0));

    private final RuleBasedFactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
            new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void developmentCorpus_staysAtOrAboveItsFloorInEveryCategory() throws IOException {
        FactsGrader grader = grade(resource("/devcorpus"));
        System.out.print(grader.table("development corpus (8 documents)"));
        assertFloors(grader, DEV_FLOORS);
        assertThat(grader.overall()).as("overall").isGreaterThanOrEqualTo(0.985);
    }

    @Test
    void heldOutWriteUps_stayAtOrAboveTheirFloorInEveryCategory() throws IOException {
        FactsGrader grader = grade(Path.of("eval/heldout"));
        System.out.print(grader.table("held-out write-ups (8 documents)"));
        assertFloors(grader, HELDOUT_FLOORS);
        assertThat(grader.overall()).as("overall").isGreaterThanOrEqualTo(0.92);
    }

    private static void assertFloors(FactsGrader grader, Map<String, Double> floors) {
        grader.scores()
                .forEach((category, f1) -> assertThat(f1)
                        .as("%s F1 fell below its floor", category)
                        .isGreaterThanOrEqualTo(floors.getOrDefault(category, 1.0)));
    }

    private FactsGrader grade(Path folder) throws IOException {
        FactsGrader grader = new FactsGrader();
        DocumentReader reader = new DocumentReader();
        FactsJson facts = new FactsJson();
        List<Path> golds;
        try (Stream<Path> list = Files.list(folder.resolve("gold"))) {
            golds = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(golds).isNotEmpty();
        for (Path goldFile : golds) {
            String id = goldFile.getFileName().toString().replace(".json", "");
            Path input;
            try (Stream<Path> list = Files.list(folder)) {
                input = list.filter(p -> p.getFileName().toString().startsWith(id + "."))
                        .findFirst()
                        .orElseThrow();
            }
            SourceDocument doc = reader.read(input);
            JsonNode pred = json.readTree(facts.toBytes(extractor.extract(doc)));
            grader.grade(json.readTree(Files.readAllBytes(goldFile)), pred, doc.text());
        }
        return grader;
    }

    private static Path resource(String name) {
        try {
            return Path.of(ExtractionAccuracyTest.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
