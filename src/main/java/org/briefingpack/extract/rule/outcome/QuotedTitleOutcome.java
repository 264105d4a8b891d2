package org.briefingpack.extract.rule.outcome;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * A quoted title followed by its keyword ("an independent “State of the Science” report"), or a quoted name
 * that holds one ("what the presidency marketed as the “UAE Consensus”").
 */
final class QuotedTitleOutcome implements OutcomeFinder {

    private static final Pattern QUOTED_TITLE = Pattern.compile("[“\"]([A-Z][^”\"]{2,100})[”\"]\\s+(\\p{L}+)");
    private static final Pattern QUOTED_NAME =
            Pattern.compile("[“\"]([A-Z][^”\"]{2,80})[”\"]|(?<![\\p{L}])‘([A-Z][^’‘]{2,80})’(?![\\p{L}])");
    /** "under the theme “From Plan to Action”", "the slogan “One Reef”": a motto, whatever words it holds. */
    private static final Pattern MOTTO_BEFORE =
            Pattern.compile("(?i)\\b(?:theme|themed|slogan|motto|banner|tagline)(?:\\s+of)?\\s*[,:]?\\s*$");

    private static final int MOTTO_WINDOW = 30;

    private static final Pattern WORD_AHEAD = Pattern.compile("^\\s+(\\p{L}+)");

    @Override
    public void find(OutcomeScope scope) {
        String text = scope.text();
        if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('‘') < 0) {
            return;
        }
        Matcher q = QUOTED_TITLE.matcher(text);
        while (q.find()) {
            OutcomeType type = scope.types().typeOf(q.group(2));
            if (type != null && q.start() >= scope.bodyFrom && !scope.overlaps(q.start(), q.end())) {
                OutcomeDraft d = new OutcomeDraft(q.group(1) + " " + q.group(2), q.start(), q.end());
                d.fixedType = type;
                scope.drafts.add(d);
            }
        }
        Matcher qt = QUOTED_NAME.matcher(text);
        while (qt.find()) {
            String quoted = qt.group(1) != null ? qt.group(1) : qt.group(2);
            OutcomeType type = scope.types().typeOf(quoted);
            if (type != null
                    && qt.start() >= scope.bodyFrom
                    && NameText.isTitle(quoted)
                    && !scope.overlaps(qt.start(), qt.end())
                    && !MOTTO_BEFORE
                            .matcher(text.substring(Math.max(0, qt.start() - MOTTO_WINDOW), qt.start()))
                            .find()
                    && !Grammar.negatedBefore(scope.tokens(), scope.sentence.tokenAt(qt.start()))) {
                scope.drafts.add(new OutcomeDraft(quoted, qt.start(), qt.end()));
            }
        }
    }

    /** The type the word right after a closing quote gives ("“Blue Ocean” initiative"), or null. */
    static OutcomeType typeAfterQuote(OutcomeScope scope, int end) {
        Matcher m = WORD_AHEAD.matcher(scope.text().substring(end));
        return m.find() ? scope.types().typeOf(m.group(1)) : null;
    }
}
