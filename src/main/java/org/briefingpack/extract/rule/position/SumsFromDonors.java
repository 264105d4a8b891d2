package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
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

    /** Lemmas of verbs that make a sum "from" someone a gift: received, came, raised, included, totalled. */
    private static final Set<String> GIVING_VERBS =
            Set.of("receive", "come", "raise", "include", "total", "donate", "give", "secure", "mobilise", "mobilize");
    /** Words that may stand between a sum and "from": "$100 million came from", "$5 million each from". */
    private static final Set<String> BRIDGE = Set.of("came", "come", "coming", "each", "in", "grants", "funding");

    private final Set<String> pledgeNouns;

    SumsFromDonors(List<String> pledgeNouns) {
        this.pledgeNouns = Set.copyOf(pledgeNouns);
    }

    static SumsFromDonors fromClasspath() {
        return new SumsFromDonors(LexiconFile.read("pledge-nouns.txt").words());
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
                if (k >= tokens.size() || !tokens.get(k).is("from")) {
                    continue;
                }
                for (Mention m : ListedActors.leading(s, k + 1)) {
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(m.actor(), Stance.PLEDGED, null, List.of(), Evidence.of(s.text())));
                }
            }
        }
    }

    private boolean speaksOfGiving(AnnotatedSentence s) {
        for (Token t : s.tokens()) {
            if (pledgeNouns.contains(t.lemma()) || GIVING_VERBS.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }
}
