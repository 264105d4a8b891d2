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

    private static final LexiconTagger TAGGER = LexiconTagger.fromClasspath();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan pledged to train 40 officers     | pledged to train
            Japan pledges to train 40 officers     | pledges to train
            Japan pledged 40 million euros         | pledged
            Japan pledged to sign a text           | pledged
            """)
    void aLongerPhraseByLemmaWinsOverAShorterOneByWord(String text, String expected) {
        PhraseMatcher byLemma = new PhraseMatcher(
                List.of(new String[] {"pledged", "word"}, new String[] {"~pledge to train", "lemma"}), false);
        List<Token> tagged = TAGGER.tag(Tokenizer.tokens(text));
        // the same hits from a plain list and from a sentence's token list, whose hashes are made once
        for (List<Token> tokens : List.of(tagged, new TokenList(tagged))) {
            assertThat(byLemma.find(tokens))
                    .extracting(h -> text.substring(h.start(), h.end()))
                    .containsExactly(expected);
        }
    }

    @org.junit.jupiter.api.Test
    void aSentenceKeepsTheHitsOfEachMatcherApart() {
        String text = "Fiji signed the reef pact in Suva and Chile hosted the talks on Monday";
        List<Token> tokens = new TokenList(TAGGER.tag(Tokenizer.tokens(text)));
        List<String> words = List.of(text.split(" "));
        // more matchers than the list keeps room for at first, each asked twice: the second answer is the kept one
        for (int round = 0; round < 2; round++) {
            for (String word : words) {
                assertThat(PhraseMatcher.of(List.of(word)).find(tokens))
                        .extracting(h -> text.substring(h.start(), h.end()))
                        .containsOnly(word);
            }
        }
        PhraseMatcher signed = PhraseMatcher.of(List.of("signed", "hosted the talks"));
        List<PhraseMatcher.Hit> first = signed.find(tokens);
        assertThat(signed.find(tokens)).isSameAs(first);
        assertThat(first).extracting(PhraseMatcher.Hit::phrase).containsExactly("signed", "hosted the talks");
    }
}
