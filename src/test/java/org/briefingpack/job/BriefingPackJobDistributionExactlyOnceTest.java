package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Exactly once, against a real SMTP server (GreenMail) and the job repository: a run stopped right after the
 * server accepted a message and before the step committed restarts without sending that message again; a run
 * whose mail server is down keeps its packs, completes with exit 3 and names the recipients, and the next run
 * delivers to them. One message per document, so a run has several.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:distribution-once-${random.uuid};DB_CLOSE_DELAY=-1",
            "spring.mail.host=127.0.0.1",
            "briefing.distribution.recipients=desk@example.org,analysts@example.org",
            "briefing.distribution.per=document",
            "briefing.distribution.attempts=3",
            "briefing.distribution.backoff=10ms"
        })
@Import(FaultyMailServer.Wiring.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BriefingPackJobDistributionExactlyOnceTest {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobDistributionExactlyOnceTest.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BriefingPackLauncher launcher;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        folders.register(registry);
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @BeforeAll
    static void inputs() {
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("nato-vilnius-summit-2023.txt");
    }

    @Test
    @Order(1)
    void briefingJob_killedAfterTheServerAcceptedAMessage_thenTheRestartDoesNotSendItAgain() throws IOException {
        FaultyMailServer server = (FaultyMailServer) mailSender;
        server.killAfterAccepting(1);

        RunResult killed = launcher.launch(null);

        assertThat(killed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(copiesByMessageId()).containsOnlyKeys(firstMessageId()).containsValue(2L);
        assertThat(jdbc.queryForList("SELECT STATUS FROM BRIEFING_DISTRIBUTION", String.class))
                .containsOnly("PENDING");

        RunResult restarted = launcher.launch(killed.runId());

        assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
        // two messages, each once (a copy for each of its two recipients): none sent twice
        assertThat(copiesByMessageId())
                .hasSize(2)
                .allSatisfy((id, copies) -> assertThat(copies).as(id).isEqualTo(2L));
        JsonNode distribution = report(restarted).get("distribution");
        assertThat(distribution.get("uncertain")).hasSize(2);
        assertThat(distribution.get("messages")).hasSize(1);

        // a rerun with nothing changed sends nothing, the uncertain pack included
        RunResult rerun = launcher.launch(null);
        assertThat(rerun.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(smtp.getReceivedMessages()).hasSize(4);
    }

    @Test
    @Order(2)
    void briefingJob_whenTheMailServerIsDown_thenExitThreeNamesTheRecipientsAndTheNextRunDelivers() throws IOException {
        FaultyMailServer server = (FaultyMailServer) mailSender;
        folders.addDocument("ai-seoul-summit-2024.md");
        int before = smtp.getReceivedMessages().length;
        server.down(true);

        RunResult down = launcher.launch(null);

        assertThat(down.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(down.exitCode()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(down.runDir().resolve("ai-seoul-summit-2024/briefing.pdf")).isRegularFile();
        JsonNode distribution = report(down).get("distribution");
        assertThat(distribution.get("undelivered").valueStream().map(JsonNode::asString))
                .containsExactly("analysts@example.org", "desk@example.org");
        assertThat(distribution.get("messages").get(0).get("status").asString()).isEqualTo("failed");
        assertThat(distribution.get("messages").get(0).get("error").asString()).isNotBlank();
        assertThat(smtp.getReceivedMessages()).hasSize(before);

        server.down(false);
        RunResult back = launcher.launch(null);

        assertThat(back.exitCode()).isEqualTo(ExitCodes.OK);
        List<MailParts> delivered = Arrays.stream(smtp.getReceivedMessages())
                .map(MailParts::of)
                .filter(parts -> parts.subject().contains("AI Seoul Summit"))
                .toList();
        assertThat(delivered).hasSize(2);
        assertThat(delivered.get(0).to()).containsExactly("analysts@example.org", "desk@example.org");
        assertThat(smtp.getReceivedMessages()).hasSize(before + 2);
    }

    private static Map<String, Long> copiesByMessageId() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(MailParts::of)
                .collect(Collectors.groupingBy(MailParts::messageId, Collectors.counting()));
    }

    private static String firstMessageId() {
        return MailParts.of(smtp.getReceivedMessages()[0]).messageId();
    }

    private static JsonNode report(RunResult result) throws IOException {
        return JSON.readTree(Files.readString(result.runDir().resolve("run-report.json")));
    }
}
