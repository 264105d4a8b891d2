package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Locale;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;
import org.briefingpack.model.OutcomeType;

/**
 * "a declaration known as the Lima Compact", "a report entitled “State of the Coasts”": the name is what
 * follows the cue; its own keyword gives the type, else the generic noun before the cue does.
 */
final class NamingCue implements OutcomeFinder {

    private final PhraseMatcher cues;

    NamingCue(List<String> cues) {
        this.cues = PhraseMatcher.of(cues);
    }

    static NamingCue fromClasspath() {
        return new NamingCue(LexiconFile.read("naming-cues.txt").words());
    }

    @Override
    public void find(OutcomeScope scope) {
        if (scope.drafts.isEmpty()) {
            return;
        }
        List<PhraseMatcher.Hit> hits = cues.find(scope.tokens());
        if (hits.isEmpty()) {
            return;
        }
        String text = scope.text();
        for (OutcomeDraft d : scope.drafts) {
            if (d.name == null) {
                continue;
            }
            for (PhraseMatcher.Hit cue : hits) {
                if (cue.start() <= d.start
                        || cue.start() > d.end + 2
                        || !text.substring(d.end, Math.max(d.end, cue.start())).isBlank() && cue.start() > d.end) {
                    continue;
                }
                OutcomeNames.Phrase p = scope.names.after(scope.sentence, cue.end(), scope.money);
                if (p == null || !(p.capitalised() || p.quoted())) {
                    continue;
                }
                String generic = d.name;
                int cut = generic.toLowerCase(Locale.ROOT).indexOf(cue.phrase().toLowerCase(Locale.ROOT));
                if (cut > 0) {
                    generic = generic.substring(0, cut).strip();
                }
                OutcomeType own = p.quoted() ? QuotedTitleOutcome.typeAfterQuote(scope, p.end()) : null;
                if (own == null) {
                    own = scope.types().typeOf(p.text());
                }
                d.fixedType = own != null
                        ? own
                        : d.fixedType != null ? d.fixedType : scope.types().typeOf(generic);
                d.name = p.text();
                d.end = Math.max(d.end, p.end());
                break;
            }
        }
    }
}
