package org.briefingpack.extract.rule.outcome;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;
import org.briefingpack.model.OutcomeType;

/**
 * "Attached to the declaration, the Seoul Statement of Intent toward ... sets out ...": a capitalised
 * agreement name of three words or more that opens a clause and is followed by its verb.
 */
final class AgreementSubjectOutcome implements OutcomeFinder {

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        int lastAgreementToken = scope.types().lastAgreementWord(tokens);
        if (lastAgreementToken < 0) {
            return; // no agreement word: no clause can open with an agreement's name (most sentences)
        }
        int lastAgreementWord = tokens.get(lastAgreementToken).start();
        String text = scope.text();
        for (int at : clauseStarts(text)) {
            if (at < scope.bodyFrom || scope.overlaps(at, at + 1)) {
                continue;
            }
            if (at > lastAgreementWord) {
                continue;
            }
            OutcomeNames.Phrase p = scope.names.after(scope.sentence, at, scope.money);
            if (p != null
                    && p.capitalised()
                    && !p.quoted()
                    && NameText.words(p.text()) >= 3
                    && scope.types().typeOf(p.text()) == OutcomeType.AGREEMENT
                    && followedByVerb(scope, p.end())
                    && scope.acceptable(p)
                    && !scope.overlaps(p.start(), p.end())) {
                scope.drafts.add(new OutcomeDraft(p.text(), p.start(), p.end()));
            }
        }
    }

    /** Where a clause starts: the text start, or after ",", ";" or ":" and white space, before "the" or a capital. */
    static List<Integer> clauseStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        if (capitalAhead(text, 0)) {
            starts.add(0);
        }
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c != ',' && c != ';' && c != ':') {
                continue;
            }
            int j = k + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j > k + 1 && capitalAhead(text, j)) {
                starts.add(j);
            }
        }
        return starts;
    }

    private static boolean capitalAhead(String text, int at) {
        int j = at;
        if (text.startsWith("the", j) && j + 3 < text.length() && Character.isWhitespace(text.charAt(j + 3))) {
            j += 3;
            while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && text.charAt(j) >= 'A' && text.charAt(j) <= 'Z') {
                return true;
            }
        }
        return at < text.length() && text.charAt(at) >= 'A' && text.charAt(at) <= 'Z';
    }

    /** The next word is a lower-case verb in the third person ("sets", "calls"). */
    private static boolean followedByVerb(OutcomeScope scope, int end) {
        int k = scope.sentence.tokenAt(end);
        if (k >= scope.tokens().size()) {
            return false;
        }
        Token next = scope.tokens().get(k);
        return next.word()
                && Character.isLowerCase(next.text().charAt(0))
                && next.lower().endsWith("s")
                && next.tag() == Tag.VERB;
    }
}
