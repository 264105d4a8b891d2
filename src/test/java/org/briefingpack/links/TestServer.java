package org.briefingpack.links;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpPrincipal;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on 127.0.0.1 and an ephemeral port that counts what it is asked. */
final class TestServer implements AutoCloseable {

    static final InetAddress LOOPBACK = loopback();

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final AtomicInteger requests = new AtomicInteger();
    private final Map<String, AtomicInteger> byPath = new ConcurrentHashMap<>();
    private final List<Headers> requestHeaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    /** Handlers still running, their log line not yet written. */
    private final AtomicInteger handling = new AtomicInteger();

    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final InFlight shared;
    private final List<String> log = new CopyOnWriteArrayList<>();

    /** Requests in flight across several servers (several "hosts" of one test). */
    static final class InFlight {
        private final AtomicInteger now = new AtomicInteger();
        private final AtomicInteger max = new AtomicInteger();

        int max() {
            return max.get();
        }
    }

    TestServer() {
        this(new InFlight());
    }

    TestServer(InFlight shared) {
        this.shared = shared;
        try {
            server = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Handlers sleep in some tests: each exchange needs its own thread.
        server.setExecutor(executor);
        server.start();
    }

    TestServer on(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            requests.incrementAndGet();
            byPath.computeIfAbsent(exchange.getRequestURI().getPath(), p -> new AtomicInteger())
                    .incrementAndGet();
            requestHeaders.add(exchange.getRequestHeaders());
            handling.incrementAndGet();
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            shared.max.accumulateAndGet(shared.now.incrementAndGet(), Math::max);
            // a request stops counting as in flight when its answer starts: the client may read the answer and ask
            // again before this thread gets back from the handler, and that next request overlaps nothing
            AtomicBoolean answered = new AtomicBoolean();
            Runnable answer = () -> {
                if (answered.compareAndSet(false, true)) {
                    shared.now.decrementAndGet();
                    inFlight.decrementAndGet();
                }
            };
            try {
                handler.handle(new AnswerAware(exchange, answer));
            } catch (IOException e) {
                // the client hung up (body cap, timeout): expected in several tests
            } finally {
                answer.run();
                log.add(exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath() + " " + exchange.getResponseCode());
                handling.decrementAndGet();
                exchange.close();
            }
        });
        return this;
    }

    /** The exchange a handler sees: the same, but it tells when the answer's headers go out. */
    private static final class AnswerAware extends HttpExchange {
        private final HttpExchange exchange;
        private final Runnable onAnswer;

        AnswerAware(HttpExchange exchange, Runnable onAnswer) {
            this.exchange = exchange;
            this.onAnswer = onAnswer;
        }

        @Override
        public void sendResponseHeaders(int code, long length) throws IOException {
            onAnswer.run();
            exchange.sendResponseHeaders(code, length);
        }

        @Override
        public Headers getRequestHeaders() {
            return exchange.getRequestHeaders();
        }

        @Override
        public Headers getResponseHeaders() {
            return exchange.getResponseHeaders();
        }

        @Override
        public URI getRequestURI() {
            return exchange.getRequestURI();
        }

        @Override
        public String getRequestMethod() {
            return exchange.getRequestMethod();
        }

        @Override
        public HttpContext getHttpContext() {
            return exchange.getHttpContext();
        }

        @Override
        public void close() {
            exchange.close();
        }

        @Override
        public InputStream getRequestBody() {
            return exchange.getRequestBody();
        }

        @Override
        public OutputStream getResponseBody() {
            return exchange.getResponseBody();
        }

        @Override
        public InetSocketAddress getRemoteAddress() {
            return exchange.getRemoteAddress();
        }

        @Override
        public int getResponseCode() {
            return exchange.getResponseCode();
        }

        @Override
        public InetSocketAddress getLocalAddress() {
            return exchange.getLocalAddress();
        }

        @Override
        public String getProtocol() {
            return exchange.getProtocol();
        }

        @Override
        public Object getAttribute(String name) {
            return exchange.getAttribute(name);
        }

        @Override
        public void setAttribute(String name, Object value) {
            exchange.setAttribute(name, value);
        }

        @Override
        public void setStreams(InputStream in, OutputStream out) {
            exchange.setStreams(in, out);
        }

        @Override
        public HttpPrincipal getPrincipal() {
            return exchange.getPrincipal();
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    int port() {
        return server.getAddress().getPort();
    }

    int requests() {
        return requests.get();
    }

    int requests(String path) {
        AtomicInteger count = byPath.get(path);
        return count == null ? 0 : count.get();
    }

    List<Headers> requestHeaders() {
        return requestHeaders;
    }

    /** "GET /path 200", one line per request answered, in the order they ended. */
    /**
     * The requests served, each with its status. A response reaches the client before its handler's thread
     * writes the line, so this first waits until no request is in flight (a deadline that only catches a hang).
     */
    List<String> log() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (handling.get() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        return log;
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- handlers ----

    static HttpHandler html(String html) {
        return respond(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static HttpHandler respond(int status, String contentType, byte[] body) {
        return exchange -> {
            if (contentType != null) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
            }
            send(exchange, status, body);
        };
    }

    /**
     * A page with an ETag and a Last-Modified date that answers 304, without a body, to a request whose
     * If-None-Match names that ETag (or, without one, whose If-Modified-Since is that date).
     */
    static HttpHandler conditional(String etag, String lastModified, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange -> {
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", lastModified);
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
            boolean unchanged = ifNoneMatch != null ? ifNoneMatch.equals(etag) : lastModified.equals(ifModifiedSince);
            if (unchanged) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            send(exchange, 200, bytes);
        };
    }

    static HttpHandler redirect(int status, String location) {
        return exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            exchange.sendResponseHeaders(status, -1);
        };
    }

    static HttpHandler afterDelay(Duration delay, HttpHandler then) {
        return exchange -> {
            sleep(delay);
            then.handle(exchange);
        };
    }

    static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    static void sleep(Duration delay) throws IOException {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
