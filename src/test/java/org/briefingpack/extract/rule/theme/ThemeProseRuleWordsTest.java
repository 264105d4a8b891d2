package org.briefingpack.extract.rule.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.extract.lexicon.LexiconAssertions.assertEveryRoleHasWords;

import org.briefingpack.extract.rule.Structures;
import org.briefingpack.model.Theme;
import org.junit.jupiter.api.Test;

/** The word file of ThemeProseRule; every sentence here was written for this test. */
class ThemeProseRuleWordsTest {

    @Test
    void everyRoleHasWords() {
        assertEveryRoleHasWords("theme-prose-rule-words.tsv", ThemeProseRule.Word.class);
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
