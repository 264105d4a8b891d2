package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * Measures listed as clauses set apart by semicolons after a plural noun of outcomes and "including": "new
 * initiatives, including naval patrols for the atolls; a joint course for harbour police; and grants for the
 * Lagoon Watch" gives one outcome per item, named by the item up to its first comma. Semicolons are
 * what mark such a list: a list run together with commas is read by the finders of names.
 */
final class IncludedMeasures implements OutcomeFinder {

    /** Items a list needs before its semicolons are read as a list of measures. */
    private static final int MIN_ITEMS = 3;

    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 14;

    private final Set<String> listNouns;

    IncludedMeasures(List<String> listNouns) {
        this.listNouns =
                listNouns.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        int cue = cueAfterListNoun(tokens);
        if (cue < 0) {
            return;
        }
        int semicolons = 0;
        for (int k = cue + 1; k < tokens.size(); k++) {
            if (tokens.get(k).punctuation(';')) {
                semicolons++;
            }
        }
        if (semicolons + 1 < MIN_ITEMS) {
            return;
        }
        int from = cue + 1;
        for (int k = cue + 1; k <= tokens.size(); k++) {
            if (k < tokens.size() && !tokens.get(k).punctuation(';')) {
                continue;
            }
            item(scope, from, k, listType(scope, tokens.get(cue - 2).lower()));
            from = k + 1;
        }
    }

    /** The token of "including" right after a plural noun of outcomes and a comma ("initiatives, including"), or -1. */
    private int cueAfterListNoun(List<Token> tokens) {
        for (int k = 2; k < tokens.size(); k++) {
            if (tokens.get(k).is("including")
                    && tokens.get(k - 1).punctuation(',')
                    && listNouns.contains(tokens.get(k - 2).lower())) {
                return k;
            }
        }
        return -1;
    }

    /** The type the list's noun gives its items ("initiatives": each an initiative), or null. */
    private static OutcomeType listType(OutcomeScope scope, String plural) {
        return scope.types().typeOf(plural.substring(0, plural.length() - 1));
    }

    /** The item between tokens {@code from} and {@code to}: its words up to a comma name one measure. */
    private static void item(OutcomeScope scope, int from, int to, OutcomeType type) {
        List<Token> tokens = scope.tokens();
        if (from < to && (tokens.get(from).is("and") || tokens.get(from).is("or"))) {
            from++;
        }
        if (from < to && (tokens.get(from).is("a") || tokens.get(from).is("an"))) {
            from++; // "a joint course" names "Joint course"
        }
        int end = from;
        while (end < to && !tokens.get(end).punctuation(',') && !tokens.get(end).punctuation('.')) {
            end++;
        }
        end = Math.min(end, from + MAX_WORDS);
        long words = tokens.subList(from, end).stream().filter(Token::word).count();
        if (words < MIN_WORDS) {
            return;
        }
        int startChar = tokens.get(from).start();
        int endChar = tokens.get(end - 1).end();
        if (scope.overlaps(startChar, endChar)) {
            return;
        }
        String text = scope.sentence.span(from, end);
        OutcomeDraft d =
                new OutcomeDraft(Character.toUpperCase(text.charAt(0)) + text.substring(1), startChar, endChar);
        d.measure = true;
        d.fixedType = type;
        scope.drafts.add(d);
    }
}
