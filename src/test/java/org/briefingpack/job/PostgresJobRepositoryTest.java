package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The job against a real PostgreSQL job repository, including a restart after a failure. Runs where
 * PostgreSQL answers on 127.0.0.1:5432 (database {@code test}, trust auth, as on CI); skipped with a
 * visible reason elsewhere. Each run uses a schema of its own and drops it afterwards.
 */
@EnabledIf(
        value = "org.briefingpack.job.TestPostgres#answers",
        disabledReason = "no PostgreSQL on 127.0.0.1:5432/test (start one to run this test)")
@SpringBootTest(properties = {"briefing.runner.enabled=false", "briefing.links.fetch=false"})
@Import(FaultInjectingRenderer.Wiring.class)
class PostgresJobRepositoryTest {

    private static final TestPostgres postgres = new TestPostgres("briefing_test");
    private static final JobTestFolders folders = new JobTestFolders(PostgresJobRepositoryTest.class);

    @Autowired
    BriefingPackLauncher launcher;

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
        folders.addDocument("ai-seoul-summit-2024.md");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        postgres.drop();
    }

    @Test
    void briefingJob_onPostgres_failsOnceThenRestartsToCompletion() {
        renderer.failCall(2);
        RunResult failed = launcher.launch(null);
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);

        RunResult restarted = launcher.launch(failed.runId());

        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.runDir().resolve("run-report.json")).exists();
        assertThat(jdbc.queryForList(
                        "SELECT status FROM " + postgres.schema + ".batch_job_execution ORDER BY job_execution_id",
                        String.class))
                .containsExactly("FAILED", "COMPLETED");
    }
}
