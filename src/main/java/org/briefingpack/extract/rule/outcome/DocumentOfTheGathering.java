package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.annotate.Chunk;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * A named text the story explains as the gathering's own document in apposition, with no verb of adopting: "The Suva
 * Declaration, the closing document of the Reef Summit, lists ...", "the Lima Plan, the outcome text adopted by
 * ministers". The name's keyword gives the type.
 */
final class DocumentOfTheGathering implements OutcomeFinder {

    /** What a word of {@code document-of-the-gathering-words.tsv} is. */
    enum Word {
        DOCUMENT_NOUN,
        MODIFIER
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("document-of-the-gathering-words.tsv").wordsByRole(Word.class);

    /** What the apposition calls the text: "the final document", "the outcome text". */
    private static final Set<String> DOCUMENT_NOUNS = WORDS.get(Word.DOCUMENT_NOUN);

    /** Words after that noun that tie it to a gathering: "of the summit", "adopted by ...". */
    private static final Set<String> TIES = WordSets.of("of", "adopted", "approved", "issued", "agreed");

    /** What may stand between the article and the noun: "the final outcome document", "the main text". */
    private static final Set<String> MODIFIERS = WORDS.get(Word.MODIFIER);

    /** Words between the article and the noun: "the final outcome document". */
    private static final int MAX_MODIFIERS = 2;

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (Chunk name : scope.sentence.chunks()) {
            int comma = name.last();
            if (!name.proper()
                    || comma + 2 >= tokens.size()
                    || !tokens.get(comma).punctuation(',')) {
                continue;
            }
            Token keyword = tokens.get(name.head());
            OutcomeType type = scope.types().typeOf(keyword.text());
            if (type == null || type == OutcomeType.OTHER || !documentApposition(tokens, comma + 1)) {
                continue;
            }
            int first = name.first();
            while (first < name.head() && tokens.get(first).tag() == Tag.DET) {
                first++;
            }
            String text = scope.sentence.span(first, name.last());
            int start = tokens.get(first).start();
            int end = tokens.get(name.last() - 1).end();
            if (!NameText.isTitle(text) || scope.gazetteer.byName(text).isPresent() || scope.overlaps(start, end)) {
                continue;
            }
            OutcomeDraft d = new OutcomeDraft(text, start, end);
            d.fixedType = type;
            scope.drafts.add(d);
        }
    }

    /** "the closing document of", "the outcome text adopted" from token {@code k}. */
    private static boolean documentApposition(List<Token> tokens, int k) {
        if (!tokens.get(k).is("the")) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() - 1 && j <= k + 1 + MAX_MODIFIERS; j++) {
            if (DOCUMENT_NOUNS.contains(tokens.get(j).lower())
                    && TIES.contains(tokens.get(j + 1).lower())) {
                return true;
            }
            if (!MODIFIERS.contains(tokens.get(j).lower())) {
                return false; // "the landmark text of 2015": another text
            }
        }
        return false;
    }
}
