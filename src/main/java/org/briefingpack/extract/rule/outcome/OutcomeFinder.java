package org.briefingpack.extract.rule.outcome;

/** One way of finding (or shaping) the outcomes of a sentence; run in order by {@link SentenceOutcomes}. */
public interface OutcomeFinder {

    void find(OutcomeScope scope);
}
