package org.briefingpack.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.links.TestServer.LOOPBACK;
import static org.briefingpack.links.TestServer.afterDelay;
import static org.briefingpack.links.TestServer.html;
import static org.briefingpack.links.TestServer.redirect;
import static org.briefingpack.links.TestServer.respond;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Link;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

class LinkFetcherTest {

    private static final Instant T0 = Instant.parse("2026-03-01T06:00:00Z");

    /** Names tests use; anything else "does not resolve". No test sends a DNS query. */
    private static final Map<String, String> HOSTS = Map.of(
            "intranet.example", "10.20.30.40",
            "metadata.example", "169.254.169.254");

    @TempDir
    Path cacheDir;

    private TestServer server;
    private TestSettings settings;
    private final MutableClock clock = new MutableClock(T0);

    @BeforeEach
    void startServer() {
        server = new TestServer();
        settings = new TestSettings(cacheDir);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    /** The fetcher as a test sees it: only the local server's own address is allowed besides public ones. */
    private LinkFetcher fetcher() {
        return new LinkFetcher(
                settings.build(), clock, LinkFetcherTest::resolve, AddressGuard.allowing(Set.of(LOOPBACK)));
    }

    private static InetAddress[] resolve(String host) throws UnknownHostException {
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (bare.matches("[0-9.]+") || bare.contains(":")) {
            return new InetAddress[] {InetAddress.getByName(bare)}; // a literal: parsed, never looked up
        }
        String ip = HOSTS.get(bare);
        if (ip == null) {
            throw new UnknownHostException(bare);
        }
        return new InetAddress[] {InetAddress.getByName(ip)};
    }

    private static Link link(String url) {
        return Link.of(url, url, "host");
    }

    private Link enrichOne(String url) {
        return fetcher().enrich(List.of(link(url))).get(0);
    }

    private LinkCheck checkOne(String url) {
        return fetcher().check(List.of(link(url))).get(0);
    }

    @Test
    void summary_whenLinksAreNotOk_saysWhyAndHowToTurnTheCheckOff() {
        Instant at = Instant.parse("2026-11-25T06:00:00Z");
        List<LinkCheck> checks = List.of(
                LinkCheck.failed("https://a.example/", "https://a.example/", LinkStatus.UNREACHABLE, at),
                LinkCheck.failed("https://b.example/", "https://b.example/", LinkStatus.UNREACHABLE, at),
                LinkCheck.failed("https://c.example/", "https://c.example/", "http-404", at));

        assertThat(LinkFetcher.summary(checks, 3))
                .isEqualTo("Checked 3 links: 0 ok, 3 not ok (1 http-404; 2 unreachable: network unreachable, no route"
                        + " to the host, or the host is unknown), 0 unchecked. Links are checked by default;"
                        + " --briefing.links.fetch=false turns the check off");
        assertThat(LinkFetcher.summary(List.of(), 1)).isEqualTo("Checked 1 link: 0 ok, 0 not ok, 1 unchecked");
    }

    @Test
    void enrich_whenPageHasTitleAndDescription_thenFillsTitleStatusAndFetchedAt() {
        server.on(
                "/page",
                html(
                        "<!doctype html><html><head><title>  Paris AI\n Summit  </title>"
                                + "<meta name=\"description\" content=\"Outcomes of the summit\"></head><body>x</body></html>"));
        Link original = Link.of(server.url("/page?utm_source=x"), server.url("/page"), "127.0.0.1");

        Link enriched = fetcher().enrich(List.of(original)).get(0);

        assertThat(enriched.title()).isEqualTo("Paris AI Summit");
        assertThat(enriched.status()).isEqualTo("ok");
        assertThat(enriched.fetchedAt()).isEqualTo(T0);
        assertThat(enriched.url()).isEqualTo(original.url());
        assertThat(enriched.normalized()).isEqualTo(original.normalized());
        assertThat(enriched.host()).isEqualTo("127.0.0.1");
    }

    @Test
    void check_whenPageHasMetaDescription_thenRecordsDescriptionAndContentType() {
        server.on(
                "/page",
                html("<html><head><title>T</title>"
                        + "<meta name=\"description\" content=\"Outcomes  of the summit\"></head></html>"));

        LinkCheck check = checkOne(server.url("/page"));

        assertThat(check.description()).isEqualTo("Outcomes of the summit");
        assertThat(check.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(check.finalUrl()).isEqualTo(server.url("/page"));
        assertThat(check.redirected()).isFalse();
    }

    @Test
    void enrich_whenRedirected_thenFollowsAndRecordsFinalUrlInCacheEntry() throws IOException {
        server.on("/old", redirect(301, "/new"));
        server.on("/new", html("<title>Moved here</title>"));

        Link enriched = enrichOne(server.url("/old"));

        assertThat(enriched.status()).isEqualTo("ok");
        assertThat(enriched.title()).isEqualTo("Moved here");
        assertThat(server.requests("/old")).isEqualTo(1);
        assertThat(server.requests("/new")).isEqualTo(1);
        String entry = Files.readString(
                new LinkCache(cacheDir, Duration.ofDays(1), Duration.ofDays(1)).fileFor(server.url("/old")));
        assertThat(entry).contains("\"finalUrl\":\"" + server.url("/new") + "\"");
    }

    @ParameterizedTest(name = "{0} redirects with a limit of {1} -> {2}")
    @CsvSource({"5, 5, ok", "6, 5, too-many-redirects", "1, 0, too-many-redirects", "0, 0, ok"})
    void enrich_whenRedirectChainIsLong_thenStopsAtTheLimit(int chain, int limit, String expected) {
        for (int i = 0; i < chain; i++) {
            server.on("/hop" + i, redirect(302, server.url("/hop" + (i + 1))));
        }
        server.on("/hop" + chain, html("<title>End</title>"));
        settings.maxRedirects = limit;

        Link enriched = enrichOne(server.url("/hop0"));

        assertThat(enriched.status()).isEqualTo(expected);
        // Never a request past the limit: the limit plus the first one at most.
        assertThat(server.requests()).isEqualTo(Math.min(chain, limit + 1) + (expected.equals("ok") ? 1 : 0));
    }

    @Test
    void enrich_whenRedirectLoops_thenTooManyRedirects() {
        server.on("/loop", redirect(307, "/loop"));

        assertThat(enrichOne(server.url("/loop")).status()).isEqualTo("too-many-redirects");
        assertThat(server.requests("/loop")).isEqualTo(6);
    }

    @ParameterizedTest(name = "HTTP {0} -> {1}")
    @CsvSource({"404, http-404", "500, http-500", "410, http-410", "503, http-503", "204, ok", "302, http-302"})
    void enrich_whenServerAnswersWithStatus_thenRecordsIt(int code, String expected) {
        server.on("/x", respond(code, "text/html", "<title>Error page</title>".getBytes(StandardCharsets.UTF_8)));

        Link enriched = enrichOne(server.url("/x"));

        assertThat(enriched.status()).isEqualTo(expected);
        assertThat(enriched.title()).isNull();
        assertThat(enriched.fetchedAt()).isEqualTo(T0);
    }

    @Test
    void enrich_whenResponseHeadersAreLate_thenTimeoutWithinTheReadTimeout() {
        server.on("/slow", afterDelay(Duration.ofSeconds(3), html("<title>Too late</title>")));
        settings.readTimeout = Duration.ofMillis(300);

        Link enriched = enrichOne(server.url("/slow"));

        // The page would arrive after 3 s: "timeout" means the 300 ms read timeout fired first.
        assertThat(enriched.status()).isEqualTo("timeout");
    }

    @Test
    void enrich_whenBodyStalls_thenTimeoutWithinTheReadTimeout() {
        server.on("/stall", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("<html><head>".getBytes(StandardCharsets.UTF_8));
            out.flush();
            TestServer.sleep(Duration.ofSeconds(3));
            out.write("<title>Too late</title></head></html>".getBytes(StandardCharsets.UTF_8));
            out.close();
        });
        settings.readTimeout = Duration.ofMillis(300);

        Link enriched = enrichOne(server.url("/stall"));

        // The title would arrive after 3 s: "timeout" means the 300 ms read timeout fired first.
        assertThat(enriched.status()).isEqualTo("timeout");
    }

    @Test
    void check_whenBodyIsOversized_thenReadsOnlyUpToTheCapAndStillFindsAnEarlyTitle() {
        byte[] page = bigPage("<html><head><title>Early title</title></head><body>", 1_000_000);
        server.on("/big", respond(200, "text/html", page));
        settings.maxBodySize = DataSize.ofKilobytes(64);

        LinkCheck check = checkOne(server.url("/big"));

        assertThat(check.status()).isEqualTo("ok");
        assertThat(check.title()).isEqualTo("Early title");
        assertThat(check.bodyBytes()).isEqualTo(64 * 1024);
        assertThat(check.truncated()).isTrue();
    }

    @Test
    void check_whenTitleComesAfterTheCap_thenNoTitleButOk() {
        byte[] filler = bigPage("<html><body>", 200_000);
        byte[] tail = "<title>Late title</title></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[filler.length + tail.length];
        System.arraycopy(filler, 0, page, 0, filler.length);
        System.arraycopy(tail, 0, page, filler.length, tail.length);
        server.on("/late", respond(200, "text/html", page));
        settings.maxBodySize = DataSize.ofKilobytes(64);

        LinkCheck check = checkOne(server.url("/late"));

        assertThat(check.status()).isEqualTo("ok");
        assertThat(check.title()).isNull();
        assertThat(check.bodyBytes()).isEqualTo(64 * 1024);
    }

    @Test
    void check_whenBodyIsUnderTheCap_thenReadWholeAndNotTruncated() {
        server.on("/small", html("<title>Small</title>"));

        LinkCheck check = checkOne(server.url("/small"));

        assertThat(check.truncated()).isFalse();
        assertThat(check.bodyBytes()).isEqualTo("<title>Small</title>".length());
    }

    @Test
    void enrich_whenPageRefersToOtherResources_thenOnlyThePageItselfIsRequested() {
        server.on(
                "/page",
                html("<html><head><title>With parts</title>"
                        + "<link rel=stylesheet href=/style.css><script src=/app.js></script>"
                        + "<meta http-equiv=refresh content=\"0; url=/refresh\"></head>"
                        + "<body><img src=/pixel.gif><iframe src=/frame></iframe></body></html>"));
        server.on("/", html("<title>any other path</title>"));

        Link enriched = enrichOne(server.url("/page"));

        assertThat(enriched.title()).isEqualTo("With parts");
        // robots.txt (answered by "/" here) and the page: nothing it refers to
        assertThat(server.requests()).isEqualTo(2);
        assertThat(server.requests("/robots.txt")).isEqualTo(1);
        assertThat(server.requests("/page")).isEqualTo(1);
    }

    @Test
    void check_whenContentIsAPdf_thenOkWithTypeAndItsBytesKeptForReading() {
        server.on("/report.pdf", respond(200, "application/pdf", new byte[100_000]));

        LinkCheck check = checkOne(server.url("/report.pdf"));

        assertThat(check.status()).isEqualTo("ok");
        assertThat(check.contentType()).isEqualTo("application/pdf");
        assertThat(check.title()).isNull();
        assertThat(check.bodyBytes()).isEqualTo(100_000);
        assertThat(check.body()).hasSize(100_000);
    }

    @Test
    void check_whenContentIsNotReadable_thenOkWithTypeAndNoBodyRead() {
        server.on("/pictures.zip", respond(200, "application/zip", new byte[100_000]));

        LinkCheck check = checkOne(server.url("/pictures.zip"));

        assertThat(check.status()).isEqualTo("ok");
        assertThat(check.contentType()).isEqualTo("application/zip");
        assertThat(check.title()).isNull();
        assertThat(check.bodyBytes()).isZero();
        assertThat(check.body()).isEmpty();
    }

    @Test
    void check_whenContentIsNeitherHtmlPdfNorText_thenOkWithTypeAndNoBodyRead() {
        server.on("/photo.jpg", respond(200, "image/jpeg", new byte[100_000]));

        LinkCheck check = checkOne(server.url("/photo.jpg"));

        assertThat(check.status()).isEqualTo("ok");
        assertThat(check.contentType()).isEqualTo("image/jpeg");
        assertThat(check.bodyBytes()).isZero();
        assertThat(check.body()).isEmpty();
    }

    @ParameterizedTest(name = "{0} is read for the page readers")
    @CsvSource({"application/pdf", "text/plain; charset=utf-8", "text/html; charset=utf-8"})
    void check_whenContentIsPdfTextOrHtml_thenItsBodyIsKept(String type) {
        byte[] body = "%PDF-1.7 or a few words of plain text".getBytes(StandardCharsets.UTF_8);
        server.on("/doc", respond(200, type, body));

        LinkCheck check = checkOne(server.url("/doc"));

        assertThat(check.contentType()).isEqualTo(type);
        assertThat(check.body()).isEqualTo(body);
        assertThat(check.bodyBytes()).isEqualTo(body.length);
        assertThat(check.finalUrl()).isEqualTo(server.url("/doc"));
    }

    @ParameterizedTest(name = "redirect to {0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://10.0.0.5/admin                     | refused: private address",
                "http://192.168.1.1/                       | refused: private address",
                "http://172.16.0.1/                        | refused: private address",
                "http://169.254.169.254/latest/meta-data/  | refused: link-local address",
                "http://100.64.0.1/                        | refused: shared address (CGNAT)",
                "http://[::1]:1/                           | refused: loopback address",
                "http://2130706434:1/                      | refused: loopback address",
                "http://0x7f000002:1/                      | refused: loopback address",
                "http://[fd00::1]/                         | refused: private address",
                "http://127.0.0.2:1/                       | refused: loopback address",
                "http://0.0.0.0:1/                         | refused: unspecified address",
                "http://224.0.0.1/                         | refused: multicast address",
                "http://intranet.example/                  | refused: private address",
                "http://metadata.example/                  | refused: link-local address",
                "file:///etc/passwd                        | refused: file: scheme",
                "jar:file:/app.jar!/BOOT-INF/              | refused: jar: scheme",
                "http://admin:secret@10.0.0.5/             | refused: credentials in url"
            })
    void enrich_whenRedirectedToUnsafeTarget_thenRefusesWithoutRequestingIt(String target, String expected) {
        server.on("/jump", redirect(302, target));

        Link enriched = enrichOne(server.url("/jump"));

        assertThat(enriched.status()).isEqualTo(expected);
        assertThat(server.requests()).isEqualTo(1);
    }

    @Test
    void enrich_whenPrivateAddressesAreNotAllowed_thenTheLocalServerItselfIsRefused() {
        server.on("/page", html("<title>Local</title>"));
        settings.allowPrivateAddresses = false;

        Link enriched = new LinkFetcher(settings.build(), clock)
                .enrich(List.of(link(server.url("/page"))))
                .get(0);

        assertThat(enriched.status()).isEqualTo("refused: loopback address");
        assertThat(enriched.title()).isNull();
        assertThat(server.requests()).isZero();
    }

    @Test
    void enrich_whenPrivateAddressesAreAllowed_thenTheLocalServerIsFetched() {
        server.on("/page", html("<title>Local</title>"));
        settings.allowPrivateAddresses = true;

        Link enriched = new LinkFetcher(settings.build(), clock)
                .enrich(List.of(link(server.url("/page"))))
                .get(0);

        assertThat(enriched.status()).isEqualTo("ok");
        assertThat(enriched.title()).isEqualTo("Local");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "file:///etc/passwd                      | refused: file: scheme",
                "FILE:///C:/Windows/win.ini              | refused: file: scheme",
                "javascript:alert(document.cookie)       | refused: javascript: scheme",
                "data:text/html,<title>x</title>         | refused: data: scheme",
                "jar:http://example.com/x.jar!/a         | refused: jar: scheme",
                "ftp://ftp.example.com/pub/              | refused: ftp: scheme",
                "mailto:someone@example.com              | refused: mailto: scheme",
                "gopher://example.com/                   | refused: gopher: scheme",
                "www.example.com/no-scheme               | refused: invalid url",
                "'http://'                               | refused: invalid url",
                "'   '                                   | refused: invalid url"
            })
    void enrich_whenSchemeIsNotHttp_thenRefusesWithoutAnyRequest(String url, String expected) {
        server.on("/", html("<title>should not be fetched</title>"));

        Link enriched = enrichOne(url);

        assertThat(enriched.status()).isEqualTo(expected);
        assertThat(enriched.fetchedAt()).isEqualTo(T0);
        assertThat(server.requests()).isZero();
    }

    @Test
    void enrich_whenUrlCarriesCredentials_thenRefusesWithoutSendingThem() {
        server.on("/", html("<title>x</title>"));

        Link enriched = enrichOne("http://user:pass@127.0.0.1:" + server.port() + "/");

        assertThat(enriched.status()).isEqualTo("refused: credentials in url");
        assertThat(server.requests()).isZero();
    }

    @Test
    void enrich_whenHostDoesNotResolve_thenUnreachable() {
        Link enriched = enrichOne("https://no-such-host.invalid/page");

        assertThat(enriched.status()).isEqualTo("unreachable");
        assertThat(enriched.fetchedAt()).isEqualTo(T0);
    }

    @Test
    void enrich_whenNothingListensOnThePort_thenUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, LOOPBACK)) {
            closedPort = socket.getLocalPort();
        }

        assertThat(enrichOne("http://127.0.0.1:" + closedPort + "/").status()).isEqualTo("unreachable");
    }

    @Test
    void enrich_whenCalledTwice_thenSecondRunIsServedFromTheCache() {
        server.on("/page", html("<title>Cached</title>"));
        LinkFetcher fetcher = fetcher();

        Link first = fetcher.enrich(List.of(link(server.url("/page")))).get(0);
        clock.advance(Duration.ofDays(6));
        Link second = new LinkFetcher(
                        settings.build(), clock, LinkFetcherTest::resolve, AddressGuard.allowing(Set.of(LOOPBACK)))
                .enrich(List.of(link(server.url("/page"))))
                .get(0);

        assertThat(server.requests()).isEqualTo(1);
        assertThat(second).isEqualTo(first);
        assertThat(second.fetchedAt()).isEqualTo(T0);
    }

    @Test
    void check_whenServedFromTheCache_thenThePageBytesComeBackToo() {
        server.on("/page", html("<title>Kept</title><p>Body text.</p>"));

        fetcher().check(List.of(link(server.url("/page"))));
        LinkCheck cached = fetcher().check(List.of(link(server.url("/page")))).get(0);

        assertThat(server.requests()).isEqualTo(1);
        assertThat(new String(cached.body(), StandardCharsets.UTF_8)).contains("Body text.");
    }

    @Test
    void enrich_whenCacheEntryIsOlderThanMaxAge_thenFetchesAgain() {
        server.on("/page", html("<title>Fresh</title>"));
        LinkFetcher fetcher = fetcher();

        fetcher.enrich(List.of(link(server.url("/page"))));
        clock.advance(Duration.ofDays(7).plusMinutes(1));
        Link again = fetcher.enrich(List.of(link(server.url("/page")))).get(0);

        assertThat(server.requests()).isEqualTo(2);
        assertThat(again.fetchedAt()).isEqualTo(T0.plus(Duration.ofDays(7).plusMinutes(1)));
    }

    @ParameterizedTest(name = "a 500 cached {0} min ago is refetched: {1}")
    @CsvSource({"30, false", "61, true"})
    void enrich_whenFailureIsCached_thenRetriedAfterTheShorterFailureMaxAge(int minutes, boolean refetched) {
        server.on("/down", respond(500, null, new byte[0]));
        LinkFetcher fetcher = fetcher();

        fetcher.enrich(List.of(link(server.url("/down"))));
        clock.advance(Duration.ofMinutes(minutes));
        fetcher.enrich(List.of(link(server.url("/down"))));

        assertThat(server.requests()).isEqualTo(refetched ? 2 : 1);
    }

    @Test
    void enrich_whenCacheEntryIsDamaged_thenFetchesAgainAndRepairsIt() throws IOException {
        server.on("/page", html("<title>Repaired</title>"));
        Path entry = new LinkCache(cacheDir, Duration.ofDays(1), Duration.ofDays(1)).fileFor(server.url("/page"));
        Files.createDirectories(entry.getParent());
        Files.writeString(entry, "{\"url\": \"trunc");

        Link enriched = enrichOne(server.url("/page"));

        assertThat(enriched.title()).isEqualTo("Repaired");
        assertThat(Files.readString(entry)).contains("Repaired");
    }

    @Test
    void enrich_whenCacheIsOff_thenFetchesEveryTime() {
        server.on("/page", html("<title>x</title>"));
        settings.cacheDir = null;
        LinkFetcher fetcher = fetcher();

        fetcher.enrich(List.of(link(server.url("/page"))));
        fetcher.enrich(List.of(link(server.url("/page"))));

        assertThat(server.requests()).isEqualTo(2);
    }

    /** Four "hosts" (servers on their own ports) with slow pages, counted together. */
    private List<TestServer> slowHosts(TestServer.InFlight flight) {
        List<TestServer> hosts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            hosts.add(new TestServer(flight)
                    .on("/p", afterDelay(Duration.ofMillis(150), html("<title>Slow page</title>"))));
        }
        return hosts;
    }

    @Test
    void enrich_whenManyLinksOnSeveralHosts_thenAtMostParallelismAreFetchedAtOnceAndOnePerHost() {
        TestServer.InFlight flight = new TestServer.InFlight();
        List<TestServer> hosts = slowHosts(flight);
        settings.parallelism = 2;
        try {
            List<Link> links = IntStream.range(0, 8)
                    .mapToObj(i -> link(hosts.get(i % 4).url("/p" + i)))
                    .toList();

            List<Link> enriched = fetcher().enrich(links);

            assertThat(enriched).extracting(Link::status).containsOnly("ok");
            assertThat(hosts).allSatisfy(host -> {
                assertThat(host.requests()).isEqualTo(2);
                assertThat(host.maxInFlight()).isEqualTo(1);
            });
            assertThat(flight.max()).isEqualTo(2);
        } finally {
            hosts.forEach(TestServer::close);
        }
    }

    @Test
    void enrich_whenTwoDocumentsAreEnrichedAtOnce_thenTheLimitHoldsAcrossBoth() throws Exception {
        TestServer.InFlight flight = new TestServer.InFlight();
        List<TestServer> hosts = slowHosts(flight);
        settings.parallelism = 2;
        try {
            LinkFetcher fetcher = fetcher();
            List<Link> first = IntStream.range(0, 4)
                    .mapToObj(i -> link(hosts.get(i).url("/p-a" + i)))
                    .toList();
            List<Link> second = IntStream.range(0, 4)
                    .mapToObj(i -> link(hosts.get(i).url("/p-b" + i)))
                    .toList();

            CompletableFuture<List<Link>> other = CompletableFuture.supplyAsync(() -> fetcher.enrich(second));
            List<Link> mine = fetcher.enrich(first);

            assertThat(mine).extracting(Link::status).containsOnly("ok");
            assertThat(other.get(10, TimeUnit.SECONDS)).extracting(Link::status).containsOnly("ok");
            assertThat(flight.max()).isEqualTo(2);
            assertThat(hosts).allSatisfy(host -> assertThat(host.maxInFlight()).isEqualTo(1));
        } finally {
            hosts.forEach(TestServer::close);
        }
    }

    @Test
    void enrich_whenManyLinksOnOneHost_thenOneRequestAtATimeThePerHostDelayApart() {
        server.on("/p", afterDelay(Duration.ofMillis(50), html("<title>Page</title>")));
        settings.parallelism = 4;
        settings.perHostDelay = Duration.ofMillis(100);
        List<Long> starts = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.on("/t", exchange -> {
            starts.add(System.nanoTime());
            html("<title>Timed</title>").handle(exchange);
        });
        List<Link> links =
                IntStream.range(0, 4).mapToObj(i -> link(server.url("/t" + i))).toList();

        List<Link> enriched = fetcher().enrich(links);

        assertThat(enriched).extracting(Link::status).containsOnly("ok");
        assertThat(server.maxInFlight()).isEqualTo(1);
        // a lower bound only (the delay is a sleep): each request starts at least the delay after the last
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i) - starts.get(i - 1))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
        }
    }

    @Test
    void enrich_whenConnectionIsNeverAccepted_thenTimeoutWithinTheConnectTimeout() throws IOException {
        // A listening socket that never accepts, its backlog filled: the kernel drops further SYNs.
        try (ServerSocket silent = new ServerSocket(0, 1, LOOPBACK)) {
            List<Socket> fillers = new ArrayList<>();
            try {
                for (int i = 0; i < 8; i++) {
                    Socket socket = new Socket();
                    fillers.add(socket);
                    try {
                        socket.connect(silent.getLocalSocketAddress(), 100);
                    } catch (IOException full) {
                        break;
                    }
                }
                settings.connectTimeout = Duration.ofMillis(300);
                settings.readTimeout = Duration.ofSeconds(120);

                long start = System.nanoTime();
                Link enriched = enrichOne("http://127.0.0.1:" + silent.getLocalPort() + "/");
                Duration took = Duration.ofNanos(System.nanoTime() - start);

                assertThat(enriched.status()).isEqualTo("timeout");
                // Far before the 120 s read timeout (a margin no busy machine closes): the connect timeout fired.
                assertThat(took).isLessThan(Duration.ofSeconds(60));
            } finally {
                for (Socket socket : fillers) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void enrich_whenLinksRepeatAndMix_thenSameOrderAndEachUrlFetchedOnce() {
        server.on("/a", html("<title>A</title>"));
        server.on("/b", respond(404, null, new byte[0]));
        List<Link> links = List.of(
                link(server.url("/a")), link("javascript:void(0)"), link(server.url("/b")), link(server.url("/a")));

        List<Link> enriched = fetcher().enrich(links);

        assertThat(enriched)
                .extracting(Link::url)
                .containsExactly(server.url("/a"), "javascript:void(0)", server.url("/b"), server.url("/a"));
        assertThat(enriched)
                .extracting(Link::status)
                .containsExactly("ok", "refused: javascript: scheme", "http-404", "ok");
        assertThat(server.requests("/a")).isEqualTo(1);
    }

    @Test
    void enrich_whenFetchingIsOff_thenLinksAreUnchangedAndNothingIsRequested() {
        server.on("/page", html("<title>x</title>"));
        settings.fetch = false;
        List<Link> links = List.of(link(server.url("/page")));

        assertThat(fetcher().enrich(links)).isEqualTo(links);
        assertThat(server.requests()).isZero();
    }

    @Test
    void enrich_whenGivenFacts_thenReturnsFactsWithCheckedLinks() {
        server.on("/page", html("<title>In facts</title>"));
        Facts facts = new Facts(
                Facts.SCHEMA,
                new DocumentInfo("doc", "doc.txt", "00", 10),
                null,
                null,
                null,
                null,
                null,
                List.of(link(server.url("/page"))));

        Facts enriched = fetcher().enrich(facts);

        assertThat(enriched.links()).extracting(Link::title).containsExactly("In facts");
        assertThat(enriched.document()).isEqualTo(facts.document());
    }

    @Test
    void enrich_whenSiteSetsCookiesAndAsksForCredentials_thenSendsNeitherAndNamesItself() {
        server.on("/login", exchange -> {
            exchange.getResponseHeaders().add("Set-Cookie", "session=abc123; Path=/");
            exchange.getResponseHeaders().set("Location", "/protected");
            exchange.sendResponseHeaders(302, -1);
        });
        server.on("/protected", exchange -> {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"x\"");
            exchange.sendResponseHeaders(401, -1);
        });

        Link enriched = enrichOne(server.url("/login"));

        assertThat(enriched.status()).isEqualTo("http-401");
        assertThat(server.requests()).isEqualTo(2);
        assertThat(server.requestHeaders()).allSatisfy(headers -> {
            assertThat(headers.containsKey("Cookie")).isFalse();
            assertThat(headers.containsKey("Authorization")).isFalse();
            assertThat(headers.getFirst("User-Agent")).matches("briefing-pack/\\S+ \\(resource link reader\\)");
        });
    }

    @Test
    void enrich_whenPageIsInWindows1252_thenTitleIsDecodedByTheDeclaredCharset() {
        byte[] page = "<title>Caf\u00e9 \u20ac5bn</title>".getBytes(Charset.forName("windows-1252"));
        server.on("/cp", respond(200, "text/html; charset=windows-1252", page));

        assertThat(enrichOne(server.url("/cp")).title()).isEqualTo("Caf\u00e9 \u20ac5bn");
    }

    private static byte[] bigPage(String start, int size) {
        StringBuilder sb = new StringBuilder(size + 100).append(start);
        while (sb.length() < size) {
            sb.append("<p>filler text for a very long page</p>\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
