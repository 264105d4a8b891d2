package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A second run over unchanged input reuses every pack and the run-level outputs (hard links to the first
 * run's files) and says so in its report; a changed document is rebuilt while the others are still reused,
 * and the workbook is then rebuilt over all of them. Two render workers, so reuse meets partitioning.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "briefing.workers=2",
            "spring.datasource.url=jdbc:h2:mem:reuse-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobReuseTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobReuseTest.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    BriefingPackLauncher launcher;

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
    void briefingJob_whenRunAgain_thenUnchangedPacksAreReusedAndChangedOnesRebuilt() throws IOException {
        RunResult first = launcher.launch(null);
        assertThat(first.status()).isEqualTo(BatchStatus.COMPLETED);
        JsonNode firstReport = report(first);
        assertThat(firstReport.get("summary").get("reused").asInt()).isZero();
        assertThat(firstReport.get("fingerprint").asString()).hasSize(64);

        RunResult second = launcher.launch(null);

        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(second.runId()).isNotEqualTo(first.runId());
        JsonNode secondReport = report(second);
        assertThat(secondReport.get("summary").get("packed").asInt()).isEqualTo(3);
        assertThat(secondReport.get("summary").get("reused").asInt()).isEqualTo(3);
        assertThat(secondReport.get("runOutputsReused").asBoolean()).isTrue();
        for (JsonNode entry : secondReport.get("documents")) {
            assertThat(entry.get("reused").asBoolean())
                    .as(entry.get("file").asString())
                    .isTrue();
            assertThat(entry.get("reusedFrom").asString()).isEqualTo(first.runId());
        }
        assertThat(JobTestFolders.filesUnder(second.runDir())).isEqualTo(JobTestFolders.filesUnder(first.runDir()));
        for (String name : List.of(
                "paris-ai-summit-2025/briefing.pdf",
                "nato-vilnius-summit-2023/facts.json",
                "ai-seoul-summit-2024/charts/positions.png",
                "commitments.xlsx")) {
            assertThat(Files.isSameFile(
                            first.runDir().resolve(name), second.runDir().resolve(name)))
                    .as("%s is the first run's file, linked", name)
                    .isTrue();
        }

        Path nato = folders.input.resolve("nato-vilnius-summit-2023.txt");
        Files.writeString(
                nato,
                Files.readString(nato, StandardCharsets.UTF_8)
                        + "\nLeaders also agreed a new fund of EUR 50 million for cyber defence.\n",
                StandardCharsets.UTF_8);

        RunResult third = launcher.launch(null);

        assertThat(third.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode thirdReport = report(third);
        Map<String, Boolean> reused = entries(thirdReport);
        assertThat(reused)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "paris-ai-summit-2025.txt",
                        true,
                        "nato-vilnius-summit-2023.txt",
                        false,
                        "ai-seoul-summit-2024.md",
                        true));
        assertThat(thirdReport.get("runOutputsReused").asBoolean())
                .as("the workbook covers the changed document")
                .isFalse();
        assertThat(Files.isSameFile(
                        second.runDir().resolve("nato-vilnius-summit-2023/facts.json"),
                        third.runDir().resolve("nato-vilnius-summit-2023/facts.json")))
                .isFalse();
        assertThat(third.runDir().resolve("nato-vilnius-summit-2023/facts.json"))
                .content()
                .contains("cyber defence");
        assertThat(Files.isSameFile(
                        first.runDir().resolve("commitments.xlsx"),
                        third.runDir().resolve("commitments.xlsx")))
                .isFalse();
        assertThat(Files.isSameFile(
                        first.runDir().resolve("paris-ai-summit-2025/briefing.pdf"),
                        third.runDir().resolve("paris-ai-summit-2025/briefing.pdf")))
                .isTrue();
    }

    private static JsonNode report(RunResult run) {
        return JSON.readTree(run.runDir().resolve("run-report.json").toFile());
    }

    private static Map<String, Boolean> entries(JsonNode report) {
        return report.get("documents")
                .valueStream()
                .collect(Collectors.toMap(
                        entry -> entry.get("file").asString(),
                        entry -> entry.get("reused").asBoolean()));
    }
}
