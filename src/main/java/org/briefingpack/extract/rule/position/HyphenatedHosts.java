package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * "the Kuwait-hosted conference", "a Saudi-convened meeting": the actor glued to a hosting participle hosts the
 * story's gathering when that met in the actor's country ("the Kuwait-hosted moot" in a story from Kuwait City),
 * and no word before it makes it another one ("last year's Qatar-hosted conference").
 */
final class HyphenatedHosts implements Rule {

    /** How many words before the compound a word for another time may stand ("last year's ..."). */
    private static final int OTHER_WITHIN = 3;

    private final ActorGazetteer gazetteer;
    /** The hosting participles after the hyphen ("hosted", "convened"). */
    private final Set<String> participles;

    private final Set<String> otherTimes;

    HyphenatedHosts(ActorGazetteer gazetteer, List<String> suffixes, List<String> otherTimes) {
        this.gazetteer = gazetteer;
        this.participles = WordSets.copyOf(suffixes.stream()
                .map(suffix -> suffix.startsWith("-") ? suffix.substring(1) : suffix)
                .toList());
        this.otherTimes = WordSets.copyOf(otherTimes);
    }

    static HyphenatedHosts fromClasspath(ActorGazetteer gazetteer) {
        return new HyphenatedHosts(
                gazetteer,
                LexiconFile.read("hosting-suffixes.txt").words(),
                LexiconFile.read("other-gathering-times.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        String venueCountry = findings.event.country;
        for (AnnotatedSentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Optional<Actor> host = HyphenatedActors.before(s, tokens, k, participles, gazetteer);
                if (host.isPresent()
                        && (host.get().code() != null && host.get().code().equals(venueCountry)
                                || !isState(host.get()) && namesTheEvent(tokens, k, findings.event.name))
                        && !anotherGathering(tokens, k)) {
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(
                                    host.get(), Stance.HOSTED, findings.event.name, List.of(), Evidence.of(s.text())));
                }
            }
        }
    }

    /**
     * A state, which hosts where it is the venue; not a union or an organisation ("the EU-hosted conference in
     * Malta", "UN-convened talks"), which hosts wherever its gathering meets.
     */
    private static boolean isState(Actor actor) {
        return actor.code() != null && !actor.code().equals("EU");
    }

    /** How many tokens after the compound the event's name may start ("the EU-hosted Our Ocean conference"). */
    private static final int NAME_WITHIN = 3;

    /** The story's event's name starts shortly after the compound: "UN-hosted climate talks in Bonn" are others. */
    static boolean namesTheEvent(List<Token> tokens, int k, String eventName) {
        if (eventName == null) {
            return false;
        }
        String first = eventName.split(" ")[0];
        for (int j = k + 1; j < tokens.size() && j <= k + NAME_WITHIN; j++) {
            if (tokens.get(j).text().equalsIgnoreCase(first)) {
                return true;
            }
        }
        return false;
    }

    /** "last year's Qatar-hosted conference", "the next Saudi-hosted summit": not the story's gathering. */
    private boolean anotherGathering(List<Token> tokens, int k) {
        for (int b = Math.max(0, k - OTHER_WITHIN); b < k; b++) {
            if (otherTimes.contains(tokens.get(b).lower())) {
                return true;
            }
        }
        return false;
    }
}
