package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.briefingpack.model.FactsJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Unreadable and unsupported files beside a good one: one pack, each bad file a reported skip. */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:skip-${random.uuid};DB_CLOSE_DELAY=-1"
        })
@ExtendWith(OutputCaptureExtension.class)
class BriefingPackJobSkipTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobSkipTest.class);

    @Autowired
    BriefingPackLauncher launcher;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    static void inputs() {
        folders.addDocument("paris-ai-summit-2025.txt");
        // a PNG renamed .txt: the magic bytes and a NUL say it is not text
        folders.write(
                "photo.txt",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        folders.write("slides.pptx", new byte[] {'P', 'K', 3, 4, 0, 0});
    }

    @Test
    void briefingJob_whenOneFileIsBinaryAndOneUnsupported_thenPacksTheGoodOneAndReportsTwoSkips(CapturedOutput output) {
        RunResult result = launcher.launch(null);

        String skipLine = output.getAll()
                .lines()
                .filter(line -> line.contains("photo.txt: skipped: "))
                .findFirst()
                .orElseThrow();
        assertThat(skipLine.split("photo\\.txt", -1))
                .as("the file named once: " + skipLine)
                .hasSize(2);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(result.packed()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(result.runDir().resolve("paris-ai-summit-2025/briefing.pdf")).exists();
        assertThat(result.runDir().resolve("photo")).doesNotExist();

        JsonNode report = new FactsJson()
                .mapper()
                .readTree(result.runDir().resolve("run-report.json").toFile());
        Map<String, JsonNode> byFile = StreamSupport.stream(
                        report.get("documents").spliterator(), false)
                .collect(Collectors.toMap(d -> d.get("file").asString(), d -> d));
        assertThat(byFile.get("paris-ai-summit-2025.txt").get("status").asString())
                .isEqualTo("PACKED");
        assertThat(byFile.get("photo.txt").get("status").asString()).isEqualTo("SKIPPED");
        assertThat(byFile.get("photo.txt").get("reason").asString())
                .containsIgnoringCase("photo.txt")
                .containsIgnoringCase("binary");
        assertThat(byFile.get("slides.pptx").get("status").asString()).isEqualTo("SKIPPED");
        assertThat(byFile.get("slides.pptx").get("reason").asString()).contains("unsupported file type '.pptx'");
        assertThat(report.get("summary").get("skipped").asInt()).isEqualTo(2);
    }
}
