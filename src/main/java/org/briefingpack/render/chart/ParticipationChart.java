package org.briefingpack.render.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.briefingpack.model.Count;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Outcome;
import org.briefingpack.render.HumanFormat;

/** Participation: outcomes with a count of members, signatories or partners, largest first, each with its noun. */
final class ParticipationChart {

    static final String NAME = "participation";

    record Row(String name, String type, Count count) {}

    private ParticipationChart() {}

    static List<Row> rows(Facts facts) {
        List<Row> rows = new ArrayList<>();
        for (Outcome outcome : facts.outcomes()) {
            Count count = outcome.count();
            if (count != null && count.value() != null && count.value().signum() > 0) {
                rows.add(new Row(
                        FundingChart.name(outcome),
                        outcome.type() == null ? "" : outcome.type().name(),
                        count));
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.count().value()).reversed());
        return rows;
    }

    static Optional<ChartDraft> draft(Facts facts, ChartTheme theme) {
        List<Row> all = rows(facts);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = all.size() > FundingChart.MAX_BARS ? all.subList(0, FundingChart.MAX_BARS) : all;
        String event = Describe.event(facts);
        String title = "Who joined what at " + event;
        List<String> notes = new ArrayList<>();
        notes.add("Members, signatories or partners of each outcome, as the text counts them"
                + (rows.size() > 1 ? "; largest first" : ""));
        if (rows.size() < all.size()) {
            notes.add("The " + rows.size() + " largest of " + all.size() + " outcomes with a count; all are in " + NAME
                    + ".csv");
        }
        List<HorizontalBars.Bar> bars = rows.stream()
                .map(r ->
                        new HorizontalBars.Bar(r.name(), r.count().value().doubleValue(), HumanFormat.count(r.count())))
                .toList();
        HorizontalBars.Laid laid = HorizontalBars.build(
                theme,
                new HorizontalBars.Spec(
                        title, notes, Describe.source(facts), bars, AxisFormat.count(), false, theme.colour("count")));

        Csv csv = new Csv("outcome", "type", "count", "unit", "plotted");
        for (int i = 0; i < all.size(); i++) {
            Row r = all.get(i);
            csv.row(
                    r.name(),
                    r.type(),
                    r.count().value(),
                    r.count().unit(),
                    i < rows.size() ? "yes" : "no: beyond the " + rows.size() + " largest");
        }
        String alt = "Horizontal bar chart of how many joined " + Describe.plural(all.size(), "outcome", "outcomes")
                + " of " + event + (rows.size() > 1 ? ", largest first: " : ": ")
                + Describe.list(all.stream()
                        .map(r -> r.name() + ", " + HumanFormat.count(r.count()))
                        .toList()) + ".";
        return Optional.of(new ChartDraft(NAME, title, alt, laid, csv));
    }
}
