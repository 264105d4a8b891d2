package org.briefingpack.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.briefingpack.extract.RuleBasedFactsExtractor;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.links.LinkCheck;
import org.briefingpack.model.LinkRead;
import org.junit.jupiter.api.Test;

/** Pages as the fetcher hands them over: read like input files, or listed with why they were not. */
class PageReaderTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private final PageReader reader = new PageReader(
            new DocumentReader(),
            RuleBasedFactsExtractor.withDefaults(
                    new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer()));

    @Test
    void plainTextPage_isReadForItsFacts() {
        String text = "The Harbour Climate Summit met in Valletta on 4-5 March 2025. "
                + "The Blue Ports Coalition of 40 ports was formed there.";

        ReadPage page = reader.read(check("text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), false));

        LinkRead read = page.read();
        assertThat(read.reason()).isNull();
        assertThat(read.characters()).isEqualTo(text.length());
        assertThat(read.sha256()).hasSize(64);
        assertThat(read.facts().event().name()).isEqualTo("Harbour Climate Summit");
        assertThat(read.facts().figures()).anySatisfy(f -> assertThat(f.text()).isEqualTo("40 ports"));
        assertThat(page.text()).isEqualTo(text);
    }

    @Test
    void imagePage_isListedWithItsTypeAndNotRead() {
        ReadPage page = reader.read(check("image/png", null, false));

        assertThat(page.read().facts()).isNull();
        assertThat(page.read().contentType()).isEqualTo("image/png");
        assertThat(page.read().reason())
                .isEqualTo("not read: a image/png page (only HTML, PDF and plain text are read)");
    }

    @Test
    void pdfCutAtTheSizeCap_isNotRead() {
        ReadPage page = reader.read(check("application/pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), true));

        assertThat(page.read().facts()).isNull();
        assertThat(page.read().reason()).contains("larger than briefing.links.max-body-size");
    }

    @Test
    void damagedPdf_saysWhyAndDoesNotThrow() {
        ReadPage page =
                reader.read(check("application/pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.US_ASCII), false));

        assertThat(page.read().facts()).isNull();
        assertThat(page.read().reason()).startsWith("not read: ");
    }

    @Test
    void failedLink_keepsItsStatusAndSaysWhy() {
        LinkCheck timeout = new LinkCheck(
                "https://example.org/",
                "https://example.org/",
                "timeout",
                null,
                null,
                null,
                AT,
                0,
                false,
                null,
                null,
                false,
                null);

        assertThat(reader.read(timeout).read()).isEqualTo(LinkRead.notRead(AT, "timeout", null, "not read: timeout"));
    }

    private static LinkCheck check(String type, byte[] body, boolean truncated) {
        return new LinkCheck(
                "https://example.org/p",
                "https://example.org/p",
                "ok",
                type,
                null,
                null,
                AT,
                body == null ? 0 : body.length,
                truncated,
                null,
                null,
                false,
                body);
    }
}
