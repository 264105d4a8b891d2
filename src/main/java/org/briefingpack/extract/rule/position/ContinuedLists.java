package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;

/**
 * A labelled list right after a list of those who took one stance ("Signatories: Chile, Peru, Japan." then
 * "Companies: Acme, Globex."): the second list goes on with the first, so its names take the same stance on
 * the same subject. The label must be one of {@code continued-list-labels.txt}, the first list a colon list
 * whose actors all took one stance.
 */
final class ContinuedLists implements Rule {

    /** How many actors a list before must name to be a list. */
    private static final int LIST_SIZE = 3;

    private final Set<String> labels;

    ContinuedLists(List<String> labels) {
        this.labels = WordSets.copyOf(labels);
    }

    static ContinuedLists fromClasspath() {
        return new ContinuedLists(LexiconFile.read("continued-list-labels.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<AnnotatedSentence> sentences = document.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            AnnotatedSentence s = sentences.get(i);
            int colon = labelColon(s.tokens());
            if (colon < 0) {
                continue;
            }
            AnnotatedSentence before = sentences.get(i - 1);
            List<Position> listed = findings.positions.stream()
                    .filter(p -> p.evidence().equals(Evidence.of(before.text())))
                    .toList();
            if (listed.size() < LIST_SIZE
                    || before.text().indexOf(':') < 0
                    || listed.stream().map(Position::stance).distinct().count() != 1) {
                continue;
            }
            Position first = listed.get(0);
            for (Mention m : ListedActors.after(s, colon + 1, s.mentions(), true)) {
                Positions.addUnlessKnown(
                        findings.positions,
                        new Position(m.actor(), first.stance(), first.subject(), List.of(), Evidence.of(s.text())));
            }
        }
    }

    /** The index of the colon after a label that opens the sentence ("Companies:"), or -1. */
    private int labelColon(List<Token> tokens) {
        for (int k = 1; k < tokens.size() && k <= 3; k++) {
            if (tokens.get(k).punctuation(':')) {
                StringBuilder label = new StringBuilder();
                for (int j = 0; j < k; j++) {
                    label.append(j == 0 ? "" : " ").append(tokens.get(j).text().toLowerCase(Locale.ROOT));
                }
                return labels.contains(label.toString()) ? k : -1;
            }
        }
        return -1;
    }
}
