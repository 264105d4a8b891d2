package org.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Whatever bytes or markup come in, reading never fails with anything but a plain-words refusal. */
class ReadingPropertiesTest {

    @Property(tries = 300)
    void decode_anyBytesGiveTextOrAPlainRefusal(@ForAll @Size(max = 400) byte[] bytes) {
        try {
            DecodedText decoded = new TextDecoder().decode(bytes, "x.txt", DocumentFormat.TEXT);
            assertThat(decoded.encoding()).isNotBlank();
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).startsWith("x.txt: ");
        }
    }

    @Property(tries = 300)
    void normalize_givesTrimmedLinesAndAtMostOneBlankLine(@ForAll @StringLength(max = 300) String text) {
        String normalized = TextNormalizer.normalize(text);
        assertThat(normalized).doesNotContain("\r").doesNotContain("\n\n\n").doesNotContain("  ").doesNotContain("\t");
        for (String line : normalized.split("\n", -1)) {
            assertThat(line).isEqualTo(line.strip());
        }
    }

    @Property(tries = 300)
    void markdown_anyInputConverts(
            @ForAll @StringLength(max = 300) @Chars({'[', ']', '(', ')', '!', '*', '_', '`', '#', '-', '>', '|', '\n', ' ', 'a', ':', '<', 'h'}) String markdown) {
        MarkupText text = new MarkdownText().convert(markdown);
        assertThat(text.text()).isNotNull();
    }

    @Property(tries = 200)
    void html_anyInputConverts(
            @ForAll @StringLength(max = 300) @Chars({'<', '>', '/', 'p', 'a', 'b', 'r', ' ', '=', '"', '&', ';', '#', 'h', '\n'}) String html) {
        MarkupText text = new HtmlText().convert(html);
        assertThat(text.text()).isNotNull();
    }
}
