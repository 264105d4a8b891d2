package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application in a child JVM is killed (SIGKILL) while its first message sits whole in the SMTP server and the
 * server's reply has not come: the job cannot know it went out, and its step has not committed. Restarted against a
 * working server (GreenMail), the run completes and sends the other document's message, never that one again.
 */
class BriefingPackJobDistributionKillTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void briefingJob_killedWhileTheServerHoldsItsMessage_thenTheRestartDoesNotSendItAgain() throws Exception {
        JobTestFolders folders = new JobTestFolders(BriefingPackJobDistributionKillTest.class);
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("nato-vilnius-summit-2023.txt");
        String repository = "jdbc:h2:file:" + folders.root.resolve("repository/briefing-pack") + ";AUTO_SERVER=FALSE";

        String held;
        try (StallingSmtpServer stalling = new StallingSmtpServer();
                ChildRun first = ChildRun.start(folders.root, arguments(folders, repository, stalling.port()))) {
            assertThat(stalling.awaitMessage(240)).as(first::output).isTrue();
            first.kill();
            held = stalling.messages().get(0);
        }
        String runId = onlyRun(folders.output);

        List<String> restart =
                new ArrayList<>(arguments(folders, repository, smtp.getSmtp().getPort()));
        restart.add("--briefing.run-id=" + runId);
        try (ChildRun second = ChildRun.start(folders.root, restart)) {
            assertThat(second.awaitExit(240)).as(second::output).isEqualTo(ExitCodes.OK);
        }

        List<MailParts> delivered =
                Arrays.stream(smtp.getReceivedMessages()).map(MailParts::of).toList();
        assertThat(delivered).hasSize(1);
        String heldSubject = held.lines()
                .filter(line -> line.startsWith("Subject: "))
                .findFirst()
                .orElseThrow();
        assertThat("Subject: " + delivered.get(0).subject()).isNotEqualTo(heldSubject);
        assertThat(held).doesNotContain(delivered.get(0).messageId());
        JsonNode distribution = JSON.readTree(
                        Files.readString(folders.output.resolve(runId).resolve("run-report.json")))
                .get("distribution");
        assertThat(distribution.get("uncertain")).hasSize(1);
        assertThat(held)
                .contains(distribution.get("uncertain").get(0).get("messageId").asString());
    }

    private static List<String> arguments(JobTestFolders folders, String repository, int smtpPort) {
        return List.of(
                "--input=" + folders.input,
                "--output=" + folders.output,
                "--spring.datasource.url=" + repository,
                "--briefing.links.fetch=false",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--briefing.distribution.recipients=desk@example.org",
                "--briefing.distribution.per=document");
    }

    private static String onlyRun(Path output) throws IOException {
        try (Stream<Path> runs = Files.list(output)) {
            List<String> names = runs.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}-.*"))
                    .toList();
            assertThat(names).hasSize(1);
            return names.get(0);
        }
    }
}
