package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * "Japan joined Chile in condemning the attack", "Fiji joined the other members (Samoa, Tonga) in signing the
 * accord", "Peru joined forces with Chile to block the cap": the subject and those it joined take the stance of the
 * act after "in" (or "to", after "joined with", "teamed up with"). Joining here joins others in an
 * act, not a text, so the subject's SIGNED read from "joined" alone gives way to that act's stance. "Norway joined
 * Chile to convene the meeting": both host.
 */
final class JoinedInActs implements Rule {

    /** How far after "joined" the "in" and its act may stand, in tokens. */
    private static final int REACH = 30;

    private final StanceTriggers triggers;

    /** "members of (the) X", "states of X": X is the body they belong to. */
    private static boolean bodyOfMembers(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        return k >= 1
                && tokens.get(k).is("of")
                && tokens.get(k - 1).tag() == Tag.NOUN
                && tokens.get(k - 1).lower().endsWith("s");
    }

    JoinedInActs(StanceTriggers triggers) {
        this.triggers = triggers;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            if (!s.text().contains("join") && !s.text().contains(" with ")) {
                continue; // the verb first: most sentences join no one ("teamed up with" needs its "with")
            }
            List<Token> tokens = s.tokens();
            for (int j = 0; j < tokens.size(); j++) {
                // "joined forces with Peru to block", "teamed up with Peru to block": partners in an act after "to"
                boolean partners = ActorGroups.partnersWith(tokens, j, tokens.size()) > j;
                if (!partners
                        && (!tokens.get(j).lemma().equals("join")
                                || tokens.get(j).tag() != Tag.VERB)) {
                    continue;
                }
                int in = -1;
                StanceTriggers.Trigger act = null;
                for (int k = j + 1; k + 1 < tokens.size() && k <= j + REACH; k++) {
                    Token t = tokens.get(k);
                    if (t.punctuation(';') || t.punctuation('.')) {
                        break;
                    }
                    Token next = tokens.get(k + 1);
                    if (t.is("in") && next.tag() == Tag.VERB && next.lower().endsWith("ing")
                            || partners && t.is("to") && next.tag() == Tag.VERB) {
                        act = triggers.ofInfinitive(next.lemma());
                        in = k;
                        break;
                    }
                    if (t.is("to") && next.tag() == Tag.VERB) {
                        // "Norway joined the World Bank to convene the meeting": joined as a host; other acts after
                        // "joined X to" are what the joining was for ("joined the pact to protect reefs")
                        StanceTriggers.Trigger hosting = triggers.ofInfinitive(next.lemma());
                        if (hosting != null && hosting.stance() == Stance.HOSTED) {
                            act = hosting;
                            in = k;
                            break;
                        }
                    }
                }
                if (act == null || in == j + 1) {
                    continue;
                }
                List<Mention> who = new ArrayList<>(
                        ActorGroups.nearestBefore(s, 0, tokens.get(j).start()));
                for (Mention m : s.mentionsBetween(j + 1, in)) {
                    if (!bodyOfMembers(tokens, m.first())) {
                        who.add(m); // not "the other members of the Reef Council": the body the members belong to
                    }
                }
                String evidence = s.text();
                Stance stance = act.stance();
                for (Mention m : who) {
                    if (stance != Stance.SIGNED) {
                        String key = ActorGroups.key(m.actor());
                        findings.positions.removeIf(p -> p.stance() == Stance.SIGNED
                                && ActorGroups.key(p.actor()).equals(key)
                                && !p.evidence().isEmpty()
                                && p.evidence().get(0).quote().equals(evidence));
                    }
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(m.actor(), stance, null, List.of(), Evidence.of(evidence)));
                }
            }
        }
    }
}
