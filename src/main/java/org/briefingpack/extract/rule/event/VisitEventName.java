package org.briefingpack.extract.rule.event;

import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.extract.rule.Visits;

/**
 * A story that opens on a leader's visit abroad is about the visit: it names the event unless a gathering was named
 * as early ("Ana Ruiz's state visit to Fiji", not a business forum held during it told later).
 */
public final class VisitEventName implements Rule {

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        Visits.of(document).ifPresent(visit -> {
            if (findings.event.name == null
                    || findings.event.nameSentence == null
                    || findings.event.nameSentence.index() > visit.sentence().index()) {
                findings.event.name = visit.name();
                findings.event.nameSentence = visit.sentence();
            }
        });
    }
}
