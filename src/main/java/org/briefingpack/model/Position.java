package org.briefingpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Where a named party stands on a subject, with the reasons the text gives; corroboration and conflicts
 * are what resource pages say of it (absent from the JSON when empty).
 */
public record Position(
        Actor actor,
        Stance stance,
        String subject,
        List<String> reasons,
        List<Evidence> evidence,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Corroboration> corroboration,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Conflict> conflicts) {

    public Position {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        corroboration = corroboration == null ? List.of() : List.copyOf(corroboration);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** A position as the document states it, before any resource is read. */
    public Position(Actor actor, Stance stance, String subject, List<String> reasons, List<Evidence> evidence) {
        this(actor, stance, subject, reasons, evidence, List.of(), List.of());
    }

    public Position withSources(List<Corroboration> newCorroboration, List<Conflict> newConflicts) {
        return new Position(actor, stance, subject, reasons, evidence, newCorroboration, newConflicts);
    }
}
