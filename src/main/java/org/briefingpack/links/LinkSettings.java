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
 * @param parallelism           links fetched at once
 * @param cacheDir              folder of cached results, one small JSON file per URL
 * @param cacheMaxAge           how long a fetched result is reused
 * @param failureMaxAge         how long a transient failure (timeout, unreachable, 5xx) is reused
 * @param allowPrivateAddresses fetch hosts that resolve to loopback, private, link-local or
 *                              multicast addresses (off: a document cannot probe the local network)
 * @param userAgent             User-Agent header; blank means "briefing-pack/VERSION (+link check)"
 */
public record LinkSettings(
        @DefaultValue("true") boolean fetch,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("5") int maxRedirects,
        @DefaultValue("2MB") DataSize maxBodySize,
        @DefaultValue("4") int parallelism,
        @DefaultValue("data/link-cache") Path cacheDir,
        @DefaultValue("7d") Duration cacheMaxAge,
        @DefaultValue("1h") Duration failureMaxAge,
        @DefaultValue("false") boolean allowPrivateAddresses,
        @DefaultValue("") String userAgent) {}
