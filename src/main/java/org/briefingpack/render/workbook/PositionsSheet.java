package org.briefingpack.render.workbook;

import static org.briefingpack.render.workbook.CommitmentsWorkbookWriter.label;
import static org.briefingpack.render.workbook.CommitmentsWorkbookWriter.quotes;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Position;

/** The Positions sheet: one row per party's stance, with its reasons and evidence. */
final class PositionsSheet extends TableSheet {

    PositionsSheet(SheetWriter sheet) {
        super(
                sheet,
                CommitmentsWorkbookWriter.POSITIONS,
                List.of(
                        Column.wrapped("Summit", 32),
                        Column.wrapped("Actor", 24),
                        Column.plain("ISO code", 8),
                        Column.plain("Stance", 10),
                        Column.wrapped("Subject", 32),
                        Column.wrapped("Reasons", 40),
                        Column.wrapped("Evidence", 60),
                        Column.wrapped("Sources", 40)));
    }

    @Override
    void add(int index, Facts facts) {
        String summit = CommitmentsWorkbookWriter.summit(facts);
        for (Position position : facts.positions()) {
            Row row = summitRow(summit);
            if (position.actor() != null) {
                table.text(row, 1, position.actor().name());
                table.text(row, 2, position.actor().code());
            }
            table.text(row, 3, label(position.stance()));
            table.text(row, 4, position.subject());
            table.text(row, 5, String.join("; ", position.reasons()));
            table.text(row, 6, quotes(position.evidence()));
            table.text(
                    row,
                    7,
                    CommitmentsSheet.sources(
                            CommitmentsWorkbookWriter.sourceFile(facts),
                            position.corroboration(),
                            position.conflicts()));
        }
    }
}
