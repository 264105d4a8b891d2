package org.briefingpack.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.util.unit.DataSize;

/** The briefing.links settings bind with the defaults issue 7 asks for, and can be overridden. */
class LinkSettingsBindingTest {

    private static LinkSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("briefing.links", LinkSettings.class);
    }

    @Test
    void bind_whenNothingIsSet_thenUsesTheDocumentedDefaults() {
        LinkSettings links = bind(Map.of());

        assertThat(links.fetch()).isTrue();
        assertThat(links.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(links.readTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(links.maxRedirects()).isEqualTo(5);
        assertThat(links.maxBodySize()).isEqualTo(DataSize.ofMegabytes(2));
        assertThat(links.parallelism()).isEqualTo(4);
        assertThat(links.cacheDir()).isEqualTo(Path.of("data/link-cache"));
        assertThat(links.cacheMaxAge()).isEqualTo(Duration.ofDays(7));
        assertThat(links.failureMaxAge()).isEqualTo(Duration.ofHours(1));
        assertThat(links.allowPrivateAddresses()).isFalse();
        assertThat(links.userAgent()).isEmpty();
    }

    @Test
    void bind_whenSet_thenOverridesEach() {
        LinkSettings links = bind(Map.of(
                "briefing.links.fetch", "false",
                "briefing.links.read-timeout", "300ms",
                "briefing.links.max-body-size", "64KB",
                "briefing.links.cache-max-age", "1d",
                "briefing.links.allow-private-addresses", "true",
                "briefing.links.user-agent", "acme-bot/1"));

        assertThat(links.fetch()).isFalse();
        assertThat(links.readTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(links.maxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
        assertThat(links.cacheMaxAge()).isEqualTo(Duration.ofDays(1));
        assertThat(links.allowPrivateAddresses()).isTrue();
        assertThat(new LinkFetcher(links).userAgent()).isEqualTo("acme-bot/1");
    }

    @Test
    void defaultUserAgent_namesTheToolAndWhy() {
        assertThat(LinkFetcher.defaultUserAgent()).matches("briefing-pack/\\S+ \\(\\+link check\\)");
    }
}
