package org.briefingpack.extract.rule.outcome;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.Figure;
import org.briefingpack.model.FigureKind;

/** A count of members, signatories or partners in the sentence goes to the nearest outcome without one. */
final class OutcomeCounts implements OutcomeFinder {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final Set<String> memberUnits;
    private final Set<String> givingVerbs;

    /**
     * @param memberUnits nouns of those who join or give ("countries", "donors")
     * @param givingVerbs lemmas of verbs of giving money ("pledge", "contribute")
     */
    OutcomeCounts(List<String> memberUnits, List<String> givingVerbs) {
        this.memberUnits = WordSets.copyOf(memberUnits);
        this.givingVerbs = WordSets.copyOf(givingVerbs);
    }

    @Override
    public void find(OutcomeScope scope) {
        if (scope.drafts.isEmpty()) {
            return;
        }
        for (FoundFigure f : scope.sentence.local(FigureKind.COUNT)) {
            if (!isMemberCount(f.figure())) {
                continue;
            }
            OutcomeDraft best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (OutcomeDraft d : scope.drafts) {
                if (d.count != null || d.moneyOnly && !giversOf(scope, f, d)) {
                    continue;
                }
                int distance = f.start() >= d.end ? f.start() - d.end : d.start > f.end() ? d.start - f.end() : 0;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = d;
                }
            }
            if (best != null) {
                best.count = f;
            }
        }
    }

    /** "14 donors pledged $458 million": a count that is the subject of a sum's giving verb counts its givers. */
    private boolean giversOf(OutcomeScope scope, FoundFigure count, OutcomeDraft sum) {
        if (count.end() > sum.start) {
            return false;
        }
        List<Token> tokens = scope.tokens();
        int first = scope.sentence.tokenAt(count.end());
        int last = scope.sentence.tokenAt(sum.start);
        if (last - first < 1 || last - first > MAX_BETWEEN) {
            return false;
        }
        boolean giving = false;
        for (int k = first; k < last; k++) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.VERB && givingVerbs.contains(t.lemma())) {
                giving = true;
            } else if (t.tag() != Tag.AUX && t.tag() != Tag.ADV) {
                return false; // "12 countries received $40 million": only a giving verb, its auxiliary and an adverb
            }
        }
        return giving;
    }

    /** The words a count's giving verb may take: an auxiliary, an adverb and the verb ("have jointly pledged"). */
    private static final int MAX_BETWEEN = 3;

    boolean isMemberCount(Figure figure) {
        if (figure.unit() == null) {
            return false;
        }
        String[] words = NON_LETTERS.split(figure.unit().toLowerCase(Locale.ROOT));
        boolean coordinated =
                Arrays.asList(words).contains("and") || Arrays.asList(words).contains("or");
        if (!coordinated) {
            // "member states", "partner countries"; not "member state representatives", people who came
            return memberUnits.contains(words[words.length - 1]);
        }
        for (String word : words) {
            if (memberUnits.contains(word)) {
                return true; // "countries and territories"
            }
        }
        return false;
    }
}
