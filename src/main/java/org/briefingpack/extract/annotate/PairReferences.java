package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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

    /** Counts above two after "the" or "all" for a group named before: "the three countries", "all four governments". */
    private static final int MAX_COUNTED = 6;

    /**
     * {@code group-reference-nouns.txt}: nouns after "the 5" that stand for a group the document lists by name once
     * ("the 5 partners of the Reef Pact – Fiji, Chile, ... –").
     */
    private static final Set<String> GROUP_NOUNS =
            WordSets.copyOf(LexiconFile.read("group-reference-nouns.txt").words());

    /** The smallest and largest group a document may list once and then name by its count. */
    private static final int MIN_GROUP = 3;

    private static final int MAX_GROUP = 60;

    /** Capitalised words a group's count and noun may hold between them ("the 5 RP partners"). */
    private static final int GROUP_NAME_WORDS = 2;

    /** How far after the noun its list may open ("the 5 partners of the Reef Pact (RP) – Fiji, ..."). */
    private static final int LIST_REACH = 12;

    /** Groups the document lists once by name, by their size; each group's countries in the list's order. */
    private final Map<Integer, List<Actor>> listedGroups = new HashMap<>();

    /** Where each listed group's own phrase stands (sentence, token), which resolves to nothing more. */
    private final Set<Long> listingPhrases = new HashSet<>();

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
            List<Actor> listed = counted > 0 ? null : listedGroup(sentence, tokens, i);
            if (listed != null) {
                int noun = groupNoun(tokens, i);
                if (!overlaps(mentions, i, noun)) {
                    if (out == mentions) {
                        out = new ArrayList<>(mentions);
                    }
                    addSideBySide(out, listed, tokens, i, noun);
                    i = noun;
                }
                continue;
            }
            if (counted > 0) {
                List<Actor> group = namedWithin(sentence);
                if (group.size() == CountWords.valueOf(tokens.get(i + 1)) && !overlaps(mentions, i, counted)) {
                    if (out == mentions) {
                        out = new ArrayList<>(mentions);
                    }
                    // side by side over the phrase, as for a pair, so a rule reads them as one coordinated group
                    addSideBySide(out, group, tokens, i, counted);
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

    /** The group the document lists by name that "the 5 (RP) partners" at token i names, or null. */
    private List<Actor> listedGroup(int sentence, List<Token> tokens, int i) {
        if (listedGroups.isEmpty() || listingPhrases.contains(key(sentence, i))) {
            return null;
        }
        int noun = groupNoun(tokens, i);
        return noun < 0 ? null : listedGroups.get(CountWords.valueOf(tokens.get(i + 1)));
    }

    /**
     * Reads the whole document first: a count, a noun of a group and, shortly after, a list of exactly that many
     * countries set off by a dash, a colon or a comma ("the 5 partners of the Reef Pact (RP) – Fiji, Chile, ..."). The
     * group's other mentions by its count ("The 5 RP partners signed ...") then stand for those countries, before
     * the list as after it.
     */
    void listGroups(List<List<Token>> sentences, List<List<Mention>> mentions) {
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i + 2 < tokens.size(); i++) {
                int noun = groupNoun(tokens, i);
                if (noun < 0) {
                    continue;
                }
                int size = CountWords.valueOf(tokens.get(i + 1));
                List<Actor> group = listAfter(tokens, mentions.get(s), noun + 1, size);
                if (group != null && !listedGroups.containsKey(size)) {
                    listedGroups.put(size, group);
                    listingPhrases.add(key(s, i));
                }
            }
        }
    }

    /**
     * The countries of a list that opens with a dash, a colon or a comma within {@link #LIST_REACH} tokens of
     * {@code from} and holds exactly {@code size} of them, joined only by commas and "and"; null where there is none.
     */
    private static List<Actor> listAfter(List<Token> tokens, List<Mention> mentions, int from, int size) {
        int open = -1;
        for (int k = from; k < tokens.size() && k <= from + LIST_REACH; k++) {
            Token t = tokens.get(k);
            if (t.dash() || t.punctuation(':') || t.punctuation(',')) {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        List<Actor> group = new ArrayList<>();
        int k = open + 1;
        for (Mention m : mentions) {
            if (m.first() < k) {
                continue;
            }
            if (m.actor().code() == null || !onlyJoinersBetween(tokens, k, m.first())) {
                break;
            }
            group.add(m.actor());
            k = m.last();
            if (group.size() > size) {
                return null;
            }
        }
        boolean closed = k >= tokens.size()
                || tokens.get(k).dash()
                || tokens.get(k).punctuation(',')
                || tokens.get(k).punctuation('.')
                || tokens.get(k).punctuation(';')
                || tokens.get(k).punctuation(')');
        return group.size() == size && closed ? group : null;
    }

    /** Tokens [from, to) are only commas, "and" and "the" ("Tonga, the United States, and Samoa"). */
    private static boolean onlyJoinersBetween(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.punctuation(',') && !t.is("and") && !t.is("the")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The index of the noun of "the 5 partners", "all 27 members", "the 5 RP partners" opening at {@code i}
     * (a count from three to sixty, at most two capitalised words, a noun of {@code group-reference-nouns.txt}), or
     * -1.
     */
    private static int groupNoun(List<Token> tokens, int i) {
        if (!(tokens.get(i).is("the") || tokens.get(i).is("all")) || i + 2 >= tokens.size()) {
            return -1;
        }
        int size = CountWords.valueOf(tokens.get(i + 1));
        if (size < MIN_GROUP || size > MAX_GROUP) {
            return -1;
        }
        for (int k = i + 2; k < tokens.size() && k <= i + 2 + GROUP_NAME_WORDS; k++) {
            Token t = tokens.get(k);
            if (GROUP_NOUNS.contains(t.lower()) || NOUNS.contains(t.lower())) {
                return k;
            }
            if (!t.upperCase() || !t.word()) {
                return -1;
            }
        }
        return -1;
    }

    private static long key(int sentence, int token) {
        return (long) sentence << 32 | token;
    }

    /** The group's mentions side by side over tokens [i, noun]: the first ones over its opening, the last over the noun. */
    private static void addSideBySide(List<Mention> out, List<Actor> group, List<Token> tokens, int i, int noun) {
        for (int g = 0; g < group.size(); g++) {
            boolean lastOne = g == group.size() - 1;
            int first = lastOne ? noun : i;
            int end = lastOne ? noun + 1 : noun;
            out.add(new Mention(
                    group.get(g),
                    MentionKind.COUNTRY,
                    first,
                    end,
                    tokens.get(first).start(),
                    tokens.get(end - 1).end()));
        }
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
                        && CountWords.valueOf(tokens.get(i + 1)) >= MIN_GROUP
                        && CountWords.valueOf(tokens.get(i + 1)) <= MAX_COUNTED
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
