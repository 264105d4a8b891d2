package org.briefingpack.extract.rule.position;

import java.util.List;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * "Fiji, Chile and Peru have agreed to give 1.2 million seedlings": what "agreed to" reads as a view is a pledge where
 * a verb of giving follows it and a sum, or a count of things (not of people taking part), follows that in the
 * sentence. The views an earlier rule took from the sentence become pledges.
 */
final class AgreedGifts implements Rule {

    private final PhraseMatcher phrases;
    private final StanceWords words;

    AgreedGifts(List<String> phrases, StanceWords words) {
        this.phrases = PhraseMatcher.of(phrases);
        this.words = words;
    }

    static AgreedGifts fromClasspath(StanceWords words) {
        return new AgreedGifts(LexiconFile.read("agreed-gift-phrases.txt").words(), words);
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        if (findings.positions.isEmpty()) {
            return;
        }
        for (AnnotatedSentence s : document.sentences()) {
            List<PhraseMatcher.Hit> hits = phrases.find(s.tokens());
            if (hits.isEmpty() || !givenAfter(s, hits.get(0).end())) {
                continue;
            }
            List<Position> positions = findings.positions;
            for (int p = 0; p < positions.size(); p++) {
                Position view = positions.get(p);
                if (view.stance() == Stance.SUPPORTS
                        && !view.evidence().isEmpty()
                        && s.text().equals(view.evidence().get(0).quote())) {
                    positions.set(
                            p,
                            new Position(
                                    view.actor(), Stance.PLEDGED, view.subject(), view.reasons(), view.evidence()));
                }
            }
        }
    }

    /** A sum, or a count of things given (not "3 ministers"), after character {@code from} of the sentence. */
    private boolean givenAfter(AnnotatedSentence s, int from) {
        return s.local(FigureKind.MONEY).stream().anyMatch(f -> f.start() >= from)
                || words.givenCountAfter(s, from, s.text().length());
    }
}
