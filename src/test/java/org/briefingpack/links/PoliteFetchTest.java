package org.briefingpack.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.links.TestServer.LOOPBACK;
import static org.briefingpack.links.TestServer.afterDelay;
import static org.briefingpack.links.TestServer.conditional;
import static org.briefingpack.links.TestServer.html;
import static org.briefingpack.links.TestServer.redirect;
import static org.briefingpack.links.TestServer.respond;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.briefingpack.model.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fetching like a good citizen, against a real HTTP server on loopback: robots.txt read once per host
 * and obeyed, the User-Agent with its contact URL, the per-host limit, the cache TTL within which a
 * rerun asks nothing, and conditional requests after it.
 */
class PoliteFetchTest {

    private static final Instant T0 = Instant.parse("2026-05-04T06:00:00Z");
    private static final String MODIFIED = "Mon, 04 May 2026 05:00:00 GMT";

    private static final String ROBOTS = """
            # our own rules for the test site
            User-agent: *
            Disallow: /drafts/
            Allow: /drafts/published

            User-agent: briefing-pack
            Disallow: /private/
            Allow: /private/press-kit
            """;

    @TempDir
    Path cacheDir;

    private TestServer server;
    private TestSettings settings;
    private final MutableClock clock = new MutableClock(T0);

    @BeforeEach
    void start() {
        server = new TestServer();
        settings = new TestSettings(cacheDir);
        settings.cacheTtl = Duration.ofHours(12);
        settings.contactUrl = "https://briefings.example.org/about-the-reader";
        server.on("/robots.txt", conditional("\"r1\"", MODIFIED, "text/plain", ROBOTS));
        server.on(
                "/news",
                conditional(
                        "\"n1\"",
                        MODIFIED,
                        "text/html",
                        "<title>Harbour talks end</title>"
                                + "<p>The harbour talks ended with a shared plan for cleaner ports.</p>"));
        server.on("/notes", conditional("\"t1\"", MODIFIED, "text/plain", "Ministers met for two days."));
        server.on("/private/", html("<title>Not for crawlers</title>"));
        server.on("/private/press-kit", html("<title>Press kit</title>"));
        server.on("/drafts/", html("<title>A draft</title>"));
        server.on("/slow", afterDelay(Duration.ofSeconds(4), html("<title>Too late</title>")));
        server.on("/moved", redirect(301, "/news"));
        server.on("/gone", respond(404, "text/html", "<title>Not here</title>".getBytes(StandardCharsets.UTF_8)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A new fetcher each time, as a new run (a new process) would make, sharing the on-disk cache. */
    private LinkFetcher newRun() {
        return new LinkFetcher(settings.build(), clock, this::resolve, AddressGuard.allowing(Set.of(LOOPBACK)));
    }

    private final Map<String, AtomicInteger> lookups = new ConcurrentHashMap<>();

    private InetAddress[] resolve(String host) throws UnknownHostException {
        lookups.computeIfAbsent(host, h -> new AtomicInteger()).incrementAndGet();
        if (host.matches("[0-9.]+")) {
            return new InetAddress[] {InetAddress.getByName(host)};
        }
        throw new UnknownHostException(host); // no test sends a DNS query
    }

    private List<Link> links(String... paths) {
        return java.util.Arrays.stream(paths)
                .map(p -> Link.of(server.url(p), server.url(p), "127.0.0.1"))
                .toList();
    }

    @Test
    void check_whenRobotsDisallowsAPage_thenItIsNeverRequestedAndSaysWhy() {
        List<LinkCheck> checks = newRun().check(links("/private/plans", "/drafts/one", "/private/press-kit", "/news"));

        assertThat(checks).extracting(LinkCheck::status).containsExactly("robots-disallowed", "ok", "ok", "ok");
        // our own group applies, not "*": /drafts/ is only closed to others
        assertThat(server.requests("/private/plans")).isZero();
        assertThat(server.log()).noneMatch(line -> line.contains("/private/plans"));
        assertThat(server.log()).contains("GET /drafts/one 200", "GET /private/press-kit 200");
        assertThat(server.requests("/robots.txt")).isEqualTo(1);
    }

    @Test
    void check_whenAnotherAgentTokenIsConfigured_thenTheStarGroupApplies() {
        settings.userAgent = "harbour-watch/2 (+https://example.org)";

        List<LinkCheck> checks = newRun().check(links("/private/plans", "/drafts/one", "/drafts/published"));

        assertThat(checks).extracting(LinkCheck::status).containsExactly("ok", "robots-disallowed", "ok");
        assertThat(server.requests("/drafts/one")).isZero();
    }

    @Test
    void check_sendsAUserAgentNamingTheProductAndTheContactUrl() {
        newRun().check(links("/news"));

        assertThat(server.requestHeaders())
                .isNotEmpty()
                .allSatisfy(headers -> assertThat(headers.getFirst("User-Agent"))
                        .matches("briefing-pack/\\S+ \\(\\+https://briefings\\.example\\.org/about-the-reader\\)"));
    }

    @Test
    void check_whenAPageIsSlowRedirectsOrIsMissing_thenEachSaysSo() {
        settings.readTimeout = Duration.ofMillis(500);

        List<LinkCheck> checks = newRun().check(links("/slow", "/moved", "/gone"));

        assertThat(checks).extracting(LinkCheck::status).containsExactly("timeout", "ok", "http-404");
        assertThat(checks.get(1).finalUrl()).isEqualTo(server.url("/news"));
        assertThat(checks.get(1).title()).isEqualTo("Harbour talks end");
        assertThat(new String(checks.get(1).body(), StandardCharsets.UTF_8)).contains("shared plan for cleaner ports");
        assertThat(checks.get(2).body()).isEmpty();
    }

    @Test
    void check_whenRunAgainWithinTheTtl_thenNoRequestAtAll() {
        List<LinkCheck> first = newRun().check(links("/news", "/notes", "/private/plans", "/gone"));
        int requests = server.requests();
        clock.advance(Duration.ofHours(11));

        List<LinkCheck> second = newRun().check(links("/news", "/notes", "/private/plans", "/gone"));

        assertThat(server.requests()).isEqualTo(requests);
        assertThat(second).extracting(LinkCheck::status).containsExactly("ok", "ok", "robots-disallowed", "http-404");
        assertThat(second.get(0).body()).isEqualTo(first.get(0).body());
    }

    @Test
    void check_whenRunAgainAfterTheTtl_thenOnlyConditionalRequestsAndTheBodiesAreReused() {
        List<LinkCheck> first = newRun().check(links("/news", "/notes"));
        server.log().clear();
        server.requestHeaders().clear();
        clock.advance(Duration.ofHours(13));

        List<LinkCheck> second = newRun().check(links("/news", "/notes"));

        assertThat(server.log()).containsExactlyInAnyOrder("GET /robots.txt 304", "GET /news 304", "GET /notes 304");
        assertThat(server.requestHeaders()).allSatisfy(headers -> {
            assertThat(headers.getFirst("If-None-Match")).isNotNull();
            assertThat(headers.getFirst("If-Modified-Since")).isEqualTo(MODIFIED);
        });
        assertThat(second).allSatisfy(check -> {
            assertThat(check.status()).isEqualTo("ok");
            assertThat(check.notModified()).isTrue();
            assertThat(check.fetchedAt()).isEqualTo(T0.plus(Duration.ofHours(13)));
        });
        assertThat(second.get(0).body()).isEqualTo(first.get(0).body());
        assertThat(second.get(0).title()).isEqualTo("Harbour talks end");
        assertThat(new String(second.get(1).body(), StandardCharsets.UTF_8)).isEqualTo("Ministers met for two days.");

        // confirmed unchanged: the TTL starts again
        server.log().clear();
        clock.advance(Duration.ofHours(1));
        newRun().check(links("/news", "/notes"));
        assertThat(server.log()).isEmpty();
    }

    @Test
    void check_whenAPageChangedAfterTheTtl_thenItsNewBodyIsDownloaded() {
        AtomicReference<String> version = new AtomicReference<>("first");
        server.on(
                "/living",
                exchange -> conditional(
                                "\"" + version.get() + "\"",
                                MODIFIED,
                                "text/html",
                                "<title>The " + version.get() + " version</title>")
                        .handle(exchange));
        newRun().check(links("/living"));
        version.set("second");
        clock.advance(Duration.ofHours(13));

        LinkCheck check = newRun().check(links("/living")).get(0);

        assertThat(check.title()).isEqualTo("The second version");
        assertThat(check.notModified()).isFalse();
        assertThat(server.log()).endsWith("GET /living 200");
    }

    @Test
    void check_whenRobotsTxtAnswers5xx_thenNothingOnTheHostIsRequested() {
        TestServer failing = new TestServer();
        try {
            failing.on("/robots.txt", respond(503, "text/plain", new byte[0]));
            failing.on("/page", html("<title>Behind a broken robots.txt</title>"));

            LinkCheck check = newRun().check(List.of(Link.of(failing.url("/page"), failing.url("/page"), "127.0.0.1")))
                    .get(0);

            assertThat(check.status()).isEqualTo("robots-unavailable");
            assertThat(failing.requests("/page")).isZero();
        } finally {
            failing.close();
        }
    }

    @Test
    void check_whenOffline_thenEveryLinkSaysWhy() {
        List<Link> offline = List.of(
                Link.of("https://summit.example/a", "https://summit.example/a", "summit.example"),
                Link.of("https://summit.example/b", "https://summit.example/b", "summit.example"),
                Link.of("https://other.example/c", "https://other.example/c", "other.example"));

        settings.parallelism = 1;

        List<LinkCheck> checks = newRun().check(offline);

        assertThat(checks).extracting(LinkCheck::status).containsOnly("unreachable");
        // one look-up per host: the second link on a host that did not resolve is not tried again
        assertThat(lookups.get("summit.example")).hasValue(1);
        assertThat(lookups.get("other.example")).hasValue(1);
    }

    @Test
    void check_whenRobotsTxtTimesOut_thenTheHostsOtherPagesAreNotRequested() {
        settings.readTimeout = Duration.ofMillis(300);
        settings.parallelism = 1;
        TestServer stalled = new TestServer();
        try {
            stalled.on("/robots.txt", afterDelay(Duration.ofSeconds(3), html("too late")));
            stalled.on("/a", html("<title>A</title>"));
            stalled.on("/b", html("<title>B</title>"));

            List<LinkCheck> checks = newRun().check(List.of(
                    Link.of(stalled.url("/a"), stalled.url("/a"), "127.0.0.1"),
                    Link.of(stalled.url("/b"), stalled.url("/b"), "127.0.0.1")));

            assertThat(checks).extracting(LinkCheck::status).containsOnly("timeout");
            assertThat(stalled.requests("/robots.txt")).isEqualTo(1);
            assertThat(stalled.requests("/a") + stalled.requests("/b")).isZero();
        } finally {
            stalled.close();
        }
    }
}
