package org.briefingpack.links;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.util.unit.DataSize;

/** Link settings for tests: short timeouts so the suite stays fast, a temporary cache folder. */
final class TestSettings {

    boolean fetch = true;
    Duration connectTimeout = Duration.ofSeconds(2);
    Duration readTimeout = Duration.ofSeconds(2);
    int maxRedirects = 5;
    DataSize maxBodySize = DataSize.ofMegabytes(2);
    int parallelism = 4;
    Path cacheDir;
    Duration cacheTtl = Duration.ofDays(7);
    Duration failureMaxAge = Duration.ofHours(1);
    boolean allowPrivateAddresses;
    String userAgent = "";
    Duration perHostDelay = Duration.ZERO;
    String contactUrl = "";

    TestSettings(Path cacheDir) {
        this.cacheDir = cacheDir;
    }

    LinkSettings build() {
        return new LinkSettings(
                fetch,
                connectTimeout,
                readTimeout,
                maxRedirects,
                maxBodySize,
                parallelism,
                cacheDir,
                cacheTtl,
                failureMaxAge,
                allowPrivateAddresses,
                userAgent,
                perHostDelay,
                contactUrl);
    }
}
