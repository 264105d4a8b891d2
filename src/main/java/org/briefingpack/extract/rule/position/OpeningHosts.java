package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;

/**
 * The venue country's own leader opening the gathering hosts it: "Egypt's president opened the conference",
 * "Opening the conference, Nepalese Prime Minister ... promised". A guest who opens a session is no host, so
 * the opener's country must be the country the event met in.
 */
public final class OpeningHosts implements Rule {

    /** How many sentences from the top an opening may be told in. */
    private static final int LEAD = 8;

    private final Set<String> eventNouns;

    OpeningHosts(List<String> eventNouns) {
        this.eventNouns =
                eventNouns.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    static OpeningHosts fromClasspath() {
        return new OpeningHosts(LexiconFile.read("event-nouns.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        String venueCountry = findings.event.country;
        if (venueCountry == null) {
            return;
        }
        List<AnnotatedSentence> sentences = document.sentences();
        for (AnnotatedSentence s : sentences.subList(0, Math.min(sentences.size(), LEAD))) {
            List<Token> tokens = s.tokens();
            for (int k = 0; k + 2 < tokens.size(); k++) {
                Token t = tokens.get(k);
                int end = gatheringEnd(tokens, k + 1);
                boolean passive = t.is("opened") && openedBy(tokens, k);
                int by = k + 1;
                if (!(t.is("opened") || t.is("opening")) || end == k + 1 && !passive) {
                    continue;
                }
                List<Mention> opener = passive
                        ? s.mentions().stream()
                                .filter(m -> m.first() > by && m.first() <= by + 2)
                                .limit(1)
                                .toList() // "The conference ... was opened by Nepal's prime minister"
                        : t.is("opened")
                                ? ActorGroups.nearestBefore(s, s.bodyFrom(), t.start())
                                : s.mentions().stream()
                                        .filter(m -> m.first() >= end && m.first() <= end + 1)
                                        .limit(1)
                                        .toList(); // "Opening the conference, Nepal's prime minister ..."
                if (opener.size() != 1
                        || !venueCountry.equals(opener.get(0).actor().code())) {
                    continue;
                }
                Positions.addHost(findings, opener.get(0).actor(), s);
                return;
            }
        }
    }

    /** "the conference ... was opened by": a gathering named in the subject before "was opened by" at {@code k}. */
    private boolean openedBy(List<Token> tokens, int k) {
        if (k < 2 || k + 2 >= tokens.size() || !tokens.get(k + 1).is("by")) {
            return false;
        }
        if (!(tokens.get(k - 1).is("was") || tokens.get(k - 1).is("were"))) {
            return false;
        }
        for (int j = 0; j < k - 1; j++) {
            if (eventNouns.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The token after "the conference", "the international gathering" (an article, at most two modifiers, an event
     * noun, a comma) opening at {@code from}; {@code from} where none stands there.
     */
    private int gatheringEnd(List<Token> tokens, int from) {
        if (from >= tokens.size() || !tokens.get(from).is("the")) {
            return from;
        }
        for (int k = from + 1; k < Math.min(tokens.size(), from + 4); k++) {
            if (eventNouns.contains(tokens.get(k).lower()) || tokens.get(k).is("gathering")) {
                int end = k + 1;
                return end < tokens.size() && tokens.get(end).punctuation(',') ? end + 1 : end;
            }
        }
        return from;
    }
}
