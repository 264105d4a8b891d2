package org.briefingpack.render.workbook;

import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.render.RunContents;

/**
 * The Charts sheet: the largest converted amounts as a table and a native (XDDF) bar chart that
 * analysts can restyle, then the pack's PNG charts as pictures. The chart carries its values in
 * its own cache, so it never needs to read the streamed cells back. Of the documents' charts it keeps, as they
 * stream past, only the first few it can embed and a count of the rest.
 */
final class ChartsSheet {

    static final int TOP_N = 20;
    /** Pictures stay in memory until the workbook is written; past this many, the chart files are the place to look. */
    static final int MAX_IMAGES = 24;

    static final String TABLE = "TopAmounts";

    private static final int TABLE_HEADER_ROW = 2;
    private static final int CHART_FIRST_COLUMN = 4;
    private static final int CHART_LAST_COLUMN = 16;
    private static final int CHART_MIN_ROWS = 24;
    private static final int MAX_IMAGE_WIDTH_PX = 960;

    /** What the sheet holds: whether a native chart was drawn, and how many images were left out. */
    record Result(boolean chart, int imagesEmbedded, int imagesOmitted) {}

    private final FxRates fx;
    private final List<Captioned> documentImages = new ArrayList<>();
    private int documentCharts;

    ChartsSheet(FxRates fx) {
        this.fx = fx;
    }

    /** Notes the next document's charts; only images that exist can be embedded, and only the first {@link #MAX_IMAGES}. */
    void add(RunContents.DocumentPack pack) {
        String summit = CommitmentsWorkbookWriter.summit(pack.facts());
        for (RenderedChart c : pack.charts()) {
            documentCharts++;
            if (documentImages.size() < MAX_IMAGES && embeddable(c)) {
                documentImages.add(new Captioned(summit == null ? c.title() : summit + ": " + c.title(), c));
            }
        }
    }

    Result write(SheetWriter sheet, List<TopAmounts.Entry> top, List<RenderedChart> runCharts) {
        Styles styles = sheet.styles();
        String amountHeader = "Amount in " + fx.base();
        Row title = sheet.newRow();
        sheet.styledText(
                title,
                0,
                top.isEmpty()
                        ? "No outcome in this run states an amount with a configured exchange rate."
                        : amountHeader + " by outcome: the " + top.size() + " largest",
                styles.title);
        sheet.moveTo(TABLE_HEADER_ROW);
        List<Column> columns =
                List.of(Column.wrapped("Outcome", 40), Column.wrapped("Summit", 28), Column.plain(amountHeader, 18));
        TableRegion table = sheet.startTable(TABLE, columns);
        for (TopAmounts.Entry entry : top) {
            Row row = table.newRow();
            table.text(row, 0, entry.outcome());
            table.text(row, 1, entry.summit());
            sheet.number(row, 2, entry.amount(), styles.money(fx.base(), true));
        }
        table.finish();
        sheet.widths(columns);
        sheet.landscapeFitToWidth();

        XSSFDrawing drawing = sheet.xssf().createDrawingPatriarch();
        // About one and a half rows a bar, so every outcome keeps its label on the axis.
        int chartBottom = Math.max(CHART_MIN_ROWS, 6 + top.size() * 3 / 2);
        if (!top.isEmpty()) {
            drawBarChart(drawing, top, chartBottom, amountHeader);
        }
        int nextRow = Math.max(sheet.nextRowIndex(), chartBottom) + 2;
        return embedImages(sheet, drawing, runCharts, nextRow, !top.isEmpty());
    }

    private void drawBarChart(XSSFDrawing drawing, List<TopAmounts.Entry> top, int bottomRow, String amountHeader) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_FIRST_COLUMN, 0, CHART_LAST_COLUMN, bottomRow);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(amountHeader + " by outcome");
        chart.setTitleOverlay(false);

        XDDFCategoryAxis outcomes = chart.createCategoryAxis(AxisPosition.LEFT);
        XDDFValueAxis amounts = chart.createValueAxis(AxisPosition.BOTTOM);
        // Largest bar on top, with the amount axis kept at the bottom.
        outcomes.setOrientation(AxisOrientation.MAX_MIN);
        amounts.setCrosses(AxisCrosses.MAX);
        String symbol = Styles.currencyLiteral(fx.base());
        amounts.setNumberFormat("[>=1000000000]" + symbol + "#,##0.0,,,\"B\";[>=1000000]" + symbol + "#,##0.0,,\"M\";"
                + symbol + "#,##0");

        int first = TABLE_HEADER_ROW + 1;
        int last = TABLE_HEADER_ROW + top.size();
        // The chart's cached labels are the cells' text, stored the same way.
        String[] names = top.stream()
                .map(e -> e.outcome() == null ? "" : CellText.cell(e.outcome()))
                .toArray(String[]::new);
        Double[] values = top.stream().map(e -> e.amount().doubleValue()).toArray(Double[]::new);
        String sheetRef = "'" + CommitmentsWorkbookWriter.CHARTS + "'!";
        XDDFDataSource<String> categories =
                XDDFDataSourcesFactory.fromArray(names, sheetRef + "$A$" + (first + 1) + ":$A$" + (last + 1));
        XDDFNumericalDataSource<Double> numbers =
                XDDFDataSourcesFactory.fromArray(values, sheetRef + "$C$" + (first + 1) + ":$C$" + (last + 1));

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, outcomes, amounts);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, numbers);
        series.setTitle(
                amountHeader, new CellReference(CommitmentsWorkbookWriter.CHARTS, TABLE_HEADER_ROW, 2, true, true));
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.TEAL)));
        series.setShapeProperties(shape);
        chart.plot(data);
    }

    private Result embedImages(
            SheetWriter sheet, XSSFDrawing drawing, List<RenderedChart> runCharts, int firstRow, boolean chart) {
        // the run's charts first, then the documents' in input order
        List<Captioned> images = new ArrayList<>();
        runCharts.stream().filter(ChartsSheet::embeddable).forEach(c -> images.add(new Captioned(c.title(), c)));
        images.addAll(documentImages);
        int embedded = 0;
        int row = firstRow;
        Workbook workbook = sheet.xssf().getWorkbook();
        for (Captioned image : images.subList(0, Math.min(MAX_IMAGES, images.size()))) {
            Path png = image.chart().png();
            sheet.moveTo(row);
            Row caption = sheet.newRow();
            sheet.styledText(
                    caption, 0, image.caption() == null ? image.chart().name() : image.caption(), sheet.styles().label);
            if (image.chart().altText() != null) {
                sheet.text(sheet.newRow(), 0, image.chart().altText(), false);
            }
            int pictureRow = sheet.nextRowIndex();
            byte[] bytes = read(png);
            int index = workbook.addPicture(bytes, Workbook.PICTURE_TYPE_PNG);
            Dimension size = size(image.chart(), bytes);
            double scale = size.width > MAX_IMAGE_WIDTH_PX ? (double) MAX_IMAGE_WIDTH_PX / size.width : 1.0;
            XSSFClientAnchor anchor =
                    anchor(sheet.xssf(), drawing, pictureRow, (int) Math.round(size.width * scale), (int)
                            Math.round(size.height * scale));
            XSSFPicture picture = drawing.createPicture(anchor, index);
            if (image.chart().altText() != null) {
                picture.getCTPicture()
                        .getNvPicPr()
                        .getCNvPr()
                        .setDescr(image.chart().altText());
            }
            row = anchor.getRow2() + 2;
            embedded++;
        }
        return new Result(chart, embedded, runCharts.size() + documentCharts - embedded);
    }

    private static boolean embeddable(RenderedChart chart) {
        return chart.png() != null && Files.isRegularFile(chart.png());
    }

    /**
     * A two-cell anchor from column A of {@code row} spanning the picture's size in pixels. Computed
     * here because POI's {@code resize()} measures rows through XSSF, which never sees streamed rows.
     */
    static XSSFClientAnchor anchor(XSSFSheet sheet, XSSFDrawing drawing, int row, int widthPx, int heightPx) {
        int column = 0;
        int left = widthPx;
        while (left > sheet.getColumnWidthInPixels(column)) {
            left -= Math.round(sheet.getColumnWidthInPixels(column));
            column++;
        }
        float rowPx = sheet.getDefaultRowHeightInPoints() * Units.PIXEL_DPI / Units.POINT_DPI;
        int rows = (int) (heightPx / rowPx);
        int restPx = Math.round(heightPx - rows * rowPx);
        return drawing.createAnchor(
                0, 0, left * Units.EMU_PER_PIXEL, restPx * Units.EMU_PER_PIXEL, 0, row, column, row + rows);
    }

    /** The size the chart renderer reported, or the PNG's own where it reported none. */
    private static Dimension size(RenderedChart chart, byte[] png) {
        if (chart.widthPx() > 0 && chart.heightPx() > 0) {
            return new Dimension(chart.widthPx(), chart.heightPx());
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalArgumentException("Chart image " + chart.png() + " is not a readable PNG");
            }
            return new Dimension(image.getWidth(), image.getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read chart image " + chart.png(), e);
        }
    }

    private static byte[] read(Path png) {
        try {
            return Files.readAllBytes(png);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read chart image " + png, e);
        }
    }

    private record Captioned(String caption, RenderedChart chart) {}
}
