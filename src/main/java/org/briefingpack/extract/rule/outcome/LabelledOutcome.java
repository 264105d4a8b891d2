package org.briefingpack.extract.rule.outcome;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.rule.OutcomeDraft;

/** "Global Digital Compact: the first worldwide agreement ...": a title with an outcome keyword before a colon. */
final class LabelledOutcome implements OutcomeFinder {

    private static final Pattern LABEL = Pattern.compile("^([A-Z][^:.;]{2,90}?)\\s*:\\s+\\S");

    @Override
    public void find(OutcomeScope scope) {
        String plain = scope.sentence.plain();
        if (plain.indexOf(':') <= 0) {
            return;
        }
        Matcher label = LABEL.matcher(plain);
        if (!label.find() || scope.types().typeOf(label.group(1)) == null || !NameText.isTitle(label.group(1))) {
            return;
        }
        String text = scope.text();
        int at = Math.max(0, text.indexOf(label.group(1)));
        OutcomeDraft d =
                new OutcomeDraft(label.group(1).strip(), at, at + label.group(1).length());
        d.label = true;
        scope.drafts.add(d);
        scope.bodyFrom = text.indexOf(':', at) + 1;
    }
}
