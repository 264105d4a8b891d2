package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.Sentence;
import org.briefingpack.model.Event;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;
import org.briefingpack.model.Theme;

/**
 * The structured facts of one document from its sentences and figures: themes first (their list items are
 * not outcomes), then outcomes, positions, and the event (whose country falls back on the host).
 * Immutable and thread-safe once built.
 */
public final class StructureRecognizer {

    /** What the recognizers found in one document. */
    public record Structure(Event event, List<Theme> themes, List<Outcome> outcomes, List<Position> positions) {}

    final EventRecognizer events;
    final ThemeRecognizer themes;
    final OutcomeRecognizer outcomes;
    final PositionRecognizer positions;
    private final ActorGazetteer gazetteer;

    StructureRecognizer(
            ActorGazetteer gazetteer,
            EventRecognizer events,
            ThemeRecognizer themes,
            OutcomeRecognizer outcomes,
            PositionRecognizer positions) {
        this.gazetteer = gazetteer;
        this.events = events;
        this.themes = themes;
        this.outcomes = outcomes;
        this.positions = positions;
    }

    /** The recognizers with the gazetteer and trigger lexicons shipped under {@code resources/lexicon}. */
    public static StructureRecognizer withDefaults() {
        return withGazetteer(ActorGazetteer.fromClasspath());
    }

    public static StructureRecognizer withGazetteer(ActorGazetteer gazetteer) {
        OutcomeTypes types = new OutcomeTypes(Lexicon.rows("outcome-types.tsv"));
        NounPhrases phrases =
                new NounPhrases(Lexicon.lines("np-stops.txt"), Lexicon.lines("np-determiners.txt"), types);
        List<String[]> triggerRows = Lexicon.rows("outcome-triggers.tsv");
        PhraseMatcher outcomeTriggers = PhraseMatcher.ofLines(
                triggerRows.stream().map(r -> r[0].strip()).toList());
        List<String[]> stanceRows = Lexicon.rows("stances.tsv");
        List<String> funding = new ArrayList<>();
        for (String[] row : stanceRows) {
            if (row[0].strip().equals(Stance.PLEDGED.name())) {
                funding.add(row[1].strip());
            }
        }
        funding.add("funders of");
        return new StructureRecognizer(
                gazetteer,
                new EventRecognizer(
                        Lexicon.lines("event-nouns.txt"),
                        gazetteer,
                        Lexicon.rows("date-cues.tsv"),
                        Lexicon.lines("event-name-drops.txt"),
                        Lexicon.lines("venue-words.txt"),
                        Lexicon.lines("past-venue-cues.txt")),
                new ThemeRecognizer(
                        Lexicon.lines("theme-cues.txt"), Lexicon.lines("theme-prose-leads.txt"), outcomeTriggers),
                new OutcomeRecognizer(
                        gazetteer,
                        triggerRows,
                        Lexicon.lines("passive-participles.txt"),
                        funding,
                        types,
                        phrases,
                        Lexicon.lines("member-units.txt"),
                        Lexicon.lines("naming-cues.txt"),
                        Lexicon.lines("outcome-list-nouns.txt")),
                new PositionRecognizer(
                        stanceRows,
                        Lexicon.lines("hosted-objects.txt"),
                        Lexicon.lines("speech-verbs.txt"),
                        Lexicon.lines("attributions.txt"),
                        Lexicon.lines("reason-cues.txt"),
                        phrases,
                        Lexicon.lines("subject-heads.txt")));
    }

    /**
     * @param text      the document's normalised text
     * @param sentences its sentences, list items and headings in order (offsets into {@code text})
     * @param figures   its figures in order (offsets into {@code text})
     */
    public Structure recognize(String text, List<Sentence> sentences, List<FoundFigure> figures) {
        List<FoundFigure> sorted = new ArrayList<>(figures);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Unit> units = Layout.units(text, sentences, sorted);
        ThemeRecognizer.Result themeResult = themes.recognize(units);
        Set<Integer> themeUnits = themeResult.units();
        // every recognizer needs the actors of a sentence: find them once
        List<List<ActorGazetteer.Mention>> actors = new ArrayList<>(units.size());
        List<ActorGazetteer.Mention> previous = List.of();
        for (Unit unit : units) {
            List<ActorGazetteer.Mention> found = unit.heading() ? List.of() : gazetteer.actors(unit.text());
            found = ActorGroups.withPronounSubject(unit.text(), found, previous);
            actors.add(found);
            if (!unit.heading()) {
                previous = found;
            }
        }
        List<Outcome> found = outcomes.recognize(units, themeUnits, actors);
        Event provisional = events.recognize(units, null);
        String eventName = provisional == null ? null : provisional.name();
        List<Position> stances = positions.recognize(units, found, eventName, actors);
        TableRows.Result rows = new TableRows(gazetteer).recognize(units, found, stances);
        if (!rows.outcomes().isEmpty() || !rows.positions().isEmpty()) {
            found = new ArrayList<>(found);
            found.addAll(rows.outcomes());
            stances = new ArrayList<>(stances);
            stances.addAll(rows.positions());
        }
        String host = stances.stream()
                .filter(p -> p.stance() == Stance.HOSTED && p.actor().code() != null)
                .map(p -> p.actor().code())
                .findFirst()
                .orElse(null);
        Event event = provisional != null && provisional.country() == null && host != null
                ? new Event(
                        provisional.name(),
                        provisional.startDate(),
                        provisional.endDate(),
                        provisional.location(),
                        host,
                        provisional.evidence())
                : provisional;
        return new Structure(event, themeResult.themes(), found, stances);
    }
}
