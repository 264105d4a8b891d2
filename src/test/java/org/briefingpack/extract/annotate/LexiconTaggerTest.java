package org.briefingpack.extract.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tags the lexicon tagger gives a word by its shape; every sentence here was written for this test. */
class LexiconTaggerTest {

    private static final LexiconTagger TAGGER = LexiconTagger.fromClasspath();

    private static Tag tagOf(String text, String word) {
        List<Token> tokens = TAGGER.tag(Tokenizer.tokens(text));
        return tokens.stream()
                .filter(t -> t.text().equals(word))
                .findFirst()
                .orElseThrow()
                .tag();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji's quota proposal failed.             | proposal   | NOUN
            The approval came late.                   | approval   | NOUN
            Its renewal was agreed.                   | renewal    | NOUN
            Their withdrawal was noted.               | withdrawal | NOUN
            A refusal followed.                       | refusal    | NOUN
            The regional plan failed.                 | regional   | ADJ
            The financial plan failed.                | financial  | ADJ
            A national plan followed.                 | national   | ADJ
            """)
    void aNounMadeFromAVerbWithAl_isANoun_whileAdjectivesInAlStayAdjectives(String text, String word, Tag tag) {
        assertThat(tagOf(text, word)).isEqualTo(tag);
    }
}
