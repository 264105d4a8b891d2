package org.briefingpack.extract.rule.position;

import java.util.List;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Place;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Stance;

/**
 * A city that hosts the story's gathering stands for its country, as headlines write it: "Suva hosts Reef Summit",
 * "Suva hosted the summit". The city must open its clause and the words after the verb must name this gathering, as
 * for a country ({@link StanceWords#hostsTheEvent}); "will host" a later one, or a negated host, is none.
 */
final class CityHosts implements Rule {

    private final StanceTriggers triggers;
    private final StanceWords words;
    private final ActorGazetteer gazetteer;

    CityHosts(StanceTriggers triggers, StanceWords words, ActorGazetteer gazetteer) {
        this.triggers = triggers;
        this.words = words;
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        String eventName = findings.event.name;
        if (eventName == null) {
            return;
        }
        for (AnnotatedSentence s : document.sentences()) {
            if (s.places().isEmpty() || !s.text().contains("host")) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (PhraseMatcher.Hit hit : triggers.matcher.find(tokens)) {
                StanceTriggers.Trigger trigger = triggers.of(hit);
                if (trigger == null
                        || trigger.stance() != Stance.HOSTED
                        || trigger.mode() != StanceMode.BEFORE
                        || hit.start() < s.bodyFrom()
                        || Grammar.negatedBefore(tokens, hit.first())
                        || Grammar.futurePassiveBefore(tokens, hit.first())
                        || hit.phrase().startsWith("will ")
                        || !words.hostsTheEvent(s, hit.end(), eventName)) {
                    continue;
                }
                Actor country = cityRightBefore(s, hit.first());
                if (country != null) {
                    Positions.addHost(findings, country, s);
                }
            }
        }
    }

    /** The country of a city that ends at token {@code k} and opens its clause ("Suva hosts", ", Suva hosted", "and Suva"). */
    private Actor cityRightBefore(AnnotatedSentence s, int k) {
        List<Token> tokens = s.tokens();
        for (Place place : s.places()) {
            if (place.last() != k || place.country() == null) {
                continue;
            }
            int before = place.first() - 1;
            boolean opens = place.start() == s.bodyFrom()
                    || before >= 0
                            && (tokens.get(before).punctuation(',')
                                    || tokens.get(before).is("and"));
            if (opens) {
                return gazetteer.byCode(place.country()).orElse(null);
            }
        }
        return null;
    }
}
