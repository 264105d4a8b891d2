package org.briefingpack.extract.rule.theme;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
        return firstWords(withoutLoneQuote(s), MAX_WORDS);
    }

    /** "“Every Day Counts": a quotation mark that opens or closes the label with no partner inside it. */
    static String withoutLoneQuote(String s) {
        long marks = s.chars().filter(c -> QUOTES.indexOf(c) >= 0).count();
        if (marks == 1 && !s.isEmpty() && QUOTES.indexOf(s.charAt(0)) >= 0) {
            return s.substring(1).strip();
        }
        if (marks == 1 && !s.isEmpty() && QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0) {
            return TRAILING_MARKS
                    .matcher(s.substring(0, s.length() - 1))
                    .replaceAll("")
                    .strip();
        }
        return s;
    }

    private static final String QUOTES = "\"“”‘’«»";

    /** A label without where or when it was talked about ("migration on the sidelines" is "migration"). */
    static String withoutAdjunct(String label, Pattern adjuncts) {
        String cut = adjuncts.matcher(label).replaceFirst("").strip();
        return cut.isEmpty() ? label : cut;
    }

    /** The pattern for {@link #withoutAdjunct}: any of the phrases after a space, and all that follows. */
    static Pattern adjuncts(List<String> phrases) {
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
