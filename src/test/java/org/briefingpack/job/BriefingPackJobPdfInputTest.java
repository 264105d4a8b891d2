package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.testsupport.MadeUpPdf;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A PDF write-up of several pages, a PDF named {@code .txt} and a {@code .docx} that is not a Word file go
 * through the job: the PDFs are packed with each quote's page in {@code facts.json} and "p. N" in the
 * briefing's source notes; the false .docx is skipped with its reason.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:pdf-input-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobPdfInputTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobPdfInputTest.class);

    @Autowired
    BriefingPackLauncher launcher;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    static void inputs() throws IOException, URISyntaxException {
        String baltic = Files.readString(Path.of(BriefingPackJobPdfInputTest.class
                .getResource("/madeup/baltic-harbours-summit-2026.txt")
                .toURI()));
        String reef = Files.readString(Path.of(BriefingPackJobPdfInputTest.class
                .getResource("/madeup/pacific-reef-pledging-2026.txt")
                .toURI()));
        MadeUpPdf.write(baltic, MadeUpPdf.Layout.RUNNING_HEADERS, folders.input.resolve("baltic-harbours.pdf"));
        MadeUpPdf.write(reef, MadeUpPdf.Layout.TABLE, folders.input.resolve("reef-pledges.txt"));
        folders.write("draft.docx", "not a zip".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void briefingJob_whenInputsArePdf_thenQuotesCarryTheirPageAndTheNotesSayIt() {
        RunResult result = launcher.launch(null);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(result.packed()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);

        Facts facts = new FactsJson().read(result.runDir().resolve("baltic-harbours/facts.json"));
        assertThat(facts.positions()).isNotEmpty();
        assertThat(facts.positions())
                .allSatisfy(p -> assertThat(p.evidence())
                        .allSatisfy(e -> assertThat(e.page()).isPositive()));
        int norwayPage = facts.positions().stream()
                .filter(p -> p.actor().name().equals("Norway"))
                .findFirst()
                .orElseThrow()
                .evidence()
                .get(0)
                .page();
        assertThat(norwayPage).isGreaterThan(1);
        assertThat(RunOutputs.pdfText(result.runDir().resolve("baltic-harbours/briefing.pdf")))
                .contains("p. " + norwayPage)
                .contains("p. 1");

        Facts reef = new FactsJson().read(result.runDir().resolve("reef-pledges/facts.json"));
        assertThat(reef.outcomes()).isNotEmpty();
        assertThat(reef.outcomes().get(0).evidence().get(0).page()).isEqualTo(1);

        JsonNode report = readTree(result.runDir().resolve("run-report.json"));
        Map<String, JsonNode> byFile = StreamSupport.stream(
                        report.get("documents").spliterator(), false)
                .collect(Collectors.toMap(d -> d.get("file").asString(), d -> d));
        assertThat(byFile.get("draft.docx").get("status").asString()).isEqualTo("SKIPPED");
        assertThat(byFile.get("draft.docx").get("reason").asString())
                .contains("not a Word document: a .docx file is a ZIP package");
        assertThat(byFile.get("reef-pledges.txt").get("warnings").toString()).contains("read as PDF");
    }

    private static JsonNode readTree(Path file) {
        try {
            return new FactsJson().mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
