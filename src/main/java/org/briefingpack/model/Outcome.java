package org.briefingpack.model;

import java.util.List;

/** Something the event produced or announced. Amount and count are null where the text gives none. */
public record Outcome(
        OutcomeType type,
        String name,
        List<Actor> actors,
        Money amount,
        Count count,
        String purpose,
        List<Evidence> evidence) {

    public Outcome {
        actors = actors == null ? List.of() : List.copyOf(actors);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
