package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts text into tokens in one linear pass. A word is a run of letters, digits and marks, joined by "-",
 * ".", "&amp;" or an apostrophe when a letter or digit follows ("Kunming-Montreal", "U.S", "AT&amp;T",
 * "d’Ivoire") and a number by its thousands commas ("5,000"); the possessive "'s" and the negation "n't" are tokens of their own; every other character
 * that is not white space is a token. Phrases in the lexicons are cut by the same method, so they match
 * token for token.
 */
public final class Tokenizer {

    // U+2010 and U+2011 are the hyphen and the non-breaking hyphen some releases write ("low‑income")
    private static final String JOINERS = "-.&'’\u2010\u2011";

    private Tokenizer() {}

    /** The tokens of {@code text}, tagged {@link Tag#X} with their lower-case form as lemma (untagged). */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>(Math.max(8, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            if (!wordChar(cp)) {
                int end = i + Character.charCount(cp);
                add(out, text, i, end);
                i = end;
                continue;
            }
            int start = i;
            i = skipRun(text, i, n);
            while (i + 1 < n
                    && (JOINERS.indexOf(text.charAt(i)) >= 0 && wordChar(text.codePointAt(i + 1))
                            || thousands(text, i))) {
                char joiner = text.charAt(i);
                int runEnd = skipRun(text, i + 1, n);
                if (joiner == '\'' || joiner == '’') {
                    String run = text.substring(i + 1, runEnd);
                    if (run.equalsIgnoreCase("s")) {
                        break; // "Egypt's": the possessive is a token of its own
                    }
                    if (run.equalsIgnoreCase("t") && i - 1 > start && lower(text.charAt(i - 1)) == 'n') {
                        add(out, text, start, i - 1); // "didn't": "did" and "n't"
                        start = i - 1;
                        i = runEnd;
                        break;
                    }
                }
                i = runEnd;
            }
            if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '’') && i + 2 <= n && start < i) {
                int after = i + 1;
                if (after < n
                        && (text.charAt(after) == 's' || text.charAt(after) == 'S')
                        && (after + 1 >= n || !wordChar(text.codePointAt(after + 1)))) {
                    add(out, text, start, i);
                    add(out, text, i, after + 1);
                    i = after + 1;
                    continue;
                }
            }
            add(out, text, start, i);
        }
        return out;
    }

    /** A comma between digit groups ("5,000", "1,250,000") is part of the number. */
    private static boolean thousands(String text, int comma) {
        int n = text.length();
        if (text.charAt(comma) != ',' || comma == 0 || comma + 4 > n || !Character.isDigit(text.charAt(comma - 1))) {
            return false;
        }
        for (int k = comma + 1; k <= comma + 3; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return comma + 4 == n || !Character.isLetterOrDigit(text.charAt(comma + 4));
    }

    private static int skipRun(String text, int i, int n) {
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static void add(List<Token> out, String text, int start, int end) {
        String t = text.substring(start, end);
        String lower = t.toLowerCase(Locale.ROOT).replace('\u2010', '-').replace('\u2011', '-');
        out.add(new Token(t, lower, start, end, Tag.X, lower));
    }

    private static char lower(char c) {
        return Character.toLowerCase(c);
    }

    /** \p{L}, \p{N} or \p{M}. */
    static boolean wordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
