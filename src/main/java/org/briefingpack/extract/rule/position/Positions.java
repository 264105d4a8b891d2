package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/** Adding positions without repeating one: one per actor and stance (and, for pledges, per sentence). */
final class Positions {

    private Positions() {}

    /** One position per actor, stance and (for pledges) sentence. */
    static boolean has(List<Position> positions, Actor actor, Stance stance) {
        String key = ActorGroups.key(actor);
        return positions.stream()
                .anyMatch(
                        e -> e.stance() == stance && ActorGroups.key(e.actor()).equals(key));
    }

    static boolean addUnlessKnown(List<Position> positions, Position p) {
        String key = ActorGroups.key(p.actor());
        for (Position e : positions) {
            if (ActorGroups.key(e.actor()).equals(key)
                    && e.stance() == p.stance()
                    && (p.stance() != Stance.PLEDGED || e.evidence().equals(p.evidence()))) {
                return false;
            }
        }
        positions.add(p);
        return true;
    }

    /** The actor hosted the story's gathering, as sentence {@code s} says; once an actor. */
    static boolean addHost(Findings findings, Actor actor, AnnotatedSentence s) {
        return addUnlessKnown(
                findings.positions,
                new Position(actor, Stance.HOSTED, findings.event.name, List.of(), Evidence.of(s.text())));
    }

    /** Within one sentence, the first stance an actor takes wins; a later one only adds its reasons. */
    static void put(
            Map<String, Position> found,
            Actor actor,
            Stance stance,
            String subject,
            AnnotatedSentence sentence,
            List<String> reasons) {
        String key = ActorGroups.key(actor) + (stance == Stance.PLEDGED || stance == Stance.HOSTED ? "/" + stance : "");
        Position existing = found.get(key);
        if (existing != null) {
            if (!reasons.isEmpty() && existing.reasons().isEmpty()) {
                found.put(
                        key,
                        new Position(
                                existing.actor(), existing.stance(), existing.subject(), reasons, existing.evidence()));
            }
            return;
        }
        found.put(key, new Position(actor, stance, subject, reasons, Evidence.of(sentence.text())));
    }

    /** Nouns after a fund's name that say others give to it: "Reef Fund donors", "the Fund's replenishment". */
    private static final Set<String> GIVEN_TO =
            WordSets.copyOf(LexiconFile.read("giving-round-words.txt").words());

    /**
     * Whether the words from token {@code from} (a possessive mark, adjectives and capitalised words aside) name
     * those who give to the name before them or a round of giving to it: "Reef Fund donors", "the Fund's Fourth
     * Replenishment".
     */
    static boolean givenTo(List<Token> tokens, int from) {
        int next = from;
        if (next < tokens.size() && tokens.get(next).possessiveMark()) {
            next++;
        }
        while (next < tokens.size()
                && !GIVEN_TO.contains(tokens.get(next).lower())
                && (tokens.get(next).tag() == Tag.ADJ || tokens.get(next).capitalised())) {
            next++;
        }
        return next < tokens.size() && GIVEN_TO.contains(tokens.get(next).lower());
    }
}
