package org.briefingpack.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Everything the job knows about one document: the contract between extraction and every renderer. */
@JsonPropertyOrder({"schema", "document", "event", "themes", "outcomes", "positions", "figures", "links"})
public record Facts(
        String schema,
        DocumentInfo document,
        Event event,
        List<Theme> themes,
        List<Outcome> outcomes,
        List<Position> positions,
        List<Figure> figures,
        List<Link> links) {

    public static final String SCHEMA = "briefing-facts/1";

    public Facts {
        themes = themes == null ? List.of() : List.copyOf(themes);
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
        positions = positions == null ? List.of() : List.copyOf(positions);
        figures = figures == null ? List.of() : List.copyOf(figures);
        links = links == null ? List.of() : List.copyOf(links);
    }

    public Facts withDocument(DocumentInfo newDocument) {
        return new Facts(schema, newDocument, event, themes, outcomes, positions, figures, links);
    }

    public Facts withLinks(List<Link> newLinks) {
        return new Facts(schema, document, event, themes, outcomes, positions, figures, newLinks);
    }

    /** True when extraction found nothing a reader could use (the pack then says so). */
    public boolean isEmpty() {
        return event == null
                && themes.isEmpty()
                && outcomes.isEmpty()
                && positions.isEmpty()
                && figures.isEmpty()
                && links.isEmpty();
    }
}
