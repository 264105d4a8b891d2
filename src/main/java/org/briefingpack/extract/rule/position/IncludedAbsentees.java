package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * "Several business leaders pulled out of the forum, including executives from Barclays and Siemens, as well
 * as the head of the World Bank": the people who stayed away are named by whom they speak for, in a list that
 * "including" or "such as" opens after a verb of staying away. Every actor listed declined, companies and
 * organisations as well as countries.
 */
public final class IncludedAbsentees implements Rule {

    private final StanceTriggers triggers;
    private final PhraseMatcher listCues;
    /** "executives from", "the heads of": people named by whom they speak for. */
    private final Set<String> people;

    IncludedAbsentees(StanceTriggers triggers, List<String> listCues, List<String> people) {
        this.triggers = triggers;
        this.listCues = PhraseMatcher.of(listCues);
        this.people = WordSets.copyOf(people);
    }

    static IncludedAbsentees fromClasspath(StanceTriggers triggers) {
        return new IncludedAbsentees(
                triggers,
                LexiconFile.read("signatory-list-cues.txt").words(),
                LexiconFile.read("participant-nouns.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            List<PhraseMatcher.Hit> cues = listCues.find(s.tokens());
            if (cues.isEmpty()) {
                continue;
            }
            PhraseMatcher.Hit away = stayingAway(s);
            if (away == null) {
                continue;
            }
            for (PhraseMatcher.Hit cue : cues) {
                if (cue.first() <= away.last()) {
                    continue; // the list must follow the verb: "such as X, which pulled out" is another clause
                }
                int from = afterPeopleNoun(s.tokens(), cue.last());
                List<Mention> listed = ListedActors.leading(s, from);
                if (listed.size() < 2) {
                    continue;
                }
                for (Mention m : listed) {
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(
                                    m.actor(),
                                    Stance.DECLINED,
                                    findings.event.name, // what they stayed away from
                                    List.of(),
                                    Evidence.of(s.text())));
                }
                break;
            }
        }
    }

    /** The first trigger of staying away that the sentence asserts ("withdrew from", "pulled out of"), or null. */
    private PhraseMatcher.Hit stayingAway(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (PhraseMatcher.Hit hit : triggers.matcher.find(tokens)) {
            StanceTriggers.Trigger trigger = triggers.of(hit);
            if (trigger.stance() == Stance.DECLINED
                    && trigger.mode() == StanceMode.BEFORE
                    && tokens.get(hit.first()).tag() == Tag.VERB
                    && !Grammar.negatedBefore(tokens, hit.first())
                    && !Grammar.hedgedBefore(tokens, hit.first())) {
                return hit;
            }
        }
        return null;
    }

    /** After "including", the token after "executives from" or "the heads of", where such words stand. */
    private int afterPeopleNoun(List<Token> tokens, int k) {
        int j = k;
        while (j < tokens.size()
                && (tokens.get(j).tag() == Tag.DET || tokens.get(j).tag() == Tag.ADJ)) {
            j++;
        }
        if (j + 1 < tokens.size()
                && people.contains(tokens.get(j).lower())
                && (tokens.get(j + 1).is("from") || tokens.get(j + 1).is("of"))) {
            return j + 2;
        }
        return k;
    }
}
