package org.briefingpack.extract.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.model.Actor;

/** Picks the actors a clause is about: the coordinated group nearest before a position ("A, B and C did X"). */
public final class ActorGroups {

    private ActorGroups() {}

    /** The group of mentions ending nearest before character {@code offset} (and starting at or after {@code from}). */
    public static List<Mention> nearestBefore(AnnotatedSentence sentence, int from, int offset) {
        return nearestBefore(sentence, sentence.mentions(), from, offset);
    }

    /** As {@link #nearestBefore(AnnotatedSentence, int, int)}, among the given mentions of the sentence. */
    public static List<Mention> nearestBefore(
            AnnotatedSentence sentence, List<Mention> mentions, int from, int offset) {
        int last = -1;
        for (int i = 0; i < mentions.size(); i++) {
            if (mentions.get(i).end() <= offset && mentions.get(i).start() >= from) {
                last = i;
            }
        }
        if (last < 0) {
            return List.of();
        }
        List<Mention> group = new ArrayList<>();
        group.add(mentions.get(last));
        for (int i = last - 1; i >= 0; i--) {
            Mention m = mentions.get(i);
            if (m.start() < from) {
                break;
            }
            if (!coordinated(sentence.tokens(), m.last(), group.get(0).first())) {
                break;
            }
            group.add(0, m);
        }
        return group;
    }

    /**
     * Whether tokens [from, to) only join two names of one group: ",", "and", "as well as", "or", "nor", "/", an
     * article, "group(s)/members of", "and from".
     */
    static boolean coordinated(List<Token> tokens, int from, int to) {
        int k = from;
        while (k < to) {
            Token t = tokens.get(k);
            if (t.punctuation(',') || t.punctuation('/') || t.is("and") || t.is("or") || t.is("nor")) {
                k++;
            } else if (t.is("as")
                    && k + 2 < to
                    && tokens.get(k + 1).is("well")
                    && tokens.get(k + 2).is("as")) {
                k += 3;
            } else if (t.is("from") && k > from && tokens.get(k - 1).is("and")) {
                k++;
            } else if (t.is("the")) {
                k++;
            } else if ((t.is("group") || t.is("groups") || t.is("members"))
                    && k + 1 < to
                    && tokens.get(k + 1).is("of")) {
                k += 2;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Every mention at characters [from, to). */
    public static List<Mention> between(List<Mention> mentions, int from, int to) {
        return mentions.stream().filter(m -> m.start() >= from && m.end() <= to).toList();
    }

    /** Distinct actors, in order, by code or else by name. */
    public static List<Actor> distinct(List<Mention> mentions) {
        List<Actor> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (out.stream().noneMatch(a -> key(a).equals(key(m.actor())))) {
                out.add(m.actor());
            }
        }
        return out;
    }

    public static String key(Actor actor) {
        return actor.code() != null ? actor.code() : actor.name().toLowerCase(Locale.ROOT);
    }
}
