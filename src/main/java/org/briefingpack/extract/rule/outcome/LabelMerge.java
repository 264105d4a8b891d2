package org.briefingpack.extract.rule.outcome;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.briefingpack.extract.rule.OutcomeDraft;

/**
 * "IMEC: a memorandum of understanding ... was announced": one outcome, the label naming the body's. Then
 * the sentence's drafts in text order.
 */
final class LabelMerge implements OutcomeFinder {

    private static final Pattern TRAILING_CONNECTOR = Pattern.compile("\\s+(?:of|on|for|to|and|the|in)$");

    @Override
    public void find(OutcomeScope scope) {
        merge(scope);
        scope.drafts.sort((a, b) -> Integer.compare(a.start, b.start));
    }

    private static void merge(OutcomeScope scope) {
        if (scope.drafts.size() < 2 || !scope.drafts.get(0).label) {
            return;
        }
        OutcomeDraft label = scope.drafts.get(0);
        OutcomeDraft body = scope.drafts.get(1);
        String head = body.name;
        int comma = head.indexOf(',');
        if (comma > 0) {
            head = head.substring(0, comma);
        }
        String[] words = NameText.split(head);
        head = TRAILING_CONNECTOR
                .matcher(String.join(" ", Arrays.copyOf(words, Math.min(words.length, 4))))
                .replaceFirst("");
        String labelKeyword = scope.types().headKeyword(label.name);
        if (labelKeyword != null && labelKeyword.equals(scope.types().headKeyword(head))) {
            scope.drafts.remove(1);
            return;
        }
        body.name = label.name + " " + Character.toLowerCase(head.charAt(0)) + head.substring(1);
        scope.drafts.remove(0);
    }
}
