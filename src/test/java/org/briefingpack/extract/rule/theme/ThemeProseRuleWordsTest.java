package org.briefingpack.extract.rule.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.Structures;
import org.briefingpack.model.Theme;
import org.junit.jupiter.api.Test;

/** The word file of ThemeProseRule; every sentence here was written for this test. */
class ThemeProseRuleWordsTest {

    @Test
    void everyRoleHasWords() {
        Map<ThemeProseRule.Word, Set<String>> words =
                LexiconFile.read("theme-prose-rule-words.tsv").wordsByRole(ThemeProseRule.Word.class);
        words.forEach((role, set) -> assertThat(set).as(role.name()).isNotEmpty());
    }

    @Test
    void talksThatCoverThemesAreTheEventsOwn() {
        assertThat(
                        Structures.pipeline("At the Reef Summit in Suva, the talks covered reef patrols and port fees.")
                                .themes()
                                .stream()
                                .map(Theme::text))
                .containsExactly("reef patrols", "port fees");
    }
}
