package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.lexicon.WordSets;

/**
 * Finds lexicon phrases among a sentence's tokens: the phrases are cut into tokens by the same
 * {@link Tokenizer}, and match token for token, case-insensitively unless asked otherwise, with quotation
 * marks between words ignored, longest phrase first, hits not overlapping. A word written {@code ~sign}
 * matches by lemma ("sign", "signed", "signing"). Phrases are indexed by their first word.
 */
public final class PhraseMatcher {

    /** A phrase found over tokens [first, end) and characters [start, end) of the sentence. */
    public record Hit(String phrase, String label, int first, int last, int start, int end) {}

    private record Entry(String phrase, String label, String[] words, boolean[] byLemma) {}

    /**
     * The phrases that share a first word, longest first, with the hash of each one's second word side by side:
     * most of them are ruled out by that hash against the next token's, without a look at the phrase itself.
     */
    private static final class Candidates {
        /** 0: a phrase of one word. */
        private static final byte SECOND_BY_WORD = 1;

        private static final byte SECOND_BY_LEMMA = 2;

        final Entry[] entries;
        private final int[] secondHashes;
        private final byte[] secondKinds;

        Candidates(List<Entry> sorted) {
            entries = sorted.toArray(Entry[]::new);
            secondHashes = new int[entries.length];
            secondKinds = new byte[entries.length];
            for (int k = 0; k < entries.length; k++) {
                Entry e = entries[k];
                if (e.words().length > 1) {
                    secondHashes[k] = e.words()[1].hashCode();
                    secondKinds[k] = e.byLemma()[1] ? SECOND_BY_LEMMA : SECOND_BY_WORD;
                }
            }
        }

        /** False when phrase k's second word cannot be the token of these hashes (one not to skip). */
        boolean secondMayMatch(int k, int wordHash, int lemmaHash) {
            return switch (secondKinds[k]) {
                case SECOND_BY_WORD -> secondHashes[k] == wordHash;
                case SECOND_BY_LEMMA -> secondHashes[k] == lemmaHash;
                default -> true;
            };
        }
    }

    private final Map<String, Candidates> byFirstWord = new HashMap<>();
    private final Map<String, Candidates> byFirstLemma = new HashMap<>();
    /** Which first words may start a phrase, by hash: most tokens are ruled out without a map look-up. */
    private final long[] firstWordHashes = new long[FILTER_SIZE / Long.SIZE];
    /** The same for the phrases whose first word matches by lemma ("~sign"), kept apart: few phrases do. */
    private final long[] firstLemmaHashes = new long[FILTER_SIZE / Long.SIZE];
    /** The longest word of each phrase on the scale of a sentence's signature, as the words of a bit set. */
    private final long[] signature = new long[TokenList.SIGNATURE_BITS / Long.SIZE];

    /** Whether some phrase's second word matches by lemma ("will ~sign"). */
    private boolean secondByLemma;

    private final boolean caseSensitive;
    /** Words a text may put between a phrase's words without breaking it ("will also provide"). */
    private final Set<String> between;
    /** Whether {@link #between} has words: read for every token a phrase might step over. */
    private final boolean anyBetween;
    /** The hashes of {@link #between}'s words: most tokens are ruled out by one bit, without a set look-up. */
    private final BitSet betweenHashes = new BitSet(BETWEEN_FILTER_SIZE);

    private static final int BETWEEN_FILTER_SIZE = 1 << 12;

    /**
     * Bits of each first-word filter: 8,192 keep a filter at one kilobyte, so the filters of all the matchers a
     * sentence meets stay in the processor's cache, and a few hundred first words still leave most bits clear.
     */
    private static final int FILTER_SIZE = 1 << 13;

    /** @param entries phrase and label pairs; the label is returned with each hit */
    public PhraseMatcher(List<String[]> entries, boolean caseSensitive) {
        this(entries, caseSensitive, Set.of());
    }

    /**
     * @param entries phrase and label pairs; the label is returned with each hit
     * @param between lower-case words skipped between a phrase's words ("also" in "will also provide")
     */
    public PhraseMatcher(List<String[]> entries, boolean caseSensitive, Set<String> between) {
        this.caseSensitive = caseSensitive;
        this.between = WordSets.copyOf(between);
        this.anyBetween = !between.isEmpty();
        this.between.forEach(word -> betweenHashes.set(word.hashCode() & (BETWEEN_FILTER_SIZE - 1)));
        Map<String, List<Entry>> firstWords = new HashMap<>();
        Map<String, List<Entry>> firstLemmas = new HashMap<>();
        for (String[] e : entries) {
            String phrase = e[0].strip();
            List<Token> tokens = Tokenizer.tokens(phrase);
            if (tokens.isEmpty()) {
                continue;
            }
            List<String> words = new ArrayList<>();
            List<Boolean> lemma = new ArrayList<>();
            for (int k = 0; k < tokens.size(); k++) {
                Token t = tokens.get(k);
                if (t.text().equals("~") && k + 1 < tokens.size()) {
                    lemma.add(true);
                    words.add(tokens.get(++k).lower());
                    continue;
                }
                lemma.add(false);
                words.add(caseSensitive ? t.text() : t.lower());
            }
            boolean[] byLemma = new boolean[lemma.size()];
            for (int k = 0; k < byLemma.length; k++) {
                byLemma[k] = lemma.get(k);
            }
            secondByLemma |= byLemma.length > 1 && byLemma[1];
            Entry entry = new Entry(phrase, e.length > 1 ? e[1] : phrase, words.toArray(String[]::new), byLemma);
            (byLemma[0] ? firstLemmas : firstWords)
                    .computeIfAbsent(words.get(0), k -> new ArrayList<>())
                    .add(entry);
            int hash = words.get(0).hashCode();
            long[] filter = byLemma[0] ? firstLemmaHashes : firstWordHashes;
            setBit(filter, hash & (FILTER_SIZE - 1));
            setBit(filter, (hash >>> 16) & (FILTER_SIZE - 1));
            // a sentence can hold the phrase only if it holds the phrase's longest (rarest) word
            String rarest = words.get(0);
            for (String w : words) {
                if (w.length() > rarest.length()) {
                    rarest = w;
                }
            }
            setBit(signature, rarest.hashCode() & (TokenList.SIGNATURE_BITS - 1));
        }
        Comparator<Entry> longestFirst = Comparator.comparingInt((Entry x) -> x.words().length)
                .thenComparingInt(x -> x.phrase().length())
                .reversed();
        firstLemmas.forEach((word, list) -> {
            list.sort(longestFirst);
            byFirstLemma.put(word, new Candidates(list));
        });
        firstWords.forEach((word, list) -> {
            list.sort(longestFirst);
            byFirstWord.put(word, new Candidates(list));
        });
    }

    /** Case-insensitive phrases, each its own label. */
    public static PhraseMatcher of(List<String> phrases) {
        List<String[]> entries = new ArrayList<>();
        for (String phrase : phrases) {
            entries.add(new String[] {phrase, phrase});
        }
        return new PhraseMatcher(entries, false);
    }

    /** The hits over all the tokens; over a sentence's tokens, found once and kept for the next rule that asks. */
    public List<Hit> find(List<Token> tokens) {
        if (tokens instanceof TokenList list) {
            List<Hit> kept = list.hitsOf(this);
            if (kept == null) {
                kept = List.copyOf(find(tokens, 0, tokens.size()));
                list.keepHits(this, kept);
            }
            return kept;
        }
        return find(tokens, 0, tokens.size());
    }

    /** The hits that start and end within tokens [from, to). */
    public List<Hit> find(List<Token> tokens, int from, int to) {
        if (tokens instanceof TokenList list && !intersects(list.signature(), signature)) {
            return List.of(); // no phrase of this matcher can start in these tokens
        }
        List<Hit> hits = null;
        int[] wordHashes = tokens instanceof TokenList list ? list.hashes(caseSensitive) : null;
        int[] lemmaHashes = tokens instanceof TokenList list && !byFirstLemma.isEmpty() ? list.lemmaHashes() : null;
        int i = Math.max(0, from);
        while (i < to) {
            if (wordHashes != null) {
                i = nextCandidate(wordHashes, lemmaHashes, i, to);
                if (i >= to) {
                    break;
                }
            }
            boolean byWord = mayStart(
                    firstWordHashes,
                    wordHashes != null
                            ? wordHashes[i]
                            : (caseSensitive
                                            ? tokens.get(i).text()
                                            : tokens.get(i).lower())
                                    .hashCode());
            boolean byLemma = !byFirstLemma.isEmpty()
                    && mayStart(
                            firstLemmaHashes,
                            lemmaHashes != null
                                    ? lemmaHashes[i]
                                    : tokens.get(i).lemma().hashCode());
            if (!byWord && !byLemma) {
                i++;
                continue;
            }
            Token t = tokens.get(i);
            String key = caseSensitive ? t.text() : t.lower();
            int matched = -1;
            Entry found = null;
            // the token after the first word, when it is no word a phrase may skip (a quotation mark, "also"):
            // a phrase of two words or more matches only if its second word stands there, tested by hash first
            int next = i + 1;
            boolean plainNext = next < to && !skippable(tokens.get(next));
            int nextWordHash = plainNext ? hashAt(tokens, wordHashes, next, false) : 0;
            int nextLemmaHash = plainNext && secondByLemma ? hashAt(tokens, lemmaHashes, next, true) : 0;
            Candidates candidates = byWord ? byFirstWord.get(key) : null;
            if (candidates != null) {
                for (int k = 0; k < candidates.entries.length; k++) {
                    if (plainNext && !candidates.secondMayMatch(k, nextWordHash, nextLemmaHash)) {
                        continue;
                    }
                    Entry entry = candidates.entries[k];
                    int end = matchAt(tokens, i, to, entry);
                    if (end > 0) {
                        matched = end;
                        found = entry;
                        break;
                    }
                }
            }
            // a phrase by lemma may be longer than the one by word ("~pledge to train" against "pledged"): the
            // longer wins, as within each index
            Candidates lemmaCandidates = byLemma ? byFirstLemma.get(t.lemma()) : null;
            if (lemmaCandidates != null) {
                for (int k = 0; k < lemmaCandidates.entries.length; k++) {
                    Entry entry = lemmaCandidates.entries[k];
                    if (found != null && entry.words().length <= found.words().length) {
                        break; // sorted longest first: no longer phrase is left
                    }
                    if (plainNext && !lemmaCandidates.secondMayMatch(k, nextWordHash, nextLemmaHash)) {
                        continue;
                    }
                    int end = matchAt(tokens, i, to, entry);
                    if (end > 0) {
                        matched = end;
                        found = entry;
                        break;
                    }
                }
            }
            if (found != null) {
                if (hits == null) {
                    hits = new ArrayList<>();
                }
                hits.add(new Hit(
                        found.phrase(),
                        found.label(),
                        i,
                        matched,
                        t.start(),
                        tokens.get(matched - 1).end()));
                i = matched;
            } else {
                i++;
            }
        }
        return hits == null ? List.of() : hits;
    }

    /** A quotation mark or a word of {@link #between}: what {@link #matchAt} may step over between words. */
    private boolean skippable(Token t) {
        return t.quoteMark() || isBetweenWord(t);
    }

    private boolean isBetweenWord(Token t) {
        return anyBetween
                && betweenHashes.get(t.lower().hashCode() & (BETWEEN_FILTER_SIZE - 1))
                && between.contains(t.lower());
    }

    /** The hash of the token's lemma, or of its text as this matcher compares it, from the list's hashes if made. */
    private int hashAt(List<Token> tokens, int[] hashes, int index, boolean lemma) {
        if (hashes != null) {
            return hashes[index];
        }
        Token t = tokens.get(index);
        return (lemma ? t.lemma() : caseSensitive ? t.text() : t.lower()).hashCode();
    }

    /** Whether a phrase may start with a word of this hash: two bits of a Bloom filter, both set. */
    private static boolean mayStart(long[] filter, int hash) {
        return bit(filter, hash & (FILTER_SIZE - 1)) && bit(filter, (hash >>> 16) & (FILTER_SIZE - 1));
    }

    /**
     * The first token from {@code i} whose word or lemma hash may start a phrase, or {@code to}: the loop that
     * every matcher runs over every sentence, kept to arrays of hashes and filter bits.
     */
    private int nextCandidate(int[] wordHashes, int[] lemmaHashes, int i, int to) {
        boolean lemmas = lemmaHashes != null;
        while (i < to
                && !mayStart(firstWordHashes, wordHashes[i])
                && !(lemmas && mayStart(firstLemmaHashes, lemmaHashes[i]))) {
            i++;
        }
        return i;
    }

    private static boolean intersects(long[] a, long[] b) {
        for (int k = 0; k < a.length; k++) {
            if ((a[k] & b[k]) != 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean bit(long[] bits, int index) {
        return (bits[index >>> 6] & (1L << index)) != 0;
    }

    private static void setBit(long[] bits, int index) {
        bits[index >>> 6] |= 1L << index;
    }

    /** The hits in a short text of its own (a name, a window): cuts it into tokens first. */
    public List<Hit> find(String text) {
        return find(Tokenizer.tokens(text));
    }

    public boolean containsAny(List<Token> tokens) {
        return !find(tokens).isEmpty();
    }

    public boolean containsAny(List<Token> tokens, int from, int to) {
        return !find(tokens, from, to).isEmpty();
    }

    public boolean containsAny(String text) {
        return !find(text).isEmpty();
    }

    /** The token after the phrase when it stands at {@code at}; -1 when it does not. */
    private int matchAt(List<Token> tokens, int at, int to, Entry entry) {
        int pos = at;
        String[] words = entry.words();
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                while (pos < to
                        && skippable(tokens.get(pos))
                        && !words[w].equals(tokens.get(pos).text())) {
                    pos++;
                }
            }
            if (pos >= to) {
                return -1;
            }
            Token t = tokens.get(pos);
            String have = entry.byLemma()[w] ? t.lemma() : caseSensitive ? t.text() : t.lower();
            if (!have.equals(words[w])) {
                return -1;
            }
            pos++;
        }
        return pos;
    }
}
