package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run's briefings mailed through Spring Boot's mail sender ({@code spring.mail.*}) to a real SMTP server on
 * loopback (GreenMail, a free port): one digest for the run's list, the event and country routes their own
 * messages; subject, HTML and text parts, each attachment byte for byte the run's {@code briefing.pdf}. A rerun
 * with nothing changed sends nothing; a changed document goes out once, as "updated", to everyone who had it.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:distribution-${random.uuid};DB_CLOSE_DELAY=-1",
            "spring.mail.host=127.0.0.1",
            "briefing.distribution.from=briefings@example.org",
            "briefing.distribution.attach-workbook=true",
            "briefing.distribution.recipients=Team@Example.org",
            "briefing.distribution.routes[0].event=paris ai summit",
            "briefing.distribution.routes[0].to=paris-desk@example.org",
            "briefing.distribution.routes[1].country=LT",
            "briefing.distribution.routes[1].to=baltic-desk@example.org"
        })
class BriefingPackJobDistributionTest {

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobDistributionTest.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BriefingPackLauncher launcher;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        folders.register(registry);
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @BeforeAll
    static void inputs() {
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("nato-vilnius-summit-2023.txt");
        folders.addDocument("ai-seoul-summit-2024.md");
    }

    @Test
    void briefingJob_withRecipientsAndRoutes_thenMailsEachPackOnceAndAChangedPackAsUpdated() throws IOException {
        RunResult first = launcher.launch(null);

        assertThat(first.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
        Map<String, MailParts> byRecipient = received();
        assertThat(byRecipient)
                .containsOnlyKeys("team@example.org", "paris-desk@example.org", "baltic-desk@example.org");

        MailParts digest = byRecipient.get("team@example.org");
        assertThat(digest.subject())
                .startsWith("Briefings: ")
                .contains("Paris AI Summit (10–11 February 2025)")
                .contains("NATO Summit (11–12 July 2023)")
                .contains("AI Seoul Summit");
        assertThat(digest.text()).contains("Paris AI Summit", "Key figures", "Outcomes", "Positions");
        assertThat(digest.html())
                .contains("<h1", "Paris AI Summit", "NATO Summit", "style=\"")
                .doesNotContain("<style", "<link");
        assertThat(digest.attachments())
                .containsOnlyKeys(
                        "paris-ai-summit-2025.pdf",
                        "nato-vilnius-summit-2023.pdf",
                        "ai-seoul-summit-2024.pdf",
                        "commitments.xlsx");
        assertThat(digest.attachments().remove("commitments.xlsx"))
                .isEqualTo(Files.readAllBytes(first.runDir().resolve("commitments.xlsx")));
        for (var attachment : digest.attachments().entrySet()) {
            String folder = attachment.getKey().replace(".pdf", "");
            assertThat(attachment.getValue())
                    .as(attachment.getKey())
                    .isEqualTo(Files.readAllBytes(first.runDir().resolve(folder).resolve("briefing.pdf")));
        }

        // routes: by event name (case aside), by a country code in the facts (Lithuania: the NATO summit only)
        MailParts paris = byRecipient.get("paris-desk@example.org");
        assertThat(paris.subject()).isEqualTo("Briefing: Paris AI Summit, 10–11 February 2025");
        assertThat(paris.attachments()).containsOnlyKeys("paris-ai-summit-2025.pdf", "commitments.xlsx");
        MailParts baltic = byRecipient.get("baltic-desk@example.org");
        assertThat(baltic.subject()).isEqualTo("Briefing: NATO Summit, 11–12 July 2023");
        assertThat(baltic.attachments()).containsOnlyKeys("nato-vilnius-summit-2023.pdf", "commitments.xlsx");

        JsonNode distribution = report(first).get("distribution");
        assertThat(distribution.get("mode").asString()).isEqualTo("send");
        assertThat(distribution.get("messages")).hasSize(3);
        assertThat(distribution.get("undelivered")).isEmpty();

        // nothing changed: nothing sent
        RunResult rerun = launcher.launch(null);
        assertThat(rerun.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        assertThat(report(rerun).get("distribution").get("messages")).isEmpty();

        // one document changed: one message, "updated", to everyone who had it
        Files.writeString(
                folders.input.resolve("paris-ai-summit-2025.txt"),
                "\nOrganisers later confirmed a further €5 million for follow-up work.\n",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        RunResult changed = launcher.launch(null);

        assertThat(changed.exitCode()).isEqualTo(ExitCodes.OK);
        Set<String> earlier =
                byRecipient.values().stream().map(MailParts::messageId).collect(Collectors.toSet());
        List<MailParts> updates = Arrays.stream(smtp.getReceivedMessages())
                .map(MailParts::of)
                .filter(parts -> !earlier.contains(parts.messageId()))
                .toList();
        assertThat(updates).hasSize(2); // one message, a copy for each of its two recipients
        assertThat(updates.stream().map(MailParts::messageId).distinct()).hasSize(1);
        MailParts update = updates.get(0);
        assertThat(update.subject()).isEqualTo("Updated briefing: Paris AI Summit, 10–11 February 2025");
        assertThat(update.to()).containsExactly("paris-desk@example.org", "team@example.org");
        assertThat(update.html()).contains("Updated briefing");
        assertThat(update.attachments().get("paris-ai-summit-2025.pdf"))
                .isEqualTo(Files.readAllBytes(changed.runDir().resolve("paris-ai-summit-2025/briefing.pdf")));
        assertThat(report(changed).get("distribution").get("messages")).hasSize(1);
    }

    /** The messages received, by their To header (GreenMail keeps a copy for each recipient). */
    private static Map<String, MailParts> received() {
        return Arrays.stream(smtp.getReceivedMessages())
                .map(MailParts::of)
                .collect(Collectors.toMap(parts -> String.join(",", parts.to()), parts -> parts, (a, b) -> a));
    }

    private static JsonNode report(RunResult result) throws IOException {
        Path report = result.runDir().resolve("run-report.json");
        return JSON.readTree(Files.readString(report));
    }
}
