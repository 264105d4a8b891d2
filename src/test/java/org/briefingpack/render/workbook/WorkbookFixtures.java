package org.briefingpack.render.workbook;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.briefingpack.model.Actor;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Event;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.model.Link;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;
import org.briefingpack.model.Theme;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.render.RunContents;

/** Shared inputs and read-back helpers for the workbook tests. */
final class WorkbookFixtures {

    static final Path FACTS = Path.of("src/test/resources/fixtures/facts");
    static final Instant GENERATED_AT = Instant.parse("2026-11-25T06:00:00Z");
    static final FxRates FX = new FxRates(
            "USD",
            LocalDate.of(2025, 6, 30),
            Map.of(
                    "EUR",
                    new BigDecimal("1.1720"),
                    "GBP",
                    new BigDecimal("1.3720"),
                    "JPY",
                    new BigDecimal("0.006940")));

    /** Payloads that spreadsheet programs would run as formulas if stored or re-entered as such. */
    static final List<String> INJECTIONS = List.of(
            "=HYPERLINK(\"http://x\",\"y\")",
            "+cmd|' /C calc'!A0",
            "@SUM(A1)",
            "-2+3+cmd|' /C calc'!A0",
            "\t=1+1",
            "\r=1+1");

    private WorkbookFixtures() {}

    static Facts fixture(String id) {
        return new FactsJson().read(FACTS.resolve(id + ".json"));
    }

    static List<Facts> allFixtures() {
        return List.of(fixture("paris-ai-summit-2025"), fixture("ai-seoul-summit-2024"), fixture("cop28-dubai-2023"));
    }

    static RunContents run(List<Facts> facts, List<RenderedChart> runCharts) {
        List<RunContents.DocumentPack> packs = new ArrayList<>();
        facts.forEach(f -> packs.add(new RunContents.DocumentPack(f, List.of())));
        return new RunContents("2026-11-25T06-00-00Z", GENERATED_AT, packs, runCharts);
    }

    /** A document whose every text field carries one of the injection payloads. */
    static Facts hostile() {
        List<Outcome> outcomes = new ArrayList<>();
        for (String payload : INJECTIONS) {
            outcomes.add(new Outcome(
                    OutcomeType.OTHER,
                    payload,
                    List.of(new Actor(payload, null)),
                    new Money(new BigDecimal("5"), "USD", payload),
                    null,
                    payload,
                    Evidence.of(payload)));
        }
        return new Facts(
                Facts.SCHEMA,
                new DocumentInfo("hostile", "=cmd.txt", "00".repeat(32), 10),
                new Event("@Evil Summit", LocalDate.of(2024, 1, 2), null, "-Nowhere", "ZZ", Evidence.of("x")),
                List.of(
                        new Theme("=1+1", Evidence.of("+1")),
                        new Theme("_x0041_ stays literal", Evidence.of("_x0041_"))),
                outcomes,
                List.of(new Position(
                        new Actor("=A1", "ZZ"), Stance.OPPOSES, "@subject", List.of("-reason"), Evidence.of("=q"))),
                List.of(),
                List.of(
                        Link.of("javascript:alert(1)", "javascript:alert(1)", null),
                        Link.of("file:///etc/passwd", "file:///etc/passwd", null)));
    }

    /** Header text to column index of a sheet whose header is in {@code headerRow}. */
    static Map<String, Integer> headers(Sheet sheet, int headerRow) {
        Map<String, Integer> headers = new HashMap<>();
        for (Cell cell : sheet.getRow(headerRow)) {
            headers.put(cell.getStringCellValue(), cell.getColumnIndex());
        }
        return headers;
    }

    static Row rowWhere(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && value.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("No row in " + sheet.getSheetName() + " with '" + value + "' in column " + column);
    }
}
