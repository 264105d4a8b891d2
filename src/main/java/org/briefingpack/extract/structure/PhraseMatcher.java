package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds phrases from a lexicon in text: whole words, case-insensitive unless asked otherwise, any white
 * space or quote marks between words, longest phrase first, hits not overlapping. Phrases are indexed by
 * their first word, so a scan costs one map look-up per word start (no large regex alternation).
 */
final class PhraseMatcher {

    /** A phrase found at [start, end); {@code label} is the lexicon entry it came from. */
    record Hit(String phrase, String label, int start, int end) {}

    private record Entry(String phrase, String label, String[] words) {}

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    /** The same index as an open-addressing table probed with a hash computed over the text in place, so a
     *  word start costs no substring and no lower-casing. */
    private final String[] tableKeys;

    private final int[] tableHashes;
    private final List<Entry>[] tableValues;
    private final int tableMask;
    /** Which first-word lengths occur: most words of a text are ruled out before hashing. */
    private final boolean[] keyLengths;
    /** Cheap filter before the map look-up: which (first two letters) a first word may start with. */
    private final java.util.BitSet prefixes = new java.util.BitSet(1 << 16);

    private final boolean caseSensitive;
    private static final String SEPARATORS = " \t\n\r\u00a0\"“”‘’'";

    /** @param entries phrase and label pairs; the label is returned with each hit */
    PhraseMatcher(List<String[]> entries, boolean caseSensitive) {
        this.caseSensitive = caseSensitive;
        for (String[] e : entries) {
            String phrase = e[0].strip();
            if (phrase.isEmpty()) {
                continue;
            }
            String key = firstWord(phrase, 0);
            if (key.isEmpty()) {
                continue;
            }
            Entry entry = new Entry(phrase, e.length > 1 ? e[1] : phrase, phrase.split("\\s+"));
            byFirstWord.computeIfAbsent(key, k -> new ArrayList<>()).add(entry);
            prefixes.set(prefix(key, 0, key.length()));
        }
        for (List<Entry> list : byFirstWord.values()) {
            list.sort(Comparator.comparingInt((Entry x) -> x.phrase().length()).reversed());
        }
        int size = Integer.highestOneBit(Math.max(4, byFirstWord.size() * 4) - 1) << 1;
        tableMask = size - 1;
        tableKeys = new String[size];
        tableHashes = new int[size];
        keyLengths = new boolean
                [byFirstWord.keySet().stream().mapToInt(String::length).max().orElse(0) + 1];
        for (String key : byFirstWord.keySet()) {
            keyLengths[key.length()] = true;
        }
        @SuppressWarnings("unchecked")
        List<Entry>[] values = new List[size];
        tableValues = values;
        for (Map.Entry<String, List<Entry>> e : byFirstWord.entrySet()) {
            String key = e.getKey();
            int slot = hash(key, 0, key.length()) & tableMask;
            while (tableKeys[slot] != null) {
                slot = (slot + 1) & tableMask;
            }
            tableKeys[slot] = key;
            tableHashes[slot] = rawHash(key);
            tableValues[slot] = e.getValue();
        }
    }

    /** The hash of the lower-cased characters before mixing, as {@link #find} computes it while scanning. */
    private static int rawHash(String key) {
        int h = 0;
        for (int k = 0; k < key.length(); k++) {
            h = 31 * h + lower(key.charAt(k));
        }
        return h;
    }

    /** A hash of the lower-cased characters of text[from, to); keys are stored lower case. */
    private static int hash(CharSequence text, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + lower(text.charAt(k));
        }
        return h ^ (h >>> 16);
    }

    /** Character.isLetterOrDigit with a fast path for ASCII. */
    private static boolean wordChar(char c) {
        return c < 128
                ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                : Character.isLetterOrDigit(c);
    }

    /** Character.toLowerCase with a fast path for ASCII, where nearly all text is. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /** The entries whose first word is text[from, to) (whose {@link #hash} is given), case aside, or null. */
    private List<Entry> candidates(String text, int from, int to, int rawHash) {
        int length = to - from;
        if (length >= keyLengths.length || !keyLengths[length]) {
            return null;
        }
        int slot = (rawHash ^ (rawHash >>> 16)) & tableMask;
        for (String key = tableKeys[slot]; key != null; key = tableKeys[slot]) {
            if (tableHashes[slot] == rawHash && key.length() == length && sameLowerCase(key, text, from)) {
                return tableValues[slot];
            }
            slot = (slot + 1) & tableMask;
        }
        return null;
    }

    private static boolean sameLowerCase(String key, String text, int from) {
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != lower(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    /** Where the phrase ends when it stands at {@code at}: words equal, separators white space or quotes. */
    private int matchAt(String text, int at, Entry entry) {
        int pos = at;
        String[] words = entry.words();
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                int gap = pos;
                while (pos < text.length() && SEPARATORS.indexOf(text.charAt(pos)) >= 0) {
                    pos++;
                }
                if (pos == gap) {
                    return -1;
                }
            }
            String word = words[w];
            if (!text.regionMatches(!caseSensitive, pos, word, 0, word.length())) {
                return -1;
            }
            pos += word.length();
        }
        char last = entry.phrase().charAt(entry.phrase().length() - 1);
        if (Character.isLetterOrDigit(last) && pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
            return -1;
        }
        return pos;
    }

    private static int prefix(CharSequence s, int at, int end) {
        char a = Character.toLowerCase(s.charAt(at));
        char b = end - at > 1 ? Character.toLowerCase(s.charAt(at + 1)) : ' ';
        return (a * 31 + b) & 0xFFFF;
    }

    /** The run of letters and digits at {@code at}, lower case: the index key. */
    private static String firstWord(String text, int at) {
        int end = at;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(at, end).toLowerCase(Locale.ROOT);
    }

    static PhraseMatcher ofLines(List<String> lines) {
        List<String[]> entries = new ArrayList<>();
        for (String line : lines) {
            entries.add(new String[] {line, line});
        }
        return new PhraseMatcher(entries, false);
    }

    List<Hit> find(String text) {
        List<Hit> hits = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!wordChar(text.charAt(i)) || i > 0 && wordChar(text.charAt(i - 1))) {
                i++;
                continue;
            }
            // scan the word and hash it in one pass (the same hash as the keys')
            int wordEnd = i;
            int h = 0;
            while (wordEnd < n) {
                char c = text.charAt(wordEnd);
                if (!wordChar(c)) {
                    break;
                }
                h = 31 * h + lower(c);
                wordEnd++;
            }
            List<Entry> candidates = prefixes.get(prefix(text, i, wordEnd)) ? candidates(text, i, wordEnd, h) : null;
            int next = wordEnd;
            if (candidates != null) {
                for (Entry entry : candidates) {
                    int end = matchAt(text, i, entry);
                    if (end > 0) {
                        hits.add(new Hit(entry.phrase(), entry.label(), i, end));
                        next = end;
                        break;
                    }
                }
            }
            i = next;
        }
        return hits;
    }

    boolean containsAny(String text) {
        return !find(text).isEmpty();
    }

    boolean caseSensitive() {
        return caseSensitive;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
