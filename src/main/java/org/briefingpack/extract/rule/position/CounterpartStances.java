package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Map;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeTypes;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * The other party of an act one actor does "with" another does it too: "Fiji signed a bilateral accord with Tonga"
 * makes Tonga a signatory, "Ana Ruiz hosted the summit jointly with Chile's president" a co-host. Only where an
 * earlier rule gave an actor the sentence names before the link that stance, and only for the actors the link lists.
 */
final class CounterpartStances implements Rule {

    /** The roles of {@code lexicon/counterpart-words.tsv}. */
    enum Word {
        SIGNING_VERB,
        SIGNING_LINK,
        BETWEEN_LINK,
        TEXT_TAIL,
        HOSTING_VERB,
        HOSTING_LINK
    }

    /** How many tokens the verb's object may take before the link ("signed a memorandum of understanding with"). */
    private static final int MAX_OBJECT = 8;

    /** How many tokens a hosting verb's object or agent may take before the link, title and name included. */
    private static final int MAX_AGENT = 20;

    private final PhraseMatcher signingVerbs;
    private final PhraseMatcher signingLinks;
    private final PhraseMatcher betweenLinks;
    private final PhraseMatcher textTails;
    private final PhraseMatcher hostingVerbs;
    private final PhraseMatcher hostingLinks;
    private final OutcomeTypes types;

    CounterpartStances(LexiconFile words, OutcomeTypes types) {
        Map<Word, List<String>> byRole = words.phrasesByRole(Word.class);
        this.signingVerbs = PhraseMatcher.of(byRole.get(Word.SIGNING_VERB));
        this.signingLinks = PhraseMatcher.of(byRole.get(Word.SIGNING_LINK));
        this.betweenLinks = PhraseMatcher.of(byRole.get(Word.BETWEEN_LINK));
        this.textTails = PhraseMatcher.of(byRole.get(Word.TEXT_TAIL));
        this.hostingVerbs = PhraseMatcher.of(byRole.get(Word.HOSTING_VERB));
        this.hostingLinks = PhraseMatcher.of(byRole.get(Word.HOSTING_LINK));
        this.types = types;
    }

    static CounterpartStances fromClasspath(OutcomeTypes types) {
        return new CounterpartStances(LexiconFile.read("counterpart-words.tsv"), types);
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            if (s.mentions().size() < 2) {
                continue; // one actor and its counterpart at least
            }
            share(s, findings, Stance.SIGNED, signingVerbs, signingLinks, true);
            partiesBetween(s, findings);
            share(s, findings, Stance.HOSTED, hostingVerbs, hostingLinks, false);
        }
    }

    private void share(
            AnnotatedSentence s,
            Findings findings,
            Stance stance,
            PhraseMatcher verbs,
            PhraseMatcher links,
            boolean needsAText) {
        List<Token> tokens = s.tokens();
        for (PhraseMatcher.Hit verb : verbs.find(tokens)) {
            int to = Math.min(tokens.size(), verb.last() + (needsAText ? MAX_OBJECT : MAX_AGENT) + 1);
            for (PhraseMatcher.Hit link : links.find(tokens, verb.last(), to)) {
                if (needsAText && !textRightBefore(tokens, verb.last(), link.first())) {
                    continue;
                }
                if (needsAText
                        ? endsBefore(tokens, verb.last(), link.first())
                        : anotherVerbBefore(tokens, verb.last(), link.first())) {
                    continue;
                }
                Position first = stated(findings.positions, s, stance, link.first());
                if (first == null) {
                    return;
                }
                for (Mention m : ListedActors.after(s, link.last(), s.mentions(), false)) {
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(m.actor(), stance, first.subject(), List.of(), Evidence.of(s.text())));
                }
                return;
            }
        }
    }

    /**
     * "a $5 million agreement between Fiji's oceans ministry and the Coral Trust was signed", "the deal signed was an
     * accord between Peru and the Ocean Fund": the parties a text's name lists after "between" signed it, where the
     * sentence says it was signed (not "talks on an agreement between Fiji and Chile").
     */
    private void partiesBetween(AnnotatedSentence s, Findings findings) {
        List<Token> tokens = s.tokens();
        List<PhraseMatcher.Hit> links = betweenLinks.find(tokens);
        if (links.isEmpty() || signingVerbs.find(tokens).stream().noneMatch(v -> done(tokens, v))) {
            return;
        }
        for (PhraseMatcher.Hit link : links) {
            if (!textRightBefore(tokens, Math.max(0, link.first() - MAX_OBJECT), link.first())) {
                continue;
            }
            int end = link.last();
            while (end < tokens.size()
                    && tokens.get(end).tag() != Tag.VERB
                    && tokens.get(end).tag() != Tag.AUX
                    && !tokens.get(end).punctuation(';')
                    && !tokens.get(end).punctuation('.')) {
                end++; // the parties' phrase runs to the clause's verb ("between Peru and the Chilean firm Blue Reef
                // was")
            }
            int from = link.last();
            int to = end;
            List<Mention> parties = s.mentions().stream()
                    .filter(m -> m.first() >= from && m.last() <= to)
                    .toList();
            if (parties.size() < 2) {
                continue; // "between" names two parties at least
            }
            for (Mention m : parties) {
                Positions.addUnlessKnown(
                        findings.positions,
                        new Position(m.actor(), Stance.SIGNED, null, List.of(), Evidence.of(s.text())));
            }
        }
    }

    /** A verb of signing in the past, not negated ("was signed", "inked"; not "has not signed", "will sign"). */
    private static boolean done(List<Token> tokens, PhraseMatcher.Hit verb) {
        return tokens.get(verb.last() - 1).lower().endsWith("ed") && !Grammar.negatedBefore(tokens, verb.first());
    }

    /**
     * The position of this stance an earlier rule gave an actor this sentence names before the link (found here, or
     * in an earlier sentence that said it first), or null: the act the counterpart shares.
     */
    private static Position stated(List<Position> positions, AnnotatedSentence s, Stance stance, int link) {
        for (Position p : positions) {
            if (p.stance() != stance) {
                continue;
            }
            String key = ActorGroups.key(p.actor());
            for (Mention m : s.mentions()) {
                if (m.last() <= link && ActorGroups.key(m.actor()).equals(key)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Whether a text's name ends right before the link ("a bilateral accord with", "a memorandum of understanding
     * with"): not "a deal in partnership with", where the partner helped make it.
     */
    private boolean textRightBefore(List<Token> tokens, int from, int link) {
        int head = link - 1;
        for (PhraseMatcher.Hit tail : textTails.find(tokens, from, link)) {
            if (tail.last() == link) {
                head = tail.first() - 1; // "a memorandum of understanding with"
            }
        }
        return head >= from && types.isAgreementHead(tokens.get(head).lower());
    }

    /**
     * A verb or a clause's end between the hosting verb and the link: the link is another clause's. Commas may stand
     * between, round the host's title and name ("co-chaired by Fiji's minister, Ana Ruiz, alongside ...").
     */
    private static boolean anotherVerbBefore(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.VERB || t.tag() == Tag.AUX || t.punctuation(';') || t.punctuation(':')) {
                return true;
            }
        }
        return false;
    }

    /** A comma, colon or other clause break between the verb and the link: the link is another clause's. */
    private static boolean endsBefore(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.punctuation(',') || t.punctuation(';') || t.punctuation(':') || t.dash()) {
                return true;
            }
        }
        return false;
    }
}
