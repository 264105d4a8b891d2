package org.briefingpack.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.HumanFormat;

/**
 * Funding: every outcome with an amount, as bars in the base currency (largest on top), each labelled with
 * the amount as announced. Amounts more than two orders of magnitude apart go on a log axis, and the chart
 * says so. Amounts in a currency the rate table lacks are listed under the title, not plotted.
 */
final class FundingChart {

    static final String NAME = "funding";
    /** Beyond this ratio between the largest and smallest bar a linear axis hides the small ones. */
    static final double LOG_RATIO = 100;
    /** More bars than this stop being readable at 2x; the smaller ones are left to the CSV. */
    static final int MAX_BARS = 25;

    /** One outcome's amount: as announced, and in the base currency where the table has a rate. */
    record Row(String name, String type, Money amount, BigDecimal converted, BigDecimal rate) {}

    private FundingChart() {}

    static List<Row> rows(Facts facts, FxRates fx) {
        List<Row> rows = new ArrayList<>();
        for (Outcome outcome : facts.outcomes()) {
            Money amount = outcome.amount();
            if (amount == null || amount.value() == null || amount.value().signum() <= 0 || amount.currency() == null) {
                continue;
            }
            String currency = amount.currency().strip().toUpperCase(Locale.ROOT);
            Money normalised = new Money(amount.value(), currency, amount.text());
            rows.add(new Row(
                    name(outcome),
                    outcome.type() == null ? "" : outcome.type().name(),
                    normalised,
                    fx.toBase(normalised).orElse(null),
                    fx.rate(currency).orElse(null)));
        }
        return rows;
    }

    static String name(Outcome outcome) {
        if (outcome.name() != null && !outcome.name().isBlank()) {
            return outcome.name().strip();
        }
        String type = outcome.type() == null ? "outcome" : outcome.type().name().toLowerCase(Locale.ROOT);
        return "Unnamed " + type;
    }

    static Optional<ChartDraft> draft(Facts facts, FxRates fx, ChartTheme theme) {
        List<Row> all = rows(facts, fx);
        List<Row> plotted =
                new ArrayList<>(all.stream().filter(r -> r.converted() != null).toList());
        if (plotted.isEmpty()) {
            return Optional.empty();
        }
        plotted.sort(Comparator.comparing(Row::converted).reversed()); // stable: ties keep document order
        List<Row> unplotted = all.stream().filter(r -> r.converted() == null).toList();
        List<Row> beyond =
                plotted.size() > MAX_BARS ? List.copyOf(plotted.subList(MAX_BARS, plotted.size())) : List.of();
        plotted = plotted.subList(0, plotted.size() - beyond.size());

        boolean converted =
                plotted.stream().anyMatch(r -> !r.amount().currency().equalsIgnoreCase(fx.base()));
        boolean log = needsLog(plotted.stream().map(Row::converted).toList());
        String event = Describe.event(facts);
        String title = "Funding announced at " + event;
        List<String> notes = new ArrayList<>();
        notes.add(valueNote(fx, converted, plotted.size()));
        if (log) {
            notes.add(logNote(plotted.stream().map(Row::converted).toList()));
        }
        if (!beyond.isEmpty()) {
            notes.add("The " + MAX_BARS + " largest of " + (plotted.size() + beyond.size()) + " amounts; all are in "
                    + NAME + ".csv");
        }
        if (!unplotted.isEmpty()) {
            notes.add(unplottedNote(unplotted));
        }

        List<HorizontalBars.Bar> bars = plotted.stream()
                .map(r -> new HorizontalBars.Bar(r.name(), r.converted().doubleValue(), label(r, fx)))
                .toList();
        HorizontalBars.Laid laid = HorizontalBars.build(
                theme,
                new HorizontalBars.Spec(
                        title,
                        notes,
                        Describe.source(facts),
                        bars,
                        AxisFormat.money(fx.base()),
                        log,
                        theme.colour("bar")));

        String base = fx.base().toLowerCase(Locale.ROOT);
        Csv csv = new Csv(
                "outcome",
                "type",
                "amount",
                "currency",
                "amount_text",
                base + "_value",
                base + "_per_unit",
                "rate_date",
                "plotted");
        for (Row r : plotted) {
            csv.row(
                    r.name(),
                    r.type(),
                    r.amount().value(),
                    r.amount().currency(),
                    HumanFormat.money(r.amount()),
                    r.converted(),
                    r.rate() == null ? null : r.rate().stripTrailingZeros(),
                    fx.rateDate(),
                    "yes");
        }
        for (Row r : beyond) {
            csv.row(
                    r.name(),
                    r.type(),
                    r.amount().value(),
                    r.amount().currency(),
                    HumanFormat.money(r.amount()),
                    r.converted(),
                    r.rate() == null ? null : r.rate().stripTrailingZeros(),
                    fx.rateDate(),
                    "no: beyond the " + MAX_BARS + " largest");
        }
        for (Row r : unplotted) {
            csv.row(
                    r.name(),
                    r.type(),
                    r.amount().value(),
                    r.amount().currency(),
                    HumanFormat.money(r.amount()),
                    null,
                    null,
                    fx.rateDate(),
                    "no: no rate for " + r.amount().currency());
        }
        return Optional.of(new ChartDraft(
                NAME, title, altText(event, concat(plotted, beyond), unplotted, fx, converted, log), laid, csv));
    }

    /** "Amounts in USD, converted at rates of 30 June 2025 · largest first". */
    static String valueNote(FxRates fx, boolean converted, int bars) {
        String note = "Amounts in " + fx.base() + (converted ? ", " + Describe.rates(fx) : "");
        return bars > 1 ? note + "; largest first" : note;
    }

    private static List<Row> concat(List<Row> a, List<Row> b) {
        List<Row> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Names a few amounts left out for want of a rate; beyond three, counts them by currency. */
    static String unplottedNote(List<Row> unplotted) {
        if (unplotted.size() <= 3) {
            return "Not shown, no exchange rate configured: "
                    + String.join(
                            ", ",
                            unplotted.stream()
                                    .map(r -> r.name() + " " + HumanFormat.money(r.amount()))
                                    .toList());
        }
        List<String> currencies = unplotted.stream()
                .map(r -> r.amount().currency())
                .distinct()
                .sorted()
                .toList();
        return "Not shown, no exchange rate configured: " + unplotted.size() + " amounts in "
                + Describe.list(currencies, ", ") + " (listed in " + NAME + ".csv)";
    }

    /** "Logarithmic scale: each gridline is ten times the one before …" (a hundred times over very wide spans). */
    static String logNote(List<BigDecimal> values) {
        double min = values.stream().mapToDouble(BigDecimal::doubleValue).min().orElse(1);
        double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
        int decades = HorizontalBars.decadesPerGridline(min, max);
        String times = switch (decades) {
            case 1 -> "ten";
            case 2 -> "a hundred";
            case 3 -> "a thousand";
            default -> "10^" + decades;
        };
        return "Logarithmic scale: each gridline is " + times
                + " times the one before, so small and large amounts both show";
    }

    static boolean needsLog(List<BigDecimal> values) {
        double max = values.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        double min = values.stream()
                .mapToDouble(BigDecimal::doubleValue)
                .filter(v -> v > 0)
                .min()
                .orElse(0);
        return min > 0 && max / min > LOG_RATIO;
    }

    /** "€200 billion (≈ $234.4B)": the announced amount first, the converted one only where it differs. */
    static String label(Row r, FxRates fx) {
        String original = HumanFormat.money(r.amount());
        if (r.amount().currency().equalsIgnoreCase(fx.base())) {
            return original;
        }
        return original + "  (≈ " + Describe.approxShort(r.converted(), fx.base()) + ")";
    }

    private static String altText(
            String event, List<Row> plotted, List<Row> unplotted, FxRates fx, boolean converted, boolean log) {
        StringBuilder alt = new StringBuilder("Horizontal bar chart of ")
                .append(Describe.plural(plotted.size(), "funding amount", "funding amounts"))
                .append(" announced at ")
                .append(event)
                .append(plotted.size() > 1 ? ", largest first," : ",")
                .append(" in ")
                .append(fx.base());
        if (converted) {
            alt.append(", ").append(Describe.rates(fx));
        }
        if (log) {
            alt.append(", on a logarithmic scale");
        }
        alt.append(": ");
        alt.append(Describe.list(plotted.stream()
                .map(r -> r.name() + " " + HumanFormat.money(r.amount())
                        + (r.amount().currency().equalsIgnoreCase(fx.base())
                                ? ""
                                : " (about " + Describe.approx(r.converted(), fx.base()) + ")"))
                .toList()));
        alt.append('.');
        if (!unplotted.isEmpty()) {
            alt.append(" Not shown for want of an exchange rate: ")
                    .append(Describe.list(unplotted.stream()
                            .map(r -> r.name() + " " + HumanFormat.money(r.amount()))
                            .toList()))
                    .append('.');
        }
        return alt.toString();
    }
}
