package org.briefingpack.extract.rule.outcome;

import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.OutcomeDraft;

/**
 * An outcome with no actors yet gets the group of actors named nearest before it in its sentence, not one inside
 * a clause between commas right before it ("The summit, chaired by Chile, endorsed a plan").
 */
final class OutcomeActors implements OutcomeFinder {

    @Override
    public void find(OutcomeScope scope) {
        for (OutcomeDraft d : scope.drafts) {
            if (d.actors.isEmpty()) {
                d.actors.addAll(ActorGroups.distinct(ActorGroups.nearestBefore(
                        scope.sentence, 0, ActorGroups.beforeParenthesis(scope.sentence, d.start))));
            }
        }
    }
}
