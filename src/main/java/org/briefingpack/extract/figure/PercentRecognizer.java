package org.briefingpack.extract.figure;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Figure;

/**
 * Percentages: a number followed by a percent marker ("2%", "43 per cent", "85 percent",
 * "1.5 percentage points"), negative after a minus word ("minus 3.5%"). A range ("40-50%",
 * "between 10 and 15 per cent") gives both ends.
 */
final class PercentRecognizer {

    private final FigureLexicon lexicon;
    private final NumberReader numbers;

    PercentRecognizer(FigureLexicon lexicon) {
        this.lexicon = lexicon;
        this.numbers = new NumberReader(lexicon);
    }

    List<FoundFigure> find(Tokens t) {
        List<FoundFigure> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            byte type = t.type(i);
            if (type == Tokens.MIXED) {
                FoundFigure glued = gluedMarker(t, i);
                if (glued != null) {
                    out.add(glued);
                }
                continue;
            }
            if (type != Tokens.NUMBER && !(type == Tokens.WORD && numbers.mayStartWord(t, i))) {
                continue;
            }
            NumberReader.Num num = plainNumber(t, i);
            if (num == null) {
                continue;
            }
            int markerEnd = markerAfter(t, num.last());
            if (markerEnd >= 0) {
                out.add(figure(t, markerEnd, num));
                i = lastTokenBefore(t, num.last(), markerEnd);
                continue;
            }
            // a range whose marker stands only after its second end: "40-50%", "10 to 15 per cent"
            int c = num.last() + 1;
            boolean connector = t.isDash(c)
                    || t.isWord(c, "to")
                    || (t.isWord(c, "and") && t.isWord(isMinus(t, i - 1) ? i - 2 : i - 1, "between"));
            NumberReader.Num second = connector ? plainNumber(t, isMinus(t, c + 1) ? c + 2 : c + 1) : null;
            if (second != null && second.words() == num.words()) {
                int secondMarker = markerAfter(t, second.last());
                if (secondMarker >= 0) {
                    out.add(figure(t, t.end(num.last()), num));
                    out.add(figure(t, secondMarker, second));
                    i = lastTokenBefore(t, second.last(), secondMarker);
                }
            }
        }
        return out;
    }

    /** "10pc", "3pct": a marker word glued to the digits. */
    private FoundFigure gluedMarker(Tokens t, int i) {
        if (t.length(i) > Tokens.MAX_NUMBER_LENGTH || (t.attached(i) && !t.is(i - 1, '('))) {
            return null;
        }
        String raw = t.text(i);
        int split = 0;
        while (split < raw.length() && (Tokens.isDigit(raw.charAt(split)) || raw.charAt(split) == '.')) {
            split++;
        }
        String digits = raw.substring(0, split);
        String marker = raw.substring(split).toLowerCase(java.util.Locale.ROOT);
        if (split == 0
                || digits.endsWith(".")
                || digits.indexOf('.') != digits.lastIndexOf('.')
                || !lexicon.percentMarkers.contains(marker)) {
            return null;
        }
        return new FoundFigure(Figure.percent(raw, new java.math.BigDecimal(digits)), t.start(i), t.end(i));
    }

    /** The percentage of num, ending at character end; a minus word before it makes it negative ("minus 3.5%"). */
    private FoundFigure figure(Tokens t, int end, NumberReader.Num num) {
        int first = num.first();
        boolean minus = isMinus(t, first - 1) && t.nearPrevious(first);
        int start = minus ? t.start(first - 1) : t.start(first);
        java.math.BigDecimal value = minus ? num.value().negate() : num.value();
        return new FoundFigure(Figure.percent(t.text.substring(start, end), value), start, end);
    }

    private boolean isMinus(Tokens t, int k) {
        return t.valid(k) && t.type(k) == Tokens.WORD && t.length(k) <= 12 && lexicon.minusWords.contains(t.lower(k));
    }

    private static int lastTokenBefore(Tokens t, int from, int end) {
        int k = from;
        while (t.valid(k + 1) && t.start(k + 1) < end) {
            k++;
        }
        return k;
    }

    /** A number without a scale, not glued to a name ("G7", "F-16"). */
    private NumberReader.Num plainNumber(Tokens t, int i) {
        if (!t.valid(i) || !(t.type(i) == Tokens.NUMBER || t.type(i) == Tokens.WORD)) {
            return null;
        }
        if (t.attached(i) && t.isDash(i - 1) && t.attached(i - 1) && t.type(i - 2) == Tokens.WORD) {
            return null;
        }
        NumberReader.Num num = numbers.read(t, i);
        return num == null || num.scaled() ? null : num;
    }

    /** Where the percent marker after token last ends, or -1. */
    private int markerAfter(Tokens t, int last) {
        int next = last + 1;
        if (!t.valid(next) || !t.nearPrevious(next)) {
            return -1;
        }
        if (t.is(next, '%')) {
            return t.end(next);
        }
        if (t.type(next) != Tokens.WORD) {
            return -1;
        }
        int p = t.start(next);
        for (String marker : lexicon.percentMarkersByFirstWord.getOrDefault(t.lower(next), List.of())) {
            if (MoneyRecognizer.phraseAt(t.text, p, marker)) {
                return p + marker.length();
            }
        }
        return -1;
    }
}
