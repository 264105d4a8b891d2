package org.briefingpack.extract.rule.theme;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingpack.extract.lexicon.LexiconFile;

/** A theme as a short label a reader can scan: up to its first semicolon, at most fourteen words. */
final class ThemeLabels {

    private static final int MAX_WORDS = 14;
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.;,:]+$");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,;:]+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** "migration on the sidelines", "debt relief at the summit": where or when, not what. */
    private static final Pattern TRAILING_ADJUNCT =
            adjuncts(LexiconFile.read("theme-trailing-adjuncts.txt").words());

    private ThemeLabels() {}

    static String label(String item) {
        String s = item.strip();
        int semi = s.indexOf(';');
        if (semi > 0) {
            s = s.substring(0, semi);
        }
        s = TRAILING_MARKS.matcher(s).replaceAll("").strip();
        String cut = TRAILING_ADJUNCT.matcher(s).replaceFirst("").strip();
        if (!cut.isEmpty()) {
            s = cut;
        }
        return firstWords(s, MAX_WORDS);
    }

    private static Pattern adjuncts(List<String> phrases) {
        String alternatives = phrases.stream()
                .map(p -> Pattern.quote(p).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        return Pattern.compile("\\s+(?:" + alternatives + ")\\b.*$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
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
