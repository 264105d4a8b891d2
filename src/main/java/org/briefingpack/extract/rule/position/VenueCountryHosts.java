package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Actor;

/**
 * The country the story's gathering met in, when the text calls it "the host country" ("a rift with the host
 * nation") or names the gathering as its own ("South Africa's summit"), hosted it. Only the venue's country:
 * "the host country" of refugees, or another country's summit, is not the story's host. An organisation's own
 * gathering is the organisation's wherever it met, when the story's event is named right after it ("the IAEA's
 * International Conference on ...").
 */
final class VenueCountryHosts implements Rule {

    private final ActorGazetteer gazetteer;
    private final Set<String> hostNouns;
    private final Set<String> eventNouns;
    private final Set<String> otherTimes;

    VenueCountryHosts(
            ActorGazetteer gazetteer, List<String> hostNouns, List<String> eventNouns, List<String> otherTimes) {
        this.gazetteer = gazetteer;
        this.hostNouns = WordSets.copyOf(hostNouns);
        this.eventNouns = WordSets.copyOf(
                eventNouns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        this.otherTimes = WordSets.copyOf(otherTimes);
    }

    static VenueCountryHosts fromClasspath(ActorGazetteer gazetteer) {
        return new VenueCountryHosts(
                gazetteer,
                LexiconFile.read("host-country-nouns.txt").words(),
                LexiconFile.read("event-nouns.txt").words(),
                LexiconFile.read("other-gathering-times.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        String venueCountry = findings.event.country;
        if (findings.event.name == null) {
            return;
        }
        for (AnnotatedSentence s : document.sentences()) {
            Actor host = null;
            List<Token> tokens = s.tokens();
            for (int k = 1; k + 1 < tokens.size() && host == null; k++) {
                if (venueCountry != null
                        && tokens.get(k).is("host")
                        && tokens.get(k - 1).is("the")
                        && hostNouns.contains(tokens.get(k + 1).lower())
                        && !ofSomethingElse(tokens, k + 2)) {
                    host = gazetteer.byCode(venueCountry).orElse(null);
                }
            }
            if (host == null && venueCountry != null && hostedInTheVenue(s, venueCountry)) {
                host = gazetteer.byCode(venueCountry).orElse(null); // "the week of talks, hosted in Lima, Peru"
            }
            for (Mention m : s.mentions()) {
                // a body's own gathering only when the story's event is named after it ("the IAEA's International
                // Conference on ..."), not "the African Union's summit next month"
                boolean body = (m.kind() == MentionKind.GROUP || m.kind() == MentionKind.ORGANISATION)
                        && HyphenatedHosts.namesTheEvent(tokens, m.last(), findings.event.name);
                boolean venue = m.kind() == MentionKind.COUNTRY
                        && m.actor().code() != null
                        && m.actor().code().equals(venueCountry);
                if (host == null && (body || venue) && ownGathering(tokens, m.last())) {
                    host = m.actor(); // "South Africa's summit" where it met; "the IAEA's conference" anywhere
                }
            }
            if (host != null) {
                Positions.addHost(findings, host, s);
            }
        }
    }

    /**
     * "hosted in Lima, Peru", "hosted in Peru": hosted in the venue's country, with no host named; not a gathering
     * still to come ("to be hosted in Lima next year").
     */
    private static boolean hostedInTheVenue(AnnotatedSentence s, String venueCountry) {
        List<Token> tokens = s.tokens();
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (!tokens.get(k).is("hosted") || !tokens.get(k + 1).is("in") || Grammar.futurePassiveBefore(tokens, k)) {
                continue;
            }
            int at = k + 2;
            boolean place = s.places().stream().anyMatch(p -> p.first() == at && venueCountry.equals(p.country()));
            boolean country = s.mentions().stream()
                    .anyMatch(m ->
                            m.first() == at && venueCountry.equals(m.actor().code()));
            if (place || country) {
                return true;
            }
        }
        return false;
    }

    /** "the host country of the refugees", "the host nation for 2026", "the host country, Chile": another's. */
    private static boolean ofSomethingElse(List<Token> tokens, int k) {
        return k < tokens.size()
                && (tokens.get(k).is("of")
                        || tokens.get(k).is("for")
                        || tokens.get(k).is("to")
                        || tokens.get(k).punctuation(','));
    }

    /** "South Africa's summit", "Kenya's first climate summit": the country's own gathering, this time. */
    private boolean ownGathering(List<Token> tokens, int afterName) {
        if (afterName + 1 >= tokens.size() || !tokens.get(afterName).possessiveMark()) {
            return false;
        }
        for (int k = afterName + 1; k < tokens.size() && k <= afterName + 3; k++) {
            Token t = tokens.get(k);
            if (otherTimes.contains(t.lower()) || !t.word()) {
                return false; // "Qatar's next summit"
            }
            if (eventNouns.contains(t.lower())) {
                // not "Kenya's summit next month"
                return k + 1 >= tokens.size()
                        || !otherTimes.contains(tokens.get(k + 1).lower());
            }
        }
        return false;
    }
}
