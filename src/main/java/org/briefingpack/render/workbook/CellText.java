package org.briefingpack.render.workbook;

import java.util.regex.Pattern;

/**
 * Text as a cell may hold it: cut to Excel's cell limit with a visible marker, and flagged where a
 * spreadsheet could read it as a formula (OWASP "CSV injection" triggers).
 */
final class CellText {

    /** Excel refuses longer cell text; LibreOffice silently cuts it. */
    static final int MAX_CELL_CHARS = 32_767;

    /** Excel's escape for a character in cell text; literal text that looks like one must be escaped itself. */
    private static final Pattern OOXML_ESCAPE = Pattern.compile("_(x[0-9A-Fa-f]{4}_)");

    private CellText() {}

    /**
     * The text as a cell must store it: cut to the limit, and with "_x0041_"-like runs protected,
     * since Excel (and POI) would otherwise read them as escaped characters and show "A".
     */
    static String cell(String text) {
        String fitted = fit(xmlSafe(text));
        return fitted == null || fitted.indexOf("_x") < 0
                ? fitted
                : OOXML_ESCAPE.matcher(fitted).replaceAll("_x005F_$1");
    }

    /**
     * Control characters XML 1.0 cannot carry (a stray form feed or NUL from a converted document)
     * become spaces; POI would write "?" for them.
     */
    static String xmlSafe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || c == '\uFFFE'
                    || c == '\uFFFF'
                    || (Character.isHighSurrogate(c)
                            && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(bad ? ' ' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The text cut to {@link #MAX_CELL_CHARS} with a marker that says how long the original was. */
    static String fit(String text) {
        if (text == null || text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        String marker = " … [cut: " + text.length() + " characters in full]";
        int end = MAX_CELL_CHARS - marker.length();
        // Never leave half a surrogate pair behind: it would not survive as XML.
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + marker;
    }

    /**
     * True where a spreadsheet might evaluate the text when a user edits or re-imports it: it starts
     * (after any spaces) with =, +, -, @, a tab, a carriage return, or their full-width forms.
     */
    static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\t' || first == '\r' || first == '\n') {
            return true;
        }
        String stripped = text.stripLeading();
        if (stripped.isEmpty()) {
            return false;
        }
        switch (stripped.charAt(0)) {
            case '=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\u2212':
                return true;
            default:
                return false;
        }
    }
}
