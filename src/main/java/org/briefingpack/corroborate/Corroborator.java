package org.briefingpack.corroborate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.briefingpack.extract.Sentence;
import org.briefingpack.extract.SentenceSplitter;
import org.briefingpack.model.Conflict;
import org.briefingpack.model.Corroboration;
import org.briefingpack.model.Count;
import org.briefingpack.model.Event;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Link;
import org.briefingpack.model.LinkRead;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.PageFacts;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * Checks the document's outcomes, positions and figures against the pages its links lead to.
 * <ul>
 *   <li>an outcome is the same when the names match ({@link Names}), or the amount, or the count; a page's
 *       outcome of the same name with another amount or count is a conflict on that field;</li>
 *   <li>a position is the same for the same actor (code, else name); the same stance corroborates, the
 *       opposite one (signed against declined, supports against opposes) is a conflict;</li>
 *   <li>a figure is the same for the same kind and value (money also by currency, a count also by its
 *       noun, a date by its days); the event's dates stated otherwise by a page are a conflict on the
 *       document's figure for them, and an outcome's amount in conflict also marks the figure for it.</li>
 * </ul>
 * A page about another event ({@link Topics}) is marked off topic and matches nothing. Each page adds at
 * most one corroboration and one conflict per field to a fact. Stateless and thread-safe.
 */
final class Corroborator {

    private final SentenceSplitter sentences;

    Corroborator(SentenceSplitter sentences) {
        this.sentences = sentences;
    }

    /** A page to match against: its URL, its facts, its text (null when only the facts are known). */
    /** A page read, with its text split into sentences once (a quote is looked up for every match). */
    record Page(String url, PageFacts facts, String text, List<Sentence> sentences) {}

    /**
     * @param texts each read page's text by its URL, for quoting the sentence a figure stands in
     */
    Facts apply(Facts document, Map<String, String> texts) {
        List<Link> links = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (Link link : document.links()) {
            LinkRead read = link.read();
            if (read == null || read.facts() == null) {
                links.add(link);
                continue;
            }
            Optional<String> off =
                    Topics.offTopic(document.event(), read.facts().event());
            if (off.isPresent()) {
                links.add(link.withRead(read.markedOffTopic(off.get())));
            } else {
                links.add(link);
                if (pages.stream().noneMatch(p -> p.url().equals(link.target()))) {
                    String text = texts.get(link.target());
                    pages.add(new Page(
                            link.target(), read.facts(), text, text == null ? List.of() : sentences.split(text)));
                }
            }
        }
        List<Outcome> outcomes =
                document.outcomes().stream().map(o -> outcome(o, pages)).toList();
        List<Position> positions =
                document.positions().stream().map(p -> position(p, pages)).toList();
        List<Figure> figures = document.figures().stream()
                .map(f -> figure(f, document.event(), outcomes, pages))
                .toList();
        return new Facts(
                document.schema(),
                document.document(),
                document.event(),
                document.themes(),
                outcomes,
                positions,
                figures,
                links);
    }

    private Outcome outcome(Outcome mine, List<Page> pages) {
        Sources sources = new Sources();
        for (Page page : pages) {
            Optional<Outcome> named = page.facts().outcomes().stream()
                    .filter(theirs -> Names.same(mine.name(), theirs.name()))
                    .findFirst();
            if (named.isPresent()) {
                Outcome theirs = named.get();
                boolean differs = false;
                if (mine.amount() != null && theirs.amount() != null && !sameMoney(mine.amount(), theirs.amount())) {
                    sources.conflict(page.url(), "amount", theirs.amount().text(), quote(theirs.evidence()));
                    differs = true;
                }
                if (mine.count() != null && theirs.count() != null && !sameValue(mine.count(), theirs.count())) {
                    sources.conflict(page.url(), "count", countText(theirs.count()), quote(theirs.evidence()));
                    differs = true;
                }
                if (!differs) {
                    sources.corroborate(page.url(), quote(theirs.evidence()));
                }
                continue;
            }
            Optional<Outcome> sameFigure = page.facts().outcomes().stream()
                    .filter(theirs -> (mine.amount() != null
                                    && theirs.amount() != null
                                    && sameMoney(mine.amount(), theirs.amount()))
                            || (mine.count() != null
                                    && theirs.count() != null
                                    && sameValue(mine.count(), theirs.count())))
                    .findFirst();
            if (sameFigure.isPresent()) {
                sources.corroborate(page.url(), quote(sameFigure.get().evidence()));
            } else {
                statedAlongside(mine, page).ifPresent(sentence -> sources.corroborate(page.url(), sentence));
            }
        }
        return sources.isEmpty() ? mine : mine.withSources(sources.corroboration(), sources.conflicts());
    }

    /**
     * A page sentence that names the outcome and states its amount or count, where the page's own reading
     * found no outcome there ("welcomed the Current AI Initiative, which starts with $400 million").
     */
    private Optional<String> statedAlongside(Outcome mine, Page page) {
        for (Figure theirs : page.facts().figures()) {
            boolean same =
                    (mine.amount() != null && theirs.kind() == FigureKind.MONEY && sameMoney(mine.amount(), theirs))
                            || (mine.count() != null
                                    && theirs.kind() == FigureKind.COUNT
                                    && equal(mine.count().value(), theirs.value())
                                    && sameNoun(mine.count().unit(), theirs.unit()));
            if (!same) {
                continue;
            }
            String sentence = sentenceAround(page, theirs.text());
            if (sentence != null && !sentence.equals(theirs.text()) && Names.namedIn(mine.name(), sentence)) {
                return Optional.of(sentence);
            }
        }
        return Optional.empty();
    }

    private static Position position(Position mine, List<Page> pages) {
        Sources sources = new Sources();
        for (Page page : pages) {
            List<Position> sameActor = page.facts().positions().stream()
                    .filter(theirs -> sameActor(mine, theirs))
                    .toList();
            Optional<Position> agreeing =
                    sameActor.stream().filter(t -> t.stance() == mine.stance()).findFirst();
            if (agreeing.isPresent()) {
                sources.corroborate(page.url(), quote(agreeing.get().evidence()));
                continue;
            }
            sameActor.stream()
                    .filter(theirs -> opposite(mine.stance(), theirs.stance()))
                    .findFirst()
                    .ifPresent(theirs -> sources.conflict(
                            page.url(), "stance", theirs.stance().name(), quote(theirs.evidence())));
        }
        return sources.isEmpty() ? mine : mine.withSources(sources.corroboration(), sources.conflicts());
    }

    private Figure figure(Figure mine, Event event, List<Outcome> outcomes, List<Page> pages) {
        Sources sources = new Sources();
        for (Page page : pages) {
            page.facts().figures().stream()
                    .filter(theirs -> sameFigure(mine, theirs))
                    .findFirst()
                    .ifPresent(theirs -> sources.corroborate(page.url(), sentenceAround(page, theirs.text())));
            Event theirEvent = page.facts().event();
            if (mine.kind() == FigureKind.DATE
                    && event != null
                    && theirEvent != null
                    && theirEvent.firstKnownDay() != null
                    && isEventDate(mine, event)
                    && !Topics.within(theirEvent, event)) {
                // a page that names one day of the event ("closed on 11 February") agrees; other days do not
                Optional<Figure> stated = page.facts().figures().stream()
                        .filter(f -> f.kind() == FigureKind.DATE
                                && theirEvent.firstKnownDay().equals(f.from()))
                        .findFirst();
                sources.conflict(
                        page.url(),
                        "date",
                        stated.map(Figure::text).orElse(Topics.describeDates(theirEvent)),
                        stated.map(f -> sentenceAround(page, f.text())).orElse(quote(theirEvent.evidence())));
            }
        }
        if (mine.kind() == FigureKind.MONEY) {
            // an outcome's amount in conflict: the figure that states it is in conflict too (charts plot it)
            for (Outcome outcome : outcomes) {
                if (outcome.amount() != null && sameMoney(outcome.amount(), mine)) {
                    outcome.conflicts().stream()
                            .filter(c -> c.field().equals("amount"))
                            .forEach(c -> sources.conflict(c.url(), c.field(), c.value(), c.quote()));
                }
            }
        }
        return sources.isEmpty() ? mine : mine.withSources(sources.corroboration(), sources.conflicts());
    }

    private static boolean isEventDate(Figure date, Event event) {
        if (event.firstKnownDay() == null || !event.firstKnownDay().equals(date.from())) {
            return false;
        }
        return Objects.equals(event.endDate() == null ? event.firstKnownDay() : event.endDate(), date.to());
    }

    private static boolean sameFigure(Figure a, Figure b) {
        if (a.kind() != b.kind()) {
            return false;
        }
        return switch (a.kind()) {
            case MONEY -> equal(a.value(), b.value()) && Objects.equals(a.currency(), b.currency());
            case COUNT -> equal(a.value(), b.value()) && sameNoun(a.unit(), b.unit());
            case PERCENT -> equal(a.value(), b.value());
            case DATE -> a.from() != null && a.from().equals(b.from()) && Objects.equals(a.to(), b.to());
        };
    }

    private static boolean sameNoun(String a, String b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return stem(a).equals(stem(b));
    }

    private static String stem(String noun) {
        String lower = noun.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static boolean sameActor(Position a, Position b) {
        if (a.actor() == null || b.actor() == null) {
            return false;
        }
        if (a.actor().code() != null && b.actor().code() != null) {
            return a.actor().code().equals(b.actor().code());
        }
        return a.actor().name() != null
                && a.actor().name().equalsIgnoreCase(b.actor().name());
    }

    private static boolean opposite(Stance a, Stance b) {
        return (a == Stance.SIGNED && b == Stance.DECLINED)
                || (a == Stance.DECLINED && b == Stance.SIGNED)
                || (a == Stance.SUPPORTS && b == Stance.OPPOSES)
                || (a == Stance.OPPOSES && b == Stance.SUPPORTS);
    }

    private static boolean sameMoney(Money a, Money b) {
        return equal(a.value(), b.value()) && Objects.equals(a.currency(), b.currency());
    }

    private static boolean sameMoney(Money a, Figure b) {
        return equal(a.value(), b.value()) && Objects.equals(a.currency(), b.currency());
    }

    private static boolean sameValue(Count a, Count b) {
        return equal(a.value(), b.value());
    }

    private static boolean equal(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static String countText(Count count) {
        String value = count.value().toPlainString();
        return count.unit() == null ? value : value + " " + count.unit();
    }

    private static String quote(List<Evidence> evidence) {
        return evidence.isEmpty() ? null : evidence.get(0).quote();
    }

    /** The page's sentence that holds the figure's words; the words alone when the page text is not known. */
    private String sentenceAround(Page page, String words) {
        if (page.text() == null || words == null) {
            return words;
        }
        int at = page.text().indexOf(words);
        if (at < 0) {
            return words;
        }
        for (Sentence sentence : page.sentences()) {
            if (sentence.start() <= at && at < sentence.end()) {
                return sentence.text();
            }
        }
        return words;
    }

    /** What pages said of one fact: one corroboration per page, one conflict per page and field. */
    private static final class Sources {
        private final Map<String, Corroboration> corroboration = new LinkedHashMap<>();
        private final Map<String, Conflict> conflicts = new LinkedHashMap<>();

        void corroborate(String url, String quote) {
            if (quote != null) {
                corroboration.putIfAbsent(url, new Corroboration(url, quote));
            }
        }

        void conflict(String url, String field, String value, String quote) {
            if (quote != null && value != null) {
                conflicts.putIfAbsent(url + "\n" + field, new Conflict(url, field, value, quote));
            }
        }

        boolean isEmpty() {
            return corroboration.isEmpty() && conflicts.isEmpty();
        }

        List<Corroboration> corroboration() {
            return List.copyOf(corroboration.values());
        }

        List<Conflict> conflicts() {
            return List.copyOf(conflicts.values());
        }
    }
}
