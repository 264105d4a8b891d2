package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The distribution ledger on a PostgreSQL job repository: a run stopped after the SMTP server accepted a message
 * and before the step committed restarts without sending it again, and a rerun sends nothing. Runs where
 * PostgreSQL answers on 127.0.0.1:5432 (database {@code test}, trust auth, as on CI); skipped with a visible
 * reason elsewhere. A schema of its own, dropped afterwards.
 */
@EnabledIf(
        value = "org.briefingpack.job.TestPostgres#answers",
        disabledReason = "no PostgreSQL on 127.0.0.1:5432/test (start one to run this test)")
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.mail.host=127.0.0.1",
            "briefing.distribution.recipients=desk@example.org",
            "briefing.distribution.per=document"
        })
@Import(FaultyMailServer.Wiring.class)
class PostgresDistributionTest {

    private static final TestPostgres postgres = new TestPostgres("briefing_mail");
    private static final JobTestFolders folders = new JobTestFolders(PostgresDistributionTest.class);

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    @Autowired
    BriefingPackLauncher launcher;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        folders.register(registry);
        postgres.register(registry);
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
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
    void distribution_onPostgres_killedAfterAcceptThenRestarted_sendsEachMessageOnce() {
        ((FaultyMailServer) mailSender).killAfterAccepting(1);

        RunResult killed = launcher.launch(null);
        assertThat(killed.status()).isEqualTo(BatchStatus.FAILED);
        RunResult restarted = launcher.launch(killed.runId());
        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        RunResult rerun = launcher.launch(null);
        assertThat(rerun.exitCode()).isEqualTo(ExitCodes.OK);

        Map<String, Long> copies = Arrays.stream(smtp.getReceivedMessages())
                .map(MailParts::of)
                .collect(Collectors.groupingBy(MailParts::messageId, Collectors.counting()));
        assertThat(copies).hasSize(2).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
        assertThat(jdbc.queryForList(
                        "SELECT status FROM " + postgres.schema + ".briefing_distribution ORDER BY document",
                        String.class))
                .containsExactlyInAnyOrder("PENDING", "SENT");
    }
}
