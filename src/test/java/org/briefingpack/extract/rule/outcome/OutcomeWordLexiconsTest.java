package org.briefingpack.extract.rule.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.extract.lexicon.LexiconAssertions.assertEveryRoleHasWords;

import java.util.List;
import org.briefingpack.extract.rule.Structures;
import org.briefingpack.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The outcome finders' own word files load, and the words still drive them; every sentence was written for this test. */
class OutcomeWordLexiconsTest {

    private static List<String> names(String text) {
        return Structures.pipeline(text).outcomes().stream().map(Outcome::name).toList();
    }

    private static void assertWordFile(String file, String finder) {
        switch (finder) {
            case "CountedDecisions" -> assertEveryRoleHasWords(file, CountedDecisions.Word.class);
            case "DocumentOfTheGathering" -> assertEveryRoleHasWords(file, DocumentOfTheGathering.Word.class);
            case "Elections" -> assertEveryRoleHasWords(file, Elections.Word.class);
            case "OutcomeMoney" -> assertEveryRoleHasWords(file, OutcomeMoney.Word.class);
            case "PassiveOutcome" -> assertEveryRoleHasWords(file, PassiveOutcome.Word.class);
            case "PromisedActions" -> assertEveryRoleHasWords(file, PromisedActions.Word.class);
            case "SentenceOutcomes" -> assertEveryRoleHasWords(file, SentenceOutcomes.Word.class);
            case "VenueNamedDocument" -> assertEveryRoleHasWords(file, VenueNamedDocument.Word.class);
            default -> throw new IllegalArgumentException(finder);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            counted-decision-words.tsv          | CountedDecisions
            document-of-the-gathering-words.tsv | DocumentOfTheGathering
            election-words.tsv                  | Elections
            outcome-money-words.tsv             | OutcomeMoney
            passive-outcome-words.tsv           | PassiveOutcome
            promised-action-words.tsv           | PromisedActions
            sentence-outcome-words.tsv          | SentenceOutcomes
            venue-named-document-words.tsv      | VenueNamedDocument
            """)
    void eachFinderWordFile_loads_withAWordForEveryRole(String file, String finder) {
        assertWordFile(file, finder);
    }

    @Test
    void decisionsCountedAfterAVerbOfAdopting_areOneOutcome() {
        assertThat(names("The Reef Assembly closed in Suva on Friday. Delegates passed 14 resolutions on reefs."))
                .contains("14 resolutions");
    }

    @Test
    void aDocumentTheAppositionCallsTheGatheringsOwn_isAnOutcome() {
        assertThat(names("The Reef Summit met in Suva. The Nadi Declaration, the concluding document of the summit, "
                        + "sets goals for 2040."))
                .contains("Nadi Declaration");
    }

    @Test
    void aCharterAimedAtAPurpose_isNamedWithIt() {
        assertThat(
                        names(
                                "After long talks, the first charter aimed at protection and repair of coral reefs was adopted."))
                .containsExactly("Charter aimed at protection and repair of coral reefs");
    }

    @Test
    void aVenuesAppeal_isAnOutcome() {
        assertThat(names("The Reef Summit met in Suva on Monday. Leaders issued the Suva Appeal for Reefs."))
                .contains("Suva Appeal for Reefs");
    }
}
