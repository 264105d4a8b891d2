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

    /**
     * The short label a list item opens with before a colon ("Maritime boundaries: leaders agreed to ..."), or
     * null when the item has none: the label is at most {@value #MAX_LABEL_WORDS} words and a sentence of its own
     * follows it.
     */
    static String labelBeforeColon(String item) {
        int colon = item.indexOf(": ");
        if (colon <= 0) {
            return null;
        }
        String label = withoutLoneQuote(item.substring(0, colon).strip());
        String rest = item.substring(colon + 2).strip();
        if (label.isEmpty()
                || words(label) > MAX_LABEL_WORDS
                || words(rest) < 3
                || label.contains("://")
                || !Character.isUpperCase(rest.charAt(0))) {
            return null; // "Safety: managing the risks ...": the words after the colon go on the label's phrase
        }
        return label;
    }

    private static final int MAX_LABEL_WORDS = 7;

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
