package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.extract.lexicon.LexiconAssertions.assertEveryRoleHasWords;

import org.junit.jupiter.api.Test;

/** CountRecognizer's verbs load from their file; its own tests show the tallies and totals they drive. */
class CountRecognizerWordsTest {

    private final CountRecognizer counts = new CountRecognizer(Rendered.LEXICON);

    @Test
    void countRecognizerWords_load_withAWordForEveryRole() {
        assertEveryRoleHasWords("figures/count-recognizer-words.tsv", CountRecognizer.Word.class);
    }

    @Test
    void aTallyAfterAVerbOfVoting_isTheVotesForAndAgainst() {
        String text = "Tonga and Samoa passed the reef charter 40-2 in Suva";
        assertThat(Rendered.of(text, counts.find(Tokens.of(text))))
                .isEqualTo("40-2=40 [votes in favour] ; 2=2 [votes against]");
    }
}
