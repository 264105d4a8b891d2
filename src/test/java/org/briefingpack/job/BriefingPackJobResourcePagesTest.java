package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingpack.model.Conflict;
import org.briefingpack.model.Corroboration;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Link;
import org.briefingpack.model.LinkRead;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.Position;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Paris write-up with its resource links pointing at pages served on loopback (written for this test):
 * one that agrees with it, one that gives another amount, one about another event, a PDF and a 404. The
 * pages are read, the document's facts marked, and the briefing and workbook show it.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=true",
            // the pages are on this machine: a test may allow that, a real run does not by default
            "briefing.links.allow-private-addresses=true",
            "spring.datasource.url=jdbc:h2:mem:resource-pages-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobResourcePagesTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobResourcePagesTest.class);

    static final String AGREEING = """
            <html><head><title>Notes from the Paris AI Summit</title></head><body>
            <h1>Notes from the Paris AI Summit</h1>
            <p>The Paris AI Summit met in Paris on February 10-11, 2025.</p>
            <p>Delegates welcomed the Current AI Initiative, which starts with $400 million to back open AI models.</p>
            <p>An Environmental Sustainability Coalition of 91 partners was formed to cut the energy that AI uses.</p>
            <p>The United States declined to sign the summit declaration.</p>
            <p>The summit also set up the AI Energy Observatory, a network that will track the power drawn by data
            centres.</p>
            </body></html>
            """;

    static final String DIFFERING = """
            <html><head><title>Paris summit: the money</title></head><body>
            <h1>The money behind the Paris AI Summit</h1>
            <p>The Paris AI Summit took place on February 10-11, 2025.</p>
            <p>The Current AI Initiative was launched with $500 million from its founding partners.</p>
            </body></html>
            """;

    static final String OTHER_EVENT = """
            <html><head><title>Lima Data Summit</title></head><body>
            <h1>Lima Data Summit closes</h1>
            <p>The Lima Data Summit was held in Lima on 8 July 2024.</p>
            <p>Peru launched the Andean Data Fund with $400 million for public registries.</p>
            </body></html>
            """;

    static final List<String> PDF_LINES = List.of(
            "Paris AI Summit: the declaration",
            "The Paris AI Summit closed on February 11, 2025.",
            "The declaration on inclusive and sustainable AI was signed by 61 nations and organizations.");

    private static HttpServer server;

    @Autowired
    BriefingPackLauncher launcher;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
        registry.add(
                "briefing.links.cache-dir",
                () -> folders.root.resolve("link-cache").toString());
    }

    @BeforeAll
    static void serveThePagesAndWriteTheDocument() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/agrees.html", "text/html; charset=utf-8", AGREEING.getBytes(StandardCharsets.UTF_8));
        serve("/differs.html", "text/html; charset=utf-8", DIFFERING.getBytes(StandardCharsets.UTF_8));
        serve("/lima.html", "text/html; charset=utf-8", OTHER_EVENT.getBytes(StandardCharsets.UTF_8));
        serve("/declaration.pdf", "application/pdf", pdf(PDF_LINES));
        server.createContext("/gone.html", exchange -> {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        writeParisLinkingTo(
                folders,
                List.of("/agrees.html", "/differs.html", "/lima.html", "/declaration.pdf", "/gone.html").stream()
                        .map(BriefingPackJobResourcePagesTest::url)
                        .toList());
    }

    /** The Paris input with its own resource links replaced by {@code urls}, written as the run's one document. */
    static void writeParisLinkingTo(JobTestFolders folders, List<String> urls) throws IOException {
        String paris = Files.readString(Path.of("input/paris-ai-summit-2025.txt"), StandardCharsets.UTF_8);
        StringBuilder document = new StringBuilder(paris.substring(0, paris.indexOf("https://www.jdsupra.com")));
        for (String url : urls) {
            document.append(url).append("\n\n");
        }
        folders.write("paris-ai-summit-2025.txt", document.toString().getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void serve(String path, String type, byte[] body) {
        server.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        });
    }

    static byte[] pdf(List<String> lines) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(60, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLine();
                    content.newLine();
                }
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void briefingJob_whenResourcePagesAgreeDifferOrAreOffTopic_thenFactsPdfAndWorkbookSayWhichSourcesSayWhat()
            throws IOException {
        RunResult result = launcher.launch(null);

        assertThat(result.exitCode()).as(String.valueOf(result.message())).isEqualTo(ExitCodes.OK);
        Path pack = result.runDir().resolve("paris-ai-summit-2025");
        Facts facts = RunOutputs.facts(pack);

        Outcome currentAi = outcome(facts, "Current AI Initiative");
        assertThat(currentAi.corroboration())
                .as("the agreeing page names it with the same amount")
                .extracting(Corroboration::url)
                .containsExactly(url("/agrees.html"));
        assertThat(currentAi.corroboration().get(0).quote()).contains("$400 million");
        assertThat(currentAi.conflicts())
                .as("the other page gives another amount")
                .containsExactly(new Conflict(
                        url("/differs.html"),
                        "amount",
                        "$500 million",
                        "The Current AI Initiative was launched with $500 million from its founding partners."));
        assertThat(outcome(facts, "Environmental Sustainability Coalition").corroboration())
                .extracting(Corroboration::url)
                .containsExactly(url("/agrees.html"));
        assertThat(outcome(facts, "Inclusive and Sustainable Artificial Intelligence for People and the Planet")
                        .corroboration())
                .as("the PDF states the 61 signatories")
                .containsExactly(new Corroboration(url("/declaration.pdf"), PDF_LINES.get(2)));
        Position us = facts.positions().stream()
                .filter(p -> "US".equals(p.actor().code()))
                .findFirst()
                .orElseThrow();
        assertThat(us.corroboration()).extracting(Corroboration::url).containsExactly(url("/agrees.html"));
        assertThat(facts.figures())
                .filteredOn(f -> "$400 million".equals(f.text()))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.conflicts()).extracting(Conflict::value).containsExactly("$500 million"));

        List<String> everyQuote = facts.outcomes().stream()
                .flatMap(o -> o.corroboration().stream())
                .map(Corroboration::quote)
                .toList();
        assertThat(everyQuote).noneMatch(q -> q.contains("Lima") || q.contains("Andean"));
        assertThat(link(facts, "/lima.html").read().offTopic()).isTrue();
        assertThat(link(facts, "/lima.html").read().reason())
                .contains("another event")
                .contains("Lima Data Summit");
        assertThat(link(facts, "/lima.html").read().facts().outcomes())
                .as("its facts are kept, only not matched")
                .isNotEmpty();
        assertThat(link(facts, "/agrees.html").read().offTopic()).isNull();
        assertThat(link(facts, "/declaration.pdf").read().facts().event().name())
                .isEqualTo("Paris AI Summit");
        LinkRead gone = link(facts, "/gone.html").read();
        assertThat(gone.status()).isEqualTo("http-404");
        assertThat(gone.facts()).isNull();
        assertThat(gone.reason()).isEqualTo("not read: the server answered HTTP 404");

        String pdf = RunOutputs.pdfText(pack.resolve("briefing.pdf")).replaceAll("\\s+", " ");
        assertThat(pdf)
                .contains("Current AI Initiative [8] 2 sources")
                .contains("Where sources disagree")
                .contains("$400 million")
                .contains("$500 million")
                .contains("The Current AI Initiative was launched with $500 million from its founding partners.")
                .contains("Further in the resources")
                .contains("AI Energy Observatory")
                .contains("Read: confirms")
                .contains("Not used: about another event: Lima Data Summit")
                .contains("Not read: the server answered HTTP 404")
                .contains("Note: a resource states another figure for Current AI Initiative");
        assertThat(pdf).doesNotContain("Andean Data Fund");
        assertThat(pack.resolve("briefing.html"))
                .content()
                .contains("Where sources disagree")
                .contains("Further in the resources")
                .contains("2 sources");

        try (InputStream in = Files.newInputStream(result.runDir().resolve("commitments.xlsx"));
                Workbook workbook = new XSSFWorkbook(in)) {
            Map<String, Map<String, String>> commitments = rowsByFirstCell(workbook.getSheet("Commitments"), 5);
            assertThat(commitments.get("Current AI Initiative").get("Sources"))
                    .isEqualTo("paris-ai-summit-2025.txt; " + url("/agrees.html") + "; differs: " + url("/differs.html")
                            + " (amount $500 million)");
            assertThat(commitments.get("AI Energy Observatory"))
                    .as("the page's own outcome on its own row, the page as its source")
                    .containsEntry("Source file", url("/agrees.html"))
                    .containsEntry("Sources", "resource page only: " + url("/agrees.html"));
            assertThat(commitments).doesNotContainKey("Andean Data Fund");
            Map<String, Map<String, String>> positions = rowsByFirstCell(workbook.getSheet("Positions"), 1);
            assertThat(positions.get("United States").get("Sources"))
                    .isEqualTo("paris-ai-summit-2025.txt; " + url("/agrees.html"));
            assertThat(positions.get("China").get("Sources")).isEqualTo("paris-ai-summit-2025.txt");
        }
    }

    private static Outcome outcome(Facts facts, String name) {
        return facts.outcomes().stream()
                .filter(o -> name.equals(o.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outcome " + name + " in " + facts.outcomes()));
    }

    private static Link link(Facts facts, String path) {
        return facts.links().stream()
                .filter(l -> l.url().equals(url(path)))
                .findFirst()
                .orElseThrow();
    }

    /** Each row as header → shown text, keyed by the text in column {@code keyColumn}. */
    private static Map<String, Map<String, String>> rowsByFirstCell(Sheet sheet, int keyColumn) {
        DataFormatter format = new DataFormatter();
        Row header = sheet.getRow(0);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, String> cells = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                cells.put(format.formatCellValue(header.getCell(c)), format.formatCellValue(row.getCell(c)));
            }
            rows.put(format.formatCellValue(row.getCell(keyColumn)), cells);
        }
        return rows;
    }
}
