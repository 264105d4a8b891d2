package org.briefingpack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.assertj.core.data.Offset;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentFormat;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.testsupport.FactsGrader;
import org.briefingpack.testsupport.MadeUpPdf;
import org.briefingpack.testsupport.MadeUpPdf.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Write-ups written for this test ({@code src/test/resources/madeup}) laid out by OpenPDF in two columns, on
 * small pages with a running header and footer, and with a real table: the text read back is the write-up in
 * reading order (every block of the source, in its order), without the running lines, and its facts grade
 * as the plain text's do against the gold written for them.
 */
class MadeUpPdfTest {

    private static final String BALTIC = "baltic-harbours-summit-2026";
    private static final String REEF = "pacific-reef-pledging-2026";

    /** The PDFs stay for a look ({@code pdftotext -layout}, a viewer). */
    private final Path dir = keep();

    private static Path keep() {
        try {
            return Files.createDirectories(Path.of("target", "made-up-pdfs"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private final DocumentReader reader = new DocumentReader();
    private final RuleBasedFactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
            new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());
    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({BALTIC + ", TWO_COLUMNS", BALTIC + ", RUNNING_HEADERS", REEF + ", TABLE", REEF + ", RUNNING_HEADERS"})
    void pdf_readsTheWriteUpInReadingOrder_withoutRunningLines(String id, Layout layout) throws IOException {
        String source = source(id);
        SourceDocument doc = reader.read(MadeUpPdf.write(source, layout, dir.resolve(id + ".pdf")));

        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertInReadingOrder(source, doc.text());
        assertThat(doc.text())
                .doesNotContain(MadeUpPdf.RUNNING_HEADER)
                .doesNotContain(MadeUpPdf.RUNNING_FOOTER)
                .doesNotContainPattern("Page \\d");
    }

    @Test
    void twoColumnPage_isReadLeftColumnFirst() throws IOException {
        Path pdf = MadeUpPdf.write(source(BALTIC), Layout.TWO_COLUMNS, dir.resolve("two.pdf"));
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            assertThat(read.getNumberOfPages())
                    .as("the layout needs two columns")
                    .isGreaterThanOrEqualTo(1);
        }
        String text = reader.read(pdf).text();
        // the Outcomes heading is deep in the left column, Positions in the right: left first
        assertThat(text.indexOf("Outcomes")).isPositive().isLessThan(text.indexOf("Positions"));
        assertThat(text)
                .contains("Sweden pledged €40 million for shore power in its ferry ports, and Finland announced");
    }

    @Test
    void table_isReadRowByRow() throws IOException {
        String text = reader.read(MadeUpPdf.write(source(REEF), Layout.TABLE, dir.resolve("t.pdf")))
                .text();
        assertThat(text)
                .contains("Donor | Pledge\nAustralia | $95 million\nNew Zealand | $40 million\nJapan | $75 million");
    }

    @Test
    void runningHeaders_pagesAreCounted_andEachQuoteSaysItsPage() throws IOException {
        Path pdf = MadeUpPdf.write(source(BALTIC), Layout.RUNNING_HEADERS, dir.resolve("h.pdf"));
        int pages;
        try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
            pages = read.getNumberOfPages();
        }
        SourceDocument doc = reader.read(pdf);
        assertThat(pages).as("small pages: the write-up runs over several").isGreaterThanOrEqualTo(3);
        assertThat(doc.pageStarts()).hasSize(pages);
        Facts facts = extractor.extract(doc);
        List<Evidence> quotes = new ArrayList<>();
        facts.positions().forEach(p -> quotes.addAll(p.evidence()));
        facts.outcomes().forEach(o -> quotes.addAll(o.evidence()));
        assertThat(quotes).isNotEmpty().allSatisfy(e -> assertThat(e.page()).isBetween(1, pages));
        Evidence norway = facts.positions().stream()
                .filter(p -> p.actor().name().equals("Norway"))
                .findFirst()
                .orElseThrow()
                .evidence()
                .get(0);
        int expected = 0;
        for (int p = 0; p < pages; p++) {
            if (doc.pageStarts().get(p) <= doc.text().indexOf(norway.quote())) {
                expected = p + 1;
            }
        }
        assertThat(norway.page()).isEqualTo(expected).isGreaterThan(1);
    }

    @Test
    void madeUpPdfs_gradeAsTheirTextAgainstTheGoldWrittenForThem() throws IOException {
        FactsGrader asText = new FactsGrader();
        FactsGrader asPdf = new FactsGrader();
        FactsJson factsJson = new FactsJson();
        for (String[] c : List.of(
                new String[] {BALTIC, "TWO_COLUMNS"},
                new String[] {BALTIC, "RUNNING_HEADERS"},
                new String[] {REEF, "TABLE"},
                new String[] {REEF, "RUNNING_HEADERS"})) {
            String id = c[0];
            Path folder = Files.createDirectories(dir.resolve(c[1]));
            var gold = json.readTree(Files.readAllBytes(resource("/madeup/gold/" + id + ".json")));
            SourceDocument text = reader.read(Files.writeString(folder.resolve(id + ".txt"), source(id)));
            SourceDocument pdf =
                    reader.read(MadeUpPdf.write(source(id), Layout.valueOf(c[1]), folder.resolve(id + ".pdf")));
            asText.grade(gold, json.readTree(factsJson.toBytes(extractor.extract(text))), text.text());
            asPdf.grade(gold, json.readTree(factsJson.toBytes(extractor.extract(pdf))), pdf.text());
        }
        System.out.print(asText.table("made-up write-ups as text"));
        System.out.print(asPdf.table("the same laid out as PDF (two columns, running headers, table)"));
        Map<String, Double> text = asText.scores();
        text.forEach((category, f1) -> assertThat(asPdf.scores().getOrDefault(category, 0.0))
                .as("PDF %s F1 against text %.3f", category, f1)
                .isCloseTo(f1, Offset.offset(FormatInvarianceTest.TOLERANCE)));
        assertThat(asPdf.overall()).as("overall against the gold").isGreaterThanOrEqualTo(0.8);
    }

    /** Every block of the source (white space squashed) stands in the text, each after the one before. */
    private static void assertInReadingOrder(String source, String text) {
        String read = squash(text);
        int at = 0;
        for (String block : source.strip().split("\n\\s*\n")) {
            for (String line : block.split("\n")) {
                String wanted = squash(line);
                int found = read.indexOf(wanted, at);
                assertThat(found)
                        .as("«%s» after offset %d in%n%s", wanted, at, text)
                        .isGreaterThanOrEqualTo(0);
                at = found + wanted.length();
            }
        }
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    private static String source(String id) throws IOException {
        return Files.readString(resource("/madeup/" + id + ".txt"));
    }

    private static Path resource(String name) {
        try {
            return Path.of(MadeUpPdfTest.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
