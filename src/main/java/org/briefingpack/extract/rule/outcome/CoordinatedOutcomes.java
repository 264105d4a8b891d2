package org.briefingpack.extract.rule.outcome;

import org.briefingpack.extract.rule.OutcomeDraft;

/** "the Tuna Charter and the Reef Restoration Roadmap": two named outcomes in one phrase. */
final class CoordinatedOutcomes implements OutcomeFinder {

    @Override
    public void find(OutcomeScope scope) {
        for (int i = 0; i < scope.drafts.size(); i++) {
            OutcomeDraft d = scope.drafts.get(i);
            if (d.name == null || d.money != null) {
                continue;
            }
            int and = d.name.indexOf(" and ");
            if (and <= 0) {
                continue;
            }
            String left = d.name.substring(0, and).strip();
            String right = d.name.substring(and + 5).strip();
            if (right.startsWith("the ")) {
                right = right.substring(4);
            }
            if (NameText.isTitle(left)
                    && NameText.isTitle(right)
                    && NameText.words(left) >= 2
                    && NameText.words(right) >= 2
                    && Character.isUpperCase(right.charAt(0))
                    && scope.types().typeOf(left) != null
                    && scope.types().typeOf(right) != null
                    && scope.types().headKeyword(left) != null
                    && endsWithKeyword(scope, left)) {
                d.name = left;
                OutcomeDraft second = new OutcomeDraft(right, d.start + and + 5, d.end);
                second.actors.addAll(d.actors);
                scope.drafts.add(i + 1, second);
                d.end = d.start + and;
            }
        }
    }

    /** The left part of a coordination names an outcome of its own only when its last word is the keyword. */
    private static boolean endsWithKeyword(OutcomeScope scope, String name) {
        String[] words = NameText.split(name);
        return scope.types().typeOf(words[words.length - 1]) != null;
    }
}
