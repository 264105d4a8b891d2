package org.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.briefingpack.testsupport.RandomText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever bytes or markup come in, reading never fails with anything but a plain-words refusal.
 * Random cases come from {@link RandomText}; each failure names its seed for replay.
 */
class ReadingPropertiesTest {

    /** Characters that markdown syntax is made of, so random text hits links, emphasis, tables and code. */
    private static final String MARKDOWN_ALPHABET = "[]()!*_`#->|\n a:<h";
    /** Characters that tags, attributes and entities are made of. */
    private static final String HTML_ALPHABET = "<>/pabr =\"&;#h\n";

    static Stream<Long> bytesSeeds() {
        // Half of the cases are uniform noise, as before; the other half are shaped to reach each decoder branch.
        return RandomText.seeds(600);
    }

    static Stream<Long> seeds300() {
        return RandomText.seeds(300);
    }

    static Stream<Long> seeds200() {
        return RandomText.seeds(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("bytesSeeds")
    void decode_anyBytesGiveTextOrAPlainRefusal(long seed) {
        RandomText random = RandomText.withSeed(seed);
        byte[] bytes = random.bytes(400);
        try {
            DecodedText decoded = new TextDecoder().decode(bytes, "x.txt", DocumentFormat.TEXT);
            assertThat(decoded.encoding()).as(random.describe(bytes)).isNotBlank();
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).as(random.describe(bytes)).startsWith("x.txt: ");
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(random.describe(bytes) + " threw " + e, e);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void normalize_givesTrimmedLinesAndAtMostOneBlankLine(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String text = random.unicode(300);
        String normalized = RandomText.failuresNaming(random.describe(text), () -> TextNormalizer.normalize(text));
        assertThat(normalized)
                .as(random.describe(text))
                .doesNotContain("\r")
                .doesNotContain("\n\n\n")
                .doesNotContain("  ")
                .doesNotContain("\t");
        for (String line : normalized.split("\n", -1)) {
            assertThat(line).as(random.describe(text)).isEqualTo(line.strip());
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds300")
    void markdown_anyInputConverts(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String markdown = random.from(MARKDOWN_ALPHABET, 300);
        MarkupText converted =
                RandomText.failuresNaming(random.describe(markdown), () -> new MarkdownText().convert(markdown));
        assertThat(converted.text()).as(random.describe(markdown)).isNotNull();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds200")
    void html_anyInputConverts(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String html = random.from(HTML_ALPHABET, 300);
        MarkupText converted = RandomText.failuresNaming(random.describe(html), () -> new HtmlText().convert(html));
        assertThat(converted.text()).as(random.describe(html)).isNotNull();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds200")
    void html_deeplyNestedTagSoupConverts(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String html = random.tagSoup(1_000);
        MarkupText converted = RandomText.failuresNaming(random.describe(html), () -> new HtmlText().convert(html));
        assertThat(converted.text()).as(random.describe(html)).isNotNull();
    }
}
