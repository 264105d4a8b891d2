package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.CountWords;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
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
 * "A handful of states still have not signed the accord. These include Chile, Kenya and Norway.": a stance taken by a
 * group the sentence does not name (a plural noun of {@code listed-actor-nouns.txt}, no actor before the
 * trigger), then a sentence that opens with "These include", "This includes", "They included" or "Among them were" and names
 * its members. Each member takes the group's stance, whatever it is (declining and abstaining as well as
 * signing, which {@link IncludedSignatories} covers for "Among them"). A group counted ("Three delegations were
 * absent.") may instead be followed by a sentence whose subject lists exactly that many actors ("Chile, Peru and
 * Fiji had gone home."): those are its members; a counted group "missing" stayed away.
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
            if (listFrom < 0 && (s.mentions().isEmpty() || s.mentions().get(0).first() > 1)) {
                continue; // neither "These include" nor an actor first
            }
            GroupStance group = groupStance(sentences.get(i - 1));
            if (group == null) {
                continue;
            }
            List<Mention> members =
                    listFrom >= 0 ? s.mentionsBetween(listFrom, s.tokens().size()) : countedSubjects(s, group.size());
            String subject = IncludedSignatories.lastOutcomeUpTo(findings.outcomes, s.index());
            Stance stance = group.stance();
            for (Mention m : members) {
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

    /** A group's stance, and how many it counts ("Three delegations"), or 0 where no number is given. */
    private record GroupStance(Stance stance, int size) {}

    /**
     * The actors listed as the sentence's subject ("Chile, Peru and Fiji had gone home"): from its first words to its
     * first verb, nothing between them but commas, "and", "the" and the words of a longer name, and exactly
     * {@code size} of them; else none.
     */
    private static List<Mention> countedSubjects(AnnotatedSentence s, int size) {
        List<Token> tokens = s.tokens();
        int verb = 0;
        while (verb < tokens.size()
                && tokens.get(verb).tag() != Tag.VERB
                && tokens.get(verb).tag() != Tag.AUX) {
            verb++;
        }
        List<Mention> listed = s.mentionsBetween(0, verb);
        if (size < 2 || listed.size() != size || listed.get(0).first() > 1) {
            return List.of();
        }
        int k = listed.get(0).first();
        for (Mention m : listed) {
            for (; k < m.first(); k++) {
                Token t = tokens.get(k);
                if (!t.punctuation(',') && !t.is("and") && !t.is("the") && !t.is("of") && !t.upperCase()) {
                    return List.of(); // a capitalised word or "of" may be a name's head ("the Republic of Guinea")
                }
            }
            k = m.last();
        }
        return k == verb ? listed : List.of();
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

    /**
     * "Four delegations were missing.": a counted group said to be missing, which names no list or text it is missing
     * from (that is a list's own stance, "missing from the list of signatories"), stayed away.
     */
    private GroupStance countedAndMissing(List<Token> tokens) {
        for (int k = 3; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).is("missing")
                    && BE.contains(tokens.get(k - 1).lower())
                    && groupNouns.contains(tokens.get(k - 2).lower())
                    && CountWords.valueOf(tokens.get(k - 3)) > 1
                    && !tokens.get(k + 1).is("from")) {
                return new GroupStance(Stance.DECLINED, CountWords.valueOf(tokens.get(k - 3)));
            }
        }
        return null;
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
    private GroupStance groupStance(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        GroupStance missing = countedAndMissing(tokens);
        if (missing != null) {
            return missing;
        }
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
            int size = 0;
            for (int k = 0; k < hit.first(); k++) {
                if (tokens.get(k).punctuation(';') || tokens.get(k).punctuation(':')) {
                    group = false;
                    size = 0;
                } else if (groupNouns.contains(tokens.get(k).lower())) {
                    group = true;
                    size = k > 0 ? CountWords.valueOf(tokens.get(k - 1)) : 0;
                }
            }
            if (group && s.mentionsBetween(0, hit.first()).isEmpty()) {
                return new GroupStance(trigger.stance(), size);
            }
            return null; // the first trigger is another's: a later one is no longer the group's
        }
        return null;
    }
}
