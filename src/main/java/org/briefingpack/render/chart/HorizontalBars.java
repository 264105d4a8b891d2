package org.briefingpack.render.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * A horizontal bar chart, one bar per row in the given order (top to bottom), each labelled at its end.
 * The value axis is linear from zero or, where asked, logarithmic; either way its upper end leaves room for
 * the longest label, measured in the fonts the chart draws with. Builds a fresh JFreeChart per call.
 */
final class HorizontalBars {

    /** One bar: its name on the left ("\n" starts a new line), its length, and the label drawn at its end. */
    record Bar(String name, double value, String label) {}

    /** What to draw: the frame texts, the bars, how to label the value axis and whether it is logarithmic. */
    record Spec(
            String title,
            List<String> notes,
            String source,
            List<Bar> bars,
            AxisFormat axisFormat,
            boolean logScale,
            Color colour) {}

    /** A chart ready to draw at its logical size. */
    record Laid(JFreeChart chart, int width, int height) {}

    private static final double MAX_NAME_SHARE = 0.36;
    private static final int MAX_NAME_LINES = 3;
    private static final double LABEL_GAP = 6;
    private static final double NAME_GAP = 12;
    private static final int MAX_DECADE_TICKS = 7;

    private HorizontalBars() {}

    static Laid build(ChartTheme theme, Spec spec) {
        List<Bar> bars = spec.bars();
        List<String> names =
                bars.stream().flatMap(b -> Arrays.stream(b.name().split("\n"))).toList();
        List<String> labels = bars.stream().map(Bar::label).toList();
        Font nameFont = theme.font(false, ChartFrame.LABEL_SIZE, names);
        Font labelFont = theme.font(true, ChartFrame.LABEL_SIZE, labels);
        Font tickFont = theme.font(false, ChartFrame.TICK_SIZE, "$0123456789,.BMKT€£¥");

        double nameWidth = Math.min(ChartFrame.WIDTH * MAX_NAME_SHARE, TextFit.widest(names, nameFont) + 2);
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        int maxLines = 1;
        for (int i = 0; i < bars.size(); i++) {
            List<String> lines = TextFit.wrap(bars.get(i).name(), nameFont, nameWidth, MAX_NAME_LINES);
            maxLines = Math.max(maxLines, lines.size());
            dataset.addValue(bars.get(i).value(), "value", new Row(i, String.join("\n", lines)));
        }

        RightAlignedCategoryAxis names_ = new RightAlignedCategoryAxis();
        names_.setTickLabelFont(nameFont);
        names_.setTickLabelPaint(theme.colour("text"));
        names_.setMaximumCategoryLabelLines(MAX_NAME_LINES);
        names_.setMaximumCategoryLabelWidthRatio(1.0f);
        names_.setAxisLineVisible(false);
        names_.setTickMarksVisible(false);
        names_.setCategoryLabelPositionOffset(8);
        names_.setCategoryMargin(bars.size() > 1 ? 0.35 : 0);
        names_.setLowerMargin(0.04);
        names_.setUpperMargin(0.04);

        double dataWidth = ChartFrame.WIDTH
                - ChartFrame.PADDING.getLeft()
                - ChartFrame.PADDING.getRight()
                - nameWidth
                - NAME_GAP
                - 4;
        ValueAxis values = spec.logScale()
                ? logAxis(bars, labels, labelFont, dataWidth, spec.axisFormat())
                : linearAxis(bars, labels, labelFont, dataWidth, spec.axisFormat());
        values.setTickLabelFont(tickFont);
        values.setTickLabelPaint(theme.colour("muted"));
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter()); // flat: no gradient (the class default is global state)
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, spec.colour());
        renderer.setMaximumBarWidth(0.13);
        renderer.setItemMargin(0);
        renderer.setDefaultItemLabelGenerator(new LabelGenerator(labels));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(labelFont);
        renderer.setDefaultItemLabelPaint(theme.colour("text"));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelInsets(new RectangleInsets(LABEL_GAP, LABEL_GAP, LABEL_GAP, LABEL_GAP));
        renderer.setDefaultToolTipGenerator(null);

        CategoryPlot plot = new CategoryPlot(dataset, names_, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(theme.colour("grid"));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeMinorGridlinesVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(6, 0, 0, 0));
        AxisSpace left = new AxisSpace();
        left.setLeft(nameWidth + NAME_GAP);
        plot.setFixedDomainAxisSpace(left);

        JFreeChart chart = ChartFrame.chart(theme, plot, spec.title(), spec.notes(), spec.source());
        double rowHeight = Math.max(34, maxLines * 16 + 16);
        int height = ChartFrame.height(ChartFrame.frameHeight(theme, spec.notes()) + 36 + bars.size() * rowHeight);
        return new Laid(chart, ChartFrame.WIDTH, height);
    }

    /** At least a third of a decade below the smallest value, so even the smallest bar shows. */
    static double lowLog(double min) {
        return Math.floor(Math.log10(min) - 0.35);
    }

    /** A gridline per power of ten, or per two or three where the bars span many decades. */
    static int decadesPerGridline(double min, double max) {
        return (int) Math.max(1, Math.ceil((Math.ceil(Math.log10(max)) - lowLog(min)) / MAX_DECADE_TICKS));
    }

    /** Zero to a round-enough upper end that leaves every bar's label room to its right. */
    private static ValueAxis linearAxis(
            List<Bar> bars, List<String> labels, Font labelFont, double dataWidth, AxisFormat format) {
        double upper = 0;
        for (int i = 0; i < bars.size(); i++) {
            double room = dataWidth - TextFit.width(labels.get(i), labelFont) - LABEL_GAP - 6;
            double share = Math.max(0.35, room / dataWidth);
            upper = Math.max(upper, bars.get(i).value() / share);
        }
        NumberAxis axis = new TrimmedNumberAxis(
                bars.stream().mapToDouble(Bar::value).max().orElse(0));
        axis.setRange(0, upper <= 0 ? 1 : upper);
        axis.setStandardTickUnits(tickUnits(format));
        axis.setAutoTickUnitSelection(true);
        return axis;
    }

    /** Powers of ten below the smallest bar to above the largest label; one gridline per power of ten. */
    private static ValueAxis logAxis(
            List<Bar> bars, List<String> labels, Font labelFont, double dataWidth, AxisFormat format) {
        double min = bars.stream().mapToDouble(Bar::value).min().orElse(1);
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(1);
        double lowLog = lowLog(min);
        double highLog = lowLog + 1;
        for (int i = 0; i < bars.size(); i++) {
            double room = dataWidth - TextFit.width(labels.get(i), labelFont) - LABEL_GAP - 6;
            double share = Math.max(0.35, room / dataWidth);
            highLog = Math.max(highLog, lowLog + (Math.log10(bars.get(i).value()) - lowLog) / share);
        }
        LogAxis axis = new TrimmedLogAxis(max);
        axis.setBase(10);
        axis.setSmallestValue(Math.pow(10, lowLog));
        axis.setRange(Math.pow(10, lowLog), Math.pow(10, highLog));
        axis.setTickUnit(new NumberTickUnit(decadesPerGridline(min, max)), false, false);
        axis.setAutoTickUnitSelection(false);
        axis.setMinorTickCount(1);
        axis.setNumberFormatOverride(format);
        return axis;
    }

    /** 1, 2, 2.5 and 5 times every power of ten, each labelled through the axis format. */
    private static TickUnits tickUnits(AxisFormat format) {
        TickUnits units = new TickUnits();
        for (int exp = -2; exp <= 15; exp++) {
            double p = Math.pow(10, exp);
            units.add(new NumberTickUnit(p, format));
            units.add(new NumberTickUnit(2 * p, format));
            units.add(new NumberTickUnit(2.5 * p, format));
            units.add(new NumberTickUnit(5 * p, format));
        }
        return units;
    }

    /** Ticks end at the first one at or past the longest bar: the room left for labels needs no gridlines. */
    static List<ValueTick> trim(List<?> ticks, double max) {
        List<ValueTick> kept = new ArrayList<>();
        for (Object t : ticks) {
            ValueTick tick = (ValueTick) t;
            kept.add(tick);
            if (tick.getValue() >= max * (1 - 1e-9)) {
                break;
            }
        }
        return kept;
    }

    private static final class TrimmedNumberAxis extends NumberAxis {
        private static final long serialVersionUID = 1L;
        private final double max;

        TrimmedNumberAxis(double max) {
            super(null);
            this.max = max;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            return trim(super.refreshTicks(g2, state, dataArea, edge), max);
        }
    }

    private static final class TrimmedLogAxis extends LogAxis {
        private static final long serialVersionUID = 1L;
        private final double max;

        TrimmedLogAxis(double max) {
            super(null);
            this.max = max;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
            return trim(super.refreshTicks(g2, state, dataArea, edge), max);
        }
    }

    /** A category key: unique by position (two outcomes may share a name), shown as its wrapped name. */
    record Row(int index, String text) implements Comparable<Row> {
        @Override
        public int compareTo(Row o) {
            return Integer.compare(index, o.index);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** Labels each bar with the text given for it (the original amount, the count with its noun). */
    private record LabelGenerator(List<String> labels) implements CategoryItemLabelGenerator, Serializable {
        @Override
        public String generateRowLabel(CategoryDataset dataset, int row) {
            return null;
        }

        @Override
        public String generateColumnLabel(CategoryDataset dataset, int column) {
            return null;
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            return labels.get(column);
        }
    }

    /** Names on the left read best right-aligned against their bars. */
    private static final class RightAlignedCategoryAxis extends CategoryAxis {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings("rawtypes")
        protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
            TextBlock block = super.createLabel(category, width, edge, g2);
            block.setLineAlignment(HorizontalAlignment.RIGHT);
            return block;
        }
    }
}
