package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.briefingpack.model.Actor;

/** Picks the actors a clause is about: the coordinated group nearest before a position ("A, B and C did X"). */
final class ActorGroups {

    private static final Pattern COORDINATION = Pattern.compile(
            "\\s*(?:,|,?\\s*and(?:\\s+from)?|,?\\s*as well as|,?\\s*or|/)?\\s*(?:the\\s+)?"
                    + "(?:(?:group|groups|members) of\\s+(?:the\\s+)?)?",
            Pattern.CASE_INSENSITIVE);

    private ActorGroups() {}

    /** The group of actors ending nearest before {@code offset} (and after {@code from}). */
    static List<ActorGazetteer.Mention> nearestBefore(
            List<ActorGazetteer.Mention> mentions, int from, int offset, String text) {
        int last = -1;
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).end() <= offset && mentions.get(i).start() >= from) {
                last = i;
            }
        }
        if (last < 0) {
            return List.of();
        }
        List<ActorGazetteer.Mention> group = new ArrayList<>();
        group.add(mentions.get(last));
        for (int i = last - 1; i >= 0; i--) {
            ActorGazetteer.Mention m = mentions.get(i);
            if (m.start() < from) {
                break;
            }
            String gap = text.substring(m.end(), group.get(0).start());
            if (!COORDINATION.matcher(gap).matches()) {
                break;
            }
            group.add(0, m);
        }
        return group;
    }

    /** Every actor in [from, to). */
    static List<ActorGazetteer.Mention> between(List<ActorGazetteer.Mention> mentions, int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    /** Distinct actors, in order, by code or else by name. */
    static List<Actor> distinct(List<ActorGazetteer.Mention> mentions) {
        List<Actor> out = new ArrayList<>();
        for (ActorGazetteer.Mention m : mentions) {
            if (out.stream().noneMatch(a -> key(a).equals(key(m.actor())))) {
                out.add(m.actor());
            }
        }
        return out;
    }

    static String key(Actor actor) {
        return actor.code() != null ? actor.code() : actor.name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * "Germany announced a fund. It pledged $50 million": a sentence opening with "It" or "They" whose
     * previous sentence opened with an actor as its subject gets that actor as a mention over the pronoun.
     */
    static List<ActorGazetteer.Mention> withPronounSubject(
            String text, List<ActorGazetteer.Mention> mentions, List<ActorGazetteer.Mention> previous) {
        int pronoun = text.startsWith("It ") ? 2 : text.startsWith("They ") ? 4 : -1;
        if (pronoun < 0
                || previous.isEmpty()
                || previous.get(0).start() > 4
                || !mentions.isEmpty() && mentions.get(0).start() < pronoun) {
            return mentions;
        }
        List<ActorGazetteer.Mention> with = new ArrayList<>(mentions.size() + 1);
        with.add(new ActorGazetteer.Mention(previous.get(0).actor(), 0, pronoun));
        with.addAll(mentions);
        return with;
    }
}
