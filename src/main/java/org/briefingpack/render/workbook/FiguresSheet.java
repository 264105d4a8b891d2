package org.briefingpack.render.workbook;

import static org.briefingpack.render.workbook.CommitmentsWorkbookWriter.isWhole;
import static org.briefingpack.render.workbook.CommitmentsWorkbookWriter.label;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;

/** The Figures sheet: every amount, count, percentage and date the documents state, as numbers and dates. */
final class FiguresSheet extends TableSheet {

    FiguresSheet(SheetWriter sheet) {
        super(
                sheet,
                CommitmentsWorkbookWriter.FIGURES,
                List.of(
                        Column.wrapped("Summit", 32),
                        Column.plain("Kind", 9),
                        Column.wrapped("Text", 32),
                        Column.plain("Value", 18),
                        Column.wrapped("Currency/Unit", 20),
                        Column.plain("From", 11),
                        Column.plain("To", 11)));
    }

    @Override
    void add(int index, Facts facts) {
        Styles styles = sheet.styles();
        String summit = CommitmentsWorkbookWriter.summit(facts);
        for (Figure figure : facts.figures()) {
            Row row = summitRow(summit);
            table.text(row, 1, label(figure.kind()));
            table.text(row, 2, figure.text());
            BigDecimal value = figure.value();
            if (figure.kind() == null) {
                sheet.number(row, 3, value, styles.number(value != null && isWhole(value)));
                table.text(row, 4, figure.currency() != null ? figure.currency() : figure.unit());
            } else {
                switch (figure.kind()) {
                    case MONEY -> {
                        sheet.number(row, 3, value, styles.money(figure.currency(), value != null && isWhole(value)));
                        table.text(row, 4, figure.currency());
                    }
                    case COUNT -> {
                        sheet.number(row, 3, value, styles.number(value != null && isWhole(value)));
                        table.text(row, 4, figure.unit());
                    }
                    case PERCENT -> {
                        // Excel's percentages are fractions: 2% is 0.02 shown as "2%".
                        BigDecimal fraction = value == null ? null : value.movePointLeft(2);
                        sheet.number(row, 3, fraction, styles.percent(value != null && isWhole(value)));
                    }
                    case DATE -> {
                        sheet.date(row, 5, figure.from());
                        sheet.date(row, 6, figure.to());
                    }
                }
            }
        }
    }
}
