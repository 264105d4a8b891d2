package org.briefingpack.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageMetadataTest {

    private static PageMetadata read(String html, String contentType) {
        return PageMetadata.from(html.getBytes(StandardCharsets.UTF_8), contentType, "https://example.com/");
    }

    @Test
    void from_whenNoTitle_thenFallsBackToOpenGraph() {
        PageMetadata page = read(
                "<html><head><meta property=\"og:title\" content=\"OG title\">"
                        + "<meta property=\"og:description\" content=\"OG description\"></head></html>",
                "text/html");

        assertThat(page).isEqualTo(new PageMetadata("OG title", "OG description"));
    }

    @Test
    void from_whenTitleAndDescription_thenPrefersThemOverOpenGraph() {
        PageMetadata page = read(
                "<title>Real</title><meta property=\"og:title\" content=\"OG\">"
                        + "<meta name=\"description\" content=\"Meta\"><meta property=\"og:description\" content=\"OGD\">",
                "text/html");

        assertThat(page).isEqualTo(new PageMetadata("Real", "Meta"));
    }

    @Test
    void from_whenPageHasScriptsAndFrames_thenOnlyReadsTextNeverRunsOrLoadsThem() {
        PageMetadata page = read(
                "<html><head><script>document.title='Hacked'</script>"
                        + "<title>Safe</title><link rel=stylesheet href=http://10.0.0.1/x.css></head>"
                        + "<body><iframe src=http://169.254.169.254/></iframe><img src=file:///etc/passwd></body></html>",
                "text/html");

        assertThat(page.title()).isEqualTo("Safe");
    }

    @ParameterizedTest(name = "content type {0} is read: {1}")
    @CsvSource(
            value = {
                "text/html; charset=utf-8, true",
                "application/xhtml+xml, true",
                "TEXT/HTML, true",
                "text/plain, false",
                "application/json, false"
            })
    void from_readsOnlyHtmlContentTypes(String contentType, boolean read) {
        PageMetadata page = read("<html><title>Title</title></html>", contentType);

        assertThat(page.title() != null).isEqualTo(read);
    }

    @ParameterizedTest(name = "untyped body {0} sniffed as html: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "<!DOCTYPE html><title>T</title>   | true",
                "<html><title>T</title>             | true",
                "%PDF-1.7 <title>T</title>          | false"
            })
    void from_whenNoContentType_thenSniffsTheStartOfTheBody(String body, boolean html) {
        assertThat(read(body, null).title() != null).isEqualTo(html);
    }

    @Test
    void from_whenTitleIsHuge_thenShortenedWithEllipsis() {
        PageMetadata page = read("<title>" + "word ".repeat(1000) + "</title>", "text/html");

        assertThat(page.title()).hasSize(PageMetadata.MAX_TITLE).endsWith("…");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'Tab\tand\nnewline'                | Tab and newline",
                "'Bidi \u202Eevil\u202C override'   | Bidi evil override",
                "'Zero\u200Bwidth'                  | Zero width",
                "'   '                              | ",
                "'Café 会議 قمة'                     | Café 会議 قمة"
            })
    void clean_makesOnePlainLine(String raw, String expected) {
        assertThat(PageMetadata.clean(raw, 100)).isEqualTo(expected);
    }

    @Test
    void clean_neverSplitsASurrogatePair() {
        String cleaned = PageMetadata.clean("a" + "😀".repeat(10), 4);

        assertThat(cleaned).isEqualTo("a😀…");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "text/html; charset=ISO-8859-1    | ISO-8859-1",
                "text/html;charset=\"utf-8\"      | utf-8",
                "text/html                        | "
            })
    void charsetOf_readsTheContentTypeParameter(String contentType, String charset) {
        assertThat(PageMetadata.charsetOf(contentType)).isEqualTo(charset);
    }

    @Test
    void from_whenCharsetIsUnknown_thenStillReadsTheTitle() {
        assertThat(read("<title>Fine</title>", "text/html; charset=x-no-such-charset")
                        .title())
                .isEqualTo("Fine");
    }
}
