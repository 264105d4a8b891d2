package org.briefingpack.links;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.briefingpack.io.AtomicFiles;
import org.briefingpack.io.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Results of earlier checks, per URL a small JSON file and the body read (both named by the SHA-256 of the
 * normalized URL, so no URL text ever becomes a path). An entry younger than the TTL is reused as it is; an
 * older one still gives its validators (ETag, Last-Modified) and body for a conditional request. A damaged or
 * unreadable entry is a miss, never an error; a write that fails is logged and the run goes on.
 */
final class LinkCache {

    private static final Logger log = LoggerFactory.getLogger(LinkCache.class);

    private final Path dir;
    private final Duration ttl;
    private final Duration failureMaxAge;
    private final JsonMapper mapper = JsonMapper.builder().build();

    /** {@code dir} null: no cache at all. A zero TTL: every run asks again (conditionally). */
    LinkCache(Path dir, Duration ttl, Duration failureMaxAge) {
        this.dir = dir;
        this.ttl = ttl == null || ttl.isNegative() ? Duration.ZERO : ttl;
        this.failureMaxAge = failureMaxAge == null ? Duration.ZERO : failureMaxAge;
    }

    boolean enabled() {
        return dir != null;
    }

    /** A fresh entry for this URL (within the TTL, or the failure age for a transient failure), if any. */
    Optional<LinkCheck> read(String url, Instant now) {
        return entry(url).filter(entry -> fresh(entry, now));
    }

    /** Whatever entry there is for this URL, however old, with its body. */
    Optional<LinkCheck> entry(String url) {
        if (!enabled()) {
            return Optional.empty();
        }
        Path file = fileFor(url);
        try {
            LinkCheck entry = mapper.readValue(Files.readAllBytes(file), LinkCheck.class);
            if (!url.equals(entry.url()) || entry.status() == null || entry.fetchedAt() == null) {
                return Optional.empty();
            }
            return Optional.of(entry.bodyBytes() > 0 ? entry.withBody(body(bodyFileFor(url))) : entry);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | JacksonException e) {
            log.debug("Ignoring unreadable link cache entry {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    private boolean fresh(LinkCheck entry, Instant now) {
        Duration age = Duration.between(entry.fetchedAt(), now);
        Duration limit = LinkStatus.isTransient(entry.status()) ? failureMaxAge : ttl;
        // A negative age means the clock went back: do not trust the entry. A body that went missing
        // or was cut makes the entry useless too.
        return !age.isNegative() && age.compareTo(limit) <= 0 && entry.body().length == entry.bodyBytes();
    }

    private static byte[] body(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Stores a result; refusals are not stored, they cost nothing to decide again. */
    void write(LinkCheck check) {
        if (!enabled() || LinkStatus.isRefused(check.status())) {
            return;
        }
        Path file = fileFor(check.url());
        try {
            // body first: an entry is only ever read with the body it names
            if (check.body().length > 0) {
                AtomicFiles.write(bodyFileFor(check.url()), check.body());
            }
            AtomicFiles.write(file, mapper.writeValueAsBytes(check));
        } catch (RuntimeException e) {
            log.warn("Cannot write link cache entry {}: {}", file, e.getMessage());
        }
    }

    Path fileFor(String url) {
        return dir.resolve(Sha256.hex(url) + ".json");
    }

    Path bodyFileFor(String url) {
        return dir.resolve(Sha256.hex(url) + ".body");
    }
}
