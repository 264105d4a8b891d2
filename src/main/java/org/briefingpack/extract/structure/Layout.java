package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.Sentence;

/** Annotates sentences with their layout (heading, list item, block start) and the figures inside them. */
final class Layout {

    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-*+•–·▪]|\\d{1,2}[.)])\\s+");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|(?<![\\p{L}\\p{N}])[*_](?=\\p{L})|(?<=\\p{L})[*_](?![\\p{L}\\p{N}])");

    private Layout() {
    }

    static List<Unit> units(String text, List<Sentence> sentences, List<FoundFigure> figures) {
        List<Unit> units = new ArrayList<>(sentences.size());
        int f = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
            if (s.start() == 0) {
                lineStart = 0;
            }
            String before = text.substring(lineStart, s.start());
            boolean startsLine = before.isBlank() || MARKER.matcher(before).matches()
                    || before.strip().matches("[-*+•–·▪#>]+|\\d{1,2}[.)]");
            int lineEnd = text.indexOf('\n', s.end());
            String after = text.substring(s.end(), lineEnd < 0 ? text.length() : lineEnd);
            boolean endsLine = after.isBlank();
            boolean lineItem = startsLine && endsLine;
            boolean marker = MARKER.matcher(before + s.text()).find() && startsLine;
            String stripped = stripMarker(s.text());
            boolean heading = lineItem && !marker && !stripped.isEmpty() && !stripped.matches("(?s).*[.!?;:,]\\W*$")
                    && stripped.split("\\s+").length <= 16;
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
            units.add(new Unit(i, s, heading, lineItem, marker, newBlock, inside));
        }
        return units;
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
        String s = MARKER.matcher(text).replaceFirst("");
        s = s.replaceFirst("^#{1,6}\\s+", "");
        s = EMPHASIS.matcher(s).replaceAll("");
        return s.strip();
    }
}
