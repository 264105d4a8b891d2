package org.briefingpack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.junit.jupiter.api.Test;

class FactsLimitsTest {

    private static final DocumentInfo DOCUMENT = new DocumentInfo("d", "d.txt", "0".repeat(64), 10);

    @Test
    void window_whenTheQuoteIsLong_keepsAVerbatimWindowAroundTheFact() {
        String before = "delegates spoke at length about the weather ".repeat(200);
        String after = " while others went home early to rest ".repeat(200);
        String quote = before + "the Ocean Fund pledged $5 million to coral reefs" + after;

        String window = FactsLimits.window(quote, "$5 million", FactsLimits.MAX_QUOTE_CHARS, false);

        assertThat(window).contains("the Ocean Fund pledged $5 million to coral reefs");
        assertThat(window.length()).isLessThanOrEqualTo(FactsLimits.MAX_QUOTE_CHARS);
        assertThat(quote).as("verbatim, no marks added").contains(window);
        assertThat(window).doesNotStartWith(" ").doesNotEndWith(" ");
    }

    @Test
    void window_whenMarked_showsWhereTheTextWasCut() {
        String quote = "delegates spoke at length ".repeat(100) + "the Ocean Fund pledged $5 million"
                + " and left".repeat(100);

        String window = FactsLimits.window(quote, "$5 million", 200, true);

        assertThat(window).startsWith("… ").endsWith(" …").contains("$5 million");
        assertThat(quote).contains(window.substring(2, window.length() - 2));
    }

    @Test
    void window_whenTheAnchorIsAtTheStart_cutsOnlyTheEnd() {
        String quote = "France pledged $5 million. " + "and more words ".repeat(100);
        String window = FactsLimits.window(quote, "France", 100, true);
        assertThat(window).startsWith("France pledged $5 million.").endsWith(" …");
        assertThat(window.length()).isLessThanOrEqualTo(104);
    }

    @Test
    void cap_whenFactsAreWithinTheLimits_leavesThemAsTheyAre() {
        Facts facts = facts(2, "France pledged $5 million.");
        FactsLimits.Capped capped = FactsLimits.cap(facts);
        assertThat(capped.facts()).isEqualTo(facts);
        assertThat(capped.warnings()).isEmpty();
    }

    @Test
    void cap_whenADocumentStatesThousandsOfFiguresAndLongQuotes_keepsTheFirstAndSaysSo() {
        String longSentence = "and the fund pledged $5 million to reefs ".repeat(1_000);
        Facts facts = facts(5_000, longSentence);

        FactsLimits.Capped capped = FactsLimits.cap(facts);

        assertThat(capped.facts().figures()).hasSize(FactsLimits.MAX_FIGURES);
        assertThat(capped.facts().figures().get(0)).isEqualTo(facts.figures().get(0));
        assertThat(capped.facts().outcomes()).hasSize(FactsLimits.MAX_FACTS);
        assertThat(capped.warnings())
                .containsExactly(
                        "5000 outcomes found; the first " + FactsLimits.MAX_FACTS
                                + " are kept (a write-up states far fewer: the rest are left out of the pack)",
                        "5000 figures found; the first " + FactsLimits.MAX_FIGURES
                                + " are kept (a write-up states far fewer: the rest are left out of the pack)");
        Outcome first = capped.facts().outcomes().get(0);
        assertThat(first.name().length()).isLessThanOrEqualTo(FactsLimits.MAX_TEXT_CHARS + 2);
        assertThat(first.evidence()).singleElement().satisfies(e -> {
            assertThat(e.quote().length()).isLessThanOrEqualTo(FactsLimits.MAX_QUOTE_CHARS);
            assertThat(e.quote()).contains("$5 million").doesNotContain("…");
            assertThat(longSentence)
                    .as("the quote stands verbatim in the document")
                    .contains(e.quote());
        });
    }

    private static Facts facts(int n, String sentence) {
        Outcome outcome = new Outcome(
                OutcomeType.FUNDING,
                sentence,
                List.of(),
                new Money(BigDecimal.valueOf(5_000_000), "USD", "$5 million"),
                null,
                null,
                Evidence.of(sentence));
        Figure figure = Figure.money("$5 million", BigDecimal.valueOf(5_000_000), "USD");
        return new Facts(
                Facts.SCHEMA,
                DOCUMENT,
                null,
                List.of(),
                Collections.nCopies(n, outcome),
                List.of(),
                Collections.nCopies(n, figure),
                List.of());
    }
}
