package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.Link;
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
 * Where polite fetching and reading resource pages meet: a second run within the cache TTL makes no request
 * at all, yet reads the same pages from the cached bodies and marks the same corroboration and conflicts.
 * {@code briefing.force=true}, so the second run extracts the document again instead of taking over its pack.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.force=true",
            "briefing.links.fetch=true",
            "briefing.links.allow-private-addresses=true",
            "briefing.links.per-host-delay=0s",
            "spring.datasource.url=jdbc:h2:mem:resource-pages-cache-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobResourcePagesCacheTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobResourcePagesCacheTest.class);
    private static final List<String> requests = new CopyOnWriteArrayList<>();
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
        serve("/agrees.html", 200, "text/html; charset=utf-8", bytes(BriefingPackJobResourcePagesTest.AGREEING));
        serve("/differs.html", 200, "text/html; charset=utf-8", bytes(BriefingPackJobResourcePagesTest.DIFFERING));
        serve(
                "/declaration.pdf",
                200,
                "application/pdf",
                BriefingPackJobResourcePagesTest.pdf(BriefingPackJobResourcePagesTest.PDF_LINES));
        // robots.txt and anything else: not found (everything allowed), and counted too
        serve("/", 404, "text/plain", bytes("not found"));
        server.start();
        BriefingPackJobResourcePagesTest.writeParisLinkingTo(
                folders,
                List.of("/agrees.html", "/differs.html", "/declaration.pdf").stream()
                        .map(BriefingPackJobResourcePagesCacheTest::url)
                        .toList());
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void serve(String path, int status, String type, byte[] body) {
        server.createContext(path, exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        });
    }

    @Test
    void briefingJob_whenRunAgainWithinTheTtl_thenNoRequestAndTheCachedPagesCorroborateTheSame() throws IOException {
        RunResult first = launcher.launch(null);
        assertThat(first.exitCode()).as(String.valueOf(first.message())).isEqualTo(ExitCodes.OK);
        assertThat(requests).contains("/agrees.html", "/differs.html", "/declaration.pdf");
        Facts before = RunOutputs.facts(first.runDir().resolve("paris-ai-summit-2025"));
        assertThat(outcome(before, "Current AI Initiative").corroboration())
                .as("the first run read the pages")
                .isNotEmpty();
        try (Stream<Path> cached = Files.list(folders.root.resolve("link-cache"))) {
            assertThat(cached.map(p -> p.getFileName().toString()))
                    .filteredOn(name -> name.endsWith(".body"))
                    .hasSize(3);
        }

        requests.clear();
        RunResult second = launcher.launch(null);

        assertThat(second.exitCode()).as(String.valueOf(second.message())).isEqualTo(ExitCodes.OK);
        assertThat(second.runDir()).isNotEqualTo(first.runDir());
        assertThat(requests).as("everything came from the link cache").isEmpty();
        Facts after = RunOutputs.facts(second.runDir().resolve("paris-ai-summit-2025"));
        assertThat(after.outcomes())
                .extracting(Outcome::corroboration)
                .isEqualTo(
                        before.outcomes().stream().map(Outcome::corroboration).toList());
        assertThat(after.outcomes())
                .extracting(Outcome::conflicts)
                .isEqualTo(before.outcomes().stream().map(Outcome::conflicts).toList());
        assertThat(after.positions())
                .extracting(Position::corroboration)
                .isEqualTo(
                        before.positions().stream().map(Position::corroboration).toList());
        assertThat(after.figures())
                .extracting(Figure::conflicts)
                .isEqualTo(before.figures().stream().map(Figure::conflicts).toList());
        assertThat(after.links())
                .extracting(Link::read)
                .as("each page read again, from the same bytes")
                .isEqualTo(before.links().stream().map(Link::read).toList());
        assertThat(outcome(after, "Current AI Initiative").corroboration())
                .singleElement()
                .satisfies(c -> assertThat(c.url()).isEqualTo(url("/agrees.html")));
    }

    private static Outcome outcome(Facts facts, String name) {
        return facts.outcomes().stream()
                .filter(o -> name.equals(o.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outcome " + name + " in " + facts.outcomes()));
    }
}
