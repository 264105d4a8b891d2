package org.briefingpack.extract.rule.outcome;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;

/**
 * Named outcomes given as examples where the sentence speaks of what was launched or proposed: "it received
 * 40 proposals, such as the Blue Bond Facility, which ..., and the Reef Data Hub". Each capitalised name
 * with an outcome keyword after the cue, up to the end of the sentence, is an outcome.
 */
final class ListedOutcomeNames implements OutcomeFinder {

    private final PhraseMatcher cues;
    private final PhraseMatcher context;

    ListedOutcomeNames(List<String> cues, List<String> context) {
        this.cues = PhraseMatcher.of(cues);
        this.context = PhraseMatcher.of(context);
    }

    /** "some of the Coalitions that emerged, including ...": a plural outcome keyword before the cue. */
    private static boolean pluralKeyword(OutcomeScope scope, int before) {
        List<Token> tokens = scope.tokens();
        for (int k = 0; k < before; k++) {
            Token t = tokens.get(k);
            String lower = t.lower();
            if ((t.tag() == Tag.NOUN || t.tag() == Tag.PROPN)
                    && lower.endsWith("s")
                    && !lower.endsWith("ss")
                    && scope.types().typeOf(lower.substring(0, lower.length() - 1)) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Among the adopted documents were A, B and C": the verb after an opening "Among" and a plural outcome noun
     * is a cue, the names after it the outcomes.
     */
    private PhraseMatcher.Hit amongCue(List<Token> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).is("among")) {
            return null;
        }
        for (int k = 2; k < Math.min(tokens.size(), AMONG_REACH); k++) {
            Token t = tokens.get(k);
            if ((t.is("were") || t.is("are")) && context.containsAny(tokens, 1, k)) {
                return new PhraseMatcher.Hit(t.lower(), t.lower(), k, k + 1, t.start(), t.end());
            }
        }
        return null;
    }

    /** How far into the sentence the verb after "Among the adopted documents" may stand, in tokens. */
    private static final int AMONG_REACH = 8;

    @Override
    public void find(OutcomeScope scope) {
        List<PhraseMatcher.Hit> hits = cues.find(scope.tokens());
        PhraseMatcher.Hit among = amongCue(scope.tokens());
        if (among != null) {
            hits = new ArrayList<>(hits);
            hits.add(among);
        }
        if (hits.isEmpty()) {
            return;
        }
        List<Token> tokens = scope.tokens();
        for (PhraseMatcher.Hit cue : hits) {
            if (!context.containsAny(tokens, 0, cue.first()) && !pluralKeyword(scope, cue.first())) {
                continue;
            }
            for (int k = cue.last(); k < tokens.size(); k++) {
                Token t = tokens.get(k);
                boolean opens = k == cue.last()
                        || tokens.get(k - 1).is("and")
                        || tokens.get(k - 1).punctuation(',');
                if (!opens || !(t.is("the") || t.capitalised())) {
                    continue;
                }
                OutcomeNames.Phrase p = scope.names.after(scope.sentence, t.start(), scope.money);
                if (p == null
                        || !p.capitalised()
                        || p.quoted()
                        || scope.types().typeOf(p.text()) == null
                        || NameText.words(p.text()) < 2
                        || !scope.acceptable(p)
                        || scope.overlaps(p.start(), p.end())) {
                    continue;
                }
                scope.drafts.add(new OutcomeDraft(p.text(), p.start(), p.end()));
                k = scope.sentence.tokenAt(p.end()) - 1;
            }
        }
    }
}
