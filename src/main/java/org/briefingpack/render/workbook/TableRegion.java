package org.briefingpack.render.workbook;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableStyleInfo;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;

/**
 * A named Excel table (ListObject) over a header row and the rows written below it. The table is
 * declared on the XSSF sheet once the rows are streamed, because only then is its extent known.
 */
final class TableRegion {

    static final String TABLE_STYLE = "TableStyleMedium2";

    /** Calibri 11, POI's default font, sets a 15-point line; Excel caps a row at 409 points. */
    private static final float LINE_POINTS = 15f;

    private static final float MAX_ROW_POINTS = 409f;
    private static final int MAX_LINES = 27;

    private final SheetWriter sheet;
    private final String name;
    private final List<Column> columns;
    private final int headerRow;
    private Row current;
    private int currentLines;

    TableRegion(SheetWriter sheet, String name, List<Column> columns) {
        this.sheet = sheet;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.headerRow = sheet.nextRowIndex();
        current = sheet.newRow();
        currentLines = 1;
        for (int i = 0; i < columns.size(); i++) {
            sheet.styledText(current, i, columns.get(i).header(), sheet.styles().header);
            currentLines = Math.max(
                    currentLines, lines(columns.get(i).header(), columns.get(i).width()));
        }
    }

    int headerRow() {
        return headerRow;
    }

    List<Column> columns() {
        return columns;
    }

    Row newRow() {
        closeRow();
        current = sheet.newRow();
        currentLines = 1;
        return current;
    }

    /** Text in a column, wrapped where the column wraps. */
    void text(Row row, int column, String value) {
        Column spec = columns.get(column);
        sheet.text(row, column, value, spec.wrap());
        if (spec.wrap() && row == current && value != null) {
            currentLines = Math.max(currentLines, lines(value, spec.width()));
        }
    }

    /**
     * How many lines wrapped text takes in a column so many characters wide. An estimate, set as
     * the row height because LibreOffice does not fit row heights to wrapped text on import.
     */
    static int lines(String text, int widthChars) {
        // Column width counts the digit "0" (plus our 2 for the filter button); running text averages
        // narrower letters: about 1.25 to a "0" in Calibri, 1.1 in DejaVu Sans (LibreOffice's fallback); we take 1.1.
        int perLine = Math.max(1, (int) ((widthChars + 2) * 1.1));
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
            if (lines >= MAX_LINES) {
                return MAX_LINES;
            }
        }
        return Math.max(1, lines);
    }

    private void closeRow() {
        if (current != null && currentLines > 1) {
            current.setHeightInPoints(Math.min(MAX_ROW_POINTS, currentLines * LINE_POINTS));
        }
        current = null;
    }

    int dataRows() {
        return sheet.nextRowIndex() - headerRow - 1;
    }

    /** Declares the table over what was written; an empty table keeps one blank row, as Excel requires. */
    XSSFTable finish() {
        closeRow();
        if (dataRows() == 0) {
            sheet.newRow();
        }
        int lastRow = sheet.nextRowIndex() - 1;
        AreaReference area = new AreaReference(
                new CellReference(headerRow, 0),
                new CellReference(lastRow, columns.size() - 1),
                SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.xssf().createTable(area);
        table.setName(name);
        table.setDisplayName(name);
        // Column names must equal the header cells, or Excel "repairs" the file; the streamed
        // header cells are out of XSSF's sight, so we name the columns ourselves.
        for (int i = 0; i < columns.size(); i++) {
            table.getColumns().get(i).setName(columns.get(i).header());
        }
        table.setStyleName(TABLE_STYLE);
        XSSFTableStyleInfo style = (XSSFTableStyleInfo) table.getStyle();
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setFirstColumn(false);
        style.setLastColumn(false);
        CTTable ct = table.getCTTable();
        if (!ct.isSetAutoFilter()) {
            ct.addNewAutoFilter();
        }
        ct.getAutoFilter().setRef(area.formatAsString());
        return table;
    }
}
