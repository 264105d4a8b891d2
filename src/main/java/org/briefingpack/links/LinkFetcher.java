package org.briefingpack.links;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Link;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a document's resource links and fills each {@link Link}'s title, status and fetchedAt.
 * A bad, hostile or offline link never throws and never fails the run: it gets a status. The URL
 * requested is the link's {@code normalized} form (tracking parameters dropped), else its {@code url};
 * each distinct one is checked once per call.
 *
 * <h2>Status vocabulary ({@link LinkStatus})</h2>
 * <ul>
 *   <li>{@code ok}: a 2xx answer, after at most {@code max-redirects} redirects;</li>
 *   <li>{@code http-NNN}: any other final answer ({@code http-404}, {@code http-500}, {@code http-300} ...);</li>
 *   <li>{@code timeout}: no connection, response headers or body within the configured time;</li>
 *   <li>{@code unreachable}: the host does not resolve, refuses the connection, or TLS fails;</li>
 *   <li>{@code too-many-redirects}: the chain went on past {@code max-redirects};</li>
 *   <li>{@code robots-disallowed}: the site's robots.txt does not allow it; never requested;</li>
 *   <li>{@code robots-unavailable}: the site's robots.txt answered 5xx, which RFC 9309 reads as "all
 *       disallowed"; never requested (a robots.txt that times out or cannot be reached gives the page
 *       {@code timeout} or {@code unreachable} without a request of its own);</li>
 *   <li>{@code refused: REASON}: never requested because it is unsafe. Reasons: {@code file: scheme}
 *       (and any scheme but http/https: {@code javascript:}, {@code data:}, {@code jar:}, {@code ftp:} ...),
 *       {@code invalid url}, {@code invalid redirect}, {@code credentials in url}, {@code loopback address},
 *       {@code private address}, {@code link-local address}, {@code multicast address},
 *       {@code unspecified address}, {@code shared address (CGNAT)}, {@code reserved address}.</li>
 * </ul>
 * A link left without status was not checked: fetching is off, or the run was interrupted.
 *
 * <h2>Safety</h2>
 * Only http and https. Before every request, the first and each redirect hop, the host is resolved
 * and refused if any of its addresses is loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7),
 * link-local, multicast, unspecified, CGNAT (100.64/10) or reserved, unless
 * {@code allow-private-addresses}. No cookies, no credentials (no CookieHandler, no Authenticator,
 * URLs with user info refused), no proxy, GET only, at most {@code max-body-size} bytes read; jsoup
 * parses those bytes and loads nothing they refer to.
 * <p>
 * Residual risk, DNS rebinding: java.net.http in Java 17 cannot be told which address to connect
 * to, so it resolves the host again. Both lookups go through the JVM's address cache (positive
 * entries live 30 s by default, whatever the DNS TTL), so the client normally connects to the
 * addresses checked a moment before; a host whose cache entry expires between check and connect,
 * or a JVM run with {@code networkaddress.cache.ttl=0}, could still be steered elsewhere.
 *
 * <h2>Politeness</h2>
 * Each host's {@code /robots.txt} is read before the first request to it (and again once the
 * {@code cache-ttl} has passed), through the same guard and cache as pages; a page it disallows for our
 * product token ({@code briefing-pack}, or the configured User-Agent's first word) is never requested. One
 * request at a time per host, {@code per-host-delay} apart (or the site's Crawl-delay, up to 30 s); the
 * User-Agent names the product, its version and {@code contact-url}.
 *
 * <h2>Cache and threads</h2>
 * Results and bodies are kept on disk per normalized URL ({@code cache-dir}). Within {@code cache-ttl} a
 * result is reused without any request; after it, the page is asked for with {@code If-None-Match} and
 * {@code If-Modified-Since} from the stored ETag and Last-Modified, and a 304 reuses the stored body.
 * Transient failures (timeout, unreachable, 5xx, 429) are reused only for {@code failure-max-age};
 * refusals never. At most {@code parallelism} links are fetched at once, across all callers of one
 * instance; each {@link #enrich(List)} call runs its checks on its own executor, shut down before it
 * returns. The class is thread-safe (its shared state is that limit, the per-host gate and the robots
 * rules read so far): one instance can serve every document of a run from several threads.
 */
public final class LinkFetcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LinkFetcher.class);

    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";

    private final LinkSettings settings;
    private final Clock clock;
    private final HostResolver resolver;
    private final AddressGuard guard;
    private final LinkCache cache;
    /**
     * Made at the first request: its selector thread waits in native code, and a JVM exiting waits up to 300 ms
     * for such threads, so a run that requests nothing does not make one. Guarded by {@code this}.
     */
    private HttpClient client;

    private final String userAgent;
    /** Bounds requests across every caller, so documents enriched side by side stay polite too. */
    private final Semaphore requestPermits;
    /** One request at a time per host, {@code per-host-delay} apart. */
    private final HostGate gate = new HostGate();
    /** The robots rules read so far, per origin (scheme, host, port), each kept for the cache TTL. */
    private final ConcurrentMap<String, RobotsMemo> robots = new ConcurrentHashMap<>();
    /** The name robots.txt groups are matched against. */
    private final String agentToken;

    private record RobotsMemo(Robots robots, Instant readAt) {}

    public LinkFetcher(LinkSettings settings) {
        this(settings, Clock.systemUTC());
    }

    public LinkFetcher(LinkSettings settings, Clock clock) {
        this(
                settings,
                clock,
                HostResolver.SYSTEM,
                settings.allowPrivateAddresses() ? AddressGuard.allowAll() : AddressGuard.publicOnly());
    }

    LinkFetcher(LinkSettings settings, Clock clock, HostResolver resolver, AddressGuard guard) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.resolver = resolver;
        this.guard = guard;
        this.requestPermits = new Semaphore(Math.max(1, settings.parallelism()), true);
        this.cache = new LinkCache(settings.cacheDir(), settings.cacheTtl(), settings.failureMaxAge());
        this.userAgent = settings.userAgent() == null || settings.userAgent().isBlank()
                ? defaultUserAgent(settings.contactUrl())
                : settings.userAgent().strip();
        this.agentToken = productToken(userAgent);
    }

    private synchronized HttpClient client() {
        if (client == null) {
            // No cookie handler and no authenticator: nothing a site sets or asks for is ever sent back.
            // No proxy: the address check below must be about the host actually connected to.
            client = HttpClient.newBuilder()
                    .connectTimeout(positive(settings.connectTimeout()))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .proxy(HttpClient.Builder.NO_PROXY)
                    .version(HttpClient.Version.HTTP_1_1)
                    .build();
        }
        return client;
    }

    /**
     * Stops the client's selector thread where the JDK can (21 and later: {@code HttpClient} is
     * {@link AutoCloseable}), so that the JVM's exit does not wait for it; on 17 it ends with the JVM.
     */
    @Override
    public synchronized void close() {
        if (client instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                log.debug("Closing the HTTP client: {}", e.toString());
            }
        }
        client = null;
    }

    /** Whether {@code briefing.links.fetch} is on: off, nothing is ever requested by the job. */
    public boolean fetching() {
        return settings.fetch();
    }

    /** The facts with every link checked (see {@link #enrich(List)}). */
    public Facts enrich(Facts facts) {
        return facts.withLinks(enrich(facts.links()));
    }

    /**
     * The same links in the same order, each with title, status and fetchedAt filled; unchanged when
     * fetching is off. Never throws for a bad link.
     */
    public List<Link> enrich(List<Link> links) {
        if (!settings.fetch() || links.isEmpty()) {
            return links;
        }
        Map<String, LinkCheck> checks = checkAll(links);
        List<Link> enriched = new ArrayList<>(links.size());
        for (Link link : links) {
            LinkCheck check = link == null ? null : checks.get(key(link));
            enriched.add(check == null ? link : check.onto(link));
        }
        return Collections.unmodifiableList(enriched);
    }

    /**
     * The full result of checking each link (final URL, content type, description too), in order;
     * null where a link was not checked. Fetches whatever the cache does not hold, even when
     * {@code fetch} is off (callers decide whether to call).
     */
    public List<LinkCheck> check(List<Link> links) {
        Map<String, LinkCheck> checks = checkAll(links);
        List<LinkCheck> result = new ArrayList<>(links.size());
        for (Link link : links) {
            result.add(link == null ? null : checks.get(key(link)));
        }
        return Collections.unmodifiableList(result);
    }

    /**
     * One URL fetched and read as a document of its own (an input that is a link): the check with its body,
     * through the same guard, robots rules, per-host limit and cache as resource links. Never throws for a
     * bad URL or a failed fetch: the status says what happened.
     */
    public LinkCheck read(String url) {
        LinkCheck check = checkSafely(url);
        return check == null ? LinkCheck.failed(url, url, LinkStatus.UNREACHABLE, clock.instant()) : check;
    }

    /** One check per distinct URL, at most {@code parallelism} at once. */
    private Map<String, LinkCheck> checkAll(List<Link> links) {
        Map<String, LinkCheck> results = new LinkedHashMap<>();
        List<String> keys = links.stream()
                .filter(Objects::nonNull)
                .map(LinkFetcher::key)
                .distinct()
                .toList();
        if (keys.isEmpty()) {
            return results;
        }
        int threads = Math.max(1, Math.min(settings.parallelism(), keys.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            Map<String, Future<LinkCheck>> pending = new LinkedHashMap<>();
            for (String key : keys) {
                pending.put(key, pool.submit(() -> checkSafely(key)));
            }
            for (Map.Entry<String, Future<LinkCheck>> entry : pending.entrySet()) {
                LinkCheck check = await(entry.getValue());
                if (check != null) {
                    results.put(entry.getKey(), check);
                }
            }
        } catch (InterruptedException e) {
            // The run is being stopped: links not done yet stay unchecked.
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
        logSummary(results.values(), keys.size());
        return results;
    }

    private static LinkCheck await(Future<LinkCheck> future) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException | CancellationException e) {
            return null;
        }
    }

    private LinkCheck checkSafely(String url) {
        try {
            return checkOne(url);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (RuntimeException e) {
            // A defect here must not cost the run: report the link as not reached, and say why in the log.
            log.warn("Checking link {} failed unexpectedly", url, e);
            return LinkCheck.failed(url, url, LinkStatus.UNREACHABLE, clock.instant());
        }
    }

    private LinkCheck checkOne(String url) throws InterruptedException {
        Instant now = clock.instant();
        UrlRules.Verdict verdict = UrlRules.check(url);
        if (verdict.refused()) {
            return LinkCheck.failed(url, url, LinkStatus.refused(verdict.refusal()), now);
        }
        Optional<LinkCheck> cached = cache.read(url, now);
        if (cached.isPresent()) {
            log.debug(
                    "Link {}: {} (cached {})",
                    url,
                    cached.get().status(),
                    cached.get().fetchedAt());
            return cached.get();
        }
        LinkCheck result;
        requestPermits.acquire();
        try {
            result = fetchAndStore(url, verdict.uri(), true);
        } finally {
            requestPermits.release();
        }
        log.debug(
                "Link {}: {}{}{}",
                url,
                result.status(),
                result.notModified() ? " (not modified)" : "",
                result.redirected() ? " via " + result.finalUrl() : "");
        return result;
    }

    /** A fetch, conditional when an older entry has validators, and its result stored. */
    private LinkCheck fetchAndStore(String url, URI uri, boolean obeyRobots) throws InterruptedException {
        LinkCheck stale = cache.entry(url).filter(LinkCheck::revalidatable).orElse(null);
        LinkCheck result = fetch(url, uri, stale, obeyRobots);
        cache.write(result);
        return result;
    }

    /**
     * The host's robots rules: from memory when read within the TTL, else robots.txt fetched (through the
     * cache, so conditionally) once per origin however many threads ask at the same time.
     */
    private Robots robotsFor(URI uri) throws InterruptedException {
        String origin = origin(uri);
        Instant now = clock.instant();
        RobotsMemo memo = robots.get(origin);
        if (memo != null && stillFresh(memo, now)) {
            return memo.robots();
        }
        synchronized (robotsLock(origin)) {
            // another thread may have read it while this one waited, after the time taken above
            now = clock.instant();
            memo = robots.get(origin);
            if (memo != null && stillFresh(memo, now)) {
                return memo.robots();
            }
            String robotsUrl = origin + "/robots.txt";
            LinkCheck check = cache.read(robotsUrl, now).orElse(null);
            if (check == null) {
                check = fetchAndStore(robotsUrl, URI.create(robotsUrl), false);
            }
            Robots rules = Robots.of(check, agentToken);
            log.debug("robots.txt of {}: {}", origin, rules.failure() == null ? check.status() : rules.failure());
            robots.put(origin, new RobotsMemo(rules, clock.instant()));
            return rules;
        }
    }

    private final ConcurrentMap<String, Object> robotsLocks = new ConcurrentHashMap<>();

    private Object robotsLock(String origin) {
        return robotsLocks.computeIfAbsent(origin, o -> new Object());
    }

    private boolean stillFresh(RobotsMemo memo, Instant now) {
        Duration age = Duration.between(memo.readAt(), now);
        Duration limit = memo.robots().failure() != null ? settings.failureMaxAge() : settings.cacheTtl();
        return limit != null && !age.isNegative() && age.compareTo(limit) <= 0;
    }

    private static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /**
     * GET with redirects followed by hand, each hop checked like the first (address guard, robots rules when
     * {@code obeyRobots}) and sent in its host's turn. With a {@code stale} entry for the final URL, the
     * request is conditional and a 304 gives that entry back, fresh again.
     */
    private LinkCheck fetch(String url, URI start, LinkCheck stale, boolean obeyRobots) throws InterruptedException {
        URI current = start;
        Instant now = clock.instant();
        for (int redirects = 0; ; redirects++) {
            String hop = current.toString();
            RobotsMemo known = obeyRobots ? robots.get(origin(current)) : null;
            if (known != null && known.robots().failure() != null && stillFresh(known, now)) {
                // the host did not answer a moment ago: offline, a run costs one try per host
                return LinkCheck.failed(url, hop, known.robots().failure(), now);
            }
            String refusal = addressRefusal(current.getHost());
            if (refusal != null) {
                if (obeyRobots && LinkStatus.UNREACHABLE.equals(refusal)) {
                    robots.put(origin(current), new RobotsMemo(new Robots(null, refusal), now));
                }
                return LinkCheck.failed(url, hop, refusal, now);
            }
            Duration delay = settings.perHostDelay();
            if (obeyRobots) {
                Robots rules = robotsFor(current);
                if (rules.failure() != null) {
                    return LinkCheck.failed(url, hop, rules.failure(), now);
                }
                if (!rules.allows(hop)) {
                    return LinkCheck.failed(url, hop, LinkStatus.ROBOTS_DISALLOWED, now);
                }
                delay = rules.delay(delay);
            }
            LinkCheck validators = stale != null && hop.equals(stale.finalUrl()) ? stale : null;
            long cap = obeyRobots ? maxBody() : Math.min(maxBody(), Robots.MAX_SIZE);
            Response response;
            try (HostGate.Pass pass = gate.enter(origin(current), delay)) {
                // The time of the request itself, not of the wait for a permit or a turn.
                now = clock.instant();
                // checked again at the host's turn: the wait (per-host delay, Crawl-delay) may outlast the
                // name's DNS entry, and a name may not point elsewhere by the time the request goes out
                String late = addressRefusal(current.getHost());
                if (late != null) {
                    return LinkCheck.failed(url, hop, late, now);
                }
                response = get(current, validators, cap);
            }
            if (response.failure() != null) {
                return LinkCheck.failed(url, hop, response.failure(), now);
            }
            HttpResponse<CappedBody> http = response.http();
            int code = http.statusCode();
            if (code == 304 && validators != null) {
                return validators.confirmedAt(
                        now,
                        http.headers().firstValue("ETag").orElse(null),
                        http.headers().firstValue("Last-Modified").orElse(null));
            }
            Optional<String> location = http.headers().firstValue("Location");
            if (isRedirect(code) && location.isPresent()) {
                if (redirects >= settings.maxRedirects()) {
                    return LinkCheck.failed(url, hop, LinkStatus.TOO_MANY_REDIRECTS, now);
                }
                UrlRules.Verdict next = UrlRules.resolve(current, location.get());
                if (next.refused()) {
                    return LinkCheck.failed(url, location.get(), LinkStatus.refused(next.refusal()), now);
                }
                current = next.uri();
                continue;
            }
            String contentType = http.headers().firstValue("Content-Type").orElse(null);
            CappedBody body = http.body();
            String status = code / 100 == 2 ? LinkStatus.OK : LinkStatus.http(code);
            PageMetadata page = code / 100 == 2 ? metadata(body, contentType, hop) : PageMetadata.NONE;
            boolean ok = code / 100 == 2;
            return new LinkCheck(
                    url,
                    hop,
                    status,
                    contentType,
                    page.title(),
                    page.description(),
                    now,
                    body.bytes().length,
                    body.truncated(),
                    ok ? http.headers().firstValue("ETag").orElse(null) : null,
                    ok ? http.headers().firstValue("Last-Modified").orElse(null) : null,
                    false,
                    body.bytes());
        }
    }

    /** The refusal status when the host may not be contacted, "unreachable" when it does not resolve. */
    private String addressRefusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException | SecurityException e) {
            return LinkStatus.UNREACHABLE;
        }
        if (addresses == null || addresses.length == 0) {
            return LinkStatus.UNREACHABLE;
        }
        // Any one bad address is enough: the client may pick any of them.
        for (InetAddress address : addresses) {
            Optional<String> reason = guard.refusal(address);
            if (reason.isPresent()) {
                return LinkStatus.refused(reason.get());
            }
        }
        return null;
    }

    /** One answer: the response, or the status that says why there is none. */
    private record Response(HttpResponse<CappedBody> http, String failure) {}

    private Response get(URI uri, LinkCheck validators, long cap) throws InterruptedException {
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
            if (validators != null && validators.etag() != null) {
                builder.header("If-None-Match", validators.etag());
            }
            if (validators != null && validators.lastModified() != null) {
                builder.header("If-Modified-Since", validators.lastModified());
            }
            request = builder.GET()
                    .timeout(positive(settings.readTimeout()))
                    .header("User-Agent", userAgent)
                    .header("Accept", ACCEPT)
                    .build();
        } catch (IllegalArgumentException e) {
            return new Response(null, LinkStatus.refused("invalid url"));
        }
        Duration readTimeout = positive(settings.readTimeout());
        HttpResponse.BodyHandler<CappedBody> handler =
                info -> CappedBody.subscriber(wantsBody(info) ? cap : 0, readTimeout);
        CompletableFuture<HttpResponse<CappedBody>> future = client().sendAsync(request, handler);
        // Belt and braces: every stage has its own timeout, this bounds their sum.
        long limit = positive(settings.connectTimeout())
                .plus(readTimeout.multipliedBy(2))
                .plusSeconds(1)
                .toMillis();
        try {
            return new Response(future.get(limit, TimeUnit.MILLISECONDS), null);
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Response(null, LinkStatus.TIMEOUT);
        } catch (ExecutionException e) {
            return new Response(null, failureStatus(e.getCause()));
        } catch (InterruptedException e) {
            future.cancel(true);
            throw e;
        }
    }

    /**
     * Only a successful answer of a readable type (HTML, XHTML, PDF, plain text, or untyped) is worth
     * downloading: redirects, errors, images and archives are dropped unread.
     */
    private static boolean wantsBody(HttpResponse.ResponseInfo info) {
        if (info.statusCode() / 100 != 2) {
            return false;
        }
        Optional<String> type = info.headers().firstValue("Content-Type");
        return type.isEmpty() || type.get().isBlank() || isReadable(type.get());
    }

    /** HTML, PDF or plain text: the types whose pages are read for facts. */
    public static boolean isReadable(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return PageMetadata.isHtml(type) || type.startsWith("application/pdf") || type.startsWith("text/plain");
    }

    private long maxBody() {
        return settings.maxBodySize() == null ? 0 : settings.maxBodySize().toBytes();
    }

    private static String failureStatus(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof TimeoutException) {
                return LinkStatus.TIMEOUT;
            }
        }
        return LinkStatus.UNREACHABLE;
    }

    private static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }

    private static PageMetadata metadata(CappedBody body, String contentType, String baseUri) {
        try {
            return PageMetadata.from(body.bytes(), contentType, baseUri);
        } catch (RuntimeException e) {
            log.debug("Cannot read title of {}: {}", baseUri, e.toString());
            return PageMetadata.NONE;
        }
    }

    private static String key(Link link) {
        String normalized = link.normalized();
        return normalized != null && !normalized.isBlank() ? normalized : String.valueOf(link.url());
    }

    private static Duration positive(Duration d) {
        return d == null || d.isZero() || d.isNegative() ? Duration.ofSeconds(5) : d;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "link-fetch-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private void logSummary(Iterable<LinkCheck> checks, int total) {
        log.info(summary(checks, total));
    }

    /**
     * One line on the checks, saying why links were not ok ("2 unreachable: no route to the host, or the host is
     * unknown") and, when any was not, that the check is on by default and how to turn it off: a machine with no
     * network otherwise reads "0 ok, 2 not ok" without a cause.
     */
    static String summary(Iterable<LinkCheck> checks, int total) {
        int ok = 0;
        int unchanged = 0;
        Map<String, Integer> notOk = new TreeMap<>();
        for (LinkCheck check : checks) {
            if (LinkStatus.isOk(check.status())) {
                ok++;
                unchanged += check.notModified() ? 1 : 0;
            } else {
                notOk.merge(reason(check.status()), 1, Integer::sum);
            }
        }
        int failed = notOk.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder line = new StringBuilder("Checked ")
                .append(total)
                .append(total == 1 ? " link: " : " links: ")
                .append(ok)
                .append(unchanged > 0 ? " ok (" + unchanged + " confirmed unchanged), " : " ok, ")
                .append(failed)
                .append(" not ok");
        StringJoiner why = new StringJoiner("; ", " (", ")");
        notOk.forEach((reason, n) -> why.add(n + " " + reason));
        line.append(failed > 0 ? why.toString() : "")
                .append(", ")
                .append(total - ok - failed)
                .append(" unchecked");
        if (failed > 0) {
            line.append(". Links are checked by default; --briefing.links.fetch=false turns the check off");
        }
        return line.toString();
    }

    private static String reason(String status) {
        if (LinkStatus.UNREACHABLE.equals(status)) {
            return "unreachable: network unreachable, no route to the host, or the host is unknown";
        }
        if (LinkStatus.TIMEOUT.equals(status)) {
            return "timed out";
        }
        return String.valueOf(status);
    }

    /** "briefing-pack/VERSION (+CONTACT)": the product, its version, and where a site owner learns more. */
    static String defaultUserAgent(String contactUrl) {
        String version = LinkFetcher.class.getPackage().getImplementationVersion();
        String contact = contactUrl == null || contactUrl.isBlank() ? "resource link reader" : "+" + contactUrl.strip();
        return "briefing-pack/" + (version == null ? "dev" : version) + " (" + contact + ")";
    }

    /** The User-Agent's product name, which robots.txt groups name ("briefing-pack" for ours). */
    static String productToken(String userAgent) {
        String first = userAgent.strip().split("[/\\s]", 2)[0];
        return first.isEmpty() ? "briefing-pack" : first.toLowerCase(Locale.ROOT);
    }

    String userAgent() {
        return userAgent;
    }
}
