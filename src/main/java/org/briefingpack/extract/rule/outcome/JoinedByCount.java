package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Set;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;
import org.briefingpack.model.FigureKind;

/**
 * An outcome named before a relative clause that counts who joined it: "a global alliance against hunger,
 * which 81 countries have joined", "the Clean Seas Compact, which 30 nations have signed". The name ends at
 * the comma; the count is its members.
 */
final class JoinedByCount implements OutcomeFinder {

    private static final int MAX_NAME_TOKENS = 12;
    private static final int MAX_CLAUSE_TOKENS = 8;

    private final Set<String> joiningVerbs;

    JoinedByCount(List<String> joiningVerbs) {
        this.joiningVerbs = WordSets.copyOf(joiningVerbs);
    }

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (int c = 1; c + 2 < tokens.size(); c++) {
            if (!tokens.get(c).punctuation(',') || !tokens.get(c + 1).is("which")) {
                continue;
            }
            FoundFigure count = countAt(scope, tokens.get(c + 2).start());
            if (count == null || !joinedWithin(tokens, c + 2)) {
                continue;
            }
            OutcomeNames.Phrase name = nameEndingAt(scope, c);
            if (name == null) {
                continue;
            }
            OutcomeDraft existing = scope.drafts.stream()
                    .filter(d -> d.start < name.end() && name.start() < d.end)
                    .findFirst()
                    .orElse(null);
            if (existing != null) {
                if (existing.count == null) {
                    existing.count = count;
                }
                continue;
            }
            OutcomeDraft d = new OutcomeDraft(name.text(), name.start(), name.end());
            d.count = count;
            scope.drafts.add(d);
        }
    }

    private static FoundFigure countAt(OutcomeScope scope, int offset) {
        for (FoundFigure f : scope.sentence.local(FigureKind.COUNT)) {
            if (f.start() == offset) {
                return f;
            }
        }
        return null;
    }

    /** "which 81 countries have (already) joined": a joining verb within the clause, before its end. */
    private boolean joinedWithin(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + MAX_CLAUSE_TOKENS); k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (t.tag() == Tag.VERB && joiningVerbs.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The outcome name that ends right before the comma at {@code comma}, read from its article on. */
    private static OutcomeNames.Phrase nameEndingAt(OutcomeScope scope, int comma) {
        List<Token> tokens = scope.tokens();
        int commaStart = tokens.get(comma).start();
        for (int k = comma - 1; k >= Math.max(0, comma - MAX_NAME_TOKENS); k--) {
            Token t = tokens.get(k);
            if (!t.word() || t.tag() == Tag.VERB) {
                return null;
            }
            if (t.tag() == Tag.DET || k == 0) {
                OutcomeNames.Phrase p = scope.names.after(scope.sentence, t.start(), scope.money);
                return p != null && p.end() == tokens.get(comma - 1).end() && scope.acceptable(p) ? p : null;
            }
        }
        return null;
    }
}
