package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;

/**
 * "The countries that abstained included Chile, Peru and Togo", "Those who refused to sign were Chad and
 * Niger": a stance trigger ({@code stances.tsv}) inside a relative clause on a plural noun of actors, and
 * the list that the clause's verb ("included", "were", a colon) opens. Each country, group, organisation or
 * company listed takes the stance ("the firms that signed up also include Acme and Globex").
 */
public final class RelativeClauseLists implements Rule {

    private static final Set<String> BE = WordSets.of("was", "were", "is", "are");
    private static final Set<String> RELATIVES = WordSets.of("that", "who", "which");
    private static final Set<String> OPENERS =
            WordSets.of("include", "included", "includes", "were", "are", "namely", ":");
    private static final Set<String> HAVE = WordSets.of("have", "has", "had");
    /** How far the opener may stand after the trigger ("that had adhered to the pact stood at five, namely"). */
    private static final int MAX_GAP = 12;

    private final StanceTriggers triggers;
    private final Set<String> actorNouns;

    RelativeClauseLists(StanceTriggers triggers, List<String> actorNouns) {
        this.triggers = triggers;
        this.actorNouns = WordSets.copyOf(actorNouns);
    }

    static RelativeClauseLists fromClasspath(StanceTriggers triggers) {
        return new RelativeClauseLists(
                triggers, LexiconFile.read("listed-actor-nouns.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            amongThoseTo(s, findings);
            for (PhraseMatcher.Hit hit : triggers.matcher.find(tokens)) {
                int relative = hit.first() - 1;
                if (relative > 1 && HAVE.contains(tokens.get(relative).lower())) {
                    relative--; // "the nations that had adhered to the pact"
                }
                if (relative < 1
                        || !RELATIVES.contains(tokens.get(relative).lower())
                        || !actorNouns.contains(tokens.get(relative - 1).lower())) {
                    continue;
                }
                List<Mention> listed = amongSubjects(s, relative - 1);
                int opener = listed.isEmpty() ? opener(tokens, hit.last()) : -1; // last is exclusive
                if (listed.isEmpty() && opener >= 0) {
                    listed = ListedActors.leading(s, opener + 1);
                }
                for (Mention m : listed) {
                    if (m.kind() != MentionKind.PERSON && m.kind() != MentionKind.CAPITAL) {
                        Positions.addUnlessKnown(
                                findings.positions,
                                new Position(
                                        m.actor(),
                                        triggers.of(hit).stance(),
                                        IncludedSignatories.lastOutcomeUpTo(findings.outcomes, s.index()),
                                        List.of(),
                                        Evidence.of(s.text())));
                    }
                }
            }
        }
    }

    /**
     * "Among the countries to endorse the charter were Kenya, Peru and Norway": the list after the verb of being
     * takes the stance of the verb after "to".
     */
    private void amongThoseTo(AnnotatedSentence s, Findings findings) {
        List<Token> tokens = s.tokens();
        if (tokens.size() < 7
                || !tokens.get(0).is("among")
                || !tokens.get(1).is("the")
                || !actorNouns.contains(tokens.get(2).lower())
                || !tokens.get(3).is("to")) {
            return;
        }
        StanceTriggers.Trigger trigger = triggers.ofInfinitive(tokens.get(4).lemma());
        int opener = trigger == null ? -1 : opener(tokens, 5);
        if (opener < 0 || !BE.contains(tokens.get(opener).lower())) {
            return;
        }
        for (Mention m : ListedActors.leading(s, opener + 1)) {
            if (m.kind() != MentionKind.PERSON && m.kind() != MentionKind.CAPITAL) {
                Positions.addUnlessKnown(
                        findings.positions,
                        new Position(
                                m.actor(),
                                trigger.stance(),
                                IncludedSignatories.lastOutcomeUpTo(findings.outcomes, s.index()),
                                List.of(),
                                Evidence.of(s.text())));
            }
        }
    }

    /** "Brazil and Chile were among the nations that ...": the actors of the clause before "were among". */
    private static List<Mention> amongSubjects(AnnotatedSentence s, int noun) {
        List<Token> tokens = s.tokens();
        int k = noun - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        if (k < 1
                || !tokens.get(k).is("among")
                || !BE.contains(tokens.get(k - 1).lower())) {
            return List.of();
        }
        int clauseStart = 0;
        for (int j = k - 2; j >= 0; j--) {
            if (tokens.get(j).punctuation(';') || tokens.get(j).punctuation(':')) {
                clauseStart = j + 1;
                break;
            }
        }
        return s.mentionsBetween(clauseStart, k - 1); // up to "were" (a mention's last is exclusive)
    }

    private static int opener(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k <= from + MAX_GAP; k++) {
            Token t = tokens.get(k);
            if (OPENERS.contains(t.lower()) || t.punctuation(':')) {
                return k;
            }
            if (t.punctuation('.') || t.punctuation(';')) {
                return -1;
            }
        }
        return -1;
    }
}
