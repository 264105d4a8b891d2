package org.briefingpack.corroborate;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two names (of outcomes or events) name the same thing, by the words that tell them apart: the
 * kind words ("initiative", "summit") and small words do not count, so "Current AI Initiative" and
 * "the Current AI" match while "Paris AI Summit" and "Seoul AI Summit" do not.
 */
final class Names {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** Words that say what kind of thing a name is, or join its words: they do not identify it. */
    private static final Set<String> GENERIC = Set.of(
            "the",
            "a",
            "an",
            "of",
            "for",
            "and",
            "on",
            "in",
            "to",
            "at",
            "with",
            "by",
            "new",
            "first",
            "ever",
            "initiative",
            "coalition",
            "agreement",
            "declaration",
            "statement",
            "report",
            "fund",
            "funding",
            "partnership",
            "programme",
            "program",
            "platform",
            "network",
            "institute",
            "summit",
            "conference",
            "meeting",
            "forum",
            "dialogue",
            "communique",
            "treaty",
            "pact",
            "charter",
            "alliance",
            "2023",
            "2024",
            "2025",
            "2026");

    private Names() {}

    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        List<String> allA = words(a);
        List<String> allB = words(b);
        Set<String> keyA = distinctive(allA);
        Set<String> keyB = distinctive(allB);
        if (keyA.size() < 2 || keyB.size() < 2) {
            // one telling word is too little to go on: the whole names must agree
            return !allA.isEmpty() && allA.equals(allB);
        }
        if (keyA.containsAll(keyB) || keyB.containsAll(keyA)) {
            return true;
        }
        Set<String> common = new LinkedHashSet<>(keyA);
        common.retainAll(keyB);
        Set<String> union = new LinkedHashSet<>(keyA);
        union.addAll(keyB);
        return common.size() * 2 >= union.size();
    }

    /** Whether a sentence names the thing: every telling word of the name stands in it (two at least). */
    static boolean namedIn(String name, String sentence) {
        if (name == null) {
            return false;
        }
        Set<String> key = distinctive(words(name));
        return key.size() >= 2 && new LinkedHashSet<>(words(sentence)).containsAll(key);
    }

    private static List<String> words(String name) {
        return Arrays.stream(NON_WORD.split(name.toLowerCase(Locale.ROOT)))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static Set<String> distinctive(List<String> words) {
        Set<String> key = new LinkedHashSet<>();
        for (String word : words) {
            if (!GENERIC.contains(word)) {
                key.add(word);
            }
        }
        return key;
    }
}
