package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.FigureKind;
import org.briefingpack.testsupport.RandomText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the text, the recognizer never throws, returns spans that hold the figure text in
 * document order without overlaps, and stays linear on hostile input (1 MB lines, deep nesting).
 * Random cases come from {@link RandomText}; each failure names its seed for replay.
 */
class FigureRecognizerPropertiesTest {

    private static final RuleBasedFigureRecognizer RECOGNIZER = new RuleBasedFigureRecognizer(Rendered.LEXICON);

    /**
     * Far above the time a linear pass over a megabyte takes even on a loaded shared 2-core
     * machine (well under a second alone), far below what a quadratic pass would take (hours):
     * a bound that only a real complexity regression can break, not a busy neighbour.
     */
    private static final Duration WORK_BOUND = Duration.ofMinutes(2);

    /** Pieces that the recognizers react to, so random sequences reach their corner cases. */
    private static final List<String> PIECES = List.of(
            "$",
            "US$",
            "€",
            "£",
            "¥",
            "₹",
            "USD",
            "EUR",
            "Rs",
            "400",
            "1,200",
            "17.5",
            "2023",
            "21",
            "1",
            "0",
            "99999",
            "million",
            "bn",
            "30bn",
            "m",
            "crore",
            "dollars",
            "euros",
            "%",
            "per",
            "cent",
            "percent",
            "percentage",
            "points",
            "May",
            "Sept",
            ".",
            ",",
            "-",
            "–",
            "to",
            "and",
            "between",
            "the",
            "on",
            "21st",
            "Monday",
            "countries",
            "allies",
            "of",
            "state",
            "heads",
            "two",
            "twenty",
            "hundred",
            "dozen",
            "years",
            "GW",
            "G20",
            "F",
            "16",
            "Article",
            "(",
            ")",
            "https://",
            "www.",
            "/",
            "@",
            "\n",
            "1.",
            "°C",
            "'s",
            "cents",
            "pence",
            "99p",
            "元",
            "5亿元",
            "R",
            "R1.2",
            "South Africa",
            "KSh",
            "A",
            "minus",
            "each",
            "from",
            "Wednesday",
            "lakh",
            "a",
            "thousand",
            "top",
            "COP");

    private static final List<String> GAPS = List.of("", " ", "  ");

    /** Units glued into megabyte lines without spaces. */
    private static final List<String> SPACELESS_UNITS = List.of(
            "9",
            "1,000",
            "1.",
            "$1",
            "a1",
            "-",
            "May1",
            "$",
            "%",
            "21st",
            "(",
            "[",
            "https://x",
            "www.",
            "@",
            "€2.3bn",
            "1–2",
            "é",
            "\u00A0",
            "𝟙",
            "G20",
            "x");

    /** Openers that a recognizer might try to match against a closer. */
    static final List<String> NESTING = List.of("(", "[", "{", "<", "\"", "“", "-", "*", "#", "|");

    static Stream<Long> figureLikeSeeds() {
        return RandomText.seeds(2000);
    }

    static Stream<Long> unicodeSeeds() {
        return RandomText.seeds(500);
    }

    static Stream<Long> nestingSeeds() {
        return RandomText.seeds(6);
    }

    static Stream<Long> repeatedSentenceSeeds() {
        return RandomText.seeds(200);
    }

    /** Every unit, glued to the next one in the list (the last to the first): each unit leads and follows once. */
    static Stream<Arguments> spacelessPairs() {
        int n = SPACELESS_UNITS.size();
        return IntStream.range(0, n)
                .mapToObj(i -> Arguments.of(SPACELESS_UNITS.get(i), SPACELESS_UNITS.get((i + 1) % n)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("figureLikeSeeds")
    void figureLikeText_neverThrows_andSpansHoldTheirText(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String text = random.joined(PIECES, 60, GAPS);
        assertWellFormed(random.describe(text), text, recognize(random.describe(text), text));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("unicodeSeeds")
    void anyUnicodeText_neverThrows_andSpansHoldTheirText(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String text = random.unicode(400);
        assertWellFormed(random.describe(text), text, recognize(random.describe(text), text));
    }

    @ParameterizedTest(name = "{0}{1} repeated to 1 MB")
    @MethodSource("spacelessPairs")
    void megabyteLinesWithoutSpaces_finishQuickly(String unit, String other) {
        String line = RandomText.repeatedTo(unit + other, 1_000_000);
        List<FoundFigure> found = assertTimeoutPreemptively(
                WORK_BOUND, () -> recognize("1 MB of " + unit + other, line), () -> "1 MB of " + unit + other);
        assertWellFormed("1 MB of " + unit + other, line, found);
    }

    @ParameterizedTest(name = "{0} nested 200,000 deep")
    @FieldSource("NESTING")
    void deepNesting_finishesQuickly(String open) {
        assertOnlyTheFigureIsFound(open.repeat(200_000) + " 5 countries " + "]".repeat(200_000), "200,000 x " + open);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("nestingSeeds")
    void deepMixedNesting_finishesQuickly(long seed) {
        RandomText random = RandomText.withSeed(seed);
        StringBuilder open = new StringBuilder();
        StringBuilder close = new StringBuilder();
        for (int i = 0; i < 200_000; i++) {
            open.append(random.pick(NESTING));
            close.append(random.pick(List.of(")", "]", "}", ">", "\"", "”")));
        }
        String text = open + " 5 countries " + close;
        assertOnlyTheFigureIsFound(text, random.describe(text));
    }

    private static void assertOnlyTheFigureIsFound(String text, String description) {
        List<FoundFigure> found =
                assertTimeoutPreemptively(WORK_BOUND, () -> recognize(description, text), () -> description);
        assertWellFormed(description, text, found);
        assertThat(found).as(description).extracting(f -> f.figure().text()).containsExactly("5 countries");
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("repeatedSentenceSeeds")
    void figuresOfRepeatedSentences_scaleWithTheText(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String sentence = "On 11 and 12 July 2023, 31 allies pledged $400 million and 2% of GDP. ";
        int repeats = 1 + random.length(39);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < repeats; i++) {
            // Noise without money or percent signs, which could make a figure of their own.
            String noise = random.unicode(3).replace('$', 'x').replace('%', 'x');
            sb.append(sentence).append(noise).append(' ');
        }
        String text = sb.toString();
        List<FoundFigure> found = recognize(random.describe(text), text);
        assertWellFormed(random.describe(text), text, found);
        assertThat(found.stream()
                        .filter(f -> f.figure().text().equals("$400 million"))
                        .count())
                .as(random.describe(text))
                .isEqualTo(repeats);
    }

    private static List<FoundFigure> recognize(String description, String text) {
        return RandomText.failuresNaming(description, () -> RECOGNIZER.recognize(text));
    }

    static void assertWellFormed(String text, List<FoundFigure> found) {
        assertWellFormed("text", text, found);
    }

    /**
     * Spans in document order, not overlapping but for a count inside a count ("seven leading donors"
     * in "four of the seven leading donors"), inside the text and holding the figure's text;
     * {@code description} says which case.
     */
    static void assertWellFormed(String description, String text, List<FoundFigure> found) {
        FoundFigure last = null;
        for (FoundFigure f : found) {
            boolean nested = last != null
                    && last.figure().kind() == FigureKind.COUNT
                    && f.figure().kind() == FigureKind.COUNT
                    && f.start() > last.start()
                    && f.end() <= last.end();
            // Plain checks first: a megabyte line yields hundreds of thousands of figures, and an
            // assertion message built for each would cost more than the recognizer.
            boolean wellFormed = (nested || f.start() >= (last == null ? 0 : last.end()))
                    && f.end() > f.start()
                    && f.end() <= text.length()
                    && text.substring(f.start(), f.end()).equals(f.figure().text())
                    && f.figure().kind() != null;
            if (!wellFormed) {
                String which = description + ", figure " + f;
                if (!nested) {
                    assertThat(f.start()).as(which).isGreaterThanOrEqualTo(last == null ? 0 : last.end());
                }
                assertThat(f.end()).as(which).isGreaterThan(f.start()).isLessThanOrEqualTo(text.length());
                assertThat(text.substring(f.start(), f.end()))
                        .as(which)
                        .isEqualTo(f.figure().text());
                assertThat(f.figure().kind()).as(which).isNotNull();
            }
            if (!nested) {
                last = f;
            }
        }
    }
}
