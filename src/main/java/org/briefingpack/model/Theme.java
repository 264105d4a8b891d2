package org.briefingpack.model;

import java.util.List;

/** A topic the event set out to address: a short label and the sentence that states it. */
public record Theme(String text, List<Evidence> evidence) {
    public Theme {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
