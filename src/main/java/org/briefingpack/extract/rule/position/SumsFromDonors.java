package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * A sum followed by who gave it: "pledges included $50 million from Germany", "$100 million came from the United
 * States", "the fund received $20 million from Ireland and $15 million from Belgium". The actors right after
 * "from" PLEDGED, when the sentence speaks of giving (a pledge noun of {@code pledge-nouns.txt}, or a verb of
 * receiving or raising): "imports worth $5 billion from China" gives nothing.
 */
public final class SumsFromDonors implements Rule {

    /** The roles of {@code lexicon/sums-from-donor-words.tsv}. */
    enum Word {
        GIVING_VERB
    }

    /** Words that may stand between a sum and "from": "$100 million came from", "$5 million each from". */
    private static final Set<String> BRIDGE = WordSets.of("came", "come", "coming", "each", "in", "grants", "funding");

    private final Set<String> pledgeNouns;
    /** Lemmas of verbs whose participle before "by" names the giver of the sum before them ("pledged by"). */
    private final Set<String> givingVerbs;
    /** Lemmas of verbs that make a sum "from" someone a gift: received, came, raised, included, totalled. */
    private final Set<String> giftVerbs;

    SumsFromDonors(List<String> pledgeNouns, List<String> givingVerbs, LexiconFile words) {
        this.pledgeNouns = WordSets.copyOf(pledgeNouns);
        this.givingVerbs = WordSets.copyOf(givingVerbs);
        this.giftVerbs = words.wordsByRole(Word.class).get(Word.GIVING_VERB);
    }

    static SumsFromDonors fromClasspath() {
        return new SumsFromDonors(
                LexiconFile.read("pledge-nouns.txt").words(),
                LexiconFile.read("pledge-verbs.txt").words(),
                LexiconFile.read("sums-from-donor-words.tsv"));
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            if (!s.hasFigure(FigureKind.MONEY) || s.heading() || !speaksOfGiving(s)) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (FoundFigure sum : s.local(FigureKind.MONEY)) {
                int k = s.tokenAt(sum.end());
                int bridged = 0;
                while (k < tokens.size()
                        && bridged < 2
                        && BRIDGE.contains(tokens.get(k).lower())) {
                    k++;
                    bridged++;
                }
                int by = givenBy(tokens, s.tokenAt(sum.end()));
                if (by < 0 && (k >= tokens.size() || !tokens.get(k).is("from"))) {
                    continue;
                }
                for (Mention m : ListedActors.leading(s, by >= 0 ? by + 1 : k + 1)) {
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(m.actor(), Stance.PLEDGED, null, List.of(), Evidence.of(s.text())));
                }
            }
        }
    }

    /** How many words of the gift's noun may stand between a sum and its participle ("$5 million seed fund"). */
    private static final int GIFT_NOUN_WORDS = 3;

    /**
     * "a $3 million grant pledged by Norway", "€5 million (about $5.4 million) committed by Spain": the "by" after a
     * sum, its gift's noun and a participle of giving; -1 where none follows.
     */
    private int givenBy(List<Token> tokens, int k) {
        if (k < tokens.size() && tokens.get(k).punctuation('(')) {
            while (k < tokens.size() && !tokens.get(k).punctuation(')')) {
                k++; // the sum in another currency, in brackets
            }
            k++;
        }
        for (int words = 0;
                k < tokens.size() && words < GIFT_NOUN_WORDS && tokens.get(k).tag() == Tag.NOUN;
                words++) {
            k++;
        }
        if (k + 1 >= tokens.size()
                || tokens.get(k).tag() != Tag.VERB
                || !tokens.get(k).lower().endsWith("ed")
                        && !tokens.get(k).lower().endsWith("en")
                || !(givingVerbs.contains(tokens.get(k).lemma())
                        || giftVerbs.contains(tokens.get(k).lemma()))
                || !tokens.get(k + 1).is("by")) {
            return -1;
        }
        return k + 1;
    }

    private boolean speaksOfGiving(AnnotatedSentence s) {
        for (Token t : s.tokens()) {
            if (pledgeNouns.contains(t.lemma()) || giftVerbs.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }
}
