package org.briefingpack.extract.structure;

import java.util.regex.Pattern;

/**
 * Words in running text: white-space splitting with one compiled pattern ({@code String.split("\\s+")}
 * compiles it per call), and the word before a position.
 */
final class Words {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Words() {}

    /** Exactly {@code s.split("\\s+")}. */
    static String[] split(String s) {
        return SPACES.split(s);
    }

    /** Exactly {@code s.replaceAll("\\s+", " ")}. */
    static String singleSpaced(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }

    /** The letters of the word ending at {@code at}, past any white space before it; empty when there is none. */
    static String before(String text, int at) {
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return text.substring(start, end);
    }
}
