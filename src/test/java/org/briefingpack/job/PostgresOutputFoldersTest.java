package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import org.briefingpack.config.BriefingProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Output folders sharing one PostgreSQL job repository: a run is known by its id and its output folder, so two
 * folders' runs of the same second never collide, and a restart aimed at the wrong folder (the default one, as the
 * README's restart row reads) is refused in one line naming the folder the run wrote to, creating nothing, rather
 * than "still running elsewhere". Skipped visibly where no PostgreSQL answers on 127.0.0.1:5432.
 */
@EnabledIf(
        value = "org.briefingpack.job.TestPostgres#answers",
        disabledReason = "no PostgreSQL on 127.0.0.1:5432/test (start one to run this test)")
@SpringBootTest(properties = {"briefing.runner.enabled=false", "briefing.links.fetch=false"})
@Import(FaultInjectingRenderer.Wiring.class)
@ExtendWith(OutputCaptureExtension.class)
class PostgresOutputFoldersTest {

    private static final TestPostgres postgres = new TestPostgres("output_folders");
    private static final JobTestFolders folders = new JobTestFolders(PostgresOutputFoldersTest.class);

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job job;

    @Autowired
    BriefingProperties properties;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FaultInjectingRenderer renderer;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        folders.register(registry);
        postgres.register(registry);
    }

    @BeforeAll
    static void createSchema() throws SQLException {
        postgres.create();
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("nato-vilnius-summit-2023.txt");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        postgres.drop();
    }

    @Test
    void twoOutputFolders_runOfTheSameSecond_eachRunsAndCompletes() {
        Instant tick = Instant.parse("2026-11-25T06:00:00Z");
        RunResult first =
                launcher(folders.root.resolve("team-a")).launchTick(tick).orElseThrow();
        RunResult second =
                launcher(folders.root.resolve("team-b")).launchTick(tick).orElseThrow();

        assertThat(first.runId()).isEqualTo(second.runId()).isEqualTo("2026-11-25T06-00-00Z");
        assertThat(first.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(second.status()).as(String.valueOf(second.message())).isEqualTo(BatchStatus.COMPLETED);
        assertThat(RunOutputs.entriesByFile(RunOutputs.report(first.runDir()))).hasSize(2);
        assertThat(RunOutputs.entriesByFile(RunOutputs.report(second.runDir()))).hasSize(2);
        assertThat(first.runDir()).isNotEqualTo(second.runDir());
    }

    @Test
    void restartOfAKilledRun_aimedAtAnotherOutputFolder_isRefusedNamingItsFolderAndCreatesNothing(
            CapturedOutput output) {
        Path killedIn = folders.root.resolve("killed-in");
        renderer.failOnce(facts -> true);
        RunResult failed = launcher(killedIn).launch(null);
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        // what SIGKILL leaves in the repository: the execution STARTED, with no end
        jdbc.update("UPDATE " + postgres.schema + ".batch_job_execution SET status = 'STARTED', end_time = NULL"
                + " WHERE job_execution_id = (SELECT max(job_execution_id) FROM " + postgres.schema
                + ".batch_job_execution)");
        Path defaultOutput = folders.root.resolve("default-output");
        int logged = output.getAll().length();

        RunResult refused = launcher(defaultOutput).launch(failed.runId());

        assertThat(refused.exitCode()).as(String.valueOf(refused.message())).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.message())
                .doesNotContain("running elsewhere")
                .contains("It wrote to " + killedIn.toAbsolutePath() + ": restart it with --output=")
                .doesNotContain("\n");
        assertThat(output.getAll().substring(logged)).doesNotContain("Exception");
        assertThat(Files.exists(defaultOutput)).as("a refusal creates nothing").isFalse();

        RunResult restarted = launcher(killedIn).launch(failed.runId());
        assertThat(restarted.status()).as(String.valueOf(restarted.message())).isEqualTo(BatchStatus.COMPLETED);
    }

    @Test
    void aFailedRunRecordedByAnOlderVersion_doesNotStopTheSchedule() {
        Path output = folders.root.resolve("upgraded").toAbsolutePath().normalize();
        // what a version before run ids were keyed by output folder left: the folder not identifying, FAILED
        var parameters = new org.springframework.batch.core.job.parameters.JobParametersBuilder()
                .addString(BriefingPackJobConfiguration.RUN_ID, "2026-11-24T06-00-00Z", true)
                .addString(BriefingPackJobConfiguration.OUTPUT, output.toString(), false)
                .toJobParameters();
        var instance = jobRepository.createJobInstance(job.getName(), parameters);
        var old = jobRepository.createJobExecution(
                instance, parameters, new org.springframework.batch.infrastructure.item.ExecutionContext());
        old.setStatus(BatchStatus.FAILED);
        old.setEndTime(java.time.LocalDateTime.now());
        jobRepository.update(old);

        RunResult tick = launcher(output)
                .launchTick(Instant.parse("2026-11-25T07:00:00Z"))
                .orElseThrow();

        assertThat(tick.runId()).isEqualTo("2026-11-25T07-00-00Z");
        assertThat(tick.status()).as(String.valueOf(tick.message())).isEqualTo(BatchStatus.COMPLETED);
    }

    private BriefingPackLauncher launcher(Path output) {
        return Launchers.writingTo(output, jobOperator, job, properties, jobRepository);
    }
}
