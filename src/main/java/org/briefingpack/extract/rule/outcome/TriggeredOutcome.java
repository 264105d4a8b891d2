package org.briefingpack.extract.rule.outcome;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;
import org.briefingpack.model.OutcomeType;

/**
 * An outcome named after a trigger ("launched the X", "the signing of X"); "agreed to ..." and "agreed that
 * ..." give a verbal outcome kept only when nothing named comes. A negation before the trigger ("did not
 * sign") cancels it; a passive ("was launched") is left to {@link PassiveOutcome}.
 */
final class TriggeredOutcome implements OutcomeFinder {

    /** What follows a trigger (column 2 of {@code outcome-triggers.tsv}). */
    enum TriggerKind {
        /** A noun phrase names the outcome. */
        OBJECT,
        /** An "agreed to ..." verb phrase is the outcome. */
        VERB,
        /** An "agreed that ..." clause is the outcome. */
        CLAUSE
    }

    private final PhraseMatcher triggers;

    TriggeredOutcome(LexiconFile rows) {
        List<String[]> entries = new ArrayList<>();
        for (LexiconRow row : rows.rows()) {
            entries.add(new String[] {
                row.text(0),
                row.choice(1, TriggerKind.class, TriggerKind.OBJECT).name()
            });
        }
        this.triggers = new PhraseMatcher(entries, false);
    }

    static TriggeredOutcome fromClasspath() {
        return new TriggeredOutcome(LexiconFile.read("outcome-triggers.tsv"));
    }

    PhraseMatcher triggers() {
        return triggers;
    }

    @Override
    public void find(OutcomeScope scope) {
        String text = scope.text();
        for (PhraseMatcher.Hit hit : triggers.find(scope.tokens())) {
            if (hit.start() < scope.bodyFrom || Grammar.negatedBefore(scope.tokens(), hit.first())) {
                continue;
            }
            if (Grammar.passiveBefore(scope.tokens(), hit.first())) {
                continue; // passive forms are PassiveOutcome's
            }
            TriggerKind kind = TriggerKind.valueOf(hit.label());
            int from = hit.end();
            // "agreed on Friday to a framework ...": when or where comes between the verb and what was agreed
            List<Token> tokens = scope.tokens();
            int k = hit.last();
            if (k > hit.first() && tokens.get(k - 1).is("on") && OutcomeNames.adjunctEnd(scope.sentence, k - 1) > 0) {
                k--; // "agreed on" was "agreed" and a day
            }
            int skipped = k;
            for (int to = OutcomeNames.adjunctEnd(scope.sentence, k);
                    to > k;
                    to = OutcomeNames.adjunctEnd(scope.sentence, k)) {
                k = to;
            }
            if (k > skipped
                    && k + 1 < tokens.size()
                    && tokens.get(k).is("to")
                    && tokens.get(k + 1).tag() == Tag.DET) {
                k++; // "agreed on Friday to a framework": the object after "to"
                kind = TriggerKind.OBJECT;
            }
            if (k > skipped && k < tokens.size()) {
                from = tokens.get(k).start();
            }
            switch (kind) {
                case VERB -> {
                    String phrase = NameText.clause(text, from);
                    if (NameText.words(phrase) >= 3) {
                        OutcomeDraft d = new OutcomeDraft(phrase, hit.start(), from + phrase.length() + 1);
                        d.fixedType = OutcomeType.OTHER;
                        scope.verbal.add(d);
                    }
                }
                case CLAUSE -> {
                    String phrase = NameText.clause(text, from);
                    if (NameText.words(phrase) >= 4) {
                        OutcomeDraft d =
                                new OutcomeDraft("agreement that " + phrase, hit.start(), from + phrase.length() + 1);
                        d.fixedType = OutcomeType.AGREEMENT;
                        scope.verbal.add(d);
                    }
                }
                case OBJECT -> {
                    OutcomeNames.Phrase p = scope.names.after(scope.sentence, from, scope.money);
                    if (p != null && scope.acceptable(p)) {
                        OutcomeDraft d = new OutcomeDraft(p.text(), hit.start(), p.end());
                        if (p.possessive()) {
                            List<Mention> owner = ActorGroups.nearestBefore(scope.sentence, 0, hit.start());
                            if (!owner.isEmpty()) {
                                d.name = owner.get(owner.size() - 1).actor().name() + " " + p.text();
                            }
                        }
                        if (p.quoted()) {
                            d.fixedType = QuotedTitleOutcome.typeAfterQuote(scope, p.end());
                        }
                        scope.drafts.add(d);
                    }
                }
            }
        }
    }
}
