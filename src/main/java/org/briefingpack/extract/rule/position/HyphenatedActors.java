package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.model.Actor;

/**
 * The actor glued by a hyphen to a participle ("Kuwait-hosted", "EU-backed"), as one token or as the tokenizer cuts
 * a name that ends in a full stop ("U.S" "." "-" "backed"). Shared by the rules that read such compounds.
 */
final class HyphenatedActors {

    private HyphenatedActors() {}

    /**
     * The actor before the participle that ends at token {@code k}, if {@code participles} (lower case, without the
     * hyphen) holds it and the gazetteer or a mention knows the actor.
     */
    static Optional<Actor> before(
            AnnotatedSentence s, List<Token> tokens, int k, Set<String> participles, ActorGazetteer gazetteer) {
        Token token = tokens.get(k);
        String lower = token.lower();
        int hyphen = lower.lastIndexOf('-');
        if (hyphen > 0) {
            return participles.contains(lower.substring(hyphen + 1))
                    ? gazetteer.byName(token.text().substring(0, hyphen))
                    : Optional.empty();
        }
        if (k < 2 || !participles.contains(lower) || !tokens.get(k - 1).text().equals("-")) {
            return Optional.empty();
        }
        boolean stop = tokens.get(k - 2).punctuation('.');
        for (Mention m : s.mentions()) {
            if (m.last() == k - 1 || stop && m.last() == k - 2) {
                return Optional.of(m.actor());
            }
        }
        if (stop && k < 3) {
            return Optional.empty();
        }
        return gazetteer.byName(
                stop ? tokens.get(k - 3).text() + "." : tokens.get(k - 2).text()); // "U.S."
    }
}
