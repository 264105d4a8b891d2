package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.annotate.Chunk;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * An outcome that is the subject of its clause: "The official communiqué of the summit shows ...", "The new
 * Ocean Finance Partnership seeks to ...", "1. Lagos Declaration set out ...". The clause opens with a noun
 * phrase headed by an outcome keyword and its verb follows. A capitalised name counts; a common noun only
 * with a word that makes it specific ("final statement", "joint communiqué") and when no outcome found
 * before has the same keyword (then it is that outcome, mentioned again).
 */
final class SubjectOutcome implements OutcomeFinder {

    private static final Set<OutcomeType> TYPES = Set.of(
            OutcomeType.AGREEMENT,
            OutcomeType.INITIATIVE,
            OutcomeType.COALITION,
            OutcomeType.INSTITUTION,
            OutcomeType.REPORT);

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (Chunk c : scope.sentence.chunks()) {
            if (!opensClause(scope, c.first()) || tokens.get(c.first()).start() < scope.bodyFrom) {
                continue;
            }
            Token head = tokens.get(c.head());
            OutcomeType type = scope.types().typeOf(head.text());
            if (type == null || !TYPES.contains(type)) {
                continue;
            }
            int end = c.last();
            boolean ofNamed = false;
            // "the communiqué of the G20 summit": its "of" phrase belongs to the name
            if (end + 1 < tokens.size() && tokens.get(end).is("of")) {
                Chunk of = scope.sentence.chunkAt(end + 1);
                if (of != null && of.first() == end + 1) {
                    end = of.last();
                    ofNamed = of.proper(); // "the communique of the 53rd Reef Leaders Forum": that one, named
                }
            }
            if (!verbAfter(tokens, end)) {
                continue;
            }
            int first = c.first();
            boolean isNew = false;
            while (first < c.head()
                    && (tokens.get(first).tag() == Tag.DET || tokens.get(first).is("new"))) {
                isNew |= tokens.get(first).is("new");
                first++;
            }
            String name = scope.sentence.span(first, end);
            boolean proper =
                    c.proper() && NameText.isTitle(scope.sentence.span(first, c.last())) && c.last() - first >= 2;
            // a capitalised name: an agreement of three words or more, or anything announced as new ("The new
            // Ocean Fund seeks ..."); a name's short form ("the Lima-Quito deal") to find the fuller name by
            boolean named = proper && (type == OutcomeType.AGREEMENT && c.last() - first >= 3 || isNew);
            boolean shortForm = c.proper()
                    && !proper
                    && type == OutcomeType.AGREEMENT
                    && c.last() - first == 2
                    && tokens.get(first).tag() == Tag.PROPN
                    && tokens.get(first).lower().contains("-");
            // a common noun made specific by an adjective ("the final statement"), mentioned for the first time
            boolean specific =
                    !proper && (hasAdjective(tokens, first, c.head()) || ofNamed) && !knownKeyword(scope, head.lower());
            if (!named && !specific && !shortForm) {
                continue;
            }
            int start = tokens.get(first).start();
            int stop = tokens.get(end - 1).end();
            if (scope.overlaps(start, stop) || scope.gazetteer.byName(name).isPresent()) {
                continue;
            }
            OutcomeDraft d = new OutcomeDraft(name, start, stop);
            d.fixedType = proper ? null : type;
            scope.drafts.add(d);
        }
    }

    private static boolean hasAdjective(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).tag() == Tag.ADJ) {
                return true;
            }
        }
        return false;
    }

    /** The chunk opens the sentence (after a list marker) or a clause after ",", ";" or ":". */
    private static boolean opensClause(OutcomeScope scope, int k) {
        List<Token> tokens = scope.tokens();
        int j = k - 1;
        while (j >= 0
                && (tokens.get(j).punctuation('-')
                        || tokens.get(j).punctuation('*')
                        || tokens.get(j).punctuation('.') && j == 1
                        || tokens.get(j).tag() == Tag.NUM && j == 0)) {
            j--;
        }
        if (j < 0) {
            return true;
        }
        Token before = tokens.get(j);
        return before.punctuation(',') || before.punctuation(';') || before.punctuation(':');
    }

    /** A verb (an adverb aside) right after the phrase: "shows", "was published", "seeks", "built". */
    private static boolean verbAfter(List<Token> tokens, int k) {
        int j = k;
        if (j < tokens.size() && tokens.get(j).tag() == Tag.ADV) {
            j++;
        }
        return j < tokens.size()
                && (tokens.get(j).tag() == Tag.VERB || tokens.get(j).tag() == Tag.AUX);
    }

    private static boolean knownKeyword(OutcomeScope scope, String keyword) {
        for (OutcomeDraft o : scope.earlier) {
            if (o.name.toLowerCase(java.util.Locale.ROOT).contains(keyword)) {
                return true;
            }
        }
        for (OutcomeDraft o : scope.drafts) {
            if (o.name != null && o.name.toLowerCase(java.util.Locale.ROOT).contains(keyword)) {
                return true;
            }
        }
        return false;
    }
}
