package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.model.Actor;

/**
 * "the two countries", "both sides", "the two leaders": a reference to the two countries named last, resolved to
 * them as two mentions over the phrase, so "The two sides signed a memorandum" reads as both signing. "The three
 * leaders" or "all four countries" resolve likewise when exactly that many countries were named in the sentences
 * before. Not thread-safe: one per document, fed its sentences in order.
 */
final class PairReferences {

    /** {@code pair-reference-nouns.txt}: the nouns after "the two" or "both" that stand for two countries. */
    private static final Set<String> NOUNS =
            WordSets.copyOf(LexiconFile.read("pair-reference-nouns.txt").words());

    /** How many sentences back the two countries may have been named: a reference reaches back a paragraph or two. */
    private static final int MAX_SENTENCES_BACK = 8;

    /** Counts above two after "the" or "all": "the three countries", "all four governments". */
    private static final Map<String, Integer> COUNTS =
            Map.of("three", 3, "four", 4, "five", 5, "six", 6, "3", 3, "4", 4, "5", 5, "6", 6);

    /** The countries named, each once, in the order of their last naming, with the sentence of it. */
    private final List<Actor> named = new ArrayList<>();

    private final List<Integer> namedAt = new ArrayList<>();

    private Actor last;
    private Actor beforeLast;
    private int lastAt = -1;
    private int beforeLastAt = -1;

    /**
     * The sentence's mentions with its pair references resolved (to the countries named before, or earlier in the
     * sentence), then remembers the countries the sentence names.
     */
    List<Mention> resolve(int sentence, List<Token> tokens, List<Mention> mentions) {
        List<Mention> out = mentions;
        int m = 0;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            while (m < mentions.size() && mentions.get(m).last() <= i) {
                see(mentions.get(m).actor(), sentence);
                m++;
            }
            int counted = countedNoun(tokens, i);
            if (counted > 0) {
                List<Actor> group = namedWithin(sentence);
                if (group.size() == COUNTS.get(tokens.get(i + 1).lower()) && !overlaps(mentions, i, counted)) {
                    if (out == mentions) {
                        out = new ArrayList<>(mentions);
                    }
                    // side by side over the phrase, as for a pair: the first ones over "the three", the last over
                    // the noun, so a rule reads them as one coordinated group
                    for (int g = 0; g < group.size(); g++) {
                        boolean lastOne = g == group.size() - 1;
                        int first = lastOne ? counted : i;
                        int end = lastOne ? counted + 1 : counted;
                        out.add(new Mention(
                                group.get(g),
                                MentionKind.COUNTRY,
                                first,
                                end,
                                tokens.get(first).start(),
                                tokens.get(end - 1).end()));
                    }
                    i = counted;
                }
                continue;
            }
            int noun = pairNoun(tokens, i);
            if (noun < 0
                    || beforeLast == null
                    || sentence - beforeLastAt > MAX_SENTENCES_BACK
                    || overlaps(mentions, i, noun)) {
                continue;
            }
            if (out == mentions) {
                out = new ArrayList<>(mentions);
            }
            // two mentions side by side over the phrase, so a rule reads them as one coordinated group
            out.add(new Mention(
                    beforeLast,
                    MentionKind.COUNTRY,
                    i,
                    noun,
                    tokens.get(i).start(),
                    tokens.get(noun - 1).end()));
            out.add(new Mention(
                    last,
                    MentionKind.COUNTRY,
                    noun,
                    noun + 1,
                    tokens.get(noun).start(),
                    tokens.get(noun).end()));
            i = noun;
        }
        for (; m < mentions.size(); m++) {
            see(mentions.get(m).actor(), sentence);
        }
        if (out != mentions) {
            out.sort((a, b) -> Integer.compare(a.first(), b.first()));
        }
        return out;
    }

    /** The index of the noun of "the two countries" or "both sides" opening at {@code i}, or -1. */
    private static int pairNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.is("both") && NOUNS.contains(tokens.get(i + 1).lower())) {
            return i + 1;
        }
        if (t.is("the")
                && i + 2 < tokens.size()
                && tokens.get(i + 1).is("two")
                && NOUNS.contains(tokens.get(i + 2).lower())) {
            return i + 2;
        }
        return -1;
    }

    /** The index of the noun of "the three countries" or "all four leaders" opening at {@code i}, or -1. */
    private static int countedNoun(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return (t.is("the") || t.is("all"))
                        && i + 2 < tokens.size()
                        && COUNTS.containsKey(tokens.get(i + 1).lower())
                        && NOUNS.contains(tokens.get(i + 2).lower())
                ? i + 2
                : -1;
    }

    /** The countries named in this sentence so far and the few before, in the order of their last naming. */
    private List<Actor> namedWithin(int sentence) {
        List<Actor> within = new ArrayList<>();
        for (int k = 0; k < named.size(); k++) {
            if (sentence - namedAt.get(k) <= MAX_SENTENCES_BACK) {
                within.add(named.get(k));
            }
        }
        return within;
    }

    private static boolean overlaps(List<Mention> mentions, int from, int to) {
        for (Mention m : mentions) {
            if (m.first() <= to && m.last() > from) {
                return true;
            }
        }
        return false;
    }

    /** A country (or the European Union) named: it becomes the last, the one before it the one before last. */
    private void see(Actor actor, int sentence) {
        if (actor.code() == null) {
            return;
        }
        for (int k = 0; k < named.size(); k++) {
            if (named.get(k).code().equals(actor.code())) {
                named.remove(k);
                namedAt.remove(k);
                break;
            }
        }
        named.add(actor);
        namedAt.add(sentence);
        if (last != null && last.code().equals(actor.code())) {
            lastAt = sentence;
            return;
        }
        beforeLast = last;
        beforeLastAt = lastAt;
        last = actor;
        lastAt = sentence;
    }
}
