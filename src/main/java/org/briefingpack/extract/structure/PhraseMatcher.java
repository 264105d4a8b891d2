package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds phrases from a lexicon in text: whole words, case-insensitive, any white space or quote marks
 * between words, longest phrase first. One regex alternation of literals, so no backtracking blow-ups.
 */
final class PhraseMatcher {

    /** A phrase found at [start, end); {@code label} is the lexicon entry it came from. */
    record Hit(String phrase, String label, int start, int end) {
    }

    private final Pattern pattern;
    private final List<String> phrases;
    private final List<String> labels;

    /** @param entries phrase and label pairs; the label is returned with each hit */
    PhraseMatcher(List<String[]> entries, boolean caseSensitive) {
        List<String[]> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingInt((String[] e) -> e[0].length()).reversed());
        this.phrases = new ArrayList<>();
        this.labels = new ArrayList<>();
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < sorted.size(); i++) {
            String phrase = sorted.get(i)[0];
            phrases.add(phrase);
            labels.add(sorted.get(i).length > 1 ? sorted.get(i)[1] : phrase);
            if (i > 0) {
                regex.append('|');
            }
            regex.append('(');
            String[] words = phrase.strip().split("\\s+");
            for (int w = 0; w < words.length; w++) {
                if (w > 0) {
                    regex.append("[\\s\"“”‘’']+");
                }
                regex.append(Pattern.quote(words[w]));
            }
            regex.append(')');
        }
        regex.append(")");
        // a phrase that ends in a letter must end at a word boundary
        regex.append("(?:(?<=[^\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))");
        int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.pattern = sorted.isEmpty() ? Pattern.compile("(?!)") : Pattern.compile(regex.toString(), flags);
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
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int group = 0;
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.start(g) >= 0) {
                    group = g;
                    break;
                }
            }
            hits.add(new Hit(phrases.get(group - 1), labels.get(group - 1), m.start(), m.end()));
        }
        return hits;
    }

    boolean containsAny(String text) {
        return pattern.matcher(text).find();
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
