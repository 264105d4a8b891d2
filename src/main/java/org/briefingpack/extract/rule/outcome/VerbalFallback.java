package org.briefingpack.extract.rule.outcome;

/** "Leaders agreed to phase down coal": a verbal outcome counts only where the sentence names none. */
final class VerbalFallback implements OutcomeFinder {

    @Override
    public void find(OutcomeScope scope) {
        if (scope.drafts.isEmpty()) {
            scope.drafts.addAll(scope.verbal);
        }
    }
}
