package org.briefingpack.corroborate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Conflict;
import org.briefingpack.model.Corroboration;
import org.briefingpack.model.Count;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Event;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.Link;
import org.briefingpack.model.LinkRead;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.PageFacts;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Matching a document's facts with a page's, on made-up facts (no reading, no network). */
class CorroboratorTest {

    private static final String PAGE = "https://example.org/page";
    private static final Event HARBOUR = new Event(
            "Harbour Climate Summit",
            LocalDate.of(2025, 3, 4),
            LocalDate.of(2025, 3, 5),
            "Valletta",
            "MT",
            Evidence.of("The Harbour Climate Summit met in Valletta on 4-5 March 2025."));

    private final Corroborator corroborator = new Corroborator(new RuleBasedSentenceSplitter());

    @Test
    void position_whenThePageGivesTheOppositeStance_thenConflictWithThePageStance() {
        Position declined = new Position(
                new Actor("Norway", "NO"),
                Stance.DECLINED,
                "the harbour pledge",
                List.of(),
                Evidence.of("Norway did not sign."));
        Position signed = new Position(
                new Actor("Norway", "NO"), Stance.SIGNED, null, List.of(), Evidence.of("Norway signed the pledge."));

        Facts result = apply(document(List.of(), List.of(declined)), page(HARBOUR, List.of(), List.of(signed)));

        assertThat(result.positions().get(0).conflicts())
                .containsExactly(new Conflict(PAGE, "stance", "SIGNED", "Norway signed the pledge."));
        assertThat(result.positions().get(0).corroboration()).isEmpty();
    }

    @Test
    void position_whenThePageGivesAnotherStanceThatIsNoOpposite_thenNeitherAgreesNorConflicts() {
        Position declined = new Position(
                new Actor("Norway", "NO"), Stance.DECLINED, null, List.of(), Evidence.of("Norway did not sign."));
        Position hosted = new Position(
                new Actor("Norway", "NO"), Stance.HOSTED, null, List.of(), Evidence.of("Norway co-chaired the talks."));

        Facts result = apply(document(List.of(), List.of(declined)), page(HARBOUR, List.of(), List.of(hosted)));

        assertThat(result.positions().get(0)).isEqualTo(declined);
    }

    @Test
    void outcome_whenTheSameNameStatesAnotherCount_thenConflictOnCount() {
        Outcome mine = outcome("Blue Ports Coalition", null, 40);
        Outcome theirs = outcome("the Blue Ports Coalition", null, 44);

        Facts result = apply(document(List.of(mine), List.of()), page(HARBOUR, List.of(theirs), List.of()));

        assertThat(result.outcomes().get(0).conflicts())
                .extracting(Conflict::field, Conflict::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("count", "44 ports"));
    }

    @Test
    void outcome_whenOnlyTheAmountIsTheSame_thenCorroboratedByThatAmount() {
        Outcome mine = outcome("Harbour Resilience Fund", new BigDecimal("25000000"), null);
        Outcome theirs = outcome("a fund for sea walls", new BigDecimal("25000000"), null);

        Facts result = apply(document(List.of(mine), List.of()), page(HARBOUR, List.of(theirs), List.of()));

        assertThat(result.outcomes().get(0).corroboration())
                .containsExactly(new Corroboration(PAGE, "a fund for sea walls was announced."));
    }

    @Test
    void page_aboutAnotherEvent_isMarkedOffTopicAndMatchesNothing() {
        Event other = new Event(
                "Alpine Water Forum",
                LocalDate.of(2024, 9, 1),
                null,
                "Geneva",
                "CH",
                Evidence.of("The Alpine Water Forum met in Geneva."));
        Outcome mine = outcome("Harbour Resilience Fund", new BigDecimal("25000000"), null);
        Outcome theirs = outcome("Harbour Resilience Fund", new BigDecimal("25000000"), null);

        Facts result = apply(document(List.of(mine), List.of()), page(other, List.of(theirs), List.of()));

        assertThat(result.outcomes().get(0).corroboration()).isEmpty();
        LinkRead read = result.links().get(0).read();
        assertThat(read.offTopic()).isTrue();
        assertThat(read.reason()).isEqualTo("about another event: Alpine Water Forum, 2024-09-01, Geneva");
    }

    @Test
    void page_aboutAnotherEditionOfTheSameSummit_isMarkedOffTopic() {
        Event lastYear = new Event(
                "Harbour Climate Summit",
                LocalDate.of(2024, 3, 6),
                LocalDate.of(2024, 3, 7),
                "Valletta",
                "MT",
                Evidence.of("The Harbour Climate Summit met in Valletta on 6-7 March 2024."));
        Outcome mine = outcome("Harbour Resilience Fund", new BigDecimal("25000000"), null);
        Outcome theirs = outcome("Harbour Resilience Fund", new BigDecimal("10000000"), null);

        Facts result = apply(document(List.of(mine), List.of()), page(lastYear, List.of(theirs), List.of()));

        assertThat(result.outcomes().get(0).conflicts()).isEmpty();
        assertThat(result.links().get(0).read().offTopic()).isTrue();
        assertThat(result.links().get(0).read().reason()).startsWith("about another edition: Harbour Climate Summit");
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "Current AI Initiative, the Current AI, true",
        "Paris AI Summit, Seoul AI Summit, false",
        "Environmental Sustainability Coalition, Coalition for Sustainable AI, false",
        "International AI Safety Report, AI Safety Report, true",
        "AI declaration, AI Action declaration, false",
        "Paris Declaration, Paris Declaration, true"
    })
    void names_matchOnTheWordsThatTellThemApart(String a, String b, boolean same) {
        assertThat(Names.same(a, b)).isEqualTo(same);
    }

    private Facts apply(Facts document, PageFacts page) {
        Link link = new Link(PAGE, PAGE, "example.org", "A page", "ok", Instant.EPOCH)
                .withRead(new LinkRead(Instant.EPOCH, "ok", "text/html", "A page", 100, "00", null, null, page));
        return corroborator.apply(document.withLinks(List.of(link)), Map.of());
    }

    private static Facts document(List<Outcome> outcomes, List<Position> positions) {
        return new Facts(
                Facts.SCHEMA,
                new DocumentInfo("harbour", "harbour.txt", "00", 100),
                HARBOUR,
                List.of(),
                outcomes,
                positions,
                List.of(Figure.date("4-5 March 2025", HARBOUR.startDate(), HARBOUR.endDate())),
                List.of());
    }

    private static PageFacts page(Event event, List<Outcome> outcomes, List<Position> positions) {
        return new PageFacts(event, List.of(), outcomes, positions, List.of());
    }

    private static Outcome outcome(String name, BigDecimal amount, Integer count) {
        return new Outcome(
                OutcomeType.FUNDING,
                name,
                List.of(),
                amount == null ? null : new Money(amount, "EUR", "€" + amount),
                count == null ? null : new Count(BigDecimal.valueOf(count), "ports"),
                null,
                Evidence.of(name + " was announced."));
    }
}
