package org.briefingpack.extract.rule.event;

import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/** An event whose place gave no country takes its host's: the first HOSTED position with a country code. */
public final class EventHostRule implements Rule {

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        if (findings.event.country != null
                || findings.event.name == null && findings.event.startDate == null && findings.event.location == null) {
            return;
        }
        findings.positions.stream()
                .filter(p -> p.stance() == Stance.HOSTED && p.actor().code() != null)
                .map(Position::actor)
                .findFirst()
                .ifPresent(host -> findings.event.country = host.code());
    }
}
