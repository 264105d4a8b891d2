package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefingpack.model.Facts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Input files that are links: a {@code .url} Internet Shortcut and a {@code .links} list each make their
 * pages documents of their own, fetched from a real server on loopback (allowed for this test only), read
 * like HTML inputs and packed with their URL and fetch time; a bad address, a 404 and a page robots.txt
 * closes are each one skipped entry naming the file and the URL, and the run goes on.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=true",
            "briefing.links.allow-private-addresses=true",
            "briefing.links.per-host-delay=0s",
            "spring.datasource.url=jdbc:h2:mem:url-inputs-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobUrlInputsTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobUrlInputsTest.class);

    private static final String SUMMIT_PAGE = """
            <!doctype html><html><head><title>Harbour Climate Forum 2026</title></head><body>
            <nav><a href="/">Home</a></nav>
            <article><h1>Harbour Climate Forum 2026</h1>
            <p>The Harbour Climate Forum 2026 was held in Rotterdam on 12 March 2026.</p>
            <p>Ministers from 14 countries signed the Clean Ports Declaration.</p>
            <p>The Netherlands pledged $25 million to a new Green Shipping Fund.</p>
            </article></body></html>
            """;

    private static final String NOTES = """
            Delta Water Talks 2026

            The Delta Water Talks 2026 took place in Utrecht on 3 June 2026.
            Belgium pledged EUR 5 million to the River Data Initiative.
            """;

    @Autowired
    BriefingPackLauncher launcher;

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
        registry.add(
                "briefing.links.cache-dir",
                () -> folders.root.resolve("link-cache").toString());
    }

    @BeforeEach
    void startServer() throws IOException {
        try (var listing = Files.list(folders.input)) {
            for (Path file : listing.toList()) {
                Files.delete(file);
            }
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/robots.txt", 200, "text/plain", "User-agent: *\nDisallow: /closed/\n");
        serve("/forum", 200, "text/html; charset=utf-8", SUMMIT_PAGE);
        serve("/talks.txt", 200, "text/plain; charset=utf-8", NOTES);
        serve("/closed/", 200, "text/html", "<title>Not for robots</title>");
        serve("/missing", 404, "text/html", "<title>No such page</title>");
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private void serve(String path, int status, String type, String body) {
        HttpHandler handler = exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
            exchange.close();
        };
        server.createContext(path, handler);
    }

    private String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort() + path;
    }

    @Test
    void linkFiles_whenTheyNamePages_thenEachPageIsADocumentWithItsUrlAndFetchTime() throws IOException {
        folders.write(
                "harbour-forum.url",
                ("[InternetShortcut]\r\nURL=" + url("/forum") + "\r\nIconIndex=0\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        folders.write(
                "reading.links",
                ("# pages to read for the water desk\n\n" + url("/talks.txt") + "\n" + url("/missing") + "\n"
                                + url("/closed/plans") + "\n" + "htp:/broken address\n" + url("/talks.txt") + "\n")
                        .getBytes(StandardCharsets.UTF_8));

        RunResult result = launcher.launch(null);

        assertThat(result.exitCode()).as(String.valueOf(result.message())).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        Path runDir = result.runDir();

        Facts forum = RunOutputs.facts(runDir.resolve("harbour-forum"));
        assertThat(forum.document().file()).isEqualTo("harbour-forum.url");
        assertThat(forum.document().url()).isEqualTo(url("/forum"));
        assertThat(forum.document().fetchedAt()).isNotNull();
        assertThat(forum.event().name()).startsWith("Harbour Climate Forum");
        assertThat(forum.outcomes()).extracting(o -> o.name()).anyMatch(name -> name.contains("Green Shipping Fund"));
        assertThat(RunOutputs.pdfText(runDir.resolve("harbour-forum/briefing.pdf")))
                .contains("Harbour Climate Forum 2026");
        String json = Files.readString(runDir.resolve("harbour-forum/facts.json"));
        assertThat(json).contains("\"url\" : \"" + url("/forum") + "\"").contains("\"fetchedAt\"");

        Path talksDir;
        try (var listing = Files.list(runDir)) {
            talksDir = listing.filter(p -> p.getFileName().toString().startsWith("reading-"))
                    .filter(p -> p.getFileName().toString().contains("talks.txt"))
                    .findFirst()
                    .orElseThrow();
        }
        Facts talks = RunOutputs.facts(talksDir);
        assertThat(talks.document().url()).isEqualTo(url("/talks.txt"));
        assertThat(talks.event().name()).startsWith("Delta Water Talks");

        Map<String, JsonNode> byFile = RunOutputs.entriesByFile(RunOutputs.report(runDir));
        assertThat(byFile.get("harbour-forum.url (" + url("/forum") + ")")
                        .get("status")
                        .asString())
                .isEqualTo("PACKED");
        assertThat(byFile.get("reading.links (" + url("/missing") + ")")
                        .get("reason")
                        .asString())
                .isEqualTo("could not be fetched: http-404");
        assertThat(byFile.get("reading.links (" + url("/closed/plans") + ")")
                        .get("reason")
                        .asString())
                .isEqualTo("could not be fetched: robots-disallowed");
        assertThat(byFile.get("reading.links (htp:/broken address)")
                        .get("reason")
                        .asString())
                .startsWith("line 6: not a valid URL");
        assertThat(byFile.keySet())
                .filteredOn(file -> file.contains("talks.txt"))
                .hasSize(1);
        assertThat(requests).doesNotContain("/closed/plans");
        assertThat(requests).filteredOn("/robots.txt"::equals).hasSize(1);

        // a scheduled rerun within the cache TTL: not one request, and the unchanged pages' packs are reused
        requests.clear();
        RunResult again = launcher.launch(null);

        assertThat(again.exitCode()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(requests).isEmpty();
        JsonNode rerun = RunOutputs.entriesByFile(RunOutputs.report(again.runDir()))
                .get("harbour-forum.url (" + url("/forum") + ")");
        assertThat(rerun.get("reused").asBoolean()).isTrue();
    }

    @Test
    void offline_whenNoHostAnswers_thenTheRunCompletesEachLinkSaysWhyAndTheBriefingRenders() {
        // .invalid never resolves (RFC 6761): what a machine without network sees for every host
        folders.write(
                "lakes.txt",
                ("Lake Shore Dialogue 2026\n\nThe Lake Shore Dialogue took place in Geneva on 9 April 2026. "
                                + "Switzerland pledged CHF 3 million to a lake monitoring programme.\n\n"
                                + "Resources: https://lakes.invalid/outcomes and https://lakes.invalid/programme "
                                + "and https://press.invalid/release\n")
                        .getBytes(StandardCharsets.UTF_8));
        folders.write(
                "elsewhere.url", "[InternetShortcut]\nURL=https://forum.invalid/\n".getBytes(StandardCharsets.UTF_8));

        RunResult result = launcher.launch(null);

        assertThat(result.exitCode()).as(String.valueOf(result.message())).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        Path runDir = result.runDir();
        Facts lakes = RunOutputs.facts(runDir.resolve("lakes"));
        assertThat(lakes.links())
                .hasSize(3)
                .allSatisfy(link -> assertThat(link.status()).isEqualTo("unreachable"));
        assertThat(RunOutputs.pdfText(runDir.resolve("lakes/briefing.pdf")))
                .contains("lakes.invalid/outcomes")
                .contains("Status: unreachable");
        assertThat(RunOutputs.entriesByFile(RunOutputs.report(runDir))
                        .get("elsewhere.url (https://forum.invalid/)")
                        .get("reason")
                        .asString())
                .isEqualTo("could not be fetched: unreachable");
    }
}
