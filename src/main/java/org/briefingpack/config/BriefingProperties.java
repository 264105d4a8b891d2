package org.briefingpack.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.briefingpack.render.FxRates;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything a user can set under {@code briefing.*}; {@code --input} and {@code --output} are
 * short aliases (see application.yml).
 *
 * @param input     folder of documents to read
 * @param output    folder that receives one run folder per run
 * @param schedule  cron expression; when set the process stays up and runs at each tick
 * @param templates folder with briefing.html, briefing.css and fonts; the shipped ones when unset
 * @param workers   render threads; 0 means one per core
 * @param force     rebuild every pack even where inputs did not change
 * @param runId     run folder name; give the id of a failed run to restart it where it failed
 * @param chunkSize documents extracted per transaction (a crash redoes at most this many)
 */
@ConfigurationProperties("briefing")
public record BriefingProperties(
        @DefaultValue("input") Path input,
        @DefaultValue("output") Path output,
        String schedule,
        Path templates,
        @DefaultValue("0") int workers,
        @DefaultValue("false") boolean force,
        String runId,
        @DefaultValue("10") int chunkSize,
        @DefaultValue Pdf pdf,
        @DefaultValue Fx fx,
        @DefaultValue Links links) {

    /**
     * @param pageSize       A4 or Letter
     * @param classification line printed on the cover ("OFFICIAL", "Internal"), none when blank
     * @param author         document metadata author
     * @param language       document language (BCP 47)
     * @param fixedTimestamp when set, the generation time printed and stored, for byte-identical output
     */
    public record Pdf(
            @DefaultValue("A4") String pageSize,
            @DefaultValue("") String classification,
            @DefaultValue("briefing-pack") String author,
            @DefaultValue("en") String language,
            Instant fixedTimestamp) {}

    /**
     * @param base     currency charts and the workbook convert into
     * @param rateDate the day the rates were taken
     * @param rates    units of base per unit of each currency
     */
    public record Fx(@DefaultValue("USD") String base, LocalDate rateDate, Map<String, BigDecimal> rates) {

        public FxRates toRates() {
            return new FxRates(base, rateDate, rates);
        }
    }

    /**
     * How resource links are checked (see {@code org.briefingpack.links.LinkFetcher}).
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
    public record Links(
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

    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
