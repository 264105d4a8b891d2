package org.briefingpack.extract.rule.theme;

import java.util.Arrays;
import java.util.regex.Pattern;

/** A theme as a short label a reader can scan: up to its first semicolon, at most fourteen words. */
final class ThemeLabels {

    private static final int MAX_WORDS = 14;
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.;,:]+$");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,;:]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ThemeLabels() {}

    static String label(String item) {
        String s = item.strip();
        int semi = s.indexOf(';');
        if (semi > 0) {
            s = s.substring(0, semi);
        }
        s = TRAILING_MARKS.matcher(s).replaceAll("").strip();
        return firstWords(s, MAX_WORDS);
    }

    static String firstWords(String s, int max) {
        String[] words = SPACES.split(s);
        if (words.length <= max) {
            return s;
        }
        return TRAILING_COMMAS
                .matcher(String.join(" ", Arrays.copyOf(words, max)))
                .replaceAll("");
    }

    static int words(String s) {
        return SPACES.split(s.strip()).length;
    }
}
