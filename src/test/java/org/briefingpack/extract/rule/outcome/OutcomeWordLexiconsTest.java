package org.briefingpack.extract.rule.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.lexicon.LexiconFile;
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

    private static Map<?, ? extends Set<String>> words(String file, String finder) {
        return switch (finder) {
            case "CountedDecisions" -> LexiconFile.read(file).wordsByRole(CountedDecisions.Word.class);
            case "DocumentOfTheGathering" -> LexiconFile.read(file).wordsByRole(DocumentOfTheGathering.Word.class);
            case "Elections" -> LexiconFile.read(file).wordsByRole(Elections.Word.class);
            case "OutcomeMoney" -> LexiconFile.read(file).wordsByRole(OutcomeMoney.Word.class);
            case "PassiveOutcome" -> LexiconFile.read(file).wordsByRole(PassiveOutcome.Word.class);
            case "PromisedActions" -> LexiconFile.read(file).wordsByRole(PromisedActions.Word.class);
            case "SentenceOutcomes" -> LexiconFile.read(file).wordsByRole(SentenceOutcomes.Word.class);
            case "VenueNamedDocument" -> LexiconFile.read(file).wordsByRole(VenueNamedDocument.Word.class);
            default -> throw new IllegalArgumentException(finder);
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            counted-decision-words.tsv          | CountedDecisions       | 2
            document-of-the-gathering-words.tsv | DocumentOfTheGathering | 2
            election-words.tsv                  | Elections              | 2
            outcome-money-words.tsv             | OutcomeMoney           | 1
            passive-outcome-words.tsv           | PassiveOutcome         | 1
            promised-action-words.tsv           | PromisedActions        | 1
            sentence-outcome-words.tsv          | SentenceOutcomes       | 5
            venue-named-document-words.tsv      | VenueNamedDocument     | 2
            """)
    void eachFinderWordFile_loads_withAWordForEveryRole(String file, String finder, int roles) {
        Map<?, ? extends Set<String>> words = words(file, finder);
        assertThat(words).hasSize(roles);
        assertThat(words.values()).allSatisfy(w -> assertThat(w).isNotEmpty());
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
