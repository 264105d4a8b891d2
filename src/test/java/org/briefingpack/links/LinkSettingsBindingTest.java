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
        assertThat(links.cacheTtl()).isEqualTo(Duration.ofHours(12));
        assertThat(links.failureMaxAge()).isEqualTo(Duration.ofHours(1));
        assertThat(links.allowPrivateAddresses()).isFalse();
        assertThat(links.userAgent()).isEmpty();
        assertThat(links.perHostDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(links.contactUrl()).isEmpty();
    }

    @Test
    void bind_whenSet_thenOverridesEach() {
        LinkSettings links = bind(Map.of(
                "briefing.links.fetch", "false",
                "briefing.links.read-timeout", "300ms",
                "briefing.links.max-body-size", "64KB",
                "briefing.links.cache-ttl", "1d",
                "briefing.links.per-host-delay", "250ms",
                "briefing.links.contact-url", "https://example.org/about-our-bot",
                "briefing.links.allow-private-addresses", "true",
                "briefing.links.user-agent", "acme-bot/1"));

        assertThat(links.fetch()).isFalse();
        assertThat(links.readTimeout()).isEqualTo(Duration.ofMillis(300));
        assertThat(links.maxBodySize()).isEqualTo(DataSize.ofKilobytes(64));
        assertThat(links.cacheTtl()).isEqualTo(Duration.ofDays(1));
        assertThat(links.perHostDelay()).isEqualTo(Duration.ofMillis(250));
        assertThat(links.allowPrivateAddresses()).isTrue();
        assertThat(new LinkFetcher(links).userAgent()).isEqualTo("acme-bot/1");
    }

    @Test
    void defaultUserAgent_namesTheProductItsVersionAndTheContactUrl() {
        assertThat(LinkFetcher.defaultUserAgent("https://example.org/about-our-bot"))
                .matches("briefing-pack/\\S+ \\(\\+https://example.org/about-our-bot\\)");
        assertThat(LinkFetcher.defaultUserAgent("")).matches("briefing-pack/\\S+ \\(resource link reader\\)");
    }

    @Test
    void productToken_isTheUserAgentsFirstWordInLowerCase() {
        assertThat(LinkFetcher.productToken("briefing-pack/1.0 (+https://x)")).isEqualTo("briefing-pack");
        assertThat(LinkFetcher.productToken("Acme-Bot/1")).isEqualTo("acme-bot");
    }
}
