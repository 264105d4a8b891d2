package org.briefingpack.model;

import java.util.List;

/** Where a named party stands on a subject, with the reasons the text gives. */
public record Position(Actor actor, Stance stance, String subject, List<String> reasons, List<Evidence> evidence) {

    public Position {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
