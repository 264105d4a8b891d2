package org.briefingpack.render.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/** Measures and wraps text in the same metrics the charts draw with (antialiased, fractional). */
final class TextFit {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final String ELLIPSIS = "…";

    private TextFit() {}

    static double width(String text, Font font) {
        return text == null || text.isEmpty()
                ? 0
                : font.getStringBounds(text, FRC).getWidth();
    }

    /** The widest of several lines. */
    static double widest(List<String> lines, Font font) {
        double max = 0;
        for (String line : lines) {
            max = Math.max(max, width(line, font));
        }
        return max;
    }

    /**
     * Word-wraps each paragraph (split on "\n") to {@code maxWidth}, at most {@code maxLines} lines in all,
     * the last ending in "…" where text was cut.
     */
    static List<String> wrap(String text, Font font, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] paragraphs = text.split("\n");
        for (int p = 0; p < paragraphs.length && lines.size() < maxLines; p++) {
            List<String> wrapped = wrapParagraph(paragraphs[p], font, maxWidth, maxLines - lines.size());
            boolean cutAfter = p < paragraphs.length - 1 && lines.size() + wrapped.size() == maxLines;
            lines.addAll(wrapped);
            if (cutAfter) {
                int last = lines.size() - 1;
                lines.set(last, ellipsize(lines.get(last), font, maxWidth, true));
            }
        }
        return lines;
    }

    private static List<String> wrapParagraph(String text, Font font, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            String candidate = line.length() == 0 ? words[i] : line + " " + words[i];
            if (width(candidate, font) <= maxWidth || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines) {
                    break;
                }
            }
        }
        if (line.length() > 0 && lines.size() < maxLines) {
            lines.add(line.toString());
        }
        boolean cut = i < words.length;
        for (int k = 0; k < lines.size(); k++) {
            boolean last = k == lines.size() - 1;
            String l = lines.get(k);
            if (width(l, font) > maxWidth || (last && cut)) {
                lines.set(k, ellipsize(l, font, maxWidth, last && cut));
            }
        }
        return lines;
    }

    /** Shortens to fit, ending in "…"; {@code force} adds the ellipsis even where the text fits. */
    static String ellipsize(String text, Font font, double maxWidth, boolean force) {
        if (!force && width(text, font) <= maxWidth) {
            return text;
        }
        String t = text;
        while (!t.isEmpty() && width(t + ELLIPSIS, font) > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t.stripTrailing() + ELLIPSIS;
    }
}
