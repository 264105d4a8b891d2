package org.briefingpack.extract.annotate;

import java.util.regex.Pattern;

/** What the lines say about a sentence: heading, list item, list marker, blank line before it. */
final class Layout {

    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-*+•–·▪]|\\d{1,2}[.)]|\\([a-z0-9]{1,3}\\))\\s+");
    private static final Pattern EMPHASIS =
            Pattern.compile("\\*\\*|__|(?<![\\p{L}\\p{N}])[*_](?=\\p{L})|(?<=\\p{L})[*_](?![\\p{L}\\p{N}])");
    private static final Pattern LONE_MARKER = Pattern.compile("[-*+•–·▪#>]+|\\d{1,2}[.)]|\\([a-z0-9]{1,3}\\)");
    private static final Pattern CLOSED = Pattern.compile("[.!?;:,]\\W*$");
    private static final Pattern HASHES = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The layout of one sentence. */
    record Lines(boolean heading, boolean lineItem, boolean marker, boolean newBlock, String plain) {}

    private final String text;
    private int lastBreak = -1;
    private int nextBreak;

    /** Sentences must be given in document order. */
    Layout(String text) {
        this.text = text;
        this.nextBreak = text.indexOf('\n');
    }

    Lines of(int start, int end, String sentence) {
        while (nextBreak >= 0 && nextBreak < start) {
            lastBreak = nextBreak;
            nextBreak = text.indexOf('\n', nextBreak + 1);
        }
        int lineStart = start == 0 ? 0 : lastBreak + 1;
        // only a short prefix (a list marker, indentation) can stand before a sentence that starts a line
        String before = start - lineStart > 12 ? "x" : text.substring(lineStart, start);
        boolean startsLine = before.isBlank()
                || MARKER.matcher(before).matches()
                || LONE_MARKER.matcher(before.strip()).matches();
        int lineEnd = nextLineBreak(end);
        String after = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        boolean endsLine = after.isBlank();
        boolean lineItem = startsLine && endsLine;
        boolean marker = startsLine
                && mayStartWithMarker(before + sentence)
                && MARKER.matcher(before + sentence).find();
        String plain = stripMarker(sentence);
        boolean heading = lineItem
                && !marker
                && !plain.isEmpty()
                && !CLOSED.matcher(plain).find()
                && SPACES.split(plain).length <= 16;
        boolean newBlock = lineStart == 0 || blankLineBefore(lineStart);
        return new Lines(heading, lineItem, marker, newBlock, plain);
    }

    /** The next line break, looking no further than a line could sensibly run after a sentence. */
    private int nextLineBreak(int from) {
        int limit = Math.min(text.length(), from + 400);
        for (int k = from; k < limit; k++) {
            if (text.charAt(k) == '\n') {
                return k;
            }
        }
        return limit == text.length() ? -1 : limit;
    }

    /** Whether MARKER could match: its first non-space character is a marker sign, a digit or "(". */
    private static boolean mayStartWithMarker(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i < s.length() && ("-*+•–·▪(".indexOf(s.charAt(i)) >= 0 || Character.isDigit(s.charAt(i)));
    }

    private boolean blankLineBefore(int lineStart) {
        int i = lineStart - 2;
        while (i >= 0 && text.charAt(i) != '\n') {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
            i--;
        }
        return true;
    }

    /** Drops a leading list marker, heading hashes and emphasis marks. */
    static String stripMarker(String s) {
        String out = mayStartWithMarker(s) ? MARKER.matcher(s).replaceFirst("") : s;
        if (out.startsWith("#")) {
            out = HASHES.matcher(out).replaceFirst("");
        }
        if (out.indexOf('*') >= 0 || out.indexOf('_') >= 0) {
            out = EMPHASIS.matcher(out).replaceAll("");
        }
        return out.strip();
    }
}
