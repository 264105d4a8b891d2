package org.briefingpack.extract.rule.position;

import java.util.List;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * A view taken over from the sentences before: "Chile rejected the text. This view is shared by Peru and Bolivia"
 * gives Peru and Bolivia Chile's stance. Only a view (SUPPORTS or OPPOSES) found in the last few sentences is
 * shared, and only with the actors named after the cue.
 */
final class SharedStances implements Rule {

    /** How many sentences back the view that is shared may stand. */
    private static final int REACH = 4;

    private static final PhraseMatcher CUES = PhraseMatcher.of(List.of(
            "is shared by",
            "are shared by",
            "was shared by",
            "were shared by",
            "was echoed by",
            "were echoed by",
            "is echoed by"));

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<AnnotatedSentence> sentences = document.sentences();
        for (AnnotatedSentence s : sentences) {
            if (!s.text().contains("shared by") && !s.text().contains("echoed by")) {
                continue; // the cue's own words first: most sentences share nothing, and matching costs
            }
            List<PhraseMatcher.Hit> hits = CUES.find(s.tokens());
            if (hits.isEmpty()) {
                continue;
            }
            Position view = lastView(findings.positions, sentences, s.index());
            if (view == null) {
                continue;
            }
            PhraseMatcher.Hit cue = hits.get(0);
            for (Mention m : ListedActors.after(s, cue.last(), s.mentions(), false)) {
                Positions.addUnlessKnown(
                        findings.positions,
                        new Position(m.actor(), view.stance(), view.subject(), List.of(), Evidence.of(s.text())));
            }
        }
    }

    /** The last SUPPORTS or OPPOSES found in the {@link #REACH} sentences before sentence {@code index}. */
    private static Position lastView(List<Position> positions, List<AnnotatedSentence> sentences, int index) {
        for (int i = index - 1; i >= 0 && i >= index - REACH; i--) {
            String text = sentences.get(i).text();
            for (int p = positions.size() - 1; p >= 0; p--) {
                Position position = positions.get(p);
                if ((position.stance() == Stance.SUPPORTS || position.stance() == Stance.OPPOSES)
                        && !position.evidence().isEmpty()
                        && text.equals(position.evidence().get(0).quote())) {
                    return position;
                }
            }
        }
        return null;
    }
}
