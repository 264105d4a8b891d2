package org.briefingpack.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefingpack.model.Conflict;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Link;
import org.briefingpack.model.LinkRead;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Position;
import org.briefingpack.render.HumanFormat;
import org.briefingpack.render.ResourceOutcomes;

/**
 * What the resource pages add to a briefing, from {@code corroboration}, {@code conflicts} and
 * {@code links[].read}: the "2 sources" mark, the disagreements, the pages' own outcomes the document lacks,
 * and what each page contributed. Stateless.
 */
final class ResourceFindings {

    private final Labels labels;

    ResourceFindings(Labels labels) {
        this.labels = labels;
    }

    /** Each conflict once: outcomes first, then positions, then dates; a money figure repeats its outcome's. */
    List<BriefingView.Disagreement> disagreements(Facts facts) {
        String file = facts.document() == null
                ? ""
                : BriefingViewFactory.text(facts.document().file());
        Map<String, BriefingView.Disagreement> rows = new LinkedHashMap<>();
        for (Outcome outcome : facts.outcomes()) {
            for (Conflict conflict : outcome.conflicts()) {
                String ours = conflict.field().equals("count")
                        ? HumanFormat.count(outcome.count())
                        : HumanFormat.money(outcome.amount());
                String name = outcome.name() == null ? labels.get("section.outcomes") : outcome.name();
                add(rows, name + ": " + conflict.field(), ours, outcome.evidence(), file, conflict);
            }
        }
        for (Position position : facts.positions()) {
            for (Conflict conflict : position.conflicts()) {
                String actor = position.actor() == null || position.actor().name() == null
                        ? position.actor() != null && position.actor().code() != null
                                ? position.actor().code()
                                : "?"
                        : position.actor().name();
                add(
                        rows,
                        actor + ": " + conflict.field(),
                        labels.get("stance." + position.stance().name()),
                        position.evidence(),
                        file,
                        new Conflict(
                                conflict.url(), conflict.field(), stanceLabel(conflict.value()), conflict.quote()));
            }
        }
        Set<String> shownValues = new LinkedHashSet<>();
        rows.values().forEach(r -> shownValues.add(r.theirSource() + "\n" + r.theirs()));
        for (Figure figure : facts.figures()) {
            for (Conflict conflict : figure.conflicts()) {
                if (figure.kind() == FigureKind.MONEY
                        && shownValues.contains(conflict.url() + "\n" + conflict.value())) {
                    continue;
                }
                String what = figure.kind() == FigureKind.DATE ? "Dates of the event" : figure.text();
                add(rows, what + ": " + conflict.field(), figure.text(), List.of(), file, conflict);
            }
        }
        return List.copyOf(rows.values());
    }

    private static void add(
            Map<String, BriefingView.Disagreement> rows,
            String fact,
            String ours,
            List<Evidence> evidence,
            String file,
            Conflict conflict) {
        String quote = evidence.isEmpty() ? "" : evidence.get(0).quote();
        rows.putIfAbsent(
                fact + "\n" + conflict.url(),
                new BriefingView.Disagreement(
                        fact, ours, quote, file, conflict.value(), conflict.quote(), conflict.url()));
    }

    private String stanceLabel(String stance) {
        try {
            return labels.get("stance." + stance.toUpperCase(Locale.ROOT));
        } catch (IllegalStateException unknown) {
            return stance;
        }
    }

    /** The outcomes on-topic pages state that the document lacks ({@link ResourceOutcomes}). */
    List<BriefingView.FurtherOutcome> further(Facts facts) {
        List<BriefingView.FurtherOutcome> rows = new ArrayList<>();
        for (ResourceOutcomes.PageOutcome found : ResourceOutcomes.further(facts)) {
            Outcome outcome = found.outcome();
            OutcomeType type = outcome.type() == null ? OutcomeType.OTHER : outcome.type();
            List<String> detail = new ArrayList<>();
            if (outcome.amount() != null) {
                detail.add(HumanFormat.money(outcome.amount()));
            }
            if (outcome.count() != null) {
                detail.add(HumanFormat.count(outcome.count()));
            }
            rows.add(new BriefingView.FurtherOutcome(
                    labels.get("outcome." + type.name()),
                    outcome.name().strip(),
                    String.join(" · ", detail),
                    outcome.evidence().isEmpty()
                            ? ""
                            : outcome.evidence().get(0).quote(),
                    found.url(),
                    BriefingViewFactory.text(found.host())));
        }
        return List.copyOf(rows);
    }

    /** One line on what the page gave the briefing: agreements, disagreements, new outcomes, or why nothing. */
    String contributed(Facts facts, Link link, List<BriefingView.FurtherOutcome> further) {
        LinkRead read = link.read();
        if (read == null) {
            return "";
        }
        if (read.aboutAnotherEvent()) {
            return "Not used: " + BriefingViewFactory.text(read.reason());
        }
        if (read.facts() == null) {
            return capitalise(BriefingViewFactory.text(read.reason()));
        }
        String url = link.target();
        int agrees = 0;
        int differs = 0;
        for (Outcome o : facts.outcomes()) {
            agrees += o.corroboration().stream().anyMatch(c -> c.url().equals(url)) ? 1 : 0;
            differs += o.conflicts().stream().anyMatch(c -> c.url().equals(url)) ? 1 : 0;
        }
        for (Position p : facts.positions()) {
            agrees += p.corroboration().stream().anyMatch(c -> c.url().equals(url)) ? 1 : 0;
            differs += p.conflicts().stream().anyMatch(c -> c.url().equals(url)) ? 1 : 0;
        }
        for (Figure f : facts.figures()) {
            agrees += f.corroboration().stream().anyMatch(c -> c.url().equals(url)) ? 1 : 0;
            differs += f.kind() == FigureKind.DATE
                            && f.conflicts().stream().anyMatch(c -> c.url().equals(url))
                    ? 1
                    : 0;
        }
        long added = further.stream().filter(f -> f.href().equals(url)).count();
        List<String> parts = new ArrayList<>();
        if (agrees > 0) {
            parts.add("confirms " + agrees + (agrees == 1 ? " fact" : " facts"));
        }
        if (differs > 0) {
            parts.add("differs on " + differs);
        }
        if (added > 0) {
            parts.add(added + (added == 1 ? " outcome" : " outcomes") + " the document lacks");
        }
        return parts.isEmpty() ? "Read: states nothing the briefing uses" : "Read: " + String.join("; ", parts);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
