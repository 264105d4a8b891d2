package org.briefingpack.render.workbook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Outcome;
import org.briefingpack.render.FxRates;

/**
 * The About sheet: what run this is, how to read the other sheets, the exchange rates used, and
 * the input files with their SHA-256. Its layout is fixed by the run before any sheet is written,
 * so Commitments rows can link to their input file's row here. It is written last, from what {@link #add}
 * kept of each document (counts, and one short line per input file), never from the documents' facts.
 */
final class AboutSheet {

    static final String RATES_TABLE = "ExchangeRates";
    static final String FILES_TABLE = "InputFiles";

    /** Counts only known once the other sheets are written. */
    record Notes(boolean sourceLinks, int linksOmitted, int imagesOmitted) {}

    /** One line of the input files table; {@code characters} is null where the facts name no document. */
    private record InputFile(
            String file, String id, String sha256, Integer characters, String summit, LocalDate start) {}

    private static final int FACT_ROWS = 16;

    private final String runId;
    private final Instant generatedAt;
    private final FxRates fx;
    private final Map<String, BigDecimal> rates;
    private final List<String> guide;
    private final TreeSet<String> schemas = new TreeSet<>();
    private final TreeSet<String> unconvertible = new TreeSet<>();
    private final List<InputFile> files = new ArrayList<>();
    private long outcomes;
    private long positions;
    private long figures;
    private long themes;
    private long links;

    AboutSheet(String runId, Instant generatedAt, FxRates fx) {
        this.runId = runId;
        this.generatedAt = generatedAt;
        this.fx = fx;
        this.rates = new TreeMap<>(fx.rates());
        this.rates.remove(fx.base());
        String base = fx.base();
        this.guide = List.of(
                "Commitments: one row per outcome of every document. Amount is in the currency the source states;"
                        + " Amount in " + base + " converts it at the rates below (blank where no rate is configured).",
                "Commitments: Source file links to the input file's row below; Evidence quotes stand verbatim in that file.",
                "Positions: one row per party's stance (signed, declined, supports, opposes, pledged, hosted) with the reasons given.",
                "Sources (Commitments, Positions): the input file, then each resource page that states the same fact;"
                        + " 'differs:' a page that states it otherwise. A Commitments row whose Source file is a web"
                        + " address is an outcome only that resource page states.",
                "Figures: every amount, count, percentage and date the documents state, in document order;"
                        + " percentages are stored as fractions and shown as %.",
                "Themes: the topics each event set out to address. Resources: every web address, as a link.",
                "Charts: the largest amounts in " + base
                        + " as a native chart you can restyle, then the pack's chart images.",
                "Every data sheet is a named Excel table (Commitments, Positions, Figures, Themes, Resources):"
                        + " filter, sort, or use it as a PivotTable source.");
    }

    /** Keeps what this sheet says of the next document in input order. */
    void add(Facts f) {
        if (f.schema() != null) {
            schemas.add(f.schema());
        }
        outcomes += f.outcomes().size();
        positions += f.positions().size();
        figures += f.figures().size();
        themes += f.themes().size();
        links += f.links().size();
        for (Outcome outcome : f.outcomes()) {
            // currencies that amounts use but the rate table lacks: their rows have no converted amount
            if (outcome.amount() != null
                    && outcome.amount().value() != null
                    && fx.toBase(outcome.amount()).isEmpty()) {
                unconvertible.add(
                        outcome.amount().currency() == null
                                ? "(none stated)"
                                : outcome.amount().currency());
            }
        }
        files.add(
                f.document() == null
                        ? new InputFile(null, null, null, null, CommitmentsWorkbookWriter.summit(f), start(f))
                        : new InputFile(
                                CommitmentsWorkbookWriter.sourceFile(f),
                                f.document().id(),
                                f.document().sha256(),
                                f.document().characters(),
                                CommitmentsWorkbookWriter.summit(f),
                                start(f)));
    }

    private static LocalDate start(Facts f) {
        return f.event() == null ? null : f.event().firstKnownDay();
    }

    /** Documents added so far. */
    int documents() {
        return files.size();
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
        fact(sheet, "Run id").ifText(runId);
        Row generated = fact(sheet, "Generated at (UTC)").row;
        sheet.dateTime(generated, 1, generatedAt);
        fact(sheet, "Facts schema").ifText(String.join(", ", schemas));
        fact(sheet, "Documents").count(files.size());
        fact(sheet, "Outcomes (Commitments rows)").count(outcomes);
        fact(sheet, "Positions").count(positions);
        fact(sheet, "Figures").count(figures);
        fact(sheet, "Themes").count(themes);
        fact(sheet, "Resources").count(links);
        fact(sheet, "Amounts converted to").ifText(fx.base());
        Row rateDate = fact(sheet, "Exchange rate date").row;
        sheet.date(rateDate, 1, fx.rateDate());
        fact(sheet, "Currencies without a rate")
                .ifText(unconvertible.isEmpty() ? "none" : String.join(", ", unconvertible));
        fact(sheet, "Source file links")
                .ifText(
                        notes.sourceLinks()
                                ? "to the input file rows below"
                                : "none: over " + CommitmentsWorkbookWriter.MAX_SOURCE_LINKS
                                        + " rows, see Input files below");
        fact(sheet, "Links left as text (Excel limit)").count(notes.linksOmitted());
        fact(sheet, "Chart images not embedded").count(notes.imagesOmitted());
        fact(sheet, "Made by").ifText("briefing-pack");
        if (sheet.nextRowIndex() != 2 + FACT_ROWS) {
            throw new IllegalStateException(
                    "About facts took " + (sheet.nextRowIndex() - 2) + " rows, layout expects " + FACT_ROWS);
        }

        sheet.moveTo(guideHeadingRow());
        sheet.styledText(sheet.newRow(), 0, "How to read the sheets", styles.label);
        for (String line : guide) {
            sheet.text(sheet.newRow(), 0, line, false);
        }

        sheet.moveTo(ratesHeaderRow() - 1);
        sheet.styledText(sheet.newRow(), 0, "Exchange rates (units of " + fx.base() + " per unit)", styles.label);
        TableRegion ratesTable = sheet.startTable(
                RATES_TABLE,
                List.of(
                        Column.plain("Currency", 24),
                        Column.plain(fx.base() + " per unit", 24),
                        Column.plain("Rate date", 20)));
        rates.forEach((currency, rate) -> {
            Row row = ratesTable.newRow();
            ratesTable.text(row, 0, currency);
            sheet.number(row, 1, rate, styles.rate());
            sheet.date(row, 2, fx.rateDate());
        });
        ratesTable.finish();

        sheet.moveTo(filesHeaderRow() - 1);
        sheet.styledText(sheet.newRow(), 0, "Input files", styles.label);
        TableRegion filesTable = sheet.startTable(
                FILES_TABLE,
                List.of(
                        Column.plain("File", 36),
                        Column.plain("Document id", 24),
                        Column.plain("SHA-256", 66),
                        Column.plain("Characters", 11),
                        Column.wrapped("Summit", 30),
                        Column.plain("Start date", 11)));
        for (int i = 0; i < files.size(); i++) {
            InputFile f = files.get(i);
            Row row = filesTable.newRow();
            if (row.getRowNum() != inputFileRow(i)) {
                throw new IllegalStateException(
                        "Input file row " + row.getRowNum() + " differs from the linked row " + inputFileRow(i));
            }
            if (f.characters() != null) {
                filesTable.text(row, 0, f.file());
                filesTable.text(row, 1, f.id());
                filesTable.text(row, 2, f.sha256());
                sheet.number(row, 3, BigDecimal.valueOf(f.characters()), styles.number(true));
            }
            filesTable.text(row, 4, f.summit());
            sheet.date(row, 5, f.start());
        }
        filesTable.finish();
        // The input files table is the widest block, so its columns set the sheet's widths.
        sheet.widths(filesTable.columns());
        sheet.landscapeFitToWidth();
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
