package org.briefingpack.extract.rule.outcome;

import java.util.List;
import org.briefingpack.extract.annotate.Chunk;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * A name the text explains with an outcome keyword in apposition: "the Blue Harbour Commons, a platform for
 * sharing port data", "Seagrass 2030, a new coalition of ten states". The keyword gives the type.
 */
final class AppositiveOutcome implements OutcomeFinder {

    /** "Bharat Mandapam, a new convention centre": a building, not an outcome. */
    private static final java.util.Set<String> PLACES = WordSets.of("centre", "center", "office", "hall");

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        List<Chunk> chunks = scope.sentence.chunks();
        for (int c = 0; c + 1 < chunks.size(); c++) {
            Chunk name = chunks.get(c);
            Chunk apposition = chunks.get(c + 1);
            if (!name.proper()
                    || name.last() >= tokens.size()
                    || !tokens.get(name.last()).punctuation(',')
                    || apposition.first() != name.last() + 1) {
                continue;
            }
            Token article = tokens.get(apposition.first());
            if (!article.is("a") && !article.is("an")) {
                continue;
            }
            Token keyword = tokens.get(apposition.head());
            OutcomeType type = scope.types().typeOf(keyword.text());
            if (type == null || type == OutcomeType.OTHER || PLACES.contains(keyword.lemma())) {
                continue;
            }
            int first = name.first();
            while (first < name.head() && tokens.get(first).tag() == Tag.DET) {
                first++;
            }
            String text = scope.sentence.span(first, name.last());
            if (!NameText.isTitle(text) || scope.gazetteer.byName(text).isPresent()) {
                continue;
            }
            int start = tokens.get(first).start();
            int end = tokens.get(apposition.last() - 1).end();
            if (scope.overlaps(start, tokens.get(name.last() - 1).end())) {
                continue;
            }
            OutcomeDraft d = new OutcomeDraft(text, start, end);
            d.fixedType = type;
            scope.drafts.add(d);
        }
    }
}
