package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * "the Kuwait-hosted conference", "a Saudi-convened meeting": the actor glued to a hosting participle hosts
 * what follows, when that is a gathering (an event noun within a few words) or the story's own gathering met in
 * that country ("the Kuwait-hosted moot" in a story from Kuwait City).
 */
final class HyphenatedHosts implements Rule {

    /** How many words after the participle its gathering's noun may stand ("the Kuwait-hosted donor conference"). */
    private static final int NOUN_WITHIN = 3;

    private final ActorGazetteer gazetteer;
    private final List<String> suffixes;
    private final Set<String> eventNouns;

    HyphenatedHosts(ActorGazetteer gazetteer, List<String> suffixes, List<String> eventNouns) {
        this.gazetteer = gazetteer;
        this.suffixes = List.copyOf(suffixes);
        this.eventNouns =
                eventNouns.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    static HyphenatedHosts fromClasspath(ActorGazetteer gazetteer) {
        return new HyphenatedHosts(
                gazetteer,
                LexiconFile.read("hosting-suffixes.txt").words(),
                LexiconFile.read("event-nouns.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Optional<Actor> host = hostIn(tokens.get(k));
                if (host.isPresent()
                        && (gatheringAfter(tokens, k + 1)
                                || host.get().code() != null
                                        && host.get().code().equals(findings.event.country))) {
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(
                                    host.get(), Stance.HOSTED, findings.event.name, List.of(), Evidence.of(s.text())));
                }
            }
        }
    }

    /** The actor before a hosting suffix glued to it ("Kuwait-hosted"), if the gazetteer knows it. */
    private Optional<Actor> hostIn(Token token) {
        String lower = token.lower();
        for (String suffix : suffixes) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return gazetteer.byName(token.text().substring(0, token.text().length() - suffix.length()));
            }
        }
        return Optional.empty();
    }

    private boolean gatheringAfter(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + NOUN_WITHIN); k++) {
            if (eventNouns.contains(tokens.get(k).lower())) {
                return true;
            }
            if (!tokens.get(k).word()) {
                return false;
            }
        }
        return false;
    }
}
