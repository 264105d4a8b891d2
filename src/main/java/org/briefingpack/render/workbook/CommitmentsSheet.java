package org.briefingpack.render.workbook;

import static org.briefingpack.render.workbook.CommitmentsWorkbookWriter.isWhole;
import static org.briefingpack.render.workbook.CommitmentsWorkbookWriter.label;
import static org.briefingpack.render.workbook.CommitmentsWorkbookWriter.quotes;
import static org.briefingpack.render.workbook.CommitmentsWorkbookWriter.sourceFile;
import static org.briefingpack.render.workbook.CommitmentsWorkbookWriter.summit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Conflict;
import org.briefingpack.model.Corroboration;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Outcome;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.ResourceOutcomes;

/**
 * The Commitments sheet: one row per outcome, its amount converted to the base currency, and its Source file
 * linked to the input file's row on the About sheet. Converted amounts are offered to the Charts sheet's top list.
 */
final class CommitmentsSheet extends TableSheet {

    private final FxRates fx;
    private final AboutSheet about;
    private final TopAmounts top;
    private final boolean sourceLinks;

    /** @param sourceLinks whether Source file cells are links: decided before the first row, for the whole run */
    CommitmentsSheet(SheetWriter sheet, FxRates fx, AboutSheet about, TopAmounts top, boolean sourceLinks) {
        super(sheet, CommitmentsWorkbookWriter.COMMITMENTS, columns(fx.base()));
        this.fx = fx;
        this.about = about;
        this.top = top;
        this.sourceLinks = sourceLinks;
    }

    static List<Column> columns(String base) {
        return List.of(
                Column.wrapped("Summit", 32),
                Column.plain("Start date", 11),
                Column.plain("Location", 16),
                Column.plain("Country", 8),
                Column.plain("Type", 12),
                Column.wrapped("Outcome", 40),
                Column.wrapped("Actors", 32),
                Column.plain("Amount", 18),
                Column.plain("Currency", 9),
                Column.plain("Amount in " + base, 18),
                Column.plain("Members/signatories", 12),
                Column.wrapped("Unit", 18),
                Column.wrapped("Purpose", 40),
                Column.wrapped("Evidence", 60),
                Column.plain("Source file", 30),
                Column.wrapped("Sources", 40));
    }

    @Override
    void add(int index, Facts facts) {
        String summit = summit(facts);
        for (Outcome outcome : facts.outcomes()) {
            Row row = outcomeRow(facts, summit, outcome, true);
            if (sourceLinks) {
                sheet.internalLink(
                        row, 14, sourceFile(facts), CommitmentsWorkbookWriter.ABOUT, about.inputFileRow(index), 0);
            } else {
                table.text(row, 14, sourceFile(facts));
            }
            table.text(row, 15, sources(sourceFile(facts), outcome.corroboration(), outcome.conflicts()));
        }
        // outcomes only a resource page states: their own rows, the page as their source
        for (ResourceOutcomes.PageOutcome found : ResourceOutcomes.further(facts)) {
            Row row = outcomeRow(facts, summit, found.outcome(), false);
            table.text(row, 14, found.url());
            table.text(row, 15, "resource page only: " + found.url());
        }
    }

    /** The document's file, then each page that states the outcome too, then each that states it otherwise. */
    static String sources(String file, List<Corroboration> corroboration, List<Conflict> conflicts) {
        List<String> parts = new ArrayList<>();
        parts.add(file);
        corroboration.stream().map(Corroboration::url).distinct().forEach(parts::add);
        conflicts.forEach(c -> parts.add("differs: " + c.url() + " (" + c.field() + " " + c.value() + ")"));
        return String.join("; ", parts);
    }

    /** @param documentOwn false for a resource page's outcome: it is listed, not offered to the top amounts */
    private Row outcomeRow(Facts facts, String summit, Outcome outcome, boolean documentOwn) {
        Styles styles = sheet.styles();
        Row row = summitRow(summit);
        if (facts.event() != null) {
            sheet.date(row, 1, facts.event().firstKnownDay());
            table.text(row, 2, facts.event().location());
            table.text(row, 3, facts.event().country());
        }
        table.text(row, 4, label(outcome.type()));
        table.text(row, 5, outcome.name());
        table.text(
                row,
                6,
                outcome.actors().stream()
                        .map(Actor::name)
                        .filter(Objects::nonNull)
                        .collect(Collectors.joining("; ")));
        if (outcome.amount() != null && outcome.amount().value() != null) {
            BigDecimal value = outcome.amount().value();
            String currency = outcome.amount().currency();
            sheet.number(row, 7, value, styles.money(currency, isWhole(value)));
            table.text(row, 8, currency);
            Optional<BigDecimal> converted = fx.toBase(outcome.amount());
            converted.ifPresent(usd -> {
                sheet.number(row, 9, usd, styles.money(fx.base(), true));
                if (documentOwn) {
                    top.offer(usd, outcome.name(), summit);
                }
            });
        }
        if (outcome.count() != null && outcome.count().value() != null) {
            BigDecimal count = outcome.count().value();
            sheet.number(row, 10, count, styles.number(isWhole(count)));
            table.text(row, 11, outcome.count().unit());
        }
        table.text(row, 12, outcome.purpose());
        table.text(row, 13, quotes(outcome.evidence()));
        return row;
    }
}
