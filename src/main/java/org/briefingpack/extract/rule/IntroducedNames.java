package org.briefingpack.extract.rule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Position;

/**
 * A body the gazetteer knows goes by the name the text introduced it with, its short form in brackets ("the Reef
 * Alliance (RA)"), also where a rule named it from the list ("Reef Alliance", the body a gathering is named after):
 * one body, one name in the briefing. Runs after the outcome and stance rules.
 */
public final class IntroducedNames implements Rule {

    private final ActorGazetteer gazetteer;

    public IntroducedNames(ActorGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        Map<Actor, Actor> introduced = new HashMap<>();
        for (AnnotatedSentence s : document.sentences()) {
            for (Mention m : s.mentions()) {
                Actor named = m.actor();
                int open = named.name().lastIndexOf(" (");
                boolean insideAName = m.last() < s.tokens().size()
                        && s.tokens().get(m.last()).upperCase(); // "the 9th Reef Union (RU) Assembly"
                if (named.code() == null && open > 0 && named.name().endsWith(")") && !insideAName) {
                    gazetteer
                            .byName(named.name().substring(0, open))
                            .filter(listed -> listed.code() == null && !listed.equals(named))
                            .ifPresent(listed -> introduced.putIfAbsent(listed, named));
                }
            }
        }
        if (introduced.isEmpty()) {
            return;
        }
        List<Position> positions = findings.positions;
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            Actor named = introduced.get(p.actor());
            if (named != null) {
                positions.set(
                        i,
                        new Position(
                                named,
                                p.stance(),
                                p.subject(),
                                p.reasons(),
                                p.evidence(),
                                p.corroboration(),
                                p.conflicts()));
            }
        }
        for (OutcomeDraft o : findings.outcomes) {
            o.actors.replaceAll(a -> introduced.getOrDefault(a, a));
        }
    }
}
