package org.briefingpack.model;

import java.time.LocalDate;
import java.util.List;

/** The gathering the document is about. Dates and place are null where the text does not say. */
public record Event(
        String name, LocalDate startDate, LocalDate endDate, String location, String country, List<Evidence> evidence) {

    public Event {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** The first day the text gives: the start, else the end ("the talks closed on 4 May"); null if neither. */
    public LocalDate firstKnownDay() {
        return startDate != null ? startDate : endDate;
    }
}
