package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * A body's new members join it, as signatories join a text: "the forum welcomed Tonga as a full member",
 * "admitted Fiji and Samoa as members", "Tonga was admitted as a member", "admitted Chile as an observer". The
 * actors named as the new members or observers SIGNED.
 */
final class NewMembers implements Rule {

    /** The roles of {@code lexicon/new-member-words.tsv}. */
    enum Word {
        TAKING_IN,
        MEMBER_MODIFIER,
        MEMBER_NOUN
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("new-member-words.tsv").wordsByRole(Word.class);
    /** Verbs whose object the body takes in as a member. */
    private static final Set<String> TAKING_IN = WORDS.get(Word.TAKING_IN);
    /** Words that may stand between "as" and "member": "a new full member", "new associate members". */
    private static final Set<String> MEMBER_MODIFIERS = WORDS.get(Word.MEMBER_MODIFIER);
    /** Articles and possessives before them: "as a member", "as its newest member". */
    private static final Set<String> MEMBER_DETERMINERS = WordSets.of("a", "an", "its", "the");
    /** What a body takes others in as: members, or observers with a seat of their own. */
    private static final Set<String> MEMBER_NOUNS = WORDS.get(Word.MEMBER_NOUN);

    /** How many tokens the object may take before "as". */
    private static final int OBJECT_REACH = 10;

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            String text = s.text();
            if (!text.contains("member") && !text.contains("Member") && !text.contains("observer")) {
                continue; // the noun first: most sentences admit no one
            }
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                int member = memberAfterAs(tokens, k);
                if (member < 0) {
                    continue;
                }
                // "welcomed Tonga as a new member": the actors between the verb and "as"
                for (int v = k - 1; v >= 0 && v >= k - OBJECT_REACH; v--) {
                    if (TAKING_IN.contains(tokens.get(v).lower())) {
                        for (Mention m : s.mentionsBetween(v + 1, k)) {
                            add(findings, m, s);
                        }
                        break;
                    }
                    if (tokens.get(v).punctuation(';') || tokens.get(v).punctuation('.')) {
                        break;
                    }
                }
                // "Tonga was admitted as a member": the subject of the passive
                if (k >= 2
                        && TAKING_IN.contains(tokens.get(k - 1).lower())
                        && (tokens.get(k - 2).is("was") || tokens.get(k - 2).is("were"))) {
                    for (Mention m :
                            ActorGroups.nearestBefore(s, 0, tokens.get(k - 2).start())) {
                        add(findings, m, s);
                    }
                }
            }
        }
    }

    /** The token of "member(s)" when "as" at k opens "as a new associate member"; -1 otherwise. */
    private static int memberAfterAs(List<Token> tokens, int k) {
        if (!tokens.get(k).is("as")) {
            return -1;
        }
        int j = k + 1;
        while (j < tokens.size()
                && (MEMBER_DETERMINERS.contains(tokens.get(j).lower())
                        || MEMBER_MODIFIERS.contains(tokens.get(j).lower()))) {
            j++;
        }
        return j < tokens.size() && MEMBER_NOUNS.contains(tokens.get(j).lower()) ? j : -1;
    }

    private static void add(Findings findings, Mention m, AnnotatedSentence s) {
        Positions.addUnlessKnown(
                findings.positions, new Position(m.actor(), Stance.SIGNED, null, List.of(), Evidence.of(s.text())));
    }
}
