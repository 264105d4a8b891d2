package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Count;
import org.briefingpack.model.Event;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.Link;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BriefingViewFactoryTest {

    private final BriefingViewFactory factory =
            new BriefingViewFactory(PdfFixtures.settings(), Labels.load(new TemplateSource(null)));

    private BriefingView view(Facts facts) {
        return factory.build(facts, List.of(), Path.of("out/doc"), PdfFixtures.GENERATED_AT);
    }

    private static Facts facts(List<Outcome> outcomes, List<Position> positions, List<Link> links) {
        return new Facts(Facts.SCHEMA, null, null, null, outcomes, positions, null, links);
    }

    @ParameterizedTest
    @CsvSource(
            nullValues = "NULL",
            value = {
                "Paris,       FR,   'Paris, France'",
                "Dubai,       AE,   'Dubai, United Arab Emirates'",
                "NULL,        GB,   United Kingdom",
                "Vilnius,     NULL, Vilnius",
                "'Baku, Azerbaijan', AZ, 'Baku, Azerbaijan'",
                "NULL,        NULL, ''"
            })
    void place_namesTheCityAndCountryOnce(String location, String country, String expected) {
        Event event = new Event("E", null, null, location, country, null);
        assertThat(BriefingViewFactory.place(event)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "/out/doc, /out/doc/charts/funding.png, charts/funding.png",
        "/out/doc, /out/run-charts/funding.png, ../run-charts/funding.png"
    })
    void chartSource_isRelativeToTheDocumentFolder(String dir, String png, String expected) {
        assertThat(BriefingViewFactory.relativeSrc(Path.of(dir), Path.of(png))).isEqualTo(expected);
    }

    @Test
    void keyFigures_putTheLargestSumsFirstThenCountsWithTheirUnits_andStopAtSix() {
        List<Outcome> outcomes = List.of(
                outcome("Small fund", money(10_000_000, "USD"), null),
                outcome("Big fund", money(3_000_000_000L, "USD"), null),
                outcome("Euro fund", money(2_300_000_000L, "EUR"), null),
                outcome("Pledge", money(700_000_000, "USD"), null),
                outcome("Tiny fund", money(1_000_000, "GBP"), null),
                outcome("Coalition", null, new Count(BigDecimal.valueOf(118), "countries")),
                outcome("Alliance", null, new Count(BigDecimal.valueOf(22), "countries")));
        List<BriefingView.KeyFigure> figures = view(facts(outcomes, null, null)).keyFigures();
        assertThat(figures)
                .extracting(BriefingView.KeyFigure::value)
                .containsExactly("$3 billion", "€2.3 billion", "$700 million", "$10 million", "118", "22");
        assertThat(figures.get(4).unit()).isEqualTo("countries");
        assertThat(figures.get(4).label()).isEqualTo("Coalition");
    }

    @Test
    void keyFigures_useCountsTiedToNoOutcomeOnlyToFillUpToThree() {
        Facts facts = new Facts(
                Facts.SCHEMA,
                null,
                null,
                null,
                List.of(outcome("Pact for the Future", null, new Count(BigDecimal.valueOf(193), "member states"))),
                null,
                List.of(
                        Figure.count("143 countries", BigDecimal.valueOf(143), "countries"),
                        Figure.count("56 actions", BigDecimal.valueOf(56), "actions"),
                        Figure.count("5 areas", BigDecimal.valueOf(5), "areas"),
                        Figure.money("$4 trillion", new BigDecimal("4000000000000"), "USD")),
                null);
        assertThat(view(facts).keyFigures())
                .extracting(BriefingView.KeyFigure::value)
                .containsExactly("$4 trillion", "193", "143");
    }

    @Test
    void summary_saysLargestOnlyWhenAllSumsShareACurrency() {
        Facts oneCurrency =
                facts(List.of(outcome("A", money(5, "USD"), null), outcome("B", money(9, "USD"), null)), null, null);
        Facts twoCurrencies = facts(
                List.of(
                        outcome("A", money(400_000_000, "USD"), null),
                        outcome("B", money(200_000_000_000L, "EUR"), null)),
                null,
                null);
        assertThat(view(oneCurrency).cover().summary()).isEqualTo("2 outcomes recorded; the largest sum is $9 (B).");
        assertThat(view(twoCurrencies).cover().summary())
                .isEqualTo("2 outcomes recorded; sums announced include €200 billion (B).");
    }

    @Test
    void positions_areGroupedByStanceInAFixedOrderWithReasonsJoined() {
        List<Position> positions = List.of(
                new Position(new Actor("China", "CN"), Stance.SUPPORTS, null, null, null),
                new Position(
                        new Actor("United States", "US"),
                        Stance.DECLINED,
                        "AI declaration",
                        List.of("national security", "regulatory challenges"),
                        null),
                new Position(new Actor("France", "FR"), Stance.HOSTED, null, null, null),
                new Position(new Actor("United Kingdom", "GB"), Stance.DECLINED, null, null, null));
        List<BriefingView.StanceGroup> groups =
                view(facts(null, positions, null)).positionGroups();
        assertThat(groups)
                .extracting(BriefingView.StanceGroup::heading)
                .containsExactly("Declined or did not sign", "Supports", "Hosted or co-chaired");
        assertThat(groups.get(0).rows())
                .extracting(BriefingView.PositionRow::actor)
                .containsExactly("United States", "United Kingdom");
        assertThat(groups.get(0).rows().get(0).reasons()).isEqualTo("national security; regulatory challenges");
        assertThat(groups.get(0).rows().get(1).reasons()).isEqualTo(BriefingViewFactory.NONE);
        assertThat(groups.get(1).anyReasons()).isFalse();
    }

    @Test
    void links_onlyWebAddressesBecomeClickable_andHostIsDerivedWhenMissing() {
        List<Link> links = List.of(
                new Link("https://example.org/a?utm_source=x", "https://example.org/a", null, null, null, null),
                new Link("https://example.org/a", "https://example.org/a", "example.org", null, null, null),
                new Link("javascript:alert(1)", null, null, null, null, null),
                new Link(
                        "https://gov.example/report",
                        "https://gov.example/report",
                        "gov.example",
                        "The report",
                        "200",
                        null));
        List<BriefingView.LinkRow> rows = view(facts(null, null, links)).links();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0))
                .isEqualTo(new BriefingView.LinkRow(
                        "https://example.org/a", "https://example.org/a", "", "example.org", "", ""));
        assertThat(rows.get(1).href()).isEmpty();
        assertThat(rows.get(1).text()).isEqualTo("javascript:alert(1)");
        assertThat(rows.get(2))
                .isEqualTo(new BriefingView.LinkRow(
                        "https://gov.example/report",
                        "The report",
                        "https://gov.example/report",
                        "gov.example",
                        "200",
                        ""));
    }

    @Test
    void sections_listOnlyThoseWithFacts() {
        BriefingView v = view(facts(List.of(outcome("A", null, null)), null, null));
        assertThat(v.sections()).extracting(BriefingView.Section::id).containsExactly("cover", "outcomes", "sources");
        assertThat(v.outcomes().get(0).amount()).isEqualTo(BriefingViewFactory.NONE);
    }

    @Test
    void evidenceNotes_shareANumberWhenFactsShareAQuote() {
        List<Position> positions = List.of(
                new Position(
                        new Actor("United States", "US"),
                        Stance.DECLINED,
                        null,
                        null,
                        Evidence.of("the U.S. and U.K. chose not to sign")),
                new Position(
                        new Actor("United Kingdom", "GB"),
                        Stance.DECLINED,
                        null,
                        null,
                        Evidence.of("the U.S.  and U.K. chose not to sign ")));
        BriefingView v = view(facts(null, positions, null));
        assertThat(v.notes()).hasSize(1);
        assertThat(v.notes().get(0).supports()).contains("United States", "United Kingdom");
        assertThat(v.positionGroups().get(0).rows())
                .allSatisfy(row -> assertThat(row.notes()).containsExactly(1));
    }

    private static Outcome outcome(String name, Money amount, Count count) {
        return new Outcome(OutcomeType.FUNDING, name, null, amount, count, null, null);
    }

    private static Money money(long value, String currency) {
        return new Money(BigDecimal.valueOf(value), currency, null);
    }
}
