package org.briefingpack.render.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.io.Serializable;
import java.util.List;
import org.briefingpack.model.Stance;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.XYItemLabelGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Actors down the side, stances across the top, a dot in the stance's colour where an actor takes it
 * ("×2" beside it where the actor takes that stance on several subjects). Builds a fresh chart per call.
 */
final class DotMatrix {

    /** One filled cell: row and column indexes into the spec's lists, and how many positions it stands for. */
    record Cell(int row, int column, int positions) {}

    record Spec(
            String title,
            List<String> notes,
            String source,
            List<String> actors,
            List<Stance> columns,
            List<Cell> cells) {}

    private static final double ROW_HEIGHT = 24;
    private static final double DOT = 13;
    private static final double MAX_NAME_SHARE = 0.34;

    private DotMatrix() {}

    static HorizontalBars.Laid build(ChartTheme theme, Spec spec) {
        List<String> columnLabels =
                spec.columns().stream().map(theme::stanceLabel).toList();
        Font nameFont = theme.font(false, ChartFrame.LABEL_SIZE, spec.actors());
        Font headFont = theme.font(true, ChartFrame.LABEL_SIZE, columnLabels);
        double nameWidth = Math.min(ChartFrame.WIDTH * MAX_NAME_SHARE, TextFit.widest(spec.actors(), nameFont) + 2);
        String[] names = spec.actors().stream()
                .map(a -> TextFit.ellipsize(a, nameFont, nameWidth, false))
                .toArray(String[]::new);

        XYSeriesCollection dataset = new XYSeriesCollection();
        for (int c = 0; c < spec.columns().size(); c++) {
            XYSeries series = new XYSeries(spec.columns().get(c), false, true);
            for (Cell cell : spec.cells()) {
                if (cell.column() == c) {
                    series.add(cell.column(), cell.row());
                }
            }
            dataset.addSeries(series);
        }

        SymbolAxis stances = new SymbolAxis(null, columnLabels.toArray(String[]::new));
        stances.setTickLabelFont(headFont);
        stances.setTickLabelPaint(theme.colour("text"));
        stances.setGridBandsVisible(false);
        stances.setAxisLineVisible(false);
        stances.setTickMarksVisible(false);
        stances.setRange(-0.5, spec.columns().size() - 0.5);

        SymbolAxis actors = new SymbolAxis(null, names);
        actors.setTickLabelFont(nameFont);
        actors.setTickLabelPaint(theme.colour("text"));
        actors.setGridBandsVisible(false);
        actors.setAxisLineVisible(false);
        actors.setTickMarksVisible(false);
        actors.setInverted(true); // first actor on top
        actors.setRange(-0.6, spec.actors().size() - 0.4);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        renderer.setDrawOutlines(false);
        renderer.setUseFillPaint(false);
        for (int c = 0; c < spec.columns().size(); c++) {
            renderer.setSeriesPaint(c, theme.stanceColour(spec.columns().get(c)));
            renderer.setSeriesShape(c, new Ellipse2D.Double(-DOT / 2, -DOT / 2, DOT, DOT));
        }
        renderer.setDefaultItemLabelGenerator(new Multiples(spec.cells()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.font(false, ChartFrame.TICK_SIZE, "×0123456789"));
        renderer.setDefaultItemLabelPaint(theme.colour("muted"));
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setItemLabelInsets(new RectangleInsets(6, 6, 6, 6));

        XYPlot plot = new XYPlot(dataset, stances, actors, renderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setDomainGridlinesVisible(true);
        plot.setDomainGridlinePaint(theme.colour("grid"));
        plot.setDomainGridlineStroke(new BasicStroke(0.8f));
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(theme.colour("grid"));
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setInsets(new RectangleInsets(0, 0, 0, 0));
        AxisSpace left = new AxisSpace();
        left.setLeft(nameWidth + 14);
        plot.setFixedRangeAxisSpace(left);

        JFreeChart chart = ChartFrame.chart(theme, plot, spec.title(), spec.notes(), spec.source());
        int height = ChartFrame.height(
                ChartFrame.frameHeight(theme, spec.notes()) + 40 + spec.actors().size() * ROW_HEIGHT);
        return new HorizontalBars.Laid(chart, ChartFrame.WIDTH, height);
    }

    /** "×2" beside a dot that stands for several positions (one actor, one stance, several subjects). */
    private record Multiples(List<Cell> cells) implements XYItemLabelGenerator, Serializable {
        @Override
        public String generateLabel(XYDataset dataset, int series, int item) {
            int column = (int) Math.round(dataset.getXValue(series, item));
            int row = (int) Math.round(dataset.getYValue(series, item));
            for (Cell cell : cells) {
                if (cell.row() == row && cell.column() == column && cell.positions() > 1) {
                    return "×" + cell.positions();
                }
            }
            return null;
        }
    }
}
