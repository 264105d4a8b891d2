package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A render that fails once (an injected I/O error on the second document) fails the run; restarting
 * it with the same run id finishes it, renders each document exactly once overall, and leaves every
 * output exactly once.
 */
@Import(FaultInjectingRenderer.Wiring.class)
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            // one render worker: the injected failure hits the second document in file order
            "briefing.workers=1",
            "spring.datasource.url=jdbc:h2:mem:restart-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobRestartTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobRestartTest.class);

    @Autowired
    BriefingPackLauncher launcher;

    @Autowired
    FaultInjectingRenderer renderer;

    @Autowired
    JobRepository jobRepository;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    static void inputs() {
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("nato-vilnius-summit-2023.txt");
        folders.addDocument("ai-seoul-summit-2024.md");
    }

    @Test
    void briefingJob_whenRenderFailsOnce_thenRestartWithTheSameRunIdCompletesWithEveryOutputOnce() {
        renderer.failCall(2);
        RunResult failed = launcher.launch(null);

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(failed.message()).contains("--briefing.run-id=" + failed.runId());
        Path runDir = failed.runDir();
        assertThat(runDir.resolve("run-report.json"))
                .as("no report for an unfinished run")
                .doesNotExist();
        assertThat(folders.output.resolve("LATEST"))
                .as("latest moves only when a run completes")
                .doesNotExist();
        List<String> afterFailure = JobTestFolders.filesUnder(runDir);
        assertThat(afterFailure)
                .contains("ai-seoul-summit-2024/briefing.pdf")
                .doesNotContain("nato-vilnius-summit-2023/briefing.pdf");

        RunResult restarted = launcher.launch(failed.runId());

        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(restarted.runId()).isEqualTo(failed.runId());
        assertThat(renderer.documentsRendered)
                .as("each document rendered once over both executions")
                .containsExactlyInAnyOrder("ai-seoul-summit-2024", "nato-vilnius-summit-2023", "paris-ai-summit-2025");
        assertThat(renderer.runsRendered.get()).isEqualTo(1);

        List<String> files = JobTestFolders.filesUnder(runDir);
        assertThat(files)
                .doesNotHaveDuplicates()
                .noneMatch(name -> name.endsWith(".part") || name.startsWith(".state/"))
                .contains("run-report.json", "commitments.xlsx")
                .containsAll(List.of(
                        "ai-seoul-summit-2024/facts.json",
                        "nato-vilnius-summit-2023/facts.json",
                        "paris-ai-summit-2025/facts.json",
                        "nato-vilnius-summit-2023/briefing.pdf",
                        "paris-ai-summit-2025/briefing.pdf",
                        "ai-seoul-summit-2024/briefing.pdf"));
        assertThat(folders.output.resolve("LATEST")).content().contains(failed.runId());

        JobInstance instance = jobRepository.getJobInstance(
                BriefingPackJobConfiguration.JOB_NAME,
                new org.springframework.batch.core.job.parameters.JobParametersBuilder()
                        .addString(BriefingPackJobConfiguration.RUN_ID, failed.runId(), true)
                        // a run is known by its id and its output folder
                        .addString(
                                BriefingPackJobConfiguration.OUTPUT,
                                folders.output.toAbsolutePath().normalize().toString(),
                                true)
                        .toJobParameters());
        List<JobExecution> executions = jobRepository.getJobExecutions(instance);
        assertThat(executions)
                .extracting(JobExecution::getStatus)
                .containsExactlyInAnyOrder(BatchStatus.FAILED, BatchStatus.COMPLETED);
        JobExecution completed = executions.stream()
                .filter(e -> e.getStatus() == BatchStatus.COMPLETED)
                .findFirst()
                .orElseThrow();
        assertThat(completed.getStepExecutions())
                .extracting(StepExecution::getStepName)
                .as("the finished extract step is not run again")
                .containsExactlyInAnyOrder(
                        "render", "renderDocuments:partition0", "renderRun", "distribute", "publish");

        assertThat(launcher.launch(failed.runId()).exitCode())
                .as("a completed run is not run twice")
                .isEqualTo(ExitCodes.REFUSED);
    }
}
