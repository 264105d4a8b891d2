package org.briefingpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** What a resource page itself states, each fact quoted from that page (never from the document). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"event", "themes", "outcomes", "positions", "figures"})
public record PageFacts(
        Event event, List<Theme> themes, List<Outcome> outcomes, List<Position> positions, List<Figure> figures) {

    public PageFacts {
        themes = themes == null ? List.of() : List.copyOf(themes);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        positions = positions == null ? List.of() : List.copyOf(positions);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    public static PageFacts of(Facts facts) {
        return new PageFacts(facts.event(), facts.themes(), facts.outcomes(), facts.positions(), facts.figures());
    }
}
