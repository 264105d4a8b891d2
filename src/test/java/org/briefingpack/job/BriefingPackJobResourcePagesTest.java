package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
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
        String paris = Files.readString(Path.of("input/paris-ai-summit-2025.txt"), StandardCharsets.UTF_8);
        int resources = paris.indexOf("https://www.jdsupra.com");
        StringBuilder document = new StringBuilder(paris.substring(0, resources));
        for (String path : List.of("/agrees.html", "/differs.html", "/lima.html", "/declaration.pdf", "/gone.html")) {
            document.append(url(path)).append("\n\n");
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
        System.out.println(Files.readString(pack.resolve("facts.json")));
        System.out.println(RunOutputs.pdfText(pack.resolve("briefing.pdf")));
    }
}
