package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.groups.Tuple;
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
 * The other half of where polite fetching and reading resource pages meet: with {@code cache-ttl} zero every
 * run asks again, conditionally; the server answers 304 to each page, and the pages are read from the kept
 * bodies with the same corroboration and conflicts as the first run.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.force=true",
            "briefing.links.fetch=true",
            "briefing.links.allow-private-addresses=true",
            "briefing.links.per-host-delay=0s",
            "briefing.links.cache-ttl=0s",
            "spring.datasource.url=jdbc:h2:mem:resource-pages-304-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobResourcePagesRevalidateTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobResourcePagesRevalidateTest.class);
    /** "GET /path status" per request answered. */
    private static final List<String> log = new CopyOnWriteArrayList<>();

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
        serve("/agrees.html", "text/html; charset=utf-8", bytes(BriefingPackJobResourcePagesTest.AGREEING));
        serve("/differs.html", "text/html; charset=utf-8", bytes(BriefingPackJobResourcePagesTest.DIFFERING));
        serve(
                "/declaration.pdf",
                "application/pdf",
                BriefingPackJobResourcePagesTest.pdf(BriefingPackJobResourcePagesTest.PDF_LINES));
        server.start();
        BriefingPackJobResourcePagesTest.writeParisLinkingTo(
                folders,
                List.of("/agrees.html", "/differs.html", "/declaration.pdf").stream()
                        .map(BriefingPackJobResourcePagesRevalidateTest::url)
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

    /** A page with a fixed ETag: a request that sends it back gets a 304 and no body. */
    private static void serve(String path, String type, byte[] body) {
        String etag = "\"" + path.hashCode() + "\"";
        server.createContext(path, exchange -> {
            boolean unchanged = etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"));
            log.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + (unchanged ? 304 : 200));
            exchange.getResponseHeaders().set("ETag", etag);
            if (unchanged) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        });
    }

    @Test
    void briefingJob_whenTheTtlHasPassedAndPagesAreUnchanged_thenOnly304sAndTheKeptBodiesCorroborateTheSame()
            throws IOException {
        RunResult first = launcher.launch(null);
        assertThat(first.exitCode()).as(String.valueOf(first.message())).isEqualTo(ExitCodes.OK);
        assertThat(log)
                .containsExactlyInAnyOrder("GET /agrees.html 200", "GET /differs.html 200", "GET /declaration.pdf 200");
        Facts before = RunOutputs.facts(first.runDir().resolve("paris-ai-summit-2025"));

        log.clear();
        RunResult second = launcher.launch(null);

        assertThat(second.exitCode()).as(String.valueOf(second.message())).isEqualTo(ExitCodes.OK);
        assertThat(log)
                .as("every page asked again, conditionally, and confirmed unchanged")
                .containsExactlyInAnyOrder("GET /agrees.html 304", "GET /differs.html 304", "GET /declaration.pdf 304");
        Facts after = RunOutputs.facts(second.runDir().resolve("paris-ai-summit-2025"));
        assertThat(outcome(after, "Current AI Initiative").corroboration())
                .singleElement()
                .satisfies(c -> assertThat(c.url()).isEqualTo(url("/agrees.html")));
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
        assertThat(after.links())
                .as("each page read again from the same bytes (only fetchedAt moves on)")
                .extracting(Link::read)
                .allSatisfy(read -> assertThat(read.facts()).isNotNull())
                .extracting(LinkRead::sha256, LinkRead::facts)
                .isEqualTo(before.links().stream()
                        .map(Link::read)
                        .map(r -> Tuple.tuple(r.sha256(), r.facts()))
                        .toList());
    }

    private static Outcome outcome(Facts facts, String name) {
        return facts.outcomes().stream()
                .filter(o -> name.equals(o.name()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no outcome " + name + " in " + facts.outcomes()));
    }
}
