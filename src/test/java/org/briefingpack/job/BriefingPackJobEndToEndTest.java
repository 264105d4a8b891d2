package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.model.FigureKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Runs the real job on a copy of the project's input/ folder and reads every output back. */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:e2e-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobEndToEndTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobEndToEndTest.class);
    private static final FactsJson json = new FactsJson();

    @Autowired
    BriefingPackLauncher launcher;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    static void copyInputFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("input"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                folders.copy(file, file.getFileName().toString());
            }
        }
    }

    @Test
    void briefingJob_onTheShippedInput_writesFactsPdfWorkbookChartsAndReport() throws IOException {
        RunResult result = launcher.launch(null);

        assertThat(result.exitCode()).as(String.valueOf(result.message())).isEqualTo(ExitCodes.OK);
        Path runDir = result.runDir();
        Path pack = runDir.resolve("paris-ai-summit-2025");

        Facts facts = json.read(pack.resolve("facts.json"));
        assertThat(facts.schema()).isEqualTo(Facts.SCHEMA);
        assertThat(facts.document().id()).isEqualTo("paris-ai-summit-2025");
        assertThat(facts.figures()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FigureKind.MONEY);
            assertThat(f.value()).isEqualByComparingTo(new BigDecimal("400000000"));
            assertThat(f.currency()).isEqualTo("USD");
        });
        assertThat(facts.figures()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FigureKind.MONEY);
            assertThat(f.value()).isEqualByComparingTo(new BigDecimal("200000000000"));
            assertThat(f.currency()).isEqualTo("EUR");
        });
        assertThat(facts.links())
                .extracting(l -> l.normalized())
                .containsExactly(
                        "https://www.jdsupra.com/legalnews/ai-action-paris-summit-2025-key-4010493/",
                        "https://aimagazine.com/ai-strategy/global-ai-leaders-key-take-aways-from-the-ai-summit");

        try (PDDocument pdf = Loader.loadPDF(pack.resolve("briefing.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("Paris AI Summit")
                    .contains("$400 million")
                    .contains("€200 billion");
        }
        assertThat(pack.resolve("briefing.html")).content().contains("Paris AI Summit");

        try (InputStream in = Files.newInputStream(runDir.resolve("commitments.xlsx"));
                Workbook workbook = new XSSFWorkbook(in)) {
            Sheet commitments = workbook.getSheet("Commitments");
            assertThat(commitments).isNotNull();
            assertThat(commitments.getLastRowNum())
                    .as("one row per outcome below the header")
                    .isEqualTo(facts.outcomes().size());
        }

        try (Stream<Path> charts = Files.list(pack.resolve("charts"))) {
            var pngs = charts.filter(p -> p.toString().endsWith(".png")).toList();
            assertThat(pngs).isNotEmpty();
            for (Path png : pngs) {
                BufferedImage image = ImageIO.read(png.toFile());
                assertThat(image).as(png.toString()).isNotNull();
                assertThat(image.getWidth()).isGreaterThan(100);
            }
        }

        JsonNode report =
                json.mapper().readTree(runDir.resolve("run-report.json").toFile());
        assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.get("summary").get("packed").asInt()).isEqualTo(1);
        JsonNode entry = report.get("documents").get(0);
        assertThat(entry.get("file").asString()).isEqualTo("paris-ai-summit-2025.txt");
        assertThat(entry.get("status").asString()).isEqualTo("PACKED");
        assertThat(entry.get("outputs").toString()).contains("briefing.pdf").contains("facts.json");

        assertThat(Files.readString(folders.output.resolve("LATEST")).trim()).isEqualTo(result.runId());
        if (Files.isSymbolicLink(folders.output.resolve("latest"))) {
            assertThat(folders.output.resolve("latest").toRealPath()).isEqualTo(runDir.toRealPath());
        }
        assertThat(runDir.resolve(".state")).doesNotExist();
        assertThat(JobTestFolders.filesUnder(runDir)).noneMatch(name -> name.endsWith(".part"));

        RunResult second = launcher.launch(null);
        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(second.runId()).isNotEqualTo(result.runId()).isGreaterThan(result.runId());
        assertThat(second.runDir().resolve("paris-ai-summit-2025/facts.json")).exists();
        assertThat(runDir.resolve("paris-ai-summit-2025/facts.json"))
                .as("the first run stays as it was")
                .exists();
    }
}
