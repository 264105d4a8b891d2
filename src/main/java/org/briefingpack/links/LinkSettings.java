package org.briefingpack.links;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How resource links are checked ({@code briefing.links.*}, see {@link LinkFetcher}).
 *
 * @param fetch                 whether resource links are fetched for title and status
 * @param connectTimeout        longest wait for a TCP/TLS connection
 * @param readTimeout           longest wait for the response headers, and again for the body
 * @param maxRedirects          redirects followed before giving up ("too-many-redirects")
 * @param maxBodySize           bytes of a page read at most; the rest is never downloaded
 * @param parallelism           links fetched at once (across hosts; one host gets one at a time)
 * @param cacheDir              folder of cached results: per URL a small JSON file and the page's body
 * @param cacheTtl              how long a cached result is reused without asking the server at all; after
 *                              it, the server is asked whether the page changed (If-None-Match,
 *                              If-Modified-Since) and a 304 reuses the cached body
 * @param failureMaxAge         how long a transient failure (timeout, unreachable, 5xx) is reused
 * @param allowPrivateAddresses fetch hosts that resolve to loopback, private, link-local or
 *                              multicast addresses (off: a document cannot probe the local network)
 * @param userAgent             User-Agent header; blank means "briefing-pack/VERSION (+CONTACT-URL)"
 * @param perHostDelay          pause between two requests to the same host (a robots.txt Crawl-delay
 *                              that asks for more, up to 30 s, wins)
 * @param contactUrl            where a site owner learns who is fetching, put in the default User-Agent
 */
public record LinkSettings(
        @DefaultValue("true") boolean fetch,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("2MB") DataSize maxBodySize,
        @DefaultValue("4") int parallelism,
        @DefaultValue("data/link-cache") Path cacheDir,
        @DefaultValue("12h") Duration cacheTtl,
        @DefaultValue("1h") Duration failureMaxAge,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("") String userAgent,
        @DefaultValue("1s") Duration perHostDelay,
        @DefaultValue("") String contactUrl) {}
