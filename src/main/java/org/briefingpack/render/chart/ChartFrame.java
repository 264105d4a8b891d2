package org.briefingpack.render.chart;

import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The frame around every chart, in logical pixels of an 800-wide chart drawn at 2x: a bold title top left,
 * grey notes under it (currency, rates, scale), the source line bottom left, flat white everywhere.
 */
final class ChartFrame {

    static final int WIDTH = 800;
    static final int MIN_HEIGHT = 450;
    static final float TITLE_SIZE = 19f;
    static final float NOTE_SIZE = 12.5f;
    static final float LABEL_SIZE = 12.5f;
    static final float TICK_SIZE = 11.5f;
    static final float SOURCE_SIZE = 11f;
    static final RectangleInsets PADDING = new RectangleInsets(16, 20, 12, 28);

    private ChartFrame() {}

    /** Wraps a plot in a chart with our title, notes and source line; no legend (labels say it all). */
    static JFreeChart chart(ChartTheme theme, Plot plot, String title, List<String> notes, String source) {
        plot.setBackgroundPaint(theme.colour("background"));
        plot.setOutlineVisible(false);
        JFreeChart chart = new JFreeChart(null, theme.font(true, TITLE_SIZE, title), plot, false);
        chart.setBackgroundPaint(theme.colour("background"));
        chart.setBorderVisible(false);
        chart.setPadding(PADDING);
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);

        TextTitle head = text(theme.font(true, TITLE_SIZE, title), title, theme);
        head.setPaint(theme.colour("text"));
        head.setPadding(new RectangleInsets(0, 0, 4, 0));
        chart.setTitle(head);
        for (String note : notes) {
            TextTitle sub = text(theme.font(false, NOTE_SIZE, note), note, theme);
            sub.setPaint(theme.colour("muted"));
            sub.setPadding(new RectangleInsets(1, 0, 1, 0));
            chart.addSubtitle(sub);
        }
        TextTitle spacer = new TextTitle(" ", theme.font(false, 6f, " "));
        spacer.setPadding(RectangleInsets.ZERO_INSETS);
        chart.addSubtitle(spacer);
        if (source != null && !source.isBlank()) {
            String line = "Source: " + source;
            TextTitle foot = text(theme.font(false, SOURCE_SIZE, line), line, theme);
            foot.setPaint(theme.colour("muted"));
            foot.setPosition(RectangleEdge.BOTTOM);
            foot.setPadding(new RectangleInsets(10, 0, 0, 0));
            chart.addSubtitle(foot);
        }
        return chart;
    }

    private static TextTitle text(Font font, String text, ChartTheme theme) {
        TextTitle t = new TextTitle(text, font);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setFrame(BlockBorder.NONE);
        t.setBackgroundPaint(null);
        t.setMaximumLinesToDisplay(3);
        return t;
    }

    /** Logical heights are even so the 2x image is a whole number of logical pixels tall. */
    static int height(double wanted) {
        int h = (int) Math.ceil(Math.max(MIN_HEIGHT, wanted));
        return h + (h % 2);
    }

    /** Width the header text may take before it wraps. */
    static double textWidth() {
        return WIDTH - PADDING.getLeft() - PADDING.getRight();
    }

    /** Height the header and footer take, estimated from the number of note lines. */
    static double frameHeight(ChartTheme theme, List<String> notes) {
        double h = PADDING.getTop() + PADDING.getBottom() + 28 + 10 + 24;
        for (String note : notes) {
            Font f = theme.font(false, NOTE_SIZE, note);
            h += 17 * Math.max(1, Math.ceil(TextFit.width(note, f) / textWidth()));
        }
        return h;
    }

    static Font font(ChartTheme theme, boolean bold, float size, List<String> texts) {
        return theme.font(bold, size, texts);
    }
}
