package org.briefingpack.render.workbook;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes one sheet top to bottom through SXSSF with real cell types. Rows leave memory as the
 * window moves on, so only what Excel keeps outside the grid (hyperlinks, tables, drawings) stays
 * in memory. One per sheet and write; not thread-safe.
 */
final class SheetWriter {

    /** Excel stops at 65,530 hyperlinks a sheet; beyond a safe margin we write plain text. */
    static final int MAX_LINKS_PER_SHEET = 65_000;

    /** Longer addresses break in Excel's hyperlink dialog and in some browsers. */
    static final int MAX_URL_CHARS = 2_000;

    private static final int MAX_ROWS = 1_048_576;

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int maxLinks;
    private int nextRow;
    private int links;
    private int linksOmitted;

    SheetWriter(SXSSFWorkbook workbook, SXSSFSheet sheet, Styles styles) {
        this(workbook, sheet, styles, MAX_LINKS_PER_SHEET);
    }

    SheetWriter(SXSSFWorkbook workbook, SXSSFSheet sheet, Styles styles, int maxLinks) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.styles = styles;
        this.maxLinks = maxLinks;
    }

    String name() {
        return sheet.getSheetName();
    }

    /** The sheet as XSSF sees it: tables and drawings live there, outside the streamed grid. */
    XSSFSheet xssf() {
        return workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    Styles styles() {
        return styles;
    }

    int nextRowIndex() {
        return nextRow;
    }

    int linksOmitted() {
        return linksOmitted;
    }

    Row newRow() {
        if (nextRow >= MAX_ROWS) {
            throw new IllegalStateException("Sheet " + name() + " would exceed Excel's " + MAX_ROWS + " rows");
        }
        return sheet.createRow(nextRow++);
    }

    /** Continues at a later row, leaving the rows between empty. */
    void moveTo(int row) {
        if (row < nextRow) {
            throw new IllegalStateException("Sheet " + name() + " is already past row " + row);
        }
        nextRow = row;
    }

    /** Table at the current row: writes its header now, the caller its rows, then {@link TableRegion#finish()}. */
    TableRegion startTable(String tableName, List<Column> columns) {
        return new TableRegion(this, tableName, columns);
    }

    void text(Row row, int column, String value, boolean wrap) {
        if (value == null || value.isEmpty()) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(CellText.cell(value));
        cell.setCellStyle(styles.text(wrap, CellText.looksLikeFormula(value)));
    }

    void styledText(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(CellText.cell(value));
        cell.setCellStyle(style);
    }

    void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    /** An Excel date; text for days before 1900, which Excel cannot hold as dates. */
    void date(Row row, int column, LocalDate value) {
        if (value == null) {
            return;
        }
        if (value.getYear() < 1900) {
            text(row, column, value.toString(), false);
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.date());
    }

    void dateTime(Row row, int column, Instant value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        cell.setCellStyle(styles.dateTime());
    }

    /**
     * A clickable web address. Only http(s) addresses that parse as URIs become links (no
     * {@code javascript:} or {@code file:} targets); anything else is written as text.
     */
    void url(Row row, int column, String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        String target = webAddress(url);
        if (target == null || !takeLink()) {
            text(row, column, url, false);
            return;
        }
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(target);
        Cell cell = row.createCell(column);
        cell.setCellValue(CellText.cell(url));
        cell.setHyperlink(link);
        cell.setCellStyle(styles.link());
    }

    /** A link to a cell elsewhere in this workbook (0-based row and column). */
    void internalLink(Row row, int column, String text, String targetSheet, int targetRow, int targetColumn) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (!takeLink()) {
            text(row, column, text, false);
            return;
        }
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress("'" + targetSheet.replace("'", "''") + "'!"
                + new CellReference(targetRow, targetColumn).formatAsString());
        Cell cell = row.createCell(column);
        cell.setCellValue(CellText.cell(text));
        cell.setHyperlink(link);
        cell.setCellStyle(styles.link());
    }

    /** Fixed widths (auto-size reads every row: slow, and impossible once rows are flushed). */
    void widths(List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            // +2 leaves room for the filter button beside the header text.
            sheet.setColumnWidth(i, Math.min(255, columns.get(i).width() + 2) * 256);
        }
    }

    void width(int column, int chars) {
        sheet.setColumnWidth(column, Math.min(255, chars) * 256);
    }

    /** Header row frozen and repeated on each printed page; landscape, one page wide. */
    void freezeAndPrint(int headerRow) {
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        landscapeFitToWidth();
    }

    void landscapeFitToWidth() {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private boolean takeLink() {
        if (links >= maxLinks) {
            linksOmitted++;
            return false;
        }
        links++;
        return true;
    }

    static String webAddress(String url) {
        String trimmed = url.strip();
        if (trimmed.length() > MAX_URL_CHARS) {
            return null;
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? trimmed : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
