package org.briefingpack.extract.rule.position;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * A pledge said again without naming what it is for ("the EU pledged €2 billion ... the EU's pledge") is the
 * actor's pledge already counted, not a second one: an actor's PLEDGED positions without a subject go where it
 * has one with a subject. Distinct pledges, each with its subject, stay.
 */
final class RestatedPledges implements Rule {

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<Position> positions = findings.positions;
        Set<String> withSubject = new HashSet<>();
        for (Position p : positions) {
            if (p.stance() == Stance.PLEDGED && p.subject() != null) {
                withSubject.add(ActorGroups.key(p.actor()));
            }
        }
        positions.removeIf(p -> p.stance() == Stance.PLEDGED
                && p.subject() == null
                && withSubject.contains(ActorGroups.key(p.actor())));
    }
}
