package org.briefingpack.extract.rule.outcome;

import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.OutcomeDraft;

/** An outcome with no actors yet gets the group of actors named nearest before it in its sentence. */
final class OutcomeActors implements OutcomeFinder {

    @Override
    public void find(OutcomeScope scope) {
        for (OutcomeDraft d : scope.drafts) {
            if (d.actors.isEmpty()) {
                d.actors.addAll(ActorGroups.distinct(ActorGroups.nearestBefore(scope.sentence, 0, d.start)));
            }
        }
    }
}
