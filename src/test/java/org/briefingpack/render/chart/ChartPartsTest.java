package org.briefingpack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.render.FxRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChartPartsTest {

    @ParameterizedTest
    @CsvSource({
        "USD, 1000000000, $1B",
        "USD, 250000000, $250M",
        "USD, 2999999999.9999995, $3B",
        "EUR, 200000000000, €200B",
        "USD, 0, $0",
        "CHF, 3000000, CHF 3M"
    })
    void moneyAxis_labelsTicksWithScaleWords(String currency, double value, String expected) {
        assertThat(AxisFormat.money(currency).format(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"1200, '1,200'", "25, 25", "1000000, '1,000,000'"})
    void countAxis_usesThousandsSeparators(double value, String expected) {
        assertThat(AxisFormat.count().format(value)).isEqualTo(expected);
    }

    @Test
    void funding_leavesOutAmountsWithoutARateAndSaysSoInCsvAndAltText() {
        FxRates fx = new FxRates("USD", LocalDate.of(2025, 6, 30), Map.of("EUR", new BigDecimal("1.1")));
        Facts facts = ChartRendererTest.withOutcomes(
                ChartRendererTest.fixture("paris-ai-summit-2025"),
                List.of(
                        outcome("Fund A", "5000000", "EUR"),
                        outcome("Fund B", "3000000", "CHF"),
                        outcome("Fund C", "2000000", "USD")));

        ChartDraft draft = FundingChart.draft(facts, fx, ChartTheme.shipped()).orElseThrow();

        assertThat(draft.csv().toString())
                .contains(
                        "Fund A,FUNDING,5000000,EUR,€5 million,5500000,1.1,2025-06-30,yes",
                        "Fund C,FUNDING,2000000,USD,$2 million,2000000,1,2025-06-30,yes",
                        "Fund B,FUNDING,3000000,CHF,CHF 3 million,,,2025-06-30,no: no rate for CHF");
        assertThat(draft.altText())
                .contains("Not shown for want of an exchange rate: Fund B CHF 3 million")
                .doesNotContain("logarithmic");
    }

    @Test
    void funding_inOnlyUnconvertibleCurrencies_drawsNoChart() {
        FxRates fx = new FxRates("USD", LocalDate.of(2025, 6, 30), Map.of());
        Facts facts = ChartRendererTest.withOutcomes(
                ChartRendererTest.fixture("paris-ai-summit-2025"), List.of(outcome("Fund B", "3000000", "CHF")));

        assertThat(FundingChart.draft(facts, fx, ChartTheme.shipped())).isEmpty();
    }

    @Test
    void positions_mergeOnePartyUnderTwoNamesByCode() {
        Facts cop28 = ChartRendererTest.fixture("cop28-dubai-2023");

        List<PositionsChart.Party> parties = PositionsChart.parties(cop28);

        assertThat(parties).extracting(PositionsChart.Party::name).doesNotHaveDuplicates();
        PositionsChart.Party us =
                parties.stream().filter(p -> "US".equals(p.code())).findFirst().orElseThrow();
        assertThat(us.positions()).hasSize(2 + 1);
    }

    @Test
    void wrap_keepsToWidthAndLineCountAndMarksWhatItCut() {
        Font font = ChartTheme.shipped().font(false, 12.5f, "x");
        String longName = "Declaration on sustainable agriculture, resilient food systems and climate action for all";

        List<String> lines = TextFit.wrap(longName, font, 150, 2);

        assertThat(lines).hasSize(2);
        assertThat(lines).allSatisfy(l -> assertThat(TextFit.width(l, font)).isLessThanOrEqualTo(150));
        assertThat(lines.get(1)).endsWith("…");
        assertThat(TextFit.wrap("Short", font, 150, 2)).containsExactly("Short");
        assertThat(TextFit.wrap("Paris AI Summit\n10 February 2025", font, 300, 3))
                .containsExactly("Paris AI Summit", "10 February 2025");
    }

    @ParameterizedTest
    @CsvSource({
        "Paris AI Summit, Liberation Sans",
        "Συνάντηση κορυφής, Liberation Sans",
        "قمة المناخ, DejaVu Sans",
        "ALTÉRRA €200 billion, Liberation Sans"
    })
    void font_fallsBackToDejaVuOnlyForScriptsLiberationLacks(String text, String family) {
        Font font = ChartTheme.shipped().font(false, 12f, text);

        assertThat(font.getFamily(Locale.ROOT)).isEqualTo(family);
        assertThat(font.canDisplayUpTo(text)).isEqualTo(-1);
    }

    @Test
    void csv_quotesWhereNeededAndDefusesFormulas() {
        Csv csv = new Csv("a", "b", "c").row("Fund, \"the\" one", "=HYPERLINK(\"x\")", new BigDecimal("-4E+2"));

        assertThat(csv.toString()).isEqualTo("a,b,c\r\n\"Fund, \"\"the\"\" one\",\"'=HYPERLINK(\"\"x\"\")\",-400\r\n");
    }

    private static Outcome outcome(String name, String value, String currency) {
        return new Outcome(
                OutcomeType.FUNDING,
                name,
                List.of(),
                new Money(new BigDecimal(value), currency, null),
                null,
                null,
                List.of());
    }
}
