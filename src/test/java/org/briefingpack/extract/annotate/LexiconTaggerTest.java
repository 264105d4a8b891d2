package org.briefingpack.extract.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tags the lexicon tagger gives a word by its shape; every sentence here was written for this test. */
class LexiconTaggerTest {

    private static final LexiconTagger TAGGER = LexiconTagger.fromClasspath();

    private static Tag tagOf(String text, String word) {
        return token(text, word).tag();
    }

    private static Token token(String text, String word) {
        return TAGGER.tag(Tokenizer.tokens(text)).stream()
                .filter(t -> t.text().equals(word))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile and Peru support the fund.          | support | VERB
            The donors also back a levy.              | back    | VERB
            Island nations approve their budgets.     | approve | VERB
            The summit ended with support from Peru.  | support | NOUN
            It was Pacific support that counted.      | support | NOUN
            Chile sent support teams.                 | support | NOUN
            """)
    void aPlainFormBetweenAPluralSubjectAndADeterminer_isAVerb(String text, String word, Tag tag) {
        assertThat(tagOf(text, word)).isEqualTo(tag);
    }

    @Test
    void aWordReadTwice_sharesOneLowerCaseString_andOneLemma_whateverItsCase() {
        Token first = token("Delegates signed the charter.", "charter");
        Token again = token("The Charter was read aloud.", "Charter");
        Token plural = token("Both charters lapsed.", "charters");
        Token pluralAgain = token("Two more charters followed.", "charters");

        assertThat(again.lower()).isSameAs(first.lower()).isSameAs(first.text());
        assertThat(pluralAgain.lower()).isSameAs(plural.lower());
        assertThat(pluralAgain.lemma()).isEqualTo("charter").isSameAs(plural.lemma());
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

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Delegates said the assembly endorsed the plan.  | assembly   | NOUN
            The family of reef states grew.                 | family     | NOUN
            A monopoly on the catch ended.                  | monopoly   | NOUN
            Italy signed the charter.                       | Italy      | PROPN
            Tonga quickly signed the charter.               | quickly    | ADV
            Peru formally joined the pact.                  | formally   | ADV
            """)
    void aNounInLy_isANoun_whileAdverbsInLyStayAdverbs(String text, String word, Tag tag) {
        assertThat(tagOf(text, word)).isEqualTo(tag);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            On 3 and 4 May the forum opened in Suva.         | May | PROPN
            May 12 was the opening day.                      | May | PROPN
            Chile said it May sign later.                    | May | PROPN
            Chile may sign later.                            | may | AUX
            May the talks succeed, Chile said.               | May | AUX
            """)
    void mayWrittenWithACapitalInsideASentenceOrBeforeADayIsTheMonth(String text, String word, Tag tag) {
        assertThat(tagOf(text, word)).isEqualTo(tag);
    }

    // a verb made of an irregular one ("withhold" of "hold") has its own irregular forms in verbs.tsv
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Tonga withheld its signature.             | withheld   | withhold
            Samoa has withheld its vote.              | withheld   | withhold
            Peru forgave the loan.                    | forgave    | forgive
            Chile repaid the loan early.              | repaid     | repay
            The plan underwent changes.               | underwent  | undergo
            The fund has forgiven the debt.           | forgiven   | forgive
            """)
    void irregularFormsOfCompoundVerbs_haveTheirLemma(String text, String word, String lemma) {
        assertThat(token(text, word).lemma()).isEqualTo(lemma);
    }

    @Test
    void aWordNoListKnowsThatIsReAndAKnownVerb_isThatVerbDoneAgain() {
        assertThat(tagOf("Leaders met to redefine their ties.", "redefine")).isEqualTo(Tag.VERB);
        assertThat(token("Chile redrafted the plan.", "redrafted").lemma()).isEqualTo("redraft");
    }

    @Test
    void aPluralInIesOfAOneLetterStemKeepsItsIe() {
        assertThat(token("Leaders deepened their ties.", "ties").lemma()).isEqualTo("tie");
        assertThat(token("Many countries signed.", "countries").lemma()).isEqualTo("country");
    }
}
