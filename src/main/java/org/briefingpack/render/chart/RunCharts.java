package org.briefingpack.render.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefingpack.model.Count;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.HumanFormat;

/**
 * Charts across a run's summits in date order (earliest on top): the funding each announced, and how many
 * signed its broadest agreement. Each is drawn only where two or more summits have such data.
 */
final class RunCharts {

    static final String FUNDING = "funding-by-summit";
    static final String SIGNATORIES = "signatories-by-summit";
    static final int MIN_SUMMITS = 2;
    /**
     * Bars drawn at most. A run over a whole archive has thousands of summits: one bar each made images
     * 1600 x 84,000 pixels (half a gigabyte of pixels, unreadable anyway). The latest ones are drawn; the CSV
     * beside the chart, and the workbook, keep every summit.
     */
    static final int MAX_BARS = 40;

    /**
     * One summit, as small as the charts and CSVs need it (no facts are kept, so a run of any size fits): its
     * document id, event and source file, when it started, the bar name, its funding total and its signatories.
     */
    record Summit(
            String id,
            String event,
            String source,
            LocalDate start,
            String name,
            BigDecimal funding,
            int amounts,
            int unconverted,
            BigDecimal signatories,
            String signatoryUnit,
            String signatoryBasis) {}

    /** Date order; undated summits last, by document id, so the order never depends on input order. */
    static final Comparator<Summit> DATE_ORDER = Comparator.comparing(
                    Summit::start, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Summit::id);

    private RunCharts() {}

    static Summit summit(Facts facts, FxRates fx) {
        LocalDate start = facts.event() == null ? null : facts.event().firstKnownDay();
        String event = Describe.event(facts);
        String name = event + (start == null ? "" : "\n" + HumanFormat.date(start));
        BigDecimal total = BigDecimal.ZERO;
        int amounts = 0;
        int unconverted = 0;
        for (FundingChart.Row row : FundingChart.rows(facts, fx)) {
            if (row.converted() == null) {
                unconverted++;
            } else {
                total = total.add(row.converted());
                amounts++;
            }
        }
        Outcome broadest = facts.outcomes().stream()
                .filter(o -> o.type() == OutcomeType.AGREEMENT
                        && o.count() != null
                        && o.count().value() != null
                        && o.count().value().signum() > 0)
                .max(Comparator.comparing(o -> o.count().value()))
                .orElse(null);
        BigDecimal signatories = null;
        String unit = null;
        String basis = null;
        if (broadest != null) {
            signatories = broadest.count().value();
            unit = broadest.count().unit();
            basis = "count stated for " + FundingChart.name(broadest);
        } else {
            long named = facts.positions().stream()
                    .filter(p -> p.stance() == Stance.SIGNED && p.actor() != null)
                    .map(RunCharts::actorKey)
                    .distinct()
                    .count();
            if (named > 0) {
                signatories = BigDecimal.valueOf(named);
                unit = "named signatories";
                basis = "parties the text names as signing";
            }
        }
        String id = facts.document() == null ? "" : facts.document().id();
        return new Summit(
                id,
                event,
                Describe.source(facts),
                start,
                name,
                amounts == 0 ? null : total,
                amounts,
                unconverted,
                signatories,
                unit,
                basis);
    }

    private static String actorKey(Position p) {
        return p.actor().code() != null
                ? p.actor().code()
                : String.valueOf(p.actor().name()).toLowerCase(Locale.ROOT);
    }

    static Optional<ChartDraft> funding(List<Summit> all, FxRates fx, ChartTheme theme) {
        List<Summit> summits = all.stream()
                .filter(s -> s.funding() != null && s.funding().signum() > 0)
                .toList();
        if (summits.size() < MIN_SUMMITS) {
            return Optional.empty();
        }
        String title = "Funding announced at each summit";
        boolean log =
                FundingChart.needsLog(summits.stream().map(Summit::funding).toList());
        List<String> notes = new ArrayList<>();
        notes.add("Sum of each summit's announced amounts in " + fx.base() + ", " + Describe.rates(fx)
                + "; in date order, earliest on top");
        if (log) {
            notes.add(FundingChart.logNote(summits.stream().map(Summit::funding).toList()));
        }
        if (summits.stream().anyMatch(s -> s.unconverted() > 0)) {
            notes.add("Amounts in currencies without a configured rate are left out (see the CSV)");
        }
        List<Summit> shown = latest(summits, notes);
        List<HorizontalBars.Bar> bars = shown.stream()
                .map(s -> new HorizontalBars.Bar(
                        s.name(),
                        s.funding().doubleValue(),
                        Describe.approxShort(s.funding(), fx.base()) + "  ("
                                + Describe.plural(s.amounts(), "amount", "amounts") + ")"))
                .toList();
        HorizontalBars.Laid laid = HorizontalBars.build(
                theme,
                new HorizontalBars.Spec(
                        title, notes, sources(shown), bars, AxisFormat.money(fx.base()), log, theme.colour("runBar")));
        String base = fx.base().toLowerCase(Locale.ROOT);
        Csv csv = new Csv(
                "document", "event", "start_date", base + "_total", "amounts", "amounts_without_rate", "rate_date");
        summits.forEach(
                s -> csv.row(s.id(), s.event(), s.start(), s.funding(), s.amounts(), s.unconverted(), fx.rateDate()));
        String alt = "Horizontal bar chart of the funding announced at " + shownOf(shown, summits)
                + " summits in date order, in " + fx.base() + ", " + Describe.rates(fx)
                + (log ? ", on a logarithmic scale" : "") + ": "
                + Describe.list(shown.stream()
                        .map(s -> s.name().replace("\n", ", ") + ", " + Describe.approx(s.funding(), fx.base())
                                + " across " + Describe.plural(s.amounts(), "amount", "amounts"))
                        .toList())
                + ".";
        return Optional.of(new ChartDraft(FUNDING, title, alt, laid, csv));
    }

    static Optional<ChartDraft> signatories(List<Summit> all, ChartTheme theme) {
        List<Summit> summits = all.stream().filter(s -> s.signatories() != null).toList();
        if (summits.size() < MIN_SUMMITS) {
            return Optional.empty();
        }
        String title = "Signatories at each summit";
        List<String> notes = new ArrayList<>(List.of("Signatories of each summit's most widely joined agreement (or "
                + "the parties named as signing where no count is given); earliest on top"));
        List<Summit> shown = latest(summits, notes);
        List<HorizontalBars.Bar> bars = shown.stream()
                .map(s -> new HorizontalBars.Bar(
                        s.name(),
                        s.signatories().doubleValue(),
                        HumanFormat.count(new Count(s.signatories(), s.signatoryUnit()))))
                .toList();
        HorizontalBars.Laid laid = HorizontalBars.build(
                theme,
                new HorizontalBars.Spec(
                        title, notes, sources(shown), bars, AxisFormat.count(), false, theme.colour("count")));
        Csv csv = new Csv("document", "event", "start_date", "signatories", "unit", "basis");
        summits.forEach(
                s -> csv.row(s.id(), s.event(), s.start(), s.signatories(), s.signatoryUnit(), s.signatoryBasis()));
        String alt = "Horizontal bar chart of signatories at " + shownOf(shown, summits) + " summits in date order: "
                + Describe.list(shown.stream()
                        .map(s -> s.name().replace("\n", ", ") + ", " + HumanFormat.integerOrDecimal(s.signatories())
                                + " " + s.signatoryUnit())
                        .toList())
                + ".";
        return Optional.of(new ChartDraft(SIGNATORIES, title, alt, laid, csv));
    }

    /** The latest {@link #MAX_BARS} summits (date order is kept), with a note when some are left out. */
    static List<Summit> latest(List<Summit> summits, List<String> notes) {
        if (summits.size() <= MAX_BARS) {
            return summits;
        }
        notes.add("The " + MAX_BARS + " latest of " + summits.size()
                + " summits; the CSV and the workbook list them all");
        return summits.subList(summits.size() - MAX_BARS, summits.size());
    }

    private static String shownOf(List<Summit> shown, List<Summit> all) {
        return shown.size() == all.size()
                ? String.valueOf(all.size())
                : "the " + shown.size() + " latest of " + all.size();
    }

    private static String sources(List<Summit> summits) {
        List<String> files =
                summits.stream().map(Summit::source).filter(f -> f != null).toList();
        return String.join(", ", files);
    }
}
