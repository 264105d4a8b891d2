package org.briefingpack.extract;

import java.util.List;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.Event;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.Position;
import org.briefingpack.model.Theme;

/**
 * Gives every evidence quote of a document with pages the page it starts on ({@code evidence[].page}): the
 * quote's first place in the text, looked up in the document's page offsets. Facts of a document without
 * pages come back as they are.
 */
final class EvidencePages {

    private EvidencePages() {}

    static Facts of(Facts facts, SourceDocument document) {
        if (document.pageStarts().isEmpty() || document.text() == null) {
            return facts;
        }
        String text = document.text();
        Event event = facts.event() == null
                ? null
                : new Event(
                        facts.event().name(),
                        facts.event().startDate(),
                        facts.event().endDate(),
                        facts.event().location(),
                        facts.event().country(),
                        paged(facts.event().evidence(), text, document));
        List<Theme> themes = facts.themes().stream()
                .map(t -> new Theme(t.text(), paged(t.evidence(), text, document)))
                .toList();
        List<Outcome> outcomes = facts.outcomes().stream()
                .map(o -> new Outcome(
                        o.type(),
                        o.name(),
                        o.actors(),
                        o.amount(),
                        o.count(),
                        o.purpose(),
                        paged(o.evidence(), text, document)))
                .toList();
        List<Position> positions = facts.positions().stream()
                .map(p -> new Position(
                        p.actor(), p.stance(), p.subject(), p.reasons(), paged(p.evidence(), text, document)))
                .toList();
        return new Facts(
                facts.schema(), facts.document(), event, themes, outcomes, positions, facts.figures(), facts.links());
    }

    private static List<Evidence> paged(List<Evidence> evidence, String text, SourceDocument document) {
        return evidence.stream()
                .map(e -> {
                    int at = e.quote() == null ? -1 : text.indexOf(e.quote());
                    return at < 0 ? e : e.onPage(document.pageAt(at));
                })
                .toList();
    }
}
