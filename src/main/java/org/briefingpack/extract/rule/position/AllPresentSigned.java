package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * "All the participants signed the Reef Declaration." and elsewhere "Chile, Peru and Kenya attended the summit.":
 * a text everyone present signed, and who was present, named in another sentence ({@code attendance-phrases.tsv}).
 * Each one named as present signed, unless the text has them declining or opposing. The evidence is both sentences.
 */
final class AllPresentSigned implements Rule {

    private static final Set<String> BY_ALL_SKIPPED = WordSets.of("the", "of");
    /** How far after "all" the noun of participants may stand ("all 14 member countries"). */
    private static final int NOUN_REACH = 4;

    private final StanceTriggers triggers;
    private final PhraseMatcher attendance;
    private final Set<String> participantNouns;
    private final Set<String> passive = new HashSet<>();

    AllPresentSigned(StanceTriggers triggers, LexiconFile attendancePhrases, List<String> participantNouns) {
        this.triggers = triggers;
        List<String[]> entries = new ArrayList<>();
        for (LexiconRow row : attendancePhrases.rows()) {
            entries.add(new String[] {row.text(0), row.text(0)});
            if (row.choice(1, StanceMode.class) == StanceMode.AFTER) {
                passive.add(row.text(0));
            }
        }
        this.attendance = new PhraseMatcher(entries, false);
        this.participantNouns = WordSets.copyOf(participantNouns);
    }

    static AllPresentSigned fromClasspath(StanceTriggers triggers) {
        return new AllPresentSigned(
                triggers,
                LexiconFile.read("attendance-phrases.tsv"),
                LexiconFile.read("participant-nouns.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        AnnotatedSentence signing = null;
        for (AnnotatedSentence s : document.sentences()) {
            if (signedByAll(s)) {
                signing = s;
                break;
            }
        }
        if (signing == null) {
            return;
        }
        String subject = IncludedSignatories.lastOutcomeUpTo(findings.outcomes, signing.index());
        for (AnnotatedSentence s : document.sentences()) {
            for (Mention m : present(s)) {
                if (m.kind() == MentionKind.CAPITAL || standsApart(findings.positions, m)) {
                    continue;
                }
                List<Evidence> evidence = s == signing
                        ? Evidence.of(s.text())
                        : List.of(new Evidence(s.text(), null), new Evidence(signing.text(), null));
                Positions.addUnlessKnown(
                        findings.positions, new Position(m.actor(), Stance.SIGNED, subject, List.of(), evidence));
            }
        }
    }

    /** Whether the actor declined or opposed something the text reports: then not all present signed for it. */
    private static boolean standsApart(List<Position> positions, Mention m) {
        String key = ActorGroups.key(m.actor());
        return positions.stream()
                .anyMatch(p -> (p.stance() == Stance.DECLINED || p.stance() == Stance.OPPOSES)
                        && ActorGroups.key(p.actor()).equals(key));
    }

    /** "all the participants signed", "was signed by all countries taking part": a signing nobody stayed out of. */
    private boolean signedByAll(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (PhraseMatcher.Hit hit : triggers.matcher.find(tokens)) {
            StanceTriggers.Trigger trigger = triggers.of(hit);
            if (trigger.stance() != Stance.SIGNED
                    || Grammar.negatedBefore(tokens, hit.first())
                    || Grammar.hedgedBefore(tokens, hit.first())) {
                continue;
            }
            if (trigger.mode() == StanceMode.AFTER) {
                int k = hit.last();
                if (k < tokens.size()
                        && tokens.get(k).is("all")
                        && !notBefore(tokens, k)
                        && participantsFrom(tokens, k + 1, tokens.size())) {
                    return true;
                }
            } else if (trigger.mode() == StanceMode.BEFORE) {
                for (int k = hit.first() - 1; k >= 0; k--) {
                    Token t = tokens.get(k);
                    if (t.punctuation(';') || t.punctuation(':') || t.punctuation(',')) {
                        break;
                    }
                    if (t.is("all")
                            && !notBefore(tokens, k)
                            && participantsFrom(tokens, k + 1, hit.first())
                            && s.mentionsBetween(k, hit.first()).isEmpty()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** "not all participants signed": some did not. */
    private static boolean notBefore(List<Token> tokens, int all) {
        return all > 0
                && (tokens.get(all - 1).lemma().equals("not")
                        || tokens.get(all - 1).is("almost"));
    }

    /** A noun of participants within a few words from k, before {@code end}: "the participants", "14 leaders". */
    private boolean participantsFrom(List<Token> tokens, int k, int end) {
        for (int j = k; j < end && j < k + NOUN_REACH; j++) {
            Token t = tokens.get(j);
            if (participantNouns.contains(t.lower())) {
                return true;
            }
            if (!t.word() && !BY_ALL_SKIPPED.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    /** The actors a sentence names as present: the list right before "attended", or after "attended by". */
    private List<Mention> present(AnnotatedSentence s) {
        List<Mention> out = new ArrayList<>();
        for (PhraseMatcher.Hit hit : attendance.find(s.tokens())) {
            if (Grammar.negatedBefore(s.tokens(), hit.first())) {
                continue;
            }
            out.addAll(
                    passive.contains(hit.phrase().toLowerCase(Locale.ROOT))
                            ? ListedActors.leading(s, hit.last())
                            : listEndingAt(s, hit.first()));
        }
        return out;
    }

    /** "China, Russia and Iran attended": the coordinated actors that end right before token {@code end}. */
    private static List<Mention> listEndingAt(AnnotatedSentence s, int end) {
        List<Token> tokens = s.tokens();
        List<Mention> out = new ArrayList<>();
        int k = end;
        Mention m;
        while ((m = endingAt(s.mentions(), k)) != null) {
            out.add(0, m);
            k = m.first();
            if (k > 0 && tokens.get(k - 1).is("the")) {
                k--; // "and the United Kingdom"
            }
            int item = k;
            if (k > 0 && tokens.get(k - 1).is("and")) {
                k--;
            }
            if (k > 0 && tokens.get(k - 1).punctuation(',')) {
                k--;
            }
            if (k == item) {
                break; // no separator before this name: the list starts here
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static Mention endingAt(List<Mention> mentions, int end) {
        for (Mention m : mentions) {
            if (m.last() == end) {
                return m;
            }
        }
        return null;
    }
}
