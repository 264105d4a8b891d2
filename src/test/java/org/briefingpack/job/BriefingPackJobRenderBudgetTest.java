package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code briefing.render-budget}: a document whose rendering outlasts it is FAILED with the reason and the run goes
 * on to its workbook and report. The budget is set to a nanosecond, which no rendering meets, so the test depends
 * on no timing; what an abandoned rendering wrote is removed when it ends.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "briefing.render-budget=1ns",
            "spring.datasource.url=jdbc:h2:mem:render-budget-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobRenderBudgetTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobRenderBudgetTest.class);

    @Autowired
    BriefingPackLauncher launcher;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    static void inputs() {
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("nato-vilnius-summit-2023.txt");
    }

    @Test
    void document_whenRenderingOutlastsTheBudget_isFailedWithTheReasonAndTheRunGoesOn() throws Exception {
        RunResult result = launcher.launch(null);

        assertThat(result.exitCode()).as(String.valueOf(result.message())).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(result.failed()).isEqualTo(2);
        Map<String, JsonNode> entries = RunOutputs.entriesByFile(RunOutputs.report(result.runDir()));
        for (JsonNode entry : entries.values()) {
            assertThat(entry.get("status").asString()).isEqualTo("FAILED");
            assertThat(entry.get("errors").get(0).asString())
                    .isEqualTo("rendering took longer than its budget of 1 ns (briefing.render-budget) and was"
                            + " stopped; the document has no pack");
        }
        assertThat(result.runDir().resolve("run-report.json")).exists();
        assertThat(result.runDir().resolve("commitments.xlsx")).exists();
        // the abandoned renderings end on their own and take their files with them; the deadline only catches a hang
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        for (JsonNode entry : entries.values()) {
            Path pdf = result.runDir().resolve(entry.get("folder").asString()).resolve("briefing.pdf");
            while (Files.exists(pdf) || !renderingsEnded()) {
                assertThat(System.nanoTime()).as("abandoned renderings ended").isLessThan(deadline);
                Thread.sleep(50);
            }
        }
    }

    private static boolean renderingsEnded() {
        return Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("render ") && thread.isAlive());
    }
}
