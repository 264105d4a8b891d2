package org.briefingpack.extract.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TokenizerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            train 5,000 nurses                 | train/5,000/nurses
            1,250,000 doses                    | 1,250,000/doses
            Chile, Peru and 12,5 others        | Chile/,/Peru/and/12/,/5/others
            in 2024,2025 and 2026              | in/2024/,/2025/and/2026
            Egypt's plan didn't pass           | Egypt/'s/plan/did/n't/pass
            Kunming-Montreal and the U.S.      | Kunming-Montreal/and/the/U.S/.
            small‑ and mid‑sized states   | small/‑/and/mid‑sized/states
            co‐hosted by Fiji                | co‐hosted/by/Fiji
            """)
    void wordsNumbersAndMarks(String text, String expected) {
        assertThat(Tokenizer.tokens(text).stream().map(Token::text).toList()).containsExactly(expected.split("/"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Egypt's plan    | 's
            Egypt’s plan    | ’s
            """)
    void thePossessiveIsOneMark_straightOrCurly(String text, String mark) {
        assertThat(Tokenizer.tokens(text))
                .filteredOn(Token::possessiveMark)
                .extracting(Token::text)
                .containsExactly(mark);
    }

    @Test
    void aNonBreakingHyphenReadsAsAHyphen() {
        assertThat(Tokenizer.tokens("co\u2011hosted").get(0).lower()).isEqualTo("co-hosted");
        assertThat(Tokenizer.tokens("co\u2011hosted").get(0).text()).isEqualTo("co\u2011hosted");
    }
}
