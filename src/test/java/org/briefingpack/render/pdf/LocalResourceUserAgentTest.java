package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalResourceUserAgentTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "file:/tmp/briefing/charts/funding.png, true",
        "jar:file:/opt/app.jar!/briefing-templates/briefing.css, true",
        "jar:nested:/opt/app.jar/!BOOT-INF/classes/!/briefing-templates/fonts/X.ttf, true",
        "https://example.org/style.css, false",
        "http://127.0.0.1:8080/x.png, false",
        "ftp://example.org/font.ttf, false",
        "jar:http://example.org/evil.jar!/a.css, false",
        "'data:text/css;base64,Ym9keXt9', false",
        "//example.org/x.css, false"
    })
    void isLocal_allowsOnlyFilesAndLocalArchives(String uri, boolean allowed) {
        assertThat(LocalResourceUserAgent.isLocal(uri)).isEqualTo(allowed);
    }

    @Test
    void render_withATemplateThatPointsAtTheNetwork_neverContactsIt() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Path templates = Files.createDirectories(dir.resolve("templates"));
            Files.writeString(
                    templates.resolve("briefing.css"),
                    "@import url(\"" + base + "/imported.css\");\n"
                            + "@font-face { font-family: \"Remote\"; src: url(\"" + base + "/remote.ttf\"); }\n"
                            + "body { font-family: \"Remote\"; background-image: url(\"" + base + "/bg.png\"); }\n");
            PdfBriefingRenderer renderer = new PdfBriefingRenderer(PdfFixtures.settings(), templates);

            renderer.render(
                    PdfFixtures.facts("paris-ai-summit-2025"), List.of(), dir.resolve("out"), PdfFixtures.GENERATED_AT);

            assertThat(hits.get()).isZero();
            try (PDDocument pdf = PdfReading.open(dir.resolve("out/briefing.pdf"))) {
                assertThat(PdfReading.text(pdf)).contains("Current AI Initiative");
            }
        } finally {
            server.stop(0);
        }
    }
}
