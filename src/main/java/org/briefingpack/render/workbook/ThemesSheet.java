package org.briefingpack.render.workbook;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Theme;

/** The Themes sheet: the topics each event set out to address, with evidence. */
final class ThemesSheet extends TableSheet {

    ThemesSheet(SheetWriter sheet) {
        super(
                sheet,
                CommitmentsWorkbookWriter.THEMES,
                List.of(Column.wrapped("Summit", 32), Column.wrapped("Theme", 60), Column.wrapped("Evidence", 70)));
    }

    @Override
    void add(int index, Facts facts) {
        String summit = CommitmentsWorkbookWriter.summit(facts);
        for (Theme theme : facts.themes()) {
            Row row = summitRow(summit);
            table.text(row, 1, theme.text());
            table.text(row, 2, CommitmentsWorkbookWriter.quotes(theme.evidence()));
        }
    }
}
