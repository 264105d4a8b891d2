package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.briefingpack.config.BriefingComponents;
import org.briefingpack.config.BriefingProperties;
import org.briefingpack.model.Facts;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.PackRenderer;
import org.briefingpack.render.RunContents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two runs started at once on one output folder: while the first is rendering, the second (a new run,
 * or a restart of the running one) is refused with exit code 4 and a message, and writes nothing.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:concurrent-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobConcurrentRunsTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobConcurrentRunsTest.class);

    @Autowired
    BriefingPackLauncher launcher;

    @Autowired
    PausingRenderer renderer;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    static void inputs() {
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("ai-seoul-summit-2024.md");
    }

    @Test
    void secondRun_whileTheFirstIsRendering_isRefusedAndNeverInterleaves() throws Exception {
        CompletableFuture<RunResult> first = CompletableFuture.supplyAsync(() -> launcher.launch(null));
        assertThat(renderer.rendering.await(120, TimeUnit.SECONDS))
                .as("the first run reached render")
                .isTrue();
        String firstRunId;
        try (Stream<Path> runs = Files.list(folders.output)) {
            firstRunId = runs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString())
                    .findFirst()
                    .orElseThrow();
        }

        RunResult second =
                CompletableFuture.supplyAsync(() -> launcher.launch(null)).get(60, TimeUnit.SECONDS);
        RunResult sameId =
                CompletableFuture.supplyAsync(() -> launcher.launch(firstRunId)).get(60, TimeUnit.SECONDS);
        renderer.release.countDown();
        RunResult finished = first.get(300, TimeUnit.SECONDS);

        for (RunResult refused : List.of(second, sameId)) {
            assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
            assertThat(refused.status()).as("no job execution was started").isNull();
            assertThat(refused.message())
                    .startsWith("Another briefing-pack run is writing to " + folders.output.toAbsolutePath())
                    .contains("this run did nothing");
        }
        assertThat(finished.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(finished.runId()).isEqualTo(firstRunId);
        assertThat(finished.status()).isEqualTo(BatchStatus.COMPLETED);
        try (Stream<Path> runs = Files.list(folders.output)) {
            assertThat(runs.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                            .map(p -> p.getFileName().toString()))
                    .as("one run folder: the refused runs created none")
                    .containsExactly(firstRunId);
        }
        assertThat(renderer.documentsRendered)
                .as("each document rendered once, by the first run only")
                .containsExactlyInAnyOrder("paris-ai-summit-2025", "ai-seoul-summit-2024");
        assertThat(RunOutputs.report(finished.runDir())
                        .get("summary")
                        .get("packed")
                        .asInt())
                .isEqualTo(2);
    }

    /** The real renderer, held at the first document until the test lets it go on. */
    static class PausingRenderer implements PackRenderer {
        final CountDownLatch rendering = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> documentsRendered = new CopyOnWriteArrayList<>();
        private final PackRenderer real;

        PausingRenderer(PackRenderer real) {
            this.real = real;
        }

        @Override
        public DocumentRendering renderDocument(Facts facts, Path documentDir, Instant generatedAt) {
            rendering.countDown();
            try {
                if (!release.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            documentsRendered.add(facts.document().id());
            return real.renderDocument(facts, documentDir, generatedAt);
        }

        @Override
        public List<Path> renderRun(RunContents run, Path runDir) {
            return real.renderRun(run, runDir);
        }
    }

    @TestConfiguration
    static class Pause {
        @Bean
        @Primary
        PausingRenderer pausingRenderer(BriefingProperties properties, FxRates fxRates) {
            return new PausingRenderer(new BriefingComponents().packRenderer(properties, fxRates));
        }
    }
}
