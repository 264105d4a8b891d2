package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.Sentence;

/** Annotates sentences with their layout (heading, list item, block start) and the figures inside them. */
final class Layout {

    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-*+•–·▪]|\\d{1,2}[.)])\\s+");
    private static final Pattern EMPHASIS =
            Pattern.compile("\\*\\*|__|(?<![\\p{L}\\p{N}])[*_](?=\\p{L})|(?<=\\p{L})[*_](?![\\p{L}\\p{N}])");

    private static final Pattern LONE_MARKER = Pattern.compile("[-*+•–·▪#>]+|\\d{1,2}[.)]");
    private static final Pattern CLOSED = Pattern.compile("[.!?;:,]\\W*$");
    private static final Pattern HASHES = Pattern.compile("^#{1,6}\\s+");

    private Layout() {}

    static List<Unit> units(String text, List<Sentence> sentences, List<FoundFigure> figures) {
        List<Unit> units = new ArrayList<>(sentences.size());
        int f = 0;
        int lastBreak = -1;
        int nextBreak = text.indexOf('\n');
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            while (nextBreak >= 0 && nextBreak < s.start()) {
                lastBreak = nextBreak;
                nextBreak = text.indexOf('\n', nextBreak + 1);
            }
            int lineStart = s.start() == 0 ? 0 : lastBreak + 1;
            // only a short prefix (a list marker, indentation) can stand before a sentence that starts a line
            String before = s.start() - lineStart > 12 ? "x" : text.substring(lineStart, s.start());
            boolean startsLine = before.isBlank()
                    || MARKER.matcher(before).matches()
                    || LONE_MARKER.matcher(before.strip()).matches();
            int lineEnd = nextLineBreak(text, s.end());
            String after = text.substring(s.end(), lineEnd < 0 ? text.length() : lineEnd);
            boolean endsLine = after.isBlank();
            boolean lineItem = startsLine && endsLine;
            boolean marker = startsLine
                    && mayStartWithMarker(before + s.text())
                    && MARKER.matcher(before + s.text()).find();
            String stripped = stripMarker(s.text());
            boolean heading = lineItem
                    && !marker
                    && !stripped.isEmpty()
                    && !CLOSED.matcher(stripped).find()
                    && Words.split(stripped).length <= 16;
            boolean newBlock = lineStart == 0 || blankLineBefore(text, lineStart);
            while (f < figures.size() && figures.get(f).end() <= s.start()) {
                f++;
            }
            List<FoundFigure> inside = new ArrayList<>();
            for (int g = f; g < figures.size() && figures.get(g).start() < s.end(); g++) {
                if (figures.get(g).start() >= s.start() && figures.get(g).end() <= s.end()) {
                    inside.add(figures.get(g));
                }
            }
            units.add(new Unit(i, s, heading, lineItem, marker, newBlock, inside, stripped));
        }
        return units;
    }

    /** The next line break, looking no further than a line could sensibly run after a sentence. */
    private static int nextLineBreak(String text, int from) {
        int limit = Math.min(text.length(), from + 400);
        for (int k = from; k < limit; k++) {
            if (text.charAt(k) == '\n') {
                return k;
            }
        }
        return limit == text.length() ? -1 : limit;
    }

    /** Whether MARKER could match: its first non-space character is a marker sign or a digit. */
    private static boolean mayStartWithMarker(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && ("-*+•–·▪".indexOf(text.charAt(i)) >= 0 || Character.isDigit(text.charAt(i)));
    }

    private static boolean blankLineBefore(String text, int lineStart) {
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
    static String stripMarker(String text) {
        // the patterns only run where their first character occurs: most sentences have no marks at all
        String s = mayStartWithMarker(text) ? MARKER.matcher(text).replaceFirst("") : text;
        if (s.startsWith("#")) {
            s = HASHES.matcher(s).replaceFirst("");
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = EMPHASIS.matcher(s).replaceAll("");
        }
        return s.strip();
    }
}
