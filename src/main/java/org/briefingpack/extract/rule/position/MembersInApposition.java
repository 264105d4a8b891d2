package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * "The Reef Coalition, which includes Fiji, Chile and Norway, backed limits on trawling", "a group of fishing nations
 * -- including Japan, Spain and Peru -- rejected any limits": the members a subject's aside lists take the stance
 * of the verb after it, and so does the subject where it is a named group.
 */
final class MembersInApposition implements Rule {

    /** Words that open the list of members inside the aside. */
    private static final Set<String> OPENERS = WordSets.of("including", "includes", "include", "comprising");

    /** What closes the aside right before the verb: a comma or a dash. */
    private static final Set<String> CLOSERS = WordSets.of(",", "--", "—", "–");

    /** How long the aside may run, from its opener to the verb. */
    private static final int MAX_ASIDE = 30;

    private final StanceTriggers triggers;

    MembersInApposition(StanceTriggers triggers) {
        this.triggers = triggers;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.body()) {
            if (!s.text().contains("includ") && !s.text().contains("compris")) {
                continue; // most sentences list no members: the stance phrases are not looked for in them
            }
            List<Token> tokens = s.tokens();
            for (PhraseMatcher.Hit hit : triggers.matcher.find(tokens)) {
                StanceTriggers.Trigger trigger = triggers.of(hit);
                if (trigger.mode() != StanceMode.BEFORE
                        || trigger.stance() == Stance.HOSTED
                        || trigger.stance() == Stance.PLEDGED
                        || hit.first() < 4
                        || !CLOSERS.contains(tokens.get(hit.first() - 1).text())
                        || Grammar.negatedBefore(tokens, hit.first())
                        || Grammar.hedgedBefore(tokens, hit.first())) {
                    continue;
                }
                int opener = openerBefore(tokens, hit.first() - 1);
                if (opener < 2) {
                    continue;
                }
                List<Mention> members = new ArrayList<>();
                for (Mention m : s.mentions()) {
                    if (m.first() > opener && m.last() < hit.first()) {
                        members.add(m);
                    }
                }
                if (members.size() < 2) {
                    continue;
                }
                int open =
                        tokens.get(opener).is("including") || tokens.get(opener).is("comprising")
                                ? opener - 1
                                : opener - 2; // ", which includes"
                if (open < 1 || !CLOSERS.contains(tokens.get(open).text())) {
                    continue;
                }
                for (Mention m : s.mentions()) {
                    if (m.last() == open) {
                        members.add(0, m); // the named group the aside is about
                    }
                }
                for (Mention m : members) {
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(m.actor(), trigger.stance(), null, List.of(), Evidence.of(s.text())));
                }
            }
        }
    }

    /** The opener of a member list in the aside that ends at {@code close}, with no verb of its own after it; or -1. */
    private static int openerBefore(List<Token> tokens, int close) {
        for (int k = close - 1; k > 0 && close - k <= MAX_ASIDE; k--) {
            Token t = tokens.get(k);
            if (OPENERS.contains(t.lower())) {
                boolean relative = t.is("includes") || t.is("include");
                return !relative
                                || tokens.get(k - 1).is("which")
                                || tokens.get(k - 1).is("that")
                        ? k
                        : -1;
            }
            if (t.punctuation('.') || t.punctuation(';')) {
                return -1;
            }
        }
        return -1;
    }
}
