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
 * Results of earlier checks, one small JSON file per URL (named by the SHA-256 of the normalized URL,
 * so no URL text ever becomes a path). A damaged or unreadable entry is a miss, never an error; a
 * write that fails is logged and the run goes on.
 */
final class LinkCache {

    private static final Logger log = LoggerFactory.getLogger(LinkCache.class);

    private final Path dir;
    private final Duration maxAge;
    private final Duration failureMaxAge;
    private final JsonMapper mapper = JsonMapper.builder().build();

    /** {@code dir} null or a zero max age: no cache at all. */
    LinkCache(Path dir, Duration maxAge, Duration failureMaxAge) {
        this.dir = dir;
        this.maxAge = maxAge == null ? Duration.ZERO : maxAge;
        this.failureMaxAge = failureMaxAge == null ? Duration.ZERO : failureMaxAge;
    }

    boolean enabled() {
        return dir != null && !maxAge.isZero() && !maxAge.isNegative();
    }

    /** A fresh entry for this URL, if there is one. */
    Optional<LinkCheck> read(String url, Instant now) {
        if (!enabled()) {
            return Optional.empty();
        }
        Path file = fileFor(url);
        try {
            LinkCheck entry = mapper.readValue(Files.readAllBytes(file), LinkCheck.class);
            if (!url.equals(entry.url()) || entry.status() == null || entry.fetchedAt() == null) {
                return Optional.empty();
            }
            Duration age = Duration.between(entry.fetchedAt(), now);
            Duration limit = LinkStatus.isTransient(entry.status()) ? failureMaxAge : maxAge;
            // A negative age means the clock went back: do not trust the entry.
            if (age.isNegative() || age.compareTo(limit) > 0) {
                return Optional.empty();
            }
            return Optional.of(entry.withBody(body(file)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | JacksonException e) {
            log.debug("Ignoring unreadable link cache entry {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** Stores a result; refusals are not stored, they cost nothing to decide again. */
    void write(LinkCheck check) {
        if (!enabled() || LinkStatus.isRefused(check.status())) {
            return;
        }
        Path file = fileFor(check.url());
        try {
            // the page first: an entry is never read with the body of an older answer
            if (check.body() != null) {
                AtomicFiles.write(bodyFileFor(file), check.body());
            } else {
                Files.deleteIfExists(bodyFileFor(file));
            }
            AtomicFiles.write(file, mapper.writeValueAsBytes(check));
        } catch (IOException e) {
            log.warn("Cannot write link cache entry {}: {}", file, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Cannot write link cache entry {}: {}", file, e.getMessage());
        }
    }

    /** The page bytes kept beside an entry (the JSON entry holds only what was found in them). */
    private static Path bodyFileFor(Path entry) {
        String name = entry.getFileName().toString();
        return entry.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".body");
    }

    private static byte[] body(Path entry) {
        try {
            return Files.readAllBytes(bodyFileFor(entry));
        } catch (IOException e) {
            return null;
        }
    }

    Path fileFor(String url) {
        return dir.resolve(Sha256.hex(url) + ".json");
    }
}
