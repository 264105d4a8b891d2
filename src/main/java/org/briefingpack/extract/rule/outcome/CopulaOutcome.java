package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Grammar;

/**
 * An outcome noun said of the gathering, then a copula: "A key outcome of COP15 was the Victoria Lake
 * Declaration", "the main achievements of the meeting included the Reef Fund". The name after the copula, written
 * as a name (capitalised or quoted), is the outcome; "outcome was" right together is a trigger of its own.
 */
final class CopulaOutcome implements OutcomeFinder {

    /** How many words "of the ... summit" may take between the noun and its copula. */
    private static final int MAX_GAP = 8;

    private static final Set<String> COPULAS =
            WordSets.of("was", "were", "is", "are", "included", "include", "includes");

    private final Set<String> nouns;

    CopulaOutcome(List<String> nouns) {
        this.nouns = WordSets.copyOf(nouns);
    }

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (int k = 0; k + 3 < tokens.size(); k++) {
            if (!nouns.contains(tokens.get(k).lower())
                    || !tokens.get(k + 1).is("of")
                    || Grammar.negatedBefore(tokens, k)) {
                continue;
            }
            for (int j = k + 2; j < Math.min(tokens.size() - 1, k + 2 + MAX_GAP); j++) {
                Token t = tokens.get(j);
                boolean otherVerb = t.tag().verbal()
                        && !COPULAS.contains(t.lower())
                        && !t.lower().endsWith("ing");
                if (t.punctuation(';') || t.punctuation('.') || t.punctuation(',') || otherVerb) {
                    break; // "the outcome of the talks pleased no one": another verb, no copula
                }
                if (COPULAS.contains(t.lower())) {
                    scope.addWrittenName(t.end(), tokens.get(k).start());
                    break;
                }
            }
        }
    }
}
