package org.briefingpack.render.workbook;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Outcome;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.RunContents;

/**
 * The About sheet: what run this is, how to read the other sheets, the exchange rates used, and
 * the input files with their SHA-256. Its layout is fixed by the run before any sheet is written,
 * so Commitments rows can link to their input file's row here.
 */
final class AboutSheet {

    static final String RATES_TABLE = "ExchangeRates";
    static final String FILES_TABLE = "InputFiles";

    /** Counts only known once the other sheets are written. */
    record Notes(boolean sourceLinks, int linksOmitted, int imagesOmitted) {
    }

    private static final int FACT_ROWS = 16;

    private final RunContents run;
    private final FxRates fx;
    private final Map<String, BigDecimal> rates;
    private final List<String> guide;

    AboutSheet(RunContents run, FxRates fx) {
        this.run = run;
        this.fx = fx;
        this.rates = new TreeMap<>(fx.perUnit());
        this.rates.remove(fx.base());
        String base = fx.base();
        this.guide = List.of(
                "Commitments: one row per outcome of every document. Amount is in the currency the source states;"
                        + " Amount in " + base + " converts it at the rates below (blank where no rate is configured).",
                "Commitments: Source file links to the input file's row below; Evidence quotes stand verbatim in that file.",
                "Positions: one row per party's stance (signed, declined, supports, opposes, pledged, hosted) with the reasons given.",
                "Figures: every amount, count, percentage and date the documents state, in document order;"
                        + " percentages are stored as fractions and shown as %.",
                "Themes: the topics each event set out to address. Resources: every web address, as a link.",
                "Charts: the largest amounts in " + base + " as a native chart you can restyle, then the pack's chart images.",
                "Every data sheet is a named Excel table (Commitments, Positions, Figures, Themes, Resources):"
                        + " filter, sort, or use it as a PivotTable source.");
    }

    /** The 0-based row of a document's line in the input files table. */
    int inputFileRow(int documentIndex) {
        return filesHeaderRow() + 1 + documentIndex;
    }

    private int guideHeadingRow() {
        return 2 + FACT_ROWS + 1;
    }

    private int ratesHeaderRow() {
        return guideHeadingRow() + 1 + guide.size() + 2;
    }

    private int filesHeaderRow() {
        // after the rates (an empty table keeps one blank row): a blank row, the heading, the header
        return ratesHeaderRow() + Math.max(1, rates.size()) + 3;
    }

    void write(SheetWriter sheet, Notes notes) {
        Styles styles = sheet.styles();
        sheet.styledText(sheet.newRow(), 0, "About this workbook", styles.title);
        sheet.moveTo(2);
        List<Facts> facts = run.documents().stream().map(RunContents.DocumentPack::facts).toList();
        fact(sheet, "Run id").ifText(run.runId());
        Row generated = fact(sheet, "Generated at (UTC)").row;
        sheet.dateTime(generated, 1, run.generatedAt());
        fact(sheet, "Facts schema").ifText(facts.stream().map(Facts::schema).filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", ")));
        fact(sheet, "Documents").count(facts.size());
        fact(sheet, "Outcomes (Commitments rows)").count(facts.stream().mapToLong(f -> f.outcomes().size()).sum());
        fact(sheet, "Positions").count(facts.stream().mapToLong(f -> f.positions().size()).sum());
        fact(sheet, "Figures").count(facts.stream().mapToLong(f -> f.figures().size()).sum());
        fact(sheet, "Themes").count(facts.stream().mapToLong(f -> f.themes().size()).sum());
        fact(sheet, "Resources").count(facts.stream().mapToLong(f -> f.links().size()).sum());
        fact(sheet, "Amounts converted to").ifText(fx.base());
        Row rateDate = fact(sheet, "Exchange rate date").row;
        sheet.date(rateDate, 1, fx.rateDate());
        fact(sheet, "Currencies without a rate").ifText(unconvertible(facts));
        fact(sheet, "Source file links").ifText(notes.sourceLinks() ? "to the input file rows below"
                : "none: over " + CommitmentsWorkbookWriter.MAX_SOURCE_LINKS + " rows, see Input files below");
        fact(sheet, "Links left as text (Excel limit)").count(notes.linksOmitted());
        fact(sheet, "Chart images not embedded").count(notes.imagesOmitted());
        fact(sheet, "Made by").ifText("briefing-pack");
        if (sheet.nextRowIndex() != 2 + FACT_ROWS) {
            throw new IllegalStateException("About facts took " + (sheet.nextRowIndex() - 2) + " rows, layout expects " + FACT_ROWS);
        }

        sheet.moveTo(guideHeadingRow());
        sheet.styledText(sheet.newRow(), 0, "How to read the sheets", styles.label);
        for (String line : guide) {
            sheet.text(sheet.newRow(), 0, line, false);
        }

        sheet.moveTo(ratesHeaderRow() - 1);
        sheet.styledText(sheet.newRow(), 0, "Exchange rates (units of " + fx.base() + " per unit)", styles.label);
        TableRegion ratesTable = sheet.startTable(RATES_TABLE, List.of(
                Column.plain("Currency", 24), Column.plain(fx.base() + " per unit", 24), Column.plain("Rate date", 20)));
        rates.forEach((currency, rate) -> {
            Row row = ratesTable.newRow();
            ratesTable.text(row, 0, currency);
            sheet.number(row, 1, rate, styles.rate());
            sheet.date(row, 2, fx.rateDate());
        });
        ratesTable.finish();

        sheet.moveTo(filesHeaderRow() - 1);
        sheet.styledText(sheet.newRow(), 0, "Input files", styles.label);
        TableRegion files = sheet.startTable(FILES_TABLE, List.of(
                Column.plain("File", 36), Column.plain("Document id", 24), Column.plain("SHA-256", 66),
                Column.plain("Characters", 11), Column.wrapped("Summit", 30), Column.plain("Start date", 11)));
        for (int i = 0; i < facts.size(); i++) {
            Facts f = facts.get(i);
            Row row = files.newRow();
            if (row.getRowNum() != inputFileRow(i)) {
                throw new IllegalStateException("Input file row " + row.getRowNum() + " differs from the linked row " + inputFileRow(i));
            }
            if (f.document() != null) {
                files.text(row, 0, CommitmentsWorkbookWriter.sourceFile(f));
                files.text(row, 1, f.document().id());
                files.text(row, 2, f.document().sha256());
                sheet.number(row, 3, BigDecimal.valueOf(f.document().characters()), styles.number(true));
            }
            files.text(row, 4, CommitmentsWorkbookWriter.summit(f));
            if (f.event() != null) {
                sheet.date(row, 5, f.event().startDate());
            }
        }
        files.finish();
        // The input files table is the widest block, so its columns set the sheet's widths.
        sheet.widths(files.columns());
        sheet.landscapeFitToWidth();
    }

    /** Currencies that amounts use but the rate table lacks: their rows have no converted amount. */
    private String unconvertible(List<Facts> facts) {
        TreeSet<String> missing = new TreeSet<>();
        for (Facts f : facts) {
            for (Outcome outcome : f.outcomes()) {
                if (outcome.amount() != null && outcome.amount().value() != null
                        && fx.toBase(outcome.amount()).isEmpty()) {
                    missing.add(outcome.amount().currency() == null ? "(none stated)" : outcome.amount().currency());
                }
            }
        }
        return missing.isEmpty() ? "none" : String.join(", ", missing);
    }

    private static FactRow fact(SheetWriter sheet, String label) {
        Row row = sheet.newRow();
        sheet.styledText(row, 0, label, sheet.styles().label);
        return new FactRow(sheet, row);
    }

    private record FactRow(SheetWriter sheet, Row row) {
        void ifText(String value) {
            sheet.text(row, 1, value, false);
        }

        void count(long value) {
            sheet.number(row, 1, BigDecimal.valueOf(value), sheet.styles().number(true));
        }
    }
}
