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

    private final SheetWriter sheet;
    private final String name;
    private final List<Column> columns;
    private final int headerRow;

    TableRegion(SheetWriter sheet, String name, List<Column> columns) {
        this.sheet = sheet;
        this.name = name;
        this.columns = List.copyOf(columns);
        this.headerRow = sheet.nextRowIndex();
        Row header = sheet.newRow();
        for (int i = 0; i < columns.size(); i++) {
            sheet.styledText(header, i, columns.get(i).header(), sheet.styles().header);
        }
    }

    int headerRow() {
        return headerRow;
    }

    List<Column> columns() {
        return columns;
    }

    Row newRow() {
        return sheet.newRow();
    }

    /** Text in a column, wrapped where the column wraps. */
    void text(Row row, int column, String value) {
        sheet.text(row, column, value, columns.get(column).wrap());
    }

    int dataRows() {
        return sheet.nextRowIndex() - headerRow - 1;
    }

    /** Declares the table over what was written; an empty table keeps one blank row, as Excel requires. */
    XSSFTable finish() {
        if (dataRows() == 0) {
            sheet.newRow();
        }
        int lastRow = sheet.nextRowIndex() - 1;
        AreaReference area = new AreaReference(new CellReference(headerRow, 0),
                new CellReference(lastRow, columns.size() - 1), SpreadsheetVersion.EXCEL2007);
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
