package org.briefingpack.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconFileTest {

    private enum Role {
        CONNECTOR,
        QUANTIFIER
    }

    @Test
    void wordsByRole_groupsLowerCaseWords_andSkipsCommentsAndBlankLines() {
        LexiconFile file = LexiconFile.parse(
                "words.tsv", List.of("# word<TAB>role", "", "Of\tconnector", "up to\tquantifier", "for\tCONNECTOR"));

        Map<Role, Set<String>> words = file.wordsByRole(Role.class);

        assertThat(words.get(Role.CONNECTOR)).containsExactlyInAnyOrder("of", "for");
        assertThat(words.get(Role.QUANTIFIER)).containsExactly("up to");
    }

    @Test
    void phrasesByRole_keepsEachWordAsWrittenInTheFilesOrder() {
        LexiconFile file = LexiconFile.parse(
                "words.tsv",
                List.of("# word<TAB>role", "States\tconnector", "up to\tquantifier", "Nations\tconnector"));

        Map<Role, List<String>> phrases = file.phrasesByRole(Role.class);

        assertThat(phrases.get(Role.CONNECTOR)).containsExactly("States", "Nations");
        assertThat(phrases.get(Role.QUANTIFIER)).containsExactly("up to");
        assertThatThrownBy(() ->
                        LexiconFile.parse("words.tsv", List.of("of\tconector")).phrasesByRole(Role.class))
                .isInstanceOf(LexiconException.class)
                .hasMessageStartingWith("lexicon/words.tsv line 1: 'conector' is not a role");
    }

    @Test
    void aMistypedRole_namesTheFileTheLineAndTheChoices() {
        LexiconFile file = LexiconFile.parse("words.tsv", List.of("# header", "of\tconnector", "for\tconector"));

        assertThatThrownBy(() -> file.wordsByRole(Role.class))
                .isInstanceOf(LexiconException.class)
                .hasMessage("lexicon/words.tsv line 3: 'conector' is not a role (one of: connector, quantifier)")
                .satisfies(e -> assertThat(((LexiconException) e).line()).isEqualTo(3));
    }

    @Test
    void aMissingColumn_andABadCountryCode_areErrorsOfTheirLine() {
        LexiconFile file = LexiconFile.parse("countries.tsv", List.of("France\tFR", "Peru", "Chad\tTCD"));

        assertThat(file.rows().get(0).countryCode(1)).isEqualTo("FR");
        assertThatThrownBy(() -> file.rows().get(1).text(1))
                .hasMessage("lexicon/countries.tsv line 2: column 2 is empty");
        assertThatThrownBy(() -> file.rows().get(2).countryCode(1))
                .hasMessage("lexicon/countries.tsv line 3: 'TCD' is not a two-letter country code");
    }

    @Test
    void aFileMissingFromTheClasspath_isNamed() {
        assertThatThrownBy(() -> LexiconFile.read("no-such-list.txt"))
                .isInstanceOf(LexiconException.class)
                .hasMessage("lexicon/no-such-list.txt: missing from the classpath");
    }

    @Test
    void theShippedRoleFilesParse() {
        // Every role file a rule reads at start-up, with the roles it accepts: a typo fails here, not in a run.
        assertThat(LexiconFile.read("money-context.tsv").rows()).isNotEmpty();
        assertThat(LexiconFile.read("person-offices.txt").words()).contains("spokesperson");
        assertThat(LexiconFile.read("name-particles.txt").words()).contains("von");
    }
}
