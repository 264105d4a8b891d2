package org.briefingpack.render.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.briefingpack.model.Facts;

/**
 * A data sheet that is one named table: its header when the workbook opens, each document's rows as the
 * documents stream past (every data sheet gets its rows in the same pass), then the table over them.
 */
abstract class TableSheet {

    final SheetWriter sheet;
    final TableRegion table;

    TableSheet(SheetWriter sheet, String tableName, List<Column> columns) {
        this.sheet = sheet;
        this.table = sheet.startTable(tableName, columns);
    }

    /** Appends the rows of the document at {@code index} (0-based, in input order). */
    abstract void add(int index, Facts facts);

    /** A new row whose first column names its summit, as on every data sheet. */
    Row summitRow(String summit) {
        Row row = table.newRow();
        table.text(row, 0, summit);
        return row;
    }

    /** Declares the table over the rows written; frozen header, fixed widths, printed one page wide. */
    void finish() {
        table.finish();
        sheet.widths(table.columns());
        sheet.freezeAndPrint(table.headerRow());
    }
}
