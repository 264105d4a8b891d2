package org.briefingpack.render.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.render.workbook.WorkbookFixtures.FX;
import static org.briefingpack.render.workbook.WorkbookFixtures.allFixtures;
import static org.briefingpack.render.workbook.WorkbookFixtures.hostile;
import static org.briefingpack.render.workbook.WorkbookFixtures.run;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.briefingpack.model.Facts;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.testsupport.LibreOffice;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbook in LibreOffice headless, the way CI and many analysts do. Skipped, visibly,
 * where LibreOffice is not installed ({@code apt-get install -y libreoffice-calc-nogui}).
 * The converted files stay in {@code target/libreoffice-check/} for a human look.
 */
class WorkbookOpensInLibreOfficeTest {

    private static final Path KEEP = Path.of("target", "libreoffice-check");
    /** Every sheet to its own CSV (last token -1), UTF-8, cells as shown. */
    private static final String CSV_ALL_SHEETS =
            "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1";

    private static Path soffice;

    @TempDir
    Path dir;

    @BeforeAll
    static void findLibreOffice() {
        soffice = LibreOffice.program().orElse(null);
    }

    private Path workbook() throws IOException {
        Path png = dir.resolve("funding.png");
        BufferedImage image = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 300);
        g.setColor(new Color(0, 128, 128));
        g.fillRect(40, 60, 420, 60);
        g.fillRect(40, 160, 220, 60);
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
        List<Facts> facts = new ArrayList<>(allFixtures());
        facts.add(hostile());
        Path xlsx = dir.resolve("commitments.xlsx");
        new CommitmentsWorkbookWriter(FX)
                .write(
                        run(
                                facts,
                                List.of(new RenderedChart(
                                        "funding",
                                        "Funding by summit (test image)",
                                        "Two bars.",
                                        png,
                                        null,
                                        600,
                                        300))),
                        xlsx);
        return xlsx;
    }

    private void convert(Path xlsx, String filter, Path out, String expected) throws IOException, InterruptedException {
        LibreOffice.convert(soffice, dir, filter, null, out, List.of(xlsx), List.of(out.resolve(expected)));
    }

    @Test
    void libreOffice_readsEverySheetWithTypedValues() throws Exception {
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not on PATH: skipping the LibreOffice check");
        Path xlsx = workbook();
        Path out = Files.createDirectories(dir.resolve("csv"));
        convert(xlsx, CSV_ALL_SHEETS, out, "commitments-Commitments.csv");
        keep(out);

        String commitments = Files.readString(out.resolve("commitments-Commitments.csv"), StandardCharsets.UTF_8);
        assertThat(commitments.lines().findFirst().orElseThrow())
                .startsWith("Summit,Start date,Location,Country,Type,Outcome,Actors,Amount,Currency,Amount in USD");
        assertThat(commitments)
                .contains("Current AI Initiative")
                .contains("\"$400,000,000\"")
                .contains("\"€200,000,000,000\"")
                .contains("\"$234,400,000,000\"")
                .contains("2025-02-10");
        // The payloads come back as the text they are, not as a computed value or an error.
        assertThat(commitments)
                .contains("\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                .contains("+cmd|' /C calc'!A0")
                .contains("@SUM(A1)");
        for (String sheet : List.of("Positions", "Figures", "Themes", "Resources", "Charts", "About")) {
            assertThat(out.resolve("commitments-" + sheet + ".csv")).as(sheet).exists();
        }
        assertThat(Files.readString(out.resolve("commitments-Themes.csv"))).contains("_x0041_ stays literal");
        assertThat(Files.readString(out.resolve("commitments-About.csv")))
                .contains("8ff69806bf67bc4cf82f0b8839b7ededc04adf82e1cc06be4a310b9975f405ca");
    }

    @Test
    void libreOffice_printsTheWorkbookToPdf() throws Exception {
        Assumptions.assumeTrue(soffice != null, "LibreOffice (soffice) is not on PATH: skipping the LibreOffice check");
        Path xlsx = workbook();
        Path out = Files.createDirectories(dir.resolve("pdf"));
        convert(xlsx, "pdf", out, "commitments.pdf");
        Files.copy(xlsx, out.resolve("commitments.xlsx"));
        keep(out);
        try (PDDocument pdf = Loader.loadPDF(out.resolve("commitments.pdf").toFile())) {
            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(7);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("Current AI Initiative")
                    .contains("$400,000,000")
                    .contains("About this workbook");
        }
    }

    private static void keep(Path out) throws IOException {
        Files.createDirectories(KEEP);
        try (Stream<Path> files = Files.list(out)) {
            for (Path file : files.toList()) {
                Files.copy(file, KEEP.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
