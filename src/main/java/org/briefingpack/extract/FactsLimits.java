package org.briefingpack.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.briefingpack.model.Event;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.Position;
import org.briefingpack.model.Theme;

/**
 * Bounds on one document's facts, so that a hostile document under the size limit (a 1 MB line that is one
 * sentence full of figures) cannot make a 250-page PDF or hold a run for minutes. An evidence quote longer than
 * {@link #MAX_QUOTE_CHARS} becomes a window around what it supports, cut at spaces and left without marks, so that it
 * still stands verbatim in the document. Names, subjects and reasons are cut the same way, with "…" where they were
 * cut; each kind of fact
 * keeps its first entries up to a limit far above what a write-up states, and a cut list is named in a warning.
 */
public final class FactsLimits {

    /** About six lines of a page: longer than the sentences of real write-ups, short enough to read. */
    public static final int MAX_QUOTE_CHARS = 600;

    public static final int MAX_TEXT_CHARS = 500;
    public static final int MAX_FIGURES = 300;
    public static final int MAX_FACTS = 150;
    public static final int MAX_LINKS = 300;

    static final String ELLIPSIS = "…";

    /** The facts within the limits, and a warning for each list that was cut. */
    public record Capped(Facts facts, List<String> warnings) {}

    private FactsLimits() {}

    public static Capped cap(Facts facts) {
        List<String> warnings = new ArrayList<>();
        Event event = facts.event() == null
                ? null
                : new Event(
                        clip(facts.event().name()),
                        facts.event().startDate(),
                        facts.event().endDate(),
                        clip(facts.event().location()),
                        facts.event().country(),
                        quotes(facts.event().evidence(), facts.event().name()));
        List<Theme> themes = first(facts.themes(), MAX_FACTS, "themes", warnings).stream()
                .map(t -> new Theme(clip(t.text()), quotes(t.evidence(), t.text())))
                .toList();
        List<Outcome> outcomes = first(facts.outcomes(), MAX_FACTS, "outcomes", warnings).stream()
                .map(FactsLimits::outcome)
                .toList();
        List<Position> positions = first(facts.positions(), MAX_FACTS, "positions", warnings).stream()
                .map(p -> new Position(
                        p.actor(),
                        p.stance(),
                        clip(p.subject()),
                        p.reasons().stream().map(FactsLimits::clip).toList(),
                        quotes(
                                p.evidence(),
                                p.actor() == null ? p.subject() : p.actor().name())))
                .toList();
        List<Figure> figures = first(facts.figures(), MAX_FIGURES, "figures", warnings).stream()
                .map(f -> f.text() == null || f.text().length() <= MAX_TEXT_CHARS
                        ? f
                        : new Figure(f.kind(), clip(f.text()), f.value(), f.currency(), f.unit(), f.from(), f.to()))
                .toList();
        Facts capped = new Facts(
                facts.schema(),
                facts.document(),
                event,
                themes,
                outcomes,
                positions,
                figures,
                first(facts.links(), MAX_LINKS, "links", warnings));
        return new Capped(capped, List.copyOf(warnings));
    }

    private static Outcome outcome(Outcome o) {
        Money amount = o.amount();
        String anchor = amount != null && amount.text() != null ? amount.text() : o.name();
        return new Outcome(
                o.type(),
                clip(o.name()),
                o.actors(),
                amount == null || amount.text() == null || amount.text().length() <= MAX_TEXT_CHARS
                        ? amount
                        : new Money(amount.value(), amount.currency(), clip(amount.text())),
                o.count(),
                clip(o.purpose()),
                quotes(o.evidence(), anchor));
    }

    private static <T> List<T> first(List<T> all, int max, String what, List<String> warnings) {
        if (all.size() <= max) {
            return all;
        }
        warnings.add(all.size() + " " + what + " found; the first " + max
                + " are kept (a write-up states far fewer: the rest are left out of the pack)");
        return all.subList(0, max);
    }

    private static List<Evidence> quotes(List<Evidence> evidence, String anchor) {
        return map(
                evidence,
                e -> e.quote() == null || e.quote().length() <= MAX_QUOTE_CHARS
                        ? e
                        : new Evidence(window(e.quote(), anchor, MAX_QUOTE_CHARS, false)));
    }

    private static <T> List<T> map(List<T> list, Function<T, T> f) {
        return list.stream().map(f).toList();
    }

    /**
     * At most about {@code max} characters of {@code quote} around the first place {@code anchor} stands in it
     * (the start when it does not), cut at spaces; {@code marked}, with "…" on each side that was cut (a quote stays
     * unmarked: a reader must find it word for word in the document).
     */
    static String window(String quote, String anchor, int max, boolean marked) {
        if (quote.length() <= max) {
            return quote;
        }
        int at = anchor == null || anchor.isEmpty() ? -1 : quote.indexOf(anchor);
        int start = at < 0 ? 0 : Math.max(0, Math.min(at - max / 3, quote.length() - max));
        int end = Math.min(quote.length(), start + max);
        if (start > 0) {
            int space = quote.indexOf(' ', start);
            start = space >= 0 && space < start + max / 5 && (at < 0 || space < at) ? space + 1 : start;
        }
        if (end < quote.length()) {
            int space = quote.lastIndexOf(' ', end);
            int anchorEnd = at < 0 ? start : at + anchor.length();
            end = space > end - max / 5 && space >= anchorEnd ? space : end;
        }
        String shown = quote.substring(start, end).strip();
        if (!marked) {
            return shown;
        }
        return (start > 0 ? ELLIPSIS + " " : "") + shown + (end < quote.length() ? " " + ELLIPSIS : "");
    }

    /** A name, subject or reason of at most {@link #MAX_TEXT_CHARS}, cut at a space with "…". */
    static String clip(String text) {
        if (text == null || text.length() <= MAX_TEXT_CHARS) {
            return text;
        }
        return window(text, null, MAX_TEXT_CHARS, true);
    }
}
