package org.briefingpack.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://example.com/a?b=c                | https://example.com/a?b=c",
                "HTTP://Example.com/                       | HTTP://Example.com/",
                "'  https://example.com/x  '               | https://example.com/x",
                "https://example.com/a b{c}                | https://example.com/a%20b%7Bc%7D",
                "https://bücher.example/katalog            | https://xn--bcher-kva.example/katalog",
                "https://[2606:4700::1]:8443/              | https://[2606:4700::1]:8443/"
            })
    void check_acceptsHttpAndHttpsWithAHost(String text, String expected) {
        UrlRules.Verdict verdict = UrlRules.check(text);

        assertThat(verdict.refusal()).isNull();
        assertThat(verdict.uri()).hasToString(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "file:///etc/passwd                     | file: scheme",
                "jar:file:/x.jar!/y                     | jar: scheme",
                "ftp://example.com/                     | ftp: scheme",
                "javascript:alert(1)                    | javascript: scheme",
                "JavaScript:alert(1)                    | javascript: scheme",
                "data:text/html;base64,PHNjcmlwdD4=     | data: scheme",
                "vbscript:msgbox                        | vbscript: scheme",
                "ldap://example.com/                    | ldap: scheme",
                "//example.com/protocol-relative        | invalid url",
                "example.com                            | invalid url",
                "http:///no-host                        | invalid url",
                "https://user@example.com/              | credentials in url",
                "https://user:pw@example.com/           | credentials in url"
            })
    void check_refusesEverythingElse(String text, String reason) {
        UrlRules.Verdict verdict = UrlRules.check(text);

        assertThat(verdict.uri()).isNull();
        assertThat(verdict.refusal()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "http://a.example/dir/page   | next              | http://a.example/dir/next",
                "http://a.example/dir/page   | /root             | http://a.example/root",
                "http://a.example            | next              | http://a.example/next",
                "http://a.example/x          | //b.example/y     | http://b.example/y",
                "http://a.example/x          | https://c.example | https://c.example",
                "http://a.example/x          | ?q=1              | http://a.example/x?q=1"
            })
    void resolve_followsRelativeAndAbsoluteLocations(String base, String location, String expected) {
        UrlRules.Verdict verdict = UrlRules.resolve(URI.create(base), location);

        assertThat(verdict.uri()).hasToString(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "file:///etc/passwd            | file: scheme",
                "javascript:alert(1)           | javascript: scheme",
                "http://u:p@b.example/         | credentials in url",
                "'  '                          | invalid redirect"
            })
    void resolve_refusesUnsafeLocations(String location, String reason) {
        assertThat(UrlRules.resolve(URI.create("https://a.example/"), location).refusal())
                .isEqualTo(reason);
    }
}
