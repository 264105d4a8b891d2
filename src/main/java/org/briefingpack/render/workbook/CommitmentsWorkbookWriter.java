package org.briefingpack.render.workbook;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingpack.io.AtomicFiles;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.Link;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.Position;
import org.briefingpack.model.Theme;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.RunContents;

/**
 * Writes a run's commitments workbook: Commitments, Positions, Figures, Themes and Resources as
 * named Excel tables streamed through SXSSF (bounded memory however many documents), a Charts
 * sheet with a native bar chart and the pack's chart images, and an About sheet.
 *
 * <p>Thread-safe: every write builds its own workbook; the only field is the immutable rate table.
 */
public final class CommitmentsWorkbookWriter {

    static final String COMMITMENTS = "Commitments";
    static final String POSITIONS = "Positions";
    static final String FIGURES = "Figures";
    static final String THEMES = "Themes";
    static final String RESOURCES = "Resources";
    static final String CHARTS = "Charts";
    static final String ABOUT = "About";

    /**
     * Above this many outcomes, Source file cells are plain text: each POI hyperlink costs about
     * 2.7 KB of heap until the file is written, and a link per row would dominate a large run.
     */
    static final int MAX_SOURCE_LINKS = 10_000;

    /** Rows SXSSF keeps in memory per sheet before flushing them to its temporary file. */
    private static final int ROW_WINDOW = 200;

    private final FxRates fx;

    public CommitmentsWorkbookWriter(FxRates fx) {
        this.fx = Objects.requireNonNull(fx, "fx rates");
    }

    /** Writes the workbook to {@code xlsxFile}, atomically: readers see the old file or the whole new one. */
    public void write(RunContents run, Path xlsxFile) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(xlsxFile, "xlsxFile");
        for (int i = 0; i < run.documents().size(); i++) {
            if (run.documents().get(i) == null || run.documents().get(i).facts() == null) {
                throw new IllegalArgumentException("Run " + run.runId() + " has no facts for document " + i);
            }
        }
        SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, false, false);
        try {
            fill(workbook, run);
            AtomicFiles.write(xlsxFile, workbook::write);
        } finally {
            // The streamed rows sit in temporary files until disposed, also when writing failed.
            workbook.dispose();
            try {
                workbook.close();
            } catch (java.io.IOException ignored) {
                // nothing left to release that dispose() did not
            }
        }
    }

    private void fill(SXSSFWorkbook workbook, RunContents run) {
        Styles styles = new Styles(workbook);
        SheetWriter commitments = sheet(workbook, COMMITMENTS, styles);
        SheetWriter positions = sheet(workbook, POSITIONS, styles);
        SheetWriter figures = sheet(workbook, FIGURES, styles);
        SheetWriter themes = sheet(workbook, THEMES, styles);
        SheetWriter resources = sheet(workbook, RESOURCES, styles);
        SheetWriter charts = sheet(workbook, CHARTS, styles);
        SheetWriter about = sheet(workbook, ABOUT, styles);

        AboutSheet aboutSheet = new AboutSheet(run, fx);
        TopAmounts top = new TopAmounts(ChartsSheet.TOP_N);
        long outcomes = run.documents().stream().mapToLong(p -> p.facts().outcomes().size()).sum();
        boolean sourceLinks = outcomes <= MAX_SOURCE_LINKS;
        writeCommitments(commitments, run, aboutSheet, top, sourceLinks);
        writePositions(positions, run);
        writeFigures(figures, run);
        writeThemes(themes, run);
        writeResources(resources, run);
        ChartsSheet.Result chartResult = new ChartsSheet(fx).write(charts, top.largestFirst(), run);
        int linksOmitted = commitments.linksOmitted() + resources.linksOmitted();
        aboutSheet.write(about, new AboutSheet.Notes(sourceLinks, linksOmitted, chartResult.imagesOmitted()));
        properties(workbook, run);
    }

    private static SheetWriter sheet(SXSSFWorkbook workbook, String name, Styles styles) {
        return new SheetWriter(workbook, workbook.createSheet(name), styles);
    }

    static List<Column> commitmentColumns(String base) {
        return List.of(
                Column.wrapped("Summit", 32), Column.plain("Start date", 11), Column.plain("Location", 16),
                Column.plain("Country", 8), Column.plain("Type", 12), Column.wrapped("Outcome", 40),
                Column.wrapped("Actors", 32), Column.plain("Amount", 18), Column.plain("Currency", 9),
                Column.plain("Amount in " + base, 18), Column.plain("Members/signatories", 12),
                Column.wrapped("Unit", 18), Column.wrapped("Purpose", 40), Column.wrapped("Evidence", 60),
                Column.plain("Source file", 30));
    }

    private void writeCommitments(SheetWriter sheet, RunContents run, AboutSheet about, TopAmounts top,
            boolean sourceLinks) {
        List<Column> columns = commitmentColumns(fx.base());
        TableRegion table = sheet.startTable(COMMITMENTS, columns);
        Styles styles = sheet.styles();
        List<RunContents.DocumentPack> documents = run.documents();
        for (int d = 0; d < documents.size(); d++) {
            Facts facts = documents.get(d).facts();
            String summit = summit(facts);
            for (Outcome outcome : facts.outcomes()) {
                Row row = table.newRow();
                table.text(row, 0, summit);
                if (facts.event() != null) {
                    sheet.date(row, 1, facts.event().startDate());
                    table.text(row, 2, facts.event().location());
                    table.text(row, 3, facts.event().country());
                }
                table.text(row, 4, label(outcome.type()));
                table.text(row, 5, outcome.name());
                table.text(row, 6, outcome.actors().stream().map(Actor::name).filter(Objects::nonNull)
                        .collect(Collectors.joining("; ")));
                if (outcome.amount() != null && outcome.amount().value() != null) {
                    BigDecimal value = outcome.amount().value();
                    String currency = outcome.amount().currency();
                    sheet.number(row, 7, value, styles.money(currency, isWhole(value)));
                    table.text(row, 8, currency);
                    Optional<BigDecimal> converted = fx.toBase(outcome.amount());
                    converted.ifPresent(usd -> {
                        sheet.number(row, 9, usd, styles.money(fx.base(), true));
                        top.offer(usd, outcome.name(), summit);
                    });
                }
                if (outcome.count() != null && outcome.count().value() != null) {
                    BigDecimal count = outcome.count().value();
                    sheet.number(row, 10, count, styles.number(isWhole(count)));
                    table.text(row, 11, outcome.count().unit());
                }
                table.text(row, 12, outcome.purpose());
                table.text(row, 13, quotes(outcome.evidence()));
                if (sourceLinks) {
                    sheet.internalLink(row, 14, sourceFile(facts), ABOUT, about.inputFileRow(d), 0);
                } else {
                    table.text(row, 14, sourceFile(facts));
                }
            }
        }
        table.finish();
        sheet.widths(columns);
        sheet.freezeAndPrint(table.headerRow());
    }

    private void writePositions(SheetWriter sheet, RunContents run) {
        List<Column> columns = List.of(
                Column.wrapped("Summit", 32), Column.wrapped("Actor", 24), Column.plain("ISO code", 8),
                Column.plain("Stance", 10), Column.wrapped("Subject", 32), Column.wrapped("Reasons", 40),
                Column.wrapped("Evidence", 60));
        TableRegion table = sheet.startTable(POSITIONS, columns);
        for (RunContents.DocumentPack pack : run.documents()) {
            String summit = summit(pack.facts());
            for (Position position : pack.facts().positions()) {
                Row row = table.newRow();
                table.text(row, 0, summit);
                if (position.actor() != null) {
                    table.text(row, 1, position.actor().name());
                    table.text(row, 2, position.actor().code());
                }
                table.text(row, 3, label(position.stance()));
                table.text(row, 4, position.subject());
                table.text(row, 5, String.join("; ", position.reasons()));
                table.text(row, 6, quotes(position.evidence()));
            }
        }
        table.finish();
        sheet.widths(columns);
        sheet.freezeAndPrint(table.headerRow());
    }

    private void writeFigures(SheetWriter sheet, RunContents run) {
        List<Column> columns = List.of(
                Column.wrapped("Summit", 32), Column.plain("Kind", 9), Column.wrapped("Text", 32),
                Column.plain("Value", 18), Column.wrapped("Currency/Unit", 20), Column.plain("From", 11),
                Column.plain("To", 11));
        TableRegion table = sheet.startTable(FIGURES, columns);
        Styles styles = sheet.styles();
        for (RunContents.DocumentPack pack : run.documents()) {
            String summit = summit(pack.facts());
            for (Figure figure : pack.facts().figures()) {
                Row row = table.newRow();
                table.text(row, 0, summit);
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
        table.finish();
        sheet.widths(columns);
        sheet.freezeAndPrint(table.headerRow());
    }

    private void writeThemes(SheetWriter sheet, RunContents run) {
        List<Column> columns = List.of(
                Column.wrapped("Summit", 32), Column.wrapped("Theme", 60), Column.wrapped("Evidence", 70));
        TableRegion table = sheet.startTable(THEMES, columns);
        for (RunContents.DocumentPack pack : run.documents()) {
            String summit = summit(pack.facts());
            for (Theme theme : pack.facts().themes()) {
                Row row = table.newRow();
                table.text(row, 0, summit);
                table.text(row, 1, theme.text());
                table.text(row, 2, quotes(theme.evidence()));
            }
        }
        table.finish();
        sheet.widths(columns);
        sheet.freezeAndPrint(table.headerRow());
    }

    private void writeResources(SheetWriter sheet, RunContents run) {
        List<Column> columns = List.of(
                Column.wrapped("Summit", 32), Column.plain("URL", 60), Column.plain("Host", 26),
                Column.wrapped("Title", 44), Column.plain("Status", 10), Column.plain("Fetched at (UTC)", 20));
        TableRegion table = sheet.startTable(RESOURCES, columns);
        for (RunContents.DocumentPack pack : run.documents()) {
            String summit = summit(pack.facts());
            for (Link link : pack.facts().links()) {
                String address = link.normalized() != null ? link.normalized() : link.url();
                Row row = table.newRow();
                table.text(row, 0, summit);
                sheet.url(row, 1, address);
                table.text(row, 2, link.host() != null ? link.host() : host(address));
                table.text(row, 3, link.title());
                table.text(row, 4, link.status());
                sheet.dateTime(row, 5, link.fetchedAt());
            }
        }
        table.finish();
        sheet.widths(columns);
        sheet.freezeAndPrint(table.headerRow());
    }

    private void properties(SXSSFWorkbook workbook, RunContents run) {
        POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
        core.setTitle("Commitments workbook, run " + run.runId());
        core.setSubjectProperty("Outcomes, positions, figures, themes and resources of "
                + run.documents().size() + " document(s)");
        core.setCreator("briefing-pack");
        core.setKeywords("briefing-pack; commitments; summits");
        if (run.generatedAt() != null) {
            // The run's own time, so a rebuilt workbook carries the same metadata.
            core.setCreated(Optional.of(Date.from(run.generatedAt())));
            core.setModified(Optional.of(Date.from(run.generatedAt())));
        }
    }

    /** The event's name, or the document id where extraction found no event, so every row names its source. */
    static String summit(Facts facts) {
        if (facts.event() != null && facts.event().name() != null && !facts.event().name().isBlank()) {
            return facts.event().name();
        }
        return facts.document() != null ? facts.document().id() : null;
    }

    static String sourceFile(Facts facts) {
        if (facts.document() == null) {
            return null;
        }
        return facts.document().file() != null ? facts.document().file() : facts.document().id();
    }

    /** "INITIATIVE" reads as "Initiative". */
    static String label(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String name = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String quotes(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::quote).filter(Objects::nonNull)
                .collect(Collectors.joining("\n"));
    }

    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }

    private static String host(String address) {
        if (address == null) {
            return null;
        }
        try {
            return java.net.URI.create(address.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
