package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * "a Chile-backed plan", "the U.S.-sponsored resolution": the actor glued to a backing participle supports the
 * proposal named right after it. Only before a proposal's noun: "Chile-backed rebels" take no stance on a text.
 */
final class HyphenatedBackers implements Rule {

    /** The roles of {@code lexicon/hyphenated-backer-words.tsv}. */
    enum Word {
        BACKING,
        PROPOSAL
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("hyphenated-backer-words.tsv").wordsByRole(Word.class);
    /** Participles of backing, after the hyphen. */
    private static final Set<String> BACKING = WORDS.get(Word.BACKING);
    /** Lemmas of what a gathering is asked to back. */
    private static final Set<String> PROPOSALS = WORDS.get(Word.PROPOSAL);
    /** How many words may stand between the compound and the proposal's noun ("a U.S.-backed reform plan"). */
    private static final int NOUN_WITHIN = 3;

    private final ActorGazetteer gazetteer;

    HyphenatedBackers(ActorGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            if (s.text().indexOf('-') < 0) {
                continue; // no compound: most sentences cost one look
            }
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Optional<Actor> backer = HyphenatedActors.before(s, tokens, k, BACKING, gazetteer);
                if (backer.isEmpty()) {
                    continue;
                }
                int noun = k + 1;
                while (noun < tokens.size()
                        && noun - k <= NOUN_WITHIN
                        && tokens.get(noun).word()
                        && !PROPOSALS.contains(tokens.get(noun).lemma())) {
                    noun++;
                }
                if (noun < tokens.size()
                        && noun - k <= NOUN_WITHIN
                        && PROPOSALS.contains(tokens.get(noun).lemma())) {
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(
                                    backer.get(),
                                    Stance.SUPPORTS,
                                    s.span(k + 1, noun + 1),
                                    List.of(),
                                    Evidence.of(s.text())));
                }
            }
        }
    }
}
