package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;

/**
 * "The leaders' declaration was agreed", "a fund has been set up": the noun phrase before a passive
 * participle. In the present tense ("plans are adopted") only a capitalised name counts.
 */
final class PassiveOutcome implements OutcomeFinder {

    private static final Set<String> BE = Set.of("was", "were", "is", "are", "be", "been");
    private static final Set<String> PRESENT = Set.of("is", "are");
    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    private final PhraseMatcher participles;

    PassiveOutcome(List<String> participles) {
        this.participles = PhraseMatcher.of(participles);
    }

    static PassiveOutcome fromClasspath() {
        return new PassiveOutcome(LexiconFile.read("passive-participles.txt").words());
    }

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (PhraseMatcher.Hit hit : participles.find(tokens)) {
            int aux = Grammar.auxiliaryAt(tokens, hit.first(), BE);
            if (hit.start() < scope.bodyFrom || aux < 0) {
                continue;
            }
            if (tokens.get(aux).is("been")
                    && aux > 0
                    && PERFECT.contains(tokens.get(aux - 1).lower())) {
                aux--;
            }
            OutcomeNames.Phrase p =
                    scope.names.before(scope.text(), tokens.get(aux).start());
            if (p == null && aux > 0 && tokens.get(aux - 1).punctuation(',')) {
                // "A new fund, the Global Shield, was launched": the name in apposition before the comma
                OutcomeNames.Phrase named =
                        scope.names.before(scope.text(), tokens.get(aux - 1).start());
                p = named != null && named.capitalised() ? named : null;
            }
            boolean generic = PRESENT.contains(tokens.get(aux).lower()) && p != null && !p.capitalised();
            if (p != null && !generic && scope.acceptable(p) && !scope.overlaps(p.start(), p.end())) {
                OutcomeDraft d = new OutcomeDraft(p.text(), p.start(), hit.end());
                d.eventDocument = TriggeredOutcome.eventDocument(p);
                scope.drafts.add(d);
            }
        }
    }
}
