package org.briefingpack.extract.lexicon;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Unmodifiable sets and maps of words for the look-ups the rules make at nearly every token. They are hash tables
 * with buckets rather than {@code Set.of}'s open addressing: most tokens are in no set, and a bucket tells that at
 * one look, where open addressing compares the word with the neighbours it probes (two and a half on average at
 * half load) and divides to find the first slot. Extraction asks such sets some hundred thousand times a megabyte
 * of text (docs/performance.md).
 */
public final class WordSets {

    private WordSets() {}

    /** The words, each once: a word twice is a mistake in the list, as {@code Set.of} takes it. */
    public static Set<String> of(String... words) {
        Set<String> set = new HashSet<>(capacity(words.length));
        for (String word : words) {
            if (!set.add(Objects.requireNonNull(word))) {
                throw new IllegalArgumentException("duplicate word: " + word);
            }
        }
        return Collections.unmodifiableSet(set);
    }

    /** The words of a collection, duplicates dropped. */
    public static Set<String> copyOf(Collection<String> words) {
        Set<String> set = new HashSet<>(capacity(words.size()));
        for (String word : words) {
            set.add(Objects.requireNonNull(word));
        }
        return Collections.unmodifiableSet(set);
    }

    /** A map keyed by words, as a hash table with buckets. */
    public static <V> Map<String, V> copyOf(Map<String, ? extends V> map) {
        Map<String, V> copy = new HashMap<>(capacity(map.size()));
        map.forEach((word, value) -> copy.put(Objects.requireNonNull(word), Objects.requireNonNull(value)));
        return Collections.unmodifiableMap(copy);
    }

    /** A table whose load stays under the default 0.75 without a resize. */
    private static int capacity(int size) {
        return Math.max(16, (int) (size / 0.75f) + 1);
    }
}
