package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code briefing.distribution.mode=outbox}: no mail server, each message written under the run folder as a real
 * MIME {@code .eml} that Jakarta Mail reads back with its parts, nothing recorded as sent. Past the attachment
 * limit a briefing is not attached but linked under the configured base URL (the attached path: the SMTP test).
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:distribution-outbox-${random.uuid};DB_CLOSE_DELAY=-1",
            "briefing.distribution.mode=outbox",
            "briefing.distribution.per=document",
            "briefing.distribution.recipients=desk@example.org",
            "briefing.distribution.base-url=https://intranet.example.org/briefings/",
            "briefing.distribution.max-attachment-size=1KB"
        })
class BriefingPackJobDistributionOutboxTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobDistributionOutboxTest.class);

    @Autowired
    BriefingPackLauncher launcher;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    static void inputs() {
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("nato-vilnius-summit-2023.txt");
    }

    @Test
    void briefingJob_inOutboxMode_thenWritesEmlFilesThatOpenWithTheirPartsAndLinksWhatIsTooLarge() throws IOException {
        RunResult run = launcher.launch(null);

        assertThat(run.status()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        List<Path> emls = emls(run.runDir().resolve("outbox"));
        assertThat(emls).hasSize(2);
        for (Path eml : emls) {
            MailParts parts = MailParts.read(eml);
            String folder = eml.getFileName().toString().replaceAll("-[0-9a-f]{8}\\.eml$", "");
            assertThat(run.runDir().resolve(folder).resolve("briefing.pdf")).isRegularFile();
            assertThat(parts.to()).containsExactly("desk@example.org");
            assertThat(parts.messageId()).matches("<[0-9a-f]{32}@briefing-pack>");
            assertThat(parts.subject()).startsWith("Briefing: ");
            assertThat(parts.text()).isNotBlank();
            assertThat(parts.html()).contains("<h1");
            // over the limit: no attachment, the link under the base URL in both parts
            String link = "https://intranet.example.org/briefings/" + run.runId() + "/" + folder + "/briefing.pdf";
            assertThat(parts.attachments()).isEmpty();
            assertThat(parts.html()).contains("href=\"" + link + "\"");
            assertThat(parts.text()).contains(link);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM BRIEFING_DISTRIBUTION", Integer.class))
                .isZero();
    }

    private static List<Path> emls(Path outbox) throws IOException {
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(f -> f.toString().endsWith(".eml")).sorted().toList();
        }
    }
}
