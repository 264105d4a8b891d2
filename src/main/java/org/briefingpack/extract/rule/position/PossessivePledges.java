package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * Pledges written as a noun owned by the donor: "Norway's contribution of $50 million", "Acme's €2 billion
 * investment", "Acme's plan to inject €500 million", and list labels "Norway's Fund: $50 million" or
 * "Acme Contribution: $5 million". The owner (an actor, or a capitalised name) PLEDGED, when a money figure
 * stands in the same clause after the noun or label.
 */
public final class PossessivePledges implements Rule {

    private static final int MAX_GAP = 8;

    private final Set<String> pledgeNouns;
    private final Set<String> notAGiver;
    private final ActorGazetteer gazetteer;

    PossessivePledges(List<String> pledgeNouns, List<String> notAGiver, ActorGazetteer gazetteer) {
        this.pledgeNouns = WordSets.copyOf(pledgeNouns);
        this.notAGiver = WordSets.copyOf(notAGiver);
        this.gazetteer = gazetteer;
    }

    static PossessivePledges fromClasspath(ActorGazetteer gazetteer) {
        return new PossessivePledges(
                LexiconFile.read("pledge-nouns.txt").words(),
                LexiconFile.read("not-a-giver-words.txt").words(),
                gazetteer);
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            if (!s.hasFigure(FigureKind.MONEY) || s.heading()) {
                continue;
            }
            List<Token> tokens = s.tokens();
            List<FoundFigure> money = s.local(FigureKind.MONEY);
            for (int k = 1; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                int at = k;
                boolean possessive = t.possessiveMark()
                        // "the Children's Investment Fund Foundation ($8 million)": the mark is inside a name
                        && s.mentions().stream().noneMatch(m -> m.first() < at && at < m.last());
                boolean labelColon = t.punctuation(':') && k <= 8 && labelled(s, k);
                if (!possessive && !labelColon) {
                    continue;
                }
                Actor owner = ownerBefore(s, possessive ? k : labelStart(s, k), possessive);
                if (owner == null) {
                    continue;
                }
                if (possessive && !pledgeNounAfter(tokens, k + 1, money, s)) {
                    continue;
                }
                if (possessive && Positions.givenTo(tokens, k)) {
                    continue; // "donors at the launch of the Reef Fund's replenishment pledged": the fund receives
                }
                if (!moneyAfter(money, tokens.get(k).end(), clauseEnd(s, k))) {
                    continue;
                }
                Positions.addUnlessKnown(
                        findings.positions,
                        new Position(owner, Stance.PLEDGED, subject(s, k), List.of(), Evidence.of(s.text())));
            }
        }
    }

    /** "Acme Contribution: ..." or "Norway’s Fund: ..." at the start of a list item or line. */
    private boolean labelled(AnnotatedSentence s, int colon) {
        return (s.marker() || s.lineItem() || s.newBlock()) && colon > 0;
    }

    private static int labelStart(AnnotatedSentence s, int colon) {
        return colon;
    }

    /**
     * The owner ending right before token {@code at}: a mention, else a run of capitalised words (a company
     * outside the gazetteer). For a label, the first mention of the label, else its capitalised words up to
     * a pledge noun.
     */
    private Actor ownerBefore(AnnotatedSentence s, int at, boolean possessive) {
        List<Token> tokens = s.tokens();
        if (!possessive) {
            for (Mention m : s.mentions()) {
                if (m.last() <= at && tokens.get(m.first()).start() >= s.bodyFrom()) {
                    return m.actor();
                }
            }
            int end = at;
            while (end > 0 && pledgeNouns.contains(tokens.get(end - 1).lemma())) {
                end--;
            }
            if (end == at) {
                return null; // a label names a donor only with its pledge noun: "Acme Contribution:"
            }
            Actor run = capitalisedRun(s, 0, end);
            return run == null ? null : gazetteer.byName(run.name()).orElse(run);
        }
        for (Mention m : s.mentions()) {
            if (m.last() == at) {
                return m.actor();
            }
        }
        int start = at;
        while (start > 0
                && tokens.get(start - 1).word()
                && tokens.get(start - 1).upperCase()
                && tokens.get(start - 1).tag() == Tag.PROPN
                && !notAGiver.contains(tokens.get(start - 1).lower())
                && at - start < 4) {
            start--; // not "Tuesday's pledges", "the Summit's pledges"
        }
        return start < at ? new Actor(s.span(start, at), null) : null;
    }

    private static Actor capitalisedRun(AnnotatedSentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        int start = from;
        while (start < to && !(tokens.get(start).word() && tokens.get(start).upperCase())) {
            start++;
        }
        for (int k = start; k < to; k++) {
            if (!tokens.get(k).word() || !tokens.get(k).capitalised()) {
                return null;
            }
        }
        return start < to && to - start <= 4 ? new Actor(s.span(start, to), null) : null;
    }

    /** A pledge noun within a few words after the possessive ("'s €2 billion investment", "'s plan to inject"). */
    /** Prepositions that open a phrase of its own after the owner's noun, whose pledge nouns are not the owner's. */
    private static final Set<String> OTHER_PHRASE = WordSets.of("with", "from", "by", "to", "for");

    private boolean pledgeNounAfter(List<Token> tokens, int from, List<FoundFigure> money, AnnotatedSentence s) {
        for (int k = from; k < Math.min(tokens.size(), from + MAX_GAP); k++) {
            Token t = tokens.get(k);
            if (pledgeNouns.contains(t.lemma())) {
                return true;
            }
            if (t.punctuation(',')
                    || t.punctuation(';')
                    || t.tag() == Tag.VERB && !t.lower().endsWith("ing")
                    || OTHER_PHRASE.contains(t.lower())) {
                return false; // "Mali's recovery plan with pledges from donors": the pledges are another's
            }
        }
        return false;
    }

    private static boolean moneyAfter(List<FoundFigure> money, int from, int to) {
        return money.stream().anyMatch(f -> f.start() >= from && f.start() < to);
    }

    /** The end of the clause after token {@code k}: the next ";" or sentence end (characters). */
    private static int clauseEnd(AnnotatedSentence s, int k) {
        for (int j = k + 1; j < s.tokens().size(); j++) {
            if (s.tokens().get(j).punctuation(';')) {
                return s.tokens().get(j).start();
            }
        }
        return s.text().length();
    }

    private String subject(AnnotatedSentence s, int k) {
        List<Token> tokens = s.tokens();
        int from = k + 1;
        int end = Math.min(tokens.size(), from + 12);
        for (int j = from; j < end; j++) {
            if (tokens.get(j).punctuation(',') || tokens.get(j).punctuation(';')) {
                end = j;
                break;
            }
        }
        return from < end ? s.span(from, end) : null;
    }
}
