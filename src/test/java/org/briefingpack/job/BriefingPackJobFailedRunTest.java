package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A failing run never deletes or overwrites the previous run's outputs, and {@code output/latest}
 * (link and LATEST file) moves only when a run completes: not when a document's render fails on I/O,
 * not when the run-level render fails, only when the failed run is restarted and finishes.
 */
@Import(FaultInjectingRenderer.Wiring.class)
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            // every run renders afresh: with reuse, an unchanged input would never reach the failing renderer
            "briefing.force=true",
            "spring.datasource.url=jdbc:h2:mem:failed-run-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobFailedRunTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobFailedRunTest.class);

    @Autowired
    BriefingPackLauncher launcher;

    @Autowired
    FaultInjectingRenderer renderer;

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
    void failingRuns_leaveThePreviousRunAndLatestAlone_untilOneCompletes() throws IOException {
        RunResult good = launcher.launch(null);
        assertThat(good.exitCode()).isEqualTo(ExitCodes.OK);
        Map<String, String> before = RunOutputs.fingerprint(good.runDir());
        assertThat(before).containsKeys("run-report.json", "commitments.xlsx", "paris-ai-summit-2025/briefing.pdf");
        assertLatestIs(good.runId());

        renderer.failAlways(FaultInjectingRenderer.document("paris"));
        RunResult documentFails = launcher.launch(null);
        assertThat(documentFails.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(documentFails.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(documentFails.runId()).isNotEqualTo(good.runId());
        assertThat(documentFails.runDir().resolve("run-report.json")).doesNotExist();
        assertThat(RunOutputs.fingerprint(good.runDir()))
                .as("the previous run, byte for byte")
                .isEqualTo(before);
        assertLatestIs(good.runId());

        renderer.heal();
        renderer.failRun(true);
        RunResult runLevelFails = launcher.launch(documentFails.runId());
        assertThat(runLevelFails.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(documentFails.runDir().resolve("paris-ai-summit-2025/briefing.pdf"))
                .as("documents done")
                .exists();
        assertThat(documentFails.runDir().resolve("commitments.xlsx")).doesNotExist();
        assertThat(RunOutputs.fingerprint(good.runDir())).isEqualTo(before);
        assertLatestIs(good.runId());

        renderer.heal();
        RunResult finished = launcher.launch(documentFails.runId());
        assertThat(finished.exitCode()).isEqualTo(ExitCodes.OK);
        assertLatestIs(documentFails.runId());
        assertThat(RunOutputs.fingerprint(good.runDir()))
                .as("still untouched after the next run published")
                .isEqualTo(before);
        assertThat(JobTestFolders.filesUnder(finished.runDir()))
                .contains(
                        "run-report.json",
                        "commitments.xlsx",
                        "paris-ai-summit-2025/briefing.pdf",
                        "nato-vilnius-summit-2023/briefing.pdf");
    }

    private static void assertLatestIs(String runId) throws IOException {
        assertThat(Files.readString(folders.output.resolve("LATEST")).trim()).isEqualTo(runId);
        Path link = folders.output.resolve("latest");
        if (Files.isSymbolicLink(link)) {
            assertThat(Files.readSymbolicLink(link).toString()).isEqualTo(runId);
        }
    }
}
