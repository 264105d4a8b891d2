package org.briefingpack.extract.rule.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingpack.extract.rule.Structures;
import org.briefingpack.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Themes stated as purposes; every sentence here was written for this test. */
class PurposeThemesTest {

    private static List<String> themes(String text) {
        return Structures.pipeline(text).themes().stream().map(Theme::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The forum aims to expand rural broadband and train young coders.                 | expand rural broadband,train young coders
            Ministers unveiled a plan aimed at boosting river trade, creating port jobs and curbing floods. | boosting river trade,creating port jobs,curbing floods
            The talks, held in Lusaka, stressed the urgency of restoring grain exports.       | restoring grain exports
            The 5th Delta Forum took place under the theme "Water for Every Village".        | Water for Every Village
            Leaders met at a summit held in Hanoi to deepen trade ties with the Pacific.     | deepen trade ties with the Pacific
            Island leaders pledged to raise $300 billion over five years to build ports in island states. | build ports in island states
            The compact includes mechanisms to alleviate the debt burden and make tax systems fairer. | alleviate the debt burden,make tax systems fairer
            Leaders gathered in Hanoi for a summit to build clinics in concert with the Pacific Islands Forum and its | build clinics in concert with the Pacific Islands Forum
            Leaders gathered in Hanoi for a summit to build clinics, since most islands lack them. | build clinics
            """)
    void purposesAreThemes(String text, String expected) {
        assertThat(themes(text)).containsExactlyElementsOf(List.of(expected.split(",")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway pledged to raise $2 billion over five years.
            The minister said she wants to visit Oslo next year.
            "We aim to win every vote," the mayor said.
            The Aid Alliance, an advocacy group focused on clean water, welcomed the pledges.
            Fiji offered its support to the summit to realise this.
            The 3rd Delta Forum, opened on 4 May in Hanoi, aims to be a turning point for the region.
            """)
    void pledgesWishesAndQuotesAreNoThemes(String text) {
        assertThat(themes(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The mayor said the city had not been consulted on priorities. The new bridge opens in May. Work starts soon.
            The river authority said priorities would be set next year. Funding was not discussed.
            """)
    void aMentionOfPrioritiesIsNoList(String text) {
        assertThat(themes(text)).isEmpty();
    }

    @Test
    void aCueOnANamedKindOfIssue_isNoLeadInToTheSentencesAfterIt() {
        assertThat(themes("The delegates focused on river issues. Ministers then had lunch. The hall was cold."))
                .noneMatch(t -> t.contains("lunch") || t.contains("hall"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The charter rests on three pillars. Under the first pillar, ‘Open Rivers’, states share flow data. The ‘Clean Banks’ pillar covers waste. | Open Rivers,Clean Banks
            """)
    void quotedTitlesAfterPillars(String text, String expected) {
        assertThat(themes(text)).containsExactlyElementsOf(List.of(expected.split(",")));
    }
}
