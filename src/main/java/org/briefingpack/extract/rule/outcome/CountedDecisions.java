package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.OutcomeType;

/**
 * The texts a session adopts, counted rather than named: "the conference adopted 35 decisions", "12 resolutions
 * were passed over the week", "closed with 27 decisions adopted to restore reefs". One outcome of type AGREEMENT,
 * named by the count, its noun and what the clause says of them, with the count as its count.
 */
final class CountedDecisions implements OutcomeFinder {

    /** What a word of {@code counted-decision-words.tsv} is. */
    enum Word {
        DECISION_NOUN,
        ADOPTING_VERB
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("counted-decision-words.tsv").wordsByRole(Word.class);

    /** The nouns of texts a session adopts in numbers, plural. */
    private static final Set<String> DECISION_NOUNS = WORDS.get(Word.DECISION_NOUN);
    /** Verbs (as written) that adopt them. */
    private static final Set<String> ADOPTING = WORDS.get(Word.ADOPTING_VERB);
    /** Verbs right before the count that make the texts parts of another ("contains", "includes"). */
    private static final Set<String> PART_OF = WordSets.of("contain", "include", "comprise", "incorporate");

    /** How far from the count the verb of adopting may stand, in tokens. */
    private static final int VERB_REACH = 4;
    /** How many tokens of the clause after the noun the name may take ("adopted to restore land ..."). */
    private static final int MAX_NAME_TOKENS = 14;

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (FoundFigure count : scope.sentence.local(FigureKind.COUNT)) {
            String unit = count.figure().unit();
            String noun = unit == null
                    ? ""
                    : unit.substring(unit.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (!DECISION_NOUNS.contains(noun) || unit.toLowerCase(Locale.ROOT).contains("draft")) {
                continue; // "approved four draft resolutions": drafts sent on for adoption, not texts adopted
            }
            int first = scope.sentence.tokenAt(count.start());
            int last = scope.sentence.tokenAt(count.end()) - 1;
            if (first >= tokens.size() || last < first || !adoptedNear(tokens, first, last)) {
                continue;
            }
            if (first > 0 && PART_OF.contains(tokens.get(first - 1).lemma())) {
                continue; // "the Declaration contains three resolutions adopted ...": parts of another text
            }
            int end = last + 1;
            boolean verbAfter =
                    end < tokens.size() && ADOPTING.contains(tokens.get(end).lower());
            if (verbAfter) {
                // "27 decisions adopted to restore reefs and ...": the clause says what they are for
                while (end < tokens.size()
                        && end - last <= MAX_NAME_TOKENS
                        && !tokens.get(end).punctuation(',')
                        && !tokens.get(end).punctuation(';')
                        && !tokens.get(end).punctuation('.')) {
                    end++;
                }
            }
            int start = tokens.get(first).start();
            int stop = tokens.get(end - 1).end();
            String name = scope.sentence.text().substring(start, stop);
            OutcomeDraft d = scope.drafts.stream()
                    .filter(o -> o.start < stop && start < o.end)
                    .findFirst()
                    .orElse(null);
            if (d == null) {
                d = new OutcomeDraft(name, start, stop);
                scope.drafts.add(d);
            } else if (d.count != null || d.money != null) {
                continue; // another outcome, counted or funded, stands here
            } else {
                // "closed with 27 decisions adopted ...": what an earlier finder took for a bare count
                d.name = name;
                d.start = start;
                d.end = stop;
            }
            d.fixedType = OutcomeType.AGREEMENT;
            d.count = count;
        }
    }

    /** A verb of adopting shortly before the count ("adopted 35 decisions") or right after its noun. */
    private static boolean adoptedNear(List<Token> tokens, int first, int last) {
        for (int k = first - 1; k >= 0 && k >= first - VERB_REACH; k--) {
            if (ADOPTING.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        for (int k = last + 1; k < tokens.size() && k <= last + 2; k++) {
            if (ADOPTING.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
