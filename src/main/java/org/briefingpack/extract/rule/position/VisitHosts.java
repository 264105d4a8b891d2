package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.extract.rule.Visits;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * The country a leader visits hosts the visit: the one named after "visit to", or else the country of the place the
 * story sets it in ("in Suva during the Chilean leader's visit"). And a leader who welcomes or receives another
 * country's leader hosts them ("Fiji's prime minister received President Ruiz"), whether or not the story says visit.
 */
final class VisitHosts implements Rule {

    private final ActorGazetteer gazetteer;

    VisitHosts(ActorGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        Visits.of(document).ifPresent(visit -> {
            Optional<Actor> host = Optional.ofNullable(visit.host());
            if (host.isEmpty() && findings.event.country != null) {
                host = gazetteer.byCode(findings.event.country);
            }
            host.filter(h -> !h.equals(visit.visitor()))
                    .ifPresent(h -> Positions.addUnlessKnown(
                            findings.positions,
                            new Position(
                                    h,
                                    Stance.HOSTED,
                                    findings.event.name,
                                    List.of(),
                                    Evidence.of(visit.sentence().text()))));
        });
        for (AnnotatedSentence s : document.body()) {
            List<Token> tokens = s.tokens();
            for (int k = 1; k + 1 < tokens.size(); k++) {
                if (!GREETINGS.contains(tokens.get(k).lower())
                        || tokens.get(k).tag() != Tag.VERB
                        || !greetsAVisitor(s, k + 1)) {
                    continue;
                }
                List<Mention> hosts =
                        ActorGroups.nearestBefore(s, s.bodyFrom(), tokens.get(k).start());
                Mention guest = guestAt(s, k + 1);
                for (Mention host : hosts) {
                    if (!host.actor().equals(guest.actor()) && host.actor().code() != null) {
                        Positions.addHost(findings, host.actor(), s);
                    }
                }
            }
        }
    }

    /** {@code greeting-verbs.txt}: "welcomed", "received": a host meeting a guest. */
    private static final Set<String> GREETINGS =
            WordSets.copyOf(LexiconFile.read("greeting-verbs.txt").words());

    /** At most this many words of office between a greeting verb and the guest's name ("Prime Minister"). */
    private static final int MAX_TITLE_WORDS = 4;

    /**
     * Whether a person speaking for a country is named from token {@code k} on, after at most a few words of office,
     * and not as the owner of what is welcomed ("welcomed President Ruiz", not "welcomed President Ruiz's plan").
     */
    static boolean greetsAVisitor(AnnotatedSentence s, int k) {
        Mention guest = guestAt(s, k);
        if (guest == null) {
            return false;
        }
        List<Token> tokens = s.tokens();
        return guest.last() >= tokens.size() || !tokens.get(guest.last()).possessiveMark();
    }

    private static Mention guestAt(AnnotatedSentence s, int k) {
        List<Token> tokens = s.tokens();
        for (Mention m : s.mentions()) {
            if (m.first() >= k && m.first() - k <= MAX_TITLE_WORDS && m.kind() == MentionKind.PERSON) {
                for (int j = k; j < m.first(); j++) {
                    if (!tokens.get(j).capitalised() && !tokens.get(j).is("the")) {
                        return null;
                    }
                }
                return m;
            }
        }
        return null;
    }
}
