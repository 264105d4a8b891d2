package org.briefingpack.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.ingest.UnreadableDocumentException;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.testsupport.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole extract step (read the file, extract the facts) over 1,000 random documents: summit-like
 * prose built from random fragments, random Unicode, tag soup, and raw bytes, as .txt, .md and .html.
 * No exception escapes (an unreadable file is the one expected outcome, with its reason), every
 * evidence quote stands in the text, and the work grows linearly with the input.
 */
class ExtractStepPropertiesTest {

    private static final List<String> SUBJECTS = List.of(
            "The United States",
            "France",
            "the U.K.",
            "Leaders of 27 nations",
            "The European Union",
            "China",
            "Sixteen companies",
            "Germany",
            "The summit",
            "Ministers",
            "Japan",
            "India");
    private static final List<String> VERBS = List.of(
            "signed",
            "pledged",
            "launched",
            "declined to sign",
            "welcomed",
            "hosted",
            "agreed",
            "announced",
            "chose not to sign",
            "adopted",
            "endorsed",
            "opposed");
    private static final List<String> OBJECTS = List.of(
            "the Seoul Declaration",
            "a $400 million fund",
            "€200 billion",
            "the Global Coalition for Clean Air",
            "£8.5 million in grants",
            "the summit in Paris on 10–11 February 2025",
            "an initiative backed by 91 partners",
            "2% of GDP",
            "the \u201cOcean Pact\u201d",
            "more than 90 countries",
            "a report on AI safety",
            "the communiqué, citing national security");
    private static final List<String> GLUE = List.of(
            ". ",
            ".\n",
            ".\n\n",
            "; ",
            ", and ",
            ".\n- ",
            "\n# ",
            " (",
            ") ",
            " – ",
            ". See https://example.org/a?utm_source=x. ");
    private static final List<String> EXTENSIONS = List.of(".txt", ".md", ".html");

    private final DocumentReader reader = new DocumentReader();
    private final FactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
            new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());

    @TempDir
    Path dir;

    static Stream<Long> seeds() {
        return RandomText.seeds(1_000);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyDocument_isExtractedOrRefusedWithAReason_neverThrows(long seed) throws IOException {
        RandomText random = RandomText.withSeed(seed);
        String extension = random.pick(EXTENSIONS);
        byte[] bytes = switch (random.nextInt(4)) {
            case 0 -> random.unicode(3_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case 1 -> random.tagSoup(60).getBytes(java.nio.charset.StandardCharsets.UTF_8);
            case 2 -> random.bytes(3_000);
            default -> summitProse(random).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
        Path file = Files.write(dir.resolve("doc-" + seed + extension), bytes);
        String description = random.describe(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));

        // Generous: a case takes milliseconds; only a runaway (quadratic or worse) input could reach it.
        Facts facts = assertTimeoutPreemptively(
                Duration.ofMinutes(2),
                () -> RandomText.failuresNaming(description, () -> {
                    SourceDocument document;
                    try {
                        document = reader.read(file);
                    } catch (UnreadableDocumentException e) {
                        assertThat(e.getMessage())
                                .as(description)
                                .startsWith(file.getFileName().toString() + ":");
                        return null;
                    }
                    Facts extracted = extractor.extract(document);
                    String text = squash(document.text());
                    for (String quote : quotes(extracted)) {
                        assertThat(text).as(description).contains(squash(quote));
                    }
                    return extracted;
                }),
                description);
        if (facts != null) {
            assertThat(facts.schema()).isEqualTo(Facts.SCHEMA);
            assertThat(facts.document().id()).isEqualTo("doc-" + seed);
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Test
    void extraction_growsLinearlyWithTheDocument() {
        RandomText random = RandomText.withSeed(7);
        StringBuilder unit = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            unit.append(summitProse(random)).append("\n\n");
        }
        SourceDocument small = document(unit.toString());
        SourceDocument large = document(unit.toString().repeat(8));
        long smallNanos = bestOf(3, small);
        long largeNanos = bestOf(3, large);
        // This thread's CPU time, not the clock: a busy machine delays a run without adding to its CPU time.
        // 8x the text may take 8x the work; allow 4x more for cache effects. Quadratic work would be 64x.
        assertThat(largeNanos)
                .as("small %d ms, 8x larger %d ms", smallNanos / 1_000_000, largeNanos / 1_000_000)
                .isLessThan(32 * smallNanos + 200_000_000L);
    }

    private long bestOf(int runs, SourceDocument document) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long started = CPU.getCurrentThreadCpuTime();
            extractor.extract(document);
            best = Math.min(best, CPU.getCurrentThreadCpuTime() - started);
        }
        return best;
    }

    private static SourceDocument document(String text) {
        return new SourceDocument(
                "linear",
                "linear.txt",
                org.briefingpack.ingest.DocumentFormat.TEXT,
                "0",
                "UTF-8",
                text,
                List.of(),
                List.of());
    }

    /** Sentences that look like a summit write-up, so the structure recognizers do real work. */
    private static String summitProse(RandomText random) {
        StringBuilder prose = new StringBuilder();
        int sentences = 1 + random.nextInt(25);
        for (int i = 0; i < sentences; i++) {
            prose.append(random.pick(SUBJECTS))
                    .append(' ')
                    .append(random.pick(VERBS))
                    .append(' ')
                    .append(random.pick(OBJECTS));
            if (random.chance(20)) {
                prose.append(' ').append(random.unicode(40));
            }
            prose.append(random.pick(GLUE));
        }
        return prose.toString();
    }

    private static List<String> quotes(Facts facts) {
        List<Evidence> evidence = new ArrayList<>();
        if (facts.event() != null) {
            evidence.addAll(facts.event().evidence());
        }
        facts.themes().forEach(t -> evidence.addAll(t.evidence()));
        facts.outcomes().forEach(o -> evidence.addAll(o.evidence()));
        facts.positions().forEach(p -> evidence.addAll(p.evidence()));
        return evidence.stream().map(Evidence::quote).toList();
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
