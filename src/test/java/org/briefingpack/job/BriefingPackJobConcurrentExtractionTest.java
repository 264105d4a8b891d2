package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.briefingpack.extract.FactsExtractor;
import org.briefingpack.extract.RuleBasedFactsExtractor;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.Facts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * With two workers the documents of a chunk are extracted on two threads at once, and the run still records
 * them in input order.
 */
@Import(BriefingPackJobConcurrentExtractionTest.Wiring.class)
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "briefing.workers=2",
            "briefing.chunk-size=4",
            "spring.datasource.url=jdbc:h2:mem:concurrent-extraction-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobConcurrentExtractionTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobConcurrentExtractionTest.class);

    @Autowired
    BriefingPackLauncher launcher;

    @Autowired
    OverlapRecordingExtractor extractor;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    static void inputs() {
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("nato-vilnius-summit-2023.txt");
        folders.addDocument("ai-seoul-summit-2024.md");
        folders.addDocument("ai-safety-summit-bletchley-2023.html");
        folders.addDocumentAs("paris-ai-summit-2025.txt", "z-paris-copy.txt");
    }

    @Test
    void extractStep_withTwoWorkers_extractsTwoDocumentsAtOnce_andKeepsInputOrder() throws Exception {
        RunResult run = launcher.launch(null);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(extractor.overlapped)
                .as("two extractions were running at the same moment")
                .isTrue();
        assertThat(extractor.threads).hasSizeGreaterThanOrEqualTo(2).allMatch(name -> name.startsWith("extract-"));
        JsonNode report =
                new ObjectMapper().readTree(Files.readString(run.runDir().resolve("run-report.json")));
        List<String> files = report.get("documents")
                .valueStream()
                .map(d -> d.get("file").asString())
                .toList();
        assertThat(files)
                .containsExactly(
                        "ai-safety-summit-bletchley-2023.html",
                        "ai-seoul-summit-2024.md",
                        "nato-vilnius-summit-2023.txt",
                        "paris-ai-summit-2025.txt",
                        "z-paris-copy.txt");
    }

    /** The real extractor; the first two calls wait (briefly) for each other to prove they can overlap. */
    static final class OverlapRecordingExtractor implements FactsExtractor {
        private final FactsExtractor real = RuleBasedFactsExtractor.withDefaults(
                new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());
        private final CountDownLatch firstTwo = new CountDownLatch(2);
        final AtomicBoolean overlapped = new AtomicBoolean();
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public Facts extract(SourceDocument document) {
            threads.add(Thread.currentThread().getName());
            if (firstTwo.getCount() > 0) {
                firstTwo.countDown();
                try {
                    if (firstTwo.await(5, TimeUnit.SECONDS)) {
                        overlapped.set(true);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return real.extract(document);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {
        @Bean
        @Primary
        OverlapRecordingExtractor overlapRecordingExtractor() {
            return new OverlapRecordingExtractor();
        }
    }
}
