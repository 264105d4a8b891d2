package org.briefingpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Something the event produced or announced. Amount and count are null where the text gives none;
 * corroboration and conflicts are what resource pages say of it (absent from the JSON when empty).
 */
public record Outcome(
        OutcomeType type,
        String name,
        List<Actor> actors,
        Money amount,
        Count count,
        String purpose,
        List<Evidence> evidence,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Corroboration> corroboration,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Conflict> conflicts) {

    public Outcome {
        actors = actors == null ? List.of() : List.copyOf(actors);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        corroboration = corroboration == null ? List.of() : List.copyOf(corroboration);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** An outcome as the document states it, before any resource is read. */
    public Outcome(
            OutcomeType type,
            String name,
            List<Actor> actors,
            Money amount,
            Count count,
            String purpose,
            List<Evidence> evidence) {
        this(type, name, actors, amount, count, purpose, evidence, List.of(), List.of());
    }

    public Outcome withSources(List<Corroboration> newCorroboration, List<Conflict> newConflicts) {
        return new Outcome(type, name, actors, amount, count, purpose, evidence, newCorroboration, newConflicts);
    }
}
