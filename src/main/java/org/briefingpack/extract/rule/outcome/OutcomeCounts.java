package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.Figure;
import org.briefingpack.model.FigureKind;

/** A count of members, signatories or partners in the sentence goes to the nearest outcome without one. */
final class OutcomeCounts implements OutcomeFinder {

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    private final Set<String> memberUnits;

    OutcomeCounts(List<String> memberUnits) {
        this.memberUnits = Set.copyOf(memberUnits);
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

    /** "14 donors pledged $458 million": a count that is the subject of a sum's verb counts its givers. */
    private static boolean giversOf(OutcomeScope scope, FoundFigure count, OutcomeDraft sum) {
        if (count.end() > sum.start) {
            return false;
        }
        String between = scope.text().substring(count.end(), sum.start).strip();
        return GIVING.matcher(between).matches();
    }

    /** At most an auxiliary, an adverb and one verb between the givers and their sum. */
    private static final Pattern GIVING = Pattern.compile(
            "(?:(?:have|has|had|together|jointly|collectively|also)\\s+){0,2}\\p{Ll}+ed", Pattern.CASE_INSENSITIVE);

    boolean isMemberCount(Figure figure) {
        if (figure.unit() == null) {
            return false;
        }
        for (String word : NON_LETTERS.split(figure.unit().toLowerCase(Locale.ROOT))) {
            if (memberUnits.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
