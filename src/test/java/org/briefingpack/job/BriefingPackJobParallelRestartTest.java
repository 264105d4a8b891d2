package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two render workers; one of them fails on an I/O error. The restart re-runs only the failed worker's
 * partition, every document is rendered exactly once over both executions, and the run-level outputs once.
 */
@Import(FaultInjectingRenderer.Wiring.class)
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "briefing.workers=2",
            "spring.datasource.url=jdbc:h2:mem:parallel-restart-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobParallelRestartTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobParallelRestartTest.class);

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
        // file order: seoul, nato, paris; worker 0 gets seoul and paris, worker 1 gets nato
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("nato-vilnius-summit-2023.txt");
        folders.addDocument("ai-seoul-summit-2024.md");
    }

    @Test
    void briefingJob_whenOneOfTwoWorkersFails_thenRestartRerunsOnlyItsPartitionAndRendersEachDocumentOnce() {
        renderer.failOnce(FaultInjectingRenderer.document("nato"));
        RunResult failed = launcher.launch(null);

        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.message())
                .as("the worker's cause, not the partition handler's")
                .contains("disk full");

        RunResult restarted = launcher.launch(failed.runId());

        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(renderer.documentsRendered)
                .as("each document rendered once over both executions")
                .containsExactlyInAnyOrder("ai-seoul-summit-2024", "nato-vilnius-summit-2023", "paris-ai-summit-2025");
        assertThat(renderer.runsRendered.get()).isEqualTo(1);
        assertThat(JobTestFolders.filesUnder(restarted.runDir()))
                .doesNotHaveDuplicates()
                .contains(
                        "nato-vilnius-summit-2023/briefing.pdf",
                        "paris-ai-summit-2025/briefing.pdf",
                        "ai-seoul-summit-2024/briefing.pdf",
                        "commitments.xlsx",
                        "run-report.json");

        JobInstance instance = jobRepository.getJobInstance(
                BriefingPackJobConfiguration.JOB_NAME,
                new JobParametersBuilder()
                        .addString(BriefingPackJobConfiguration.RUN_ID, failed.runId(), true)
                        // a run is known by its id and its output folder
                        .addString(
                                BriefingPackJobConfiguration.OUTPUT,
                                folders.output.toAbsolutePath().normalize().toString(),
                                true)
                        .toJobParameters());
        JobExecution completed = jobRepository.getJobExecutions(instance).stream()
                .filter(e -> e.getStatus() == BatchStatus.COMPLETED)
                .findFirst()
                .orElseThrow();
        assertThat(completed.getStepExecutions())
                .extracting(StepExecution::getStepName)
                .containsExactlyInAnyOrder(
                        "render", "renderDocuments:partition1", "renderRun", "distribute", "publish");
    }
}
