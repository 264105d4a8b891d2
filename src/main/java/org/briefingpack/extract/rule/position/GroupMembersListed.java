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
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * "A handful of states still have not signed the accord. These include Chile, Kenya and Norway.": a stance taken by a
 * group the sentence does not name (a plural noun of {@code listed-actor-nouns.txt}, no actor before the
 * trigger), then a sentence that opens with "These include", "This includes", "They included" or "Among them were" and names
 * its members. Each member takes the group's stance, whatever it is (declining and abstaining as well as
 * signing, which {@link IncludedSignatories} covers for "Among them").
 */
final class GroupMembersListed implements Rule {

    private static final Set<String> POINTERS = WordSets.of("these", "they", "those", "this");
    private static final Set<String> INCLUDE = WordSets.of("include", "includes", "included");
    private static final Set<String> BE = WordSets.of("are", "were", "is", "was");
    private static final Set<String> RELATIVES = WordSets.of("that", "who", "which");

    private final StanceTriggers triggers;
    private final Set<String> groupNouns;

    GroupMembersListed(StanceTriggers triggers, List<String> groupNouns) {
        this.triggers = triggers;
        this.groupNouns = WordSets.copyOf(groupNouns);
    }

    static GroupMembersListed fromClasspath(StanceTriggers triggers) {
        return new GroupMembersListed(
                triggers, LexiconFile.read("listed-actor-nouns.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<AnnotatedSentence> sentences = document.sentences();
        for (int i = 1; i < sentences.size(); i++) {
            AnnotatedSentence s = sentences.get(i);
            int listFrom = afterOpening(s.tokens());
            if (listFrom < 0) {
                continue;
            }
            Stance stance = groupStance(sentences.get(i - 1));
            if (stance == null) {
                continue;
            }
            String subject = IncludedSignatories.lastOutcomeUpTo(findings.outcomes, s.index());
            for (Mention m : s.mentionsBetween(listFrom, s.tokens().size())) {
                if (m.kind() != MentionKind.PERSON
                        && m.kind() != MentionKind.CAPITAL
                        && !membersOf(s.tokens(), m.first())
                        && !IncludedSignatories.placedHere(findings.positions, m, s)) {
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(m.actor(), stance, subject, List.of(), Evidence.of(s.text())));
                }
            }
        }
    }

    /** "members of the Reef Group": the body whose members are listed, not one of them. */
    private boolean membersOf(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        return k >= 1
                && tokens.get(k).is("of")
                && groupNouns.contains(tokens.get(k - 1).lower());
    }

    /** The token after "These include", "They also included" or "Among them were" opening the sentence, else -1. */
    private static int afterOpening(List<Token> tokens) {
        if (tokens.size() < 3) {
            return -1;
        }
        if (POINTERS.contains(tokens.get(0).lower())) {
            int k = tokens.get(1).is("also") ? 2 : 1;
            return INCLUDE.contains(tokens.get(k).lower()) ? k + 1 : -1;
        }
        if (tokens.get(0).is("among") && tokens.get(1).is("them")) {
            return BE.contains(tokens.get(2).lower()) ? 3 : 2;
        }
        return -1;
    }

    /**
     * The stance of the sentence's first asserted trigger whose subject is a plural noun of actors with no
     * actor named before the trigger ("Several countries have not signed"), or null.
     */
    private Stance groupStance(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (PhraseMatcher.Hit hit : triggers.matcher.find(tokens)) {
            StanceTriggers.Trigger trigger = triggers.of(hit);
            if (hit.first() > 0
                    && RELATIVES.contains(tokens.get(hit.first() - 1).lower())) {
                continue; // "nations that drafted the text have not signed it": the group's own verb comes later
            }
            if (trigger.mode() != StanceMode.BEFORE
                    || trigger.stance() == Stance.HOSTED
                    || Grammar.negatedBefore(tokens, hit.first())
                    || Grammar.hedgedBefore(tokens, hit.first())) {
                continue;
            }
            boolean group = false;
            for (int k = 0; k < hit.first(); k++) {
                if (tokens.get(k).punctuation(';') || tokens.get(k).punctuation(':')) {
                    group = false;
                } else if (groupNouns.contains(tokens.get(k).lower())) {
                    group = true;
                }
            }
            if (group && s.mentionsBetween(0, hit.first()).isEmpty()) {
                return trigger.stance();
            }
            return null; // the first trigger is another's: a later one is no longer the group's
        }
        return null;
    }
}
