package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokensTest {

    /** Tokens as "text/type" joined by spaces; types W, N, X (mixed), O (other), J (junk). */
    private static String tokens(String text) {
        Tokens t = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.text(i) + "/" + "WNXOJ".charAt(t.type(i)));
        }
        return String.join(" ", out);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            $400 million          | $/O 400/N million/W
            1,200 delegates       | 1,200/N delegates/W
            "1,20 delegates"      | 1/N ,/O 20/N delegates/W
            17.5%                 | 17.5/N %/O
            Sept. 9-10, 2023      | Sept/W ./O 9/N -/O 10/N ,/O 2023/N
            G20 COP28 30bn 21st   | G20/X COP28/X 30bn/X 21st/X
            F-16                  | F/W -/O 16/N
            1.2.3                 | 1.2.3/J
            1–2 November          | 1/N –/O 2/N November/W
            end. Next             | end/W ./O Next/W
            """)
    void cutsTextIntoTokens(String text, String expected) {
        assertThat(tokens(text)).isEqualTo(expected);
    }

    @Test
    void aVeryLongDigitRun_isJunkNotANumber() {
        assertThat(Tokens.of("9".repeat(100)).type(0)).isEqualTo(Tokens.JUNK);
    }

    @Test
    void nonAsciiDigits_areReadAsLetters_andTheScanEnds() {
        assertThat(tokens("٣ 5 ٣5")).isEqualTo("٣/W 5/N ٣5/X");
    }

    @Test
    void nonBreakingSpaces_separateTokens() {
        assertThat(tokens("EUR\u00A0700m")).isEqualTo("EUR/W 700m/X");
    }

    @Test
    void nearPrevious_seesLineBreaks() {
        Tokens t = Tokens.of("a\nb c");
        assertThat(t.nearPrevious(1)).isFalse();
        assertThat(t.nearPrevious(2)).isTrue();
    }

    @Test
    void numberStart_isUnknownUntilRemembered_thenKeptPerToken() {
        Tokens t = Tokens.of("two leaders");
        assertThat(t.numberStart(0)).isZero();
        t.rememberNumberStart(0, true);
        t.rememberNumberStart(1, false);
        assertThat(t.numberStart(0)).isEqualTo((byte) 2);
        assertThat(t.numberStart(1)).isEqualTo((byte) 1);
    }

    @Test
    void mayStartWord_answersTheSameWhenAskedAgain() {
        Tokens t = Tokens.of("a thousand troops and two dozen leaders");
        NumberReader reader = new NumberReader(Rendered.LEXICON);
        for (int pass = 0; pass < 2; pass++) {
            assertThat(reader.mayStartWord(t, 1)).isTrue(); // "thousand" after "a"
            assertThat(reader.mayStartWord(t, 2)).isFalse();
            assertThat(reader.mayStartWord(t, 4)).isTrue();
        }
    }
}
