package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * A sum said as a country's or body's funding, with no verb of giving: "the talks ended with $40 billion in Japanese
 * commitments", "$2 billion in EU pledges for the islands", "$90 million of Japanese funds". The actor between "in" or "of"
 * and the noun of funding pledged it.
 */
final class SumsInActorsFunding implements Rule {

    private final Set<String> fundingNouns;

    SumsInActorsFunding(List<String> fundingNouns) {
        this.fundingNouns = WordSets.copyOf(fundingNouns);
    }

    static SumsInActorsFunding fromClasspath() {
        return new SumsInActorsFunding(LexiconFile.read("funding-nouns.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.body()) {
            List<Token> tokens = s.tokens();
            for (FoundFigure f : s.local(FigureKind.MONEY)) {
                int in = s.tokenAt(f.end());
                if (in + 2 >= tokens.size()
                        || !(tokens.get(in).is("in") || tokens.get(in).is("of")) // "$90 million of Japanese funds"
                        || Grammar.negatedBefore(tokens, in)) {
                    continue;
                }
                for (Mention m : s.mentions()) {
                    if (m.first() == in + 1
                            && m.kind() != MentionKind.PERSON
                            && m.last() < tokens.size()
                            && fundingNouns.contains(tokens.get(m.last()).lower())) {
                        Positions.addUnlessKnown(
                                findings.positions,
                                new Position(m.actor(), Stance.PLEDGED, null, List.of(), Evidence.of(s.text())));
                    }
                }
            }
        }
    }
}
