package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Grammar;

/**
 * A nominal trigger whose object comes after who did it: "the adoption by the plenary (held in June) of the
 * Lisbon Commitment", "the launch by ten states of a Reef Fund". The name after "of" is the outcome.
 */
final class DelayedObjectOutcome implements OutcomeFinder {

    private static final int MAX_GAP = 16;

    private final Set<String> nouns;

    DelayedObjectOutcome(List<String> nouns) {
        this.nouns = WordSets.copyOf(nouns);
    }

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (!nouns.contains(tokens.get(k).lower())
                    || !tokens.get(k + 1).is("by")
                    || Grammar.negatedBefore(tokens, k)) {
                continue;
            }
            int depth = 0;
            for (int j = k + 2; j < Math.min(tokens.size() - 1, k + 2 + MAX_GAP); j++) {
                Token t = tokens.get(j);
                depth += t.punctuation('(') ? 1 : t.punctuation(')') ? -1 : 0;
                if (depth == 0 && (t.punctuation(';') || t.punctuation('.'))) {
                    break;
                }
                if (depth == 0 && t.is("of")) {
                    scope.addWrittenName(t.end(), tokens.get(k).start());
                    break;
                }
            }
        }
    }
}
