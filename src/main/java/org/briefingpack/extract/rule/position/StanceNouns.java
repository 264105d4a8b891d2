package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * A stance said as a noun after a verb of expressing: "expressed the UN's support for the plan", "voiced
 * strong opposition to", "reiterated its backing for". The subject before the verb takes the stance, and
 * so does an actor that owns the noun ("the UN's support").
 */
public final class StanceNouns implements Rule {

    private static final int MAX_GAP = 4;

    private final Set<String> verbs;
    /** "announced its endorsement of the declaration": verbs that take only a document's endorsement. */
    private final Set<String> announcingVerbs =
            WordSets.copyOf(LexiconFile.read("announcing-verbs.txt").words());

    private final Map<String, Stance> nouns = new HashMap<>();
    private final StanceWords words;

    StanceNouns(List<String> verbs, LexiconFile nouns, StanceWords words) {
        this.verbs = WordSets.copyOf(verbs);
        for (LexiconRow row : nouns.rows()) {
            this.nouns.put(row.text(0), row.choice(1, Stance.class));
        }
        this.words = words;
    }

    static StanceNouns fromClasspath(StanceWords words) {
        return new StanceNouns(
                LexiconFile.read("expression-verbs.txt").words(), LexiconFile.read("stance-nouns.tsv"), words);
    }

    /** Prepositions whose object is no subject of the verb after it ("actions by Chile", "aid for Fiji"). */
    private static final Set<String> AGENT_OR_OBJECT = WordSets.of("by", "for", "against", "to");

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int v = 0; v < tokens.size(); v++) {
                Token verb = tokens.get(v);
                boolean announcing = announcingVerbs.contains(verb.lemma());
                if (verb.tag() != Tag.VERB
                        || !verbs.contains(verb.lemma()) && !announcing
                        || Grammar.negatedBefore(tokens, v)) {
                    continue;
                }
                for (int n = v + 1; n < Math.min(tokens.size(), v + 2 + MAX_GAP); n++) {
                    Stance stance = nouns.get(tokens.get(n).lemma());
                    if (stance == null) {
                        if (tokens.get(n).punctuation(',')
                                || tokens.get(n).punctuation(';')
                                || tokens.get(n).is("that")
                                || tokens.get(n).tag() == Tag.VERB) {
                            break; // "stated that the commitments made ...": a clause, not the verb's object
                        }
                        continue;
                    }
                    if (stance == Stance.SUPPORTS
                            && tokens.get(n).lemma().equals("endorsement")
                            && n + 1 < tokens.size()
                            && tokens.get(n + 1).is("of")
                            && words.objectIsADocument(tokens, n + 2)) {
                        stance = Stance.SIGNED; // "announced its endorsement of the declaration": it signed, as
                        // "endorsed"
                    }
                    if (announcing && stance != Stance.SIGNED) {
                        break; // "announced support for farmers": aid announced, no stance
                    }
                    List<Mention> who = new ArrayList<>(
                            words.subjectBefore(s, s.mentions(), tokens.get(v).start()));
                    // "deplored the actions by Chile and voiced support": a preposition's object is no subject
                    who.removeIf(m -> m.first() > 0
                            && AGENT_OR_OBJECT.contains(
                                    tokens.get(m.first() - 1).lower()));
                    who.addAll(s.mentionsBetween(v + 1, n));
                    for (Mention m : who) {
                        Positions.addUnlessKnown(
                                findings.positions,
                                new Position(
                                        m.actor(),
                                        stance,
                                        words.subjectOf(
                                                s, tokens.get(n).end(), s.text().length(), findings.outcomes),
                                        List.of(),
                                        Evidence.of(s.text())));
                    }
                    break;
                }
            }
        }
    }
}
