package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;

import org.briefingpack.extract.FoundFigure;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever the text, the recognizer never throws, returns spans that hold the figure text in
 * document order without overlaps, and stays linear on hostile input (1 MB lines, deep nesting).
 */
class FigureRecognizerProperties {

    private static final RuleBasedFigureRecognizer RECOGNIZER = new RuleBasedFigureRecognizer(Rendered.LEXICON);

    /** Pieces that the recognizers react to, so random sequences reach their corner cases. */
    private static final List<String> PIECES = List.of(
            "$", "US$", "€", "£", "¥", "₹", "USD", "EUR", "Rs", "400", "1,200", "17.5", "2023", "21", "1", "0", "99999",
            "million", "bn", "30bn", "m", "crore", "dollars", "euros", "%", "per", "cent", "percent", "percentage",
            "points", "May", "Sept", ".", ",", "-", "–", "to", "and", "between", "the", "on", "21st", "Monday",
            "countries", "allies", "of", "state", "heads", "two", "twenty", "hundred", "dozen", "years", "GW",
            "G20", "F", "16", "Article", "(", ")", "https://", "www.", "/", "@", "\n", "1.", "°C", "'s");

    @Provide
    Arbitrary<String> figureish() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60)
                .flatMap(pieces -> Arbitraries.of("", " ", "  ").list().ofSize(pieces.size()).map(gaps -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < pieces.size(); i++) {
                        sb.append(pieces.get(i)).append(gaps.get(i));
                    }
                    return sb.toString();
                }));
    }

    @Property(tries = 2000)
    void figureLikeText_neverThrows_andSpansHoldTheirText(@ForAll("figureish") String text) {
        assertWellFormed(text, RECOGNIZER.recognize(text));
    }

    @Property(tries = 500)
    void anyUnicodeText_neverThrows_andSpansHoldTheirText(@ForAll @StringLength(max = 400) String text) {
        assertWellFormed(text, RECOGNIZER.recognize(text));
    }

    @Provide
    Arbitrary<String> spacelessUnit() {
        return Arbitraries.of("9", "1,000", "1.", "$1", "a1", "-", "May1", "$", "%", "21st", "(", "[", "https://x",
                "www.", "@", "€2.3bn", "1–2", "é", "\u00A0", "𝟙", "G20", "x");
    }

    @Property(tries = 12)
    void megabyteLinesWithoutSpaces_finishQuickly(@ForAll("spacelessUnit") String unit, @ForAll("spacelessUnit") String other) {
        String line = (unit + other).repeat(1_000_000 / (unit.length() + other.length()) + 1);
        List<FoundFigure> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> RECOGNIZER.recognize(line));
        assertWellFormed(line, found);
    }

    @Property(tries = 6)
    void deepNesting_finishesQuickly(@ForAll("nesting") String open) {
        String text = open.repeat(200_000) + " 5 countries " + "]".repeat(200_000);
        List<FoundFigure> found = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> RECOGNIZER.recognize(text));
        assertWellFormed(text, found);
        assertThat(found).extracting(f -> f.figure().text()).containsExactly("5 countries");
    }

    @Provide
    Arbitrary<String> nesting() {
        return Arbitraries.of("(", "[", "{", "<", "\"", "“", "-", "*", "#", "|");
    }

    @Property(tries = 200)
    void figuresOfRepeatedSentences_scaleWithTheText(@ForAll @Size(min = 1, max = 40) List<@StringLength(max = 3) String> noise) {
        String sentence = "On 11 and 12 July 2023, 31 allies pledged $400 million and 2% of GDP. ";
        StringBuilder sb = new StringBuilder();
        for (String n : noise) {
            sb.append(sentence).append(n.replace('$', 'x').replace('%', 'x')).append(' ');
        }
        List<FoundFigure> found = RECOGNIZER.recognize(sb.toString());
        assertWellFormed(sb.toString(), found);
        assertThat(found.stream().filter(f -> f.figure().text().equals("$400 million")).count()).isEqualTo(noise.size());
    }

    static void assertWellFormed(String text, List<FoundFigure> found) {
        int lastEnd = 0;
        for (FoundFigure f : found) {
            assertThat(f.start()).isGreaterThanOrEqualTo(lastEnd);
            assertThat(f.end()).isGreaterThan(f.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.figure().text());
            assertThat(f.figure().kind()).isNotNull();
            lastEnd = f.end();
        }
    }
}
