package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.model.Actor;

/**
 * "the two countries", "both sides", "the two leaders": a reference to the two countries named last, resolved to
 * them as two mentions over the phrase, so "The two sides signed a memorandum" reads as both signing. Not
 * thread-safe: one per document, fed its sentences in order.
 */
final class PairReferences {

    /** {@code pair-reference-nouns.txt}: the nouns after "the two" or "both" that stand for two countries. */
    private static final Set<String> NOUNS =
            WordSets.copyOf(LexiconFile.read("pair-reference-nouns.txt").words());

    /** How many sentences back the two countries may have been named: a reference reaches back a paragraph or two. */
    private static final int MAX_SENTENCES_BACK = 8;

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
