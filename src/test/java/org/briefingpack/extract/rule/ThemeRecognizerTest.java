package org.briefingpack.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingpack.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeRecognizerTest {

    private final Structures structure = new Structures();

    private List<Theme> themes(Fixtures.Doc doc) {
        return structure.recognize(doc.text(), doc.sentences(), List.of()).themes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The agenda centred on:
            The leaders' agenda covered:
            Seoul widened the discussion to three linked priorities:
            The presidency set out the main tasks for the conference:
            The organisers asked participants to work towards:
            The negotiated text is organised around five areas:
            The summit would concentrate on:
            The programme was built on three pillars:
            Work was organised around four thematic areas:
            """)
    void takesTheItemsOfAListAfterAThemeLeadIn(String leadIn) {
        Fixtures.Doc doc = Fixtures.doc(
                leadIn,
                "- strengthening deterrence and defence;",
                "- raising defence spending; and more",
                "- support for Ukraine.",
                "Then came the outcomes.");
        assertThat(themes(doc))
                .extracting(Theme::text)
                .containsExactly(
                        "strengthening deterrence and defence", "raising defence spending", "support for Ukraine");
        assertThat(themes(doc).get(2).evidence()).extracting(e -> e.quote()).containsExactly("support for Ukraine.");
    }

    @Test
    void takesTheListUnderAThemeHeading() {
        Fixtures.Doc doc = Fixtures.doc(
                "What was on the table",
                "- a new goal on climate finance;",
                "- rules for carbon markets.",
                "The finance deal");
        assertThat(themes(doc))
                .extracting(Theme::text)
                .containsExactly("a new goal on climate finance", "rules for carbon markets");
    }

    @Test
    void ignoresListsWithoutAThemeCue() {
        Fixtures.Doc doc =
                Fixtures.doc("Each of them undertook to:", "- publish a safety framework;", "- define thresholds.");
        assertThat(themes(doc)).isEmpty();
    }

    @Test
    void readsProseThemesUntilTheOutcomesBegin() {
        Fixtures.Doc doc = Fixtures.doc(
                "The summit focused on transformative themes.",
                "Among these themes was a strong commitment to promoting AI accessibility, aiming to bridge the "
                        + "digital divide.",
                "Additionally, the discussions highlighted the necessity of making AI sustainable for people and "
                        + "the planet, reinforcing the idea that technology should coexist with nature.",
                "Key takeaways included the unveiling of a report.");
        assertThat(themes(doc))
                .extracting(Theme::text)
                .containsExactly(
                        "promoting AI accessibility, aiming to bridge the digital divide",
                        "making AI sustainable for people and the planet");
    }

    @Test
    void splitsAnInlineListAfterTheCueWhenNoProseFollows() {
        Fixtures.Doc doc = Fixtures.doc(
                "The summit focused on food security, climate finance and debt relief.",
                "Leaders adopted the Kigali Declaration.");
        assertThat(themes(doc))
                .extracting(Theme::text)
                .containsExactly("food security", "climate finance", "debt relief");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            - Further information: https://example.org/themes
            - See www.example.org for details.
            Leaders will meet again next year.
            """)
    void endsAMarkedListAtAnAddressOrAParagraph(String after) {
        Fixtures.Doc doc = Fixtures.doc(
                "The summit would concentrate on:",
                "- coastal resilience",
                "- fisheries data",
                "- marine plastics",
                after);
        assertThat(themes(doc))
                .extracting(Theme::text)
                .containsExactly("coastal resilience", "fisheries data", "marine plastics");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Leaders will meet again next year.
            Further information: https://example.org/themes
            """)
    void endsAnUnmarkedListAtItsFullStop(String after) {
        Fixtures.Doc doc = Fixtures.doc(
                "The summit would concentrate on:",
                "coastal resilience;",
                "fisheries data;",
                "marine plastics.",
                after);
        assertThat(themes(doc))
                .extracting(Theme::text)
                .containsExactly("coastal resilience", "fisheries data", "marine plastics");
    }

    @Test
    void endsAListOfLinesAtTheParagraphAfterIt() {
        String text = "The fund rests on three pillars:\n\n"
                + "Grants – small awards to villages.\n"
                + "Loans – cheap credit for farmers.\n"
                + "Training – courses for clerks.\n\n"
                + "The fund's office will be in Accra, with its own board.\n";
        assertThat(Structures.pipeline(text).themes())
                .extracting(Theme::text)
                .hasSize(3)
                .noneMatch(t -> t.contains("Accra"));
    }
}
