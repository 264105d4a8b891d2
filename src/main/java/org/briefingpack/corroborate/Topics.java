package org.briefingpack.corroborate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefingpack.model.Event;

/**
 * Whether a page is about the document's event. A page is off topic only when it names an event and none of
 * what both state agrees: not the name, not the dates (overlapping days), not the place; or when its days lie half
 * a year or more from the document's (another edition of the same summit). A page that names
 * no event, or a document without one, is taken as on topic: its facts still have to match one by one.
 */
final class Topics {

    private Topics() {}

    /** Why the page is about another event, or empty when it is not shown to be. */
    static Optional<String> offTopic(Event document, Event page) {
        if (document == null || page == null) {
            return Optional.empty();
        }
        int compared = 0;
        if (document.name() != null && page.name() != null) {
            compared++;
            if (Names.same(document.name(), page.name())) {
                boolean dated = document.firstKnownDay() != null && page.firstKnownDay() != null;
                // "AI Action Summit 2026" against the 2025 one: the same name, another edition
                return dated && monthsApart(document, page)
                        ? Optional.of("about another edition: " + describe(page))
                        : Optional.empty();
            }
        }
        if (document.firstKnownDay() != null && page.firstKnownDay() != null) {
            compared++;
            if (overlap(document, page)) {
                return Optional.empty();
            }
        }
        if (document.location() != null && page.location() != null) {
            compared++;
            if (document.location().strip().equalsIgnoreCase(page.location().strip())) {
                return Optional.empty();
            }
        }
        return compared == 0 ? Optional.empty() : Optional.of("about another event: " + describe(page));
    }

    /** Whether every day of {@code inner} is a day of {@code outer}. */
    static boolean within(Event inner, Event outer) {
        return outer.firstKnownDay() != null
                && !inner.firstKnownDay().isBefore(outer.firstKnownDay())
                && !end(inner).isAfter(end(outer));
    }

    /** Half a year or more between the two events' days: not the same meeting, whatever its name. */
    private static boolean monthsApart(Event a, Event b) {
        LocalDate aEnd = end(a);
        LocalDate bEnd = end(b);
        return b.firstKnownDay().isAfter(aEnd.plusMonths(6))
                || a.firstKnownDay().isAfter(bEnd.plusMonths(6));
    }

    private static boolean overlap(Event a, Event b) {
        return !a.firstKnownDay().isAfter(end(b)) && !b.firstKnownDay().isAfter(end(a));
    }

    private static LocalDate end(Event e) {
        return e.endDate() == null ? e.firstKnownDay() : e.endDate();
    }

    static String describeDates(Event event) {
        return event.firstKnownDay().equals(end(event))
                ? event.firstKnownDay().toString()
                : event.firstKnownDay() + " to " + end(event);
    }

    static String describe(Event event) {
        List<String> parts = new ArrayList<>();
        if (event.name() != null) {
            parts.add(event.name());
        }
        if (event.firstKnownDay() != null) {
            parts.add(
                    event.firstKnownDay().equals(end(event))
                            ? event.firstKnownDay().toString()
                            : event.firstKnownDay() + " to " + end(event));
        }
        if (event.location() != null) {
            parts.add(event.location());
        }
        return parts.isEmpty() ? "unnamed" : String.join(", ", parts);
    }
}
