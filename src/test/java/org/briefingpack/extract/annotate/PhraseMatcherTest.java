package org.briefingpack.extract.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseMatcherTest {

    private final PhraseMatcher matcher =
            PhraseMatcher.of(List.of("not accept", "refused to", "refused to sign", "signed", "co-hosts:", "U.S."));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            would "absolutely not" accept a text   | not" accept
            Brazil refused to sign it              | refused to sign
            Brazil refused to attend               | refused to
            they signed it                         | signed
            they SIGNED it                         | SIGNED
            Co-hosts: Korea                        | Co-hosts:
            the U.S. and others                    | U.S.
            """)
    void findsWholePhrasesLongestFirst(String text, String expected) {
        assertThat(matcher.find(text))
                .extracting(h -> text.substring(h.start(), h.end()))
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the cosigned letter
            designed to help
            signedness
            refusedto
            """)
    void ignoresPhrasesInsideWords(String text) {
        assertThat(matcher.find(text)).isEmpty();
    }
}
