package org.briefingpack.render.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.render.workbook.WorkbookFixtures.FX;
import static org.briefingpack.render.workbook.WorkbookFixtures.INJECTIONS;
import static org.briefingpack.render.workbook.WorkbookFixtures.allFixtures;
import static org.briefingpack.render.workbook.WorkbookFixtures.fixture;
import static org.briefingpack.render.workbook.WorkbookFixtures.headers;
import static org.briefingpack.render.workbook.WorkbookFixtures.hostile;
import static org.briefingpack.render.workbook.WorkbookFixtures.rowWhere;
import static org.briefingpack.render.workbook.WorkbookFixtures.run;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFPicture;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Theme;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.render.RunContents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CommitmentsWorkbookWriterTest {

    @TempDir
    Path dir;

    private XSSFWorkbook writeAndRead(RunContents run) throws IOException {
        Path file = dir.resolve("commitments.xlsx");
        new CommitmentsWorkbookWriter(FX).write(run, file);
        return read(file);
    }

    /** Reads from a stream: opening the file itself would let POI write back to it on close. */
    static XSSFWorkbook read(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private XSSFWorkbook fixturesWorkbook() throws IOException {
        return writeAndRead(run(allFixtures(), List.of()));
    }

    @Test
    void warmUp_writesNoFile_andTheNextWorkbookIsWhole() throws IOException {
        CommitmentsWorkbookWriter writer = new CommitmentsWorkbookWriter(FX);
        writer.warmUp();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
        Path file = dir.resolve("commitments.xlsx");
        writer.write(WorkbookFixtures.run(WorkbookFixtures.allFixtures(), List.of()), file);
        try (XSSFWorkbook wb = read(file)) {
            assertThat(wb.getSheet("Commitments").getLastRowNum()).isPositive();
            assertThat(rowWhere(wb.getSheet("About"), 0, "Run id").getCell(1).getStringCellValue())
                    .isEqualTo("2026-11-25T06-00-00Z");
        }
    }

    @Test
    void write_hasTheSheetsOfIssueFiveInOrder() throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            List<String> names = new ArrayList<>();
            wb.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names)
                    .containsExactly("Commitments", "Positions", "Figures", "Themes", "Resources", "Charts", "About");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Commitments, Commitments, P, 'Summit|Start date|Location|Country|Type|Outcome|Actors|Amount|Currency|Amount in USD|Members/signatories|Unit|Purpose|Evidence|Source file|Sources'",
        "Positions,   Positions,   H, 'Summit|Actor|ISO code|Stance|Subject|Reasons|Evidence|Sources'",
        "Figures,     Figures,     G, 'Summit|Kind|Text|Value|Currency/Unit|From|To'",
        "Themes,      Themes,      C, 'Summit|Theme|Evidence'",
        "Resources,   Resources,   F, 'Summit|URL|Host|Title|Status|Fetched at (UTC)'",
    })
    void dataSheet_isANamedBandedFilteredTableOverHeaderAndEveryRow(
            String sheetName, String tableName, String lastColumn, String headerList) throws IOException {
        List<Facts> facts = allFixtures();
        long rows = facts.stream()
                .mapToLong(f -> switch (sheetName) {
                    case "Commitments" -> f.outcomes().size();
                    case "Positions" -> f.positions().size();
                    case "Figures" -> f.figures().size();
                    case "Themes" -> f.themes().size();
                    default -> f.links().size();
                })
                .sum();
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet sheet = wb.getSheet(sheetName);
            assertThat(sheet.getTables()).hasSize(1);
            XSSFTable table = sheet.getTables().get(0);
            assertThat(table.getName()).isEqualTo(tableName);
            assertThat(table.getDisplayName()).isEqualTo(tableName);
            assertThat(rows).isGreaterThan(0);
            String ref = "A1:" + lastColumn + (rows + 1);
            assertThat(table.getCTTable().getRef()).isEqualTo(ref);
            assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(ref);
            assertThat(table.getStyleName()).isEqualTo("TableStyleMedium2");
            assertThat(table.getCTTable().getTableStyleInfo().getShowRowStripes())
                    .isTrue();
            List<String> expected = List.of(headerList.split("\\|"));
            assertThat(table.getColumns()).extracting(c -> c.getName()).containsExactlyElementsOf(expected);
            List<String> headerCells = new ArrayList<>();
            sheet.getRow(0).forEach(c -> headerCells.add(c.getStringCellValue()));
            assertThat(headerCells).containsExactlyElementsOf(expected);
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold())
                    .isTrue();
            assertThat(sheet.getLastRowNum()).isEqualTo((int) rows);
        }
    }

    @ParameterizedTest
    @CsvSource({"Commitments", "Positions", "Figures", "Themes", "Resources"})
    void dataSheet_freezesHeaderAndPrintsLandscapeOnePageWideWithHeaderRepeated(String sheetName) throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet sheet = wb.getSheet(sheetName);
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:1");
            for (int column = 0; column < sheet.getRow(0).getLastCellNum(); column++) {
                assertThat(sheet.getColumnWidth(column))
                        .as("width of column %d", column)
                        .isBetween(8 * 256, 72 * 256);
            }
        }
    }

    @Test
    void parisInitiative_dollarAmountIsTheNumber400MillionInDollarFormat() throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet sheet = wb.getSheet("Commitments");
            Map<String, Integer> h = headers(sheet, 0);
            Row row = rowWhere(sheet, h.get("Outcome"), "Current AI Initiative");
            Cell amount = row.getCell(h.get("Amount"));
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(400_000_000d);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("$#,##0");
            assertThat(row.getCell(h.get("Currency")).getStringCellValue()).isEqualTo("USD");
            Cell usd = row.getCell(h.get("Amount in USD"));
            assertThat(usd.getNumericCellValue()).isEqualTo(400_000_000d);
            assertThat(usd.getCellStyle().getDataFormatString()).isEqualTo("$#,##0");
            assertThat(row.getCell(h.get("Summit")).getStringCellValue()).isEqualTo("Paris AI Summit");
            assertThat(row.getCell(h.get("Type")).getStringCellValue()).isEqualTo("Initiative");
        }
    }

    @Test
    void euroPledge_keepsEuroAmountInEuroFormatAndConvertsAtConfiguredRate() throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet sheet = wb.getSheet("Commitments");
            Map<String, Integer> h = headers(sheet, 0);
            Row row = rowWhere(sheet, h.get("Outcome"), "Europe AI development pledge");
            Cell amount = row.getCell(h.get("Amount"));
            assertThat(amount.getNumericCellValue()).isEqualTo(200_000_000_000d);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("\"€\"#,##0");
            assertThat(row.getCell(h.get("Currency")).getStringCellValue()).isEqualTo("EUR");
            Cell usd = row.getCell(h.get("Amount in USD"));
            assertThat(usd.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(usd.getNumericCellValue()).isEqualTo(234_400_000_000d);
            assertThat(usd.getCellStyle().getDataFormatString()).isEqualTo("$#,##0");
            assertThat(row.getCell(h.get("Actors")).getStringCellValue()).isEqualTo("Europe");
        }
    }

    @Test
    void poundPledge_usesPoundFormat() throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet sheet = wb.getSheet("Commitments");
            Map<String, Integer> h = headers(sheet, 0);
            Row row = rowWhere(sheet, h.get("Currency"), "GBP");
            assertThat(row.getCell(h.get("Amount")).getCellStyle().getDataFormatString())
                    .isEqualTo("\"£\"#,##0");
            assertThat(row.getCell(h.get("Amount in USD")).getNumericCellValue())
                    .isEqualTo(row.getCell(h.get("Amount")).getNumericCellValue() * 1.372, Offset.offset(1e-3));
        }
    }

    @Test
    void commitments_startDatesAreExcelDatesAndCountsAreIntegers() throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet sheet = wb.getSheet("Commitments");
            Map<String, Integer> h = headers(sheet, 0);
            Row row = rowWhere(sheet, h.get("Outcome"), "Environmental Sustainability Coalition");
            Cell start = row.getCell(h.get("Start date"));
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 2, 10));
            Cell members = row.getCell(h.get("Members/signatories"));
            assertThat(members.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(members.getNumericCellValue()).isEqualTo(91d);
            assertThat(members.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(row.getCell(h.get("Unit")).getStringCellValue()).isEqualTo("partners");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "Commitments, Start date",
        "Commitments, Amount",
        "Commitments, Amount in USD",
        "Commitments, Members/signatories",
        "Figures, Value",
        "Figures, From",
        "Figures, To"
    })
    void numericColumns_holdNoText(String sheetName, String column) throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet sheet = wb.getSheet(sheetName);
            int index = headers(sheet, 0).get(column);
            int numbers = 0;
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || row.getCell(index) == null) {
                    continue;
                }
                assertThat(row.getCell(index).getCellType())
                        .as("%s row %d", column, row.getRowNum())
                        .isIn(CellType.NUMERIC, CellType.BLANK);
                numbers++;
            }
            assertThat(numbers).isPositive();
        }
    }

    @Test
    void figures_typeEachKindPercentAsFractionDateAsDates() throws IOException {
        Facts facts = new Facts(
                Facts.SCHEMA,
                new DocumentInfo("f", "f.txt", "ab", 1),
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(
                        Figure.percent("2.5%", new BigDecimal("2.5")),
                        Figure.count("Sixteen companies", new BigDecimal("16"), "companies"),
                        Figure.money("€1.5 billion", new BigDecimal("1500000000"), "EUR"),
                        Figure.date("21 and 22 May 2024", LocalDate.of(2024, 5, 21), LocalDate.of(2024, 5, 22))),
                List.of());
        try (XSSFWorkbook wb = writeAndRead(run(List.of(facts), List.of()))) {
            XSSFSheet sheet = wb.getSheet("Figures");
            Map<String, Integer> h = headers(sheet, 0);
            Row percent = rowWhere(sheet, h.get("Text"), "2.5%");
            assertThat(percent.getCell(h.get("Value")).getNumericCellValue()).isEqualTo(0.025);
            assertThat(percent.getCell(h.get("Value")).getCellStyle().getDataFormatString())
                    .isEqualTo("0.0#%");
            assertThat(percent.getCell(h.get("Summit")).getStringCellValue())
                    .as("falls back to the document id")
                    .isEqualTo("f");
            Row count = rowWhere(sheet, h.get("Text"), "Sixteen companies");
            assertThat(count.getCell(h.get("Value")).getNumericCellValue()).isEqualTo(16d);
            assertThat(count.getCell(h.get("Currency/Unit")).getStringCellValue())
                    .isEqualTo("companies");
            Row money = rowWhere(sheet, h.get("Text"), "€1.5 billion");
            assertThat(money.getCell(h.get("Value")).getCellStyle().getDataFormatString())
                    .isEqualTo("\"€\"#,##0");
            Row date = rowWhere(sheet, h.get("Text"), "21 and 22 May 2024");
            assertThat(date.getCell(h.get("Value"))).isNull();
            assertThat(date.getCell(h.get("From")).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2024, 5, 21));
            assertThat(DateUtil.isCellDateFormatted(date.getCell(h.get("To")))).isTrue();
        }
    }

    @Test
    void resources_urlsAreRealHyperlinksToTheNormalizedAddress() throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet sheet = wb.getSheet("Resources");
            Map<String, Integer> h = headers(sheet, 0);
            String url = "https://www.jdsupra.com/legalnews/ai-action-paris-summit-2025-key-4010493/";
            Row row = rowWhere(sheet, h.get("URL"), url);
            Cell cell = row.getCell(h.get("URL"));
            assertThat(cell.getHyperlink()).isNotNull();
            assertThat(cell.getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
            assertThat(cell.getHyperlink().getAddress()).isEqualTo(url);
            assertThat(row.getCell(h.get("Host")).getStringCellValue())
                    .as("derived where facts lack it")
                    .isEqualTo("www.jdsupra.com");
            long links = sheet.getHyperlinkList().size();
            assertThat(links)
                    .isEqualTo(allFixtures().stream()
                            .mapToLong(f -> f.links().size())
                            .sum());
        }
    }

    @Test
    void commitments_sourceFileLinksToItsInputFileRowInAbout() throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet sheet = wb.getSheet("Commitments");
            Map<String, Integer> h = headers(sheet, 0);
            for (String outcome : List.of("Current AI Initiative", "Loss and damage fund")) {
                Row row = rowWhere(sheet, h.get("Outcome"), outcome);
                Cell source = row.getCell(h.get("Source file"));
                assertThat(source.getHyperlink().getType()).isEqualTo(HyperlinkType.DOCUMENT);
                String address = source.getHyperlink().getAddress();
                assertThat(address).startsWith("'About'!A");
                int aboutRow = Integer.parseInt(address.substring("'About'!A".length())) - 1;
                Row target = wb.getSheet("About").getRow(aboutRow);
                assertThat(target.getCell(0).getStringCellValue()).isEqualTo(source.getStringCellValue());
                assertThat(target.getCell(2).getStringCellValue()).hasSize(64);
            }
        }
    }

    @Test
    void largeRun_writesSourceFilesAsTextAndSaysSoInAbout() throws IOException {
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i <= CommitmentsWorkbookWriter.MAX_SOURCE_LINKS; i++) {
            outcomes.add(new Outcome(OutcomeType.OTHER, "Outcome " + i, List.of(), null, null, null, List.of()));
        }
        Facts big = new Facts(
                Facts.SCHEMA,
                new DocumentInfo("big", "big.txt", "ab", 1),
                null,
                List.of(),
                outcomes,
                List.of(),
                List.of(),
                List.of());
        try (XSSFWorkbook wb = writeAndRead(run(List.of(big), List.of()))) {
            XSSFSheet sheet = wb.getSheet("Commitments");
            assertThat(sheet.getLastRowNum()).isEqualTo(CommitmentsWorkbookWriter.MAX_SOURCE_LINKS + 1);
            assertThat(sheet.getHyperlinkList()).isEmpty();
            assertThat(sheet.getRow(1)
                            .getCell(headers(sheet, 0).get("Source file"))
                            .getStringCellValue())
                    .isEqualTo("big.txt");
            assertThat(rowWhere(wb.getSheet("About"), 0, "Source file links")
                            .getCell(1)
                            .getStringCellValue())
                    .startsWith("none");
        }
    }

    @ParameterizedTest
    @MethodSource("awkwardTexts")
    void awkwardText_comesBackAsWritten(String text) throws IOException {
        Facts facts = new Facts(
                Facts.SCHEMA,
                new DocumentInfo("t", "t.txt", "ab", 1),
                null,
                List.of(new Theme(text, List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        try (XSSFWorkbook wb = writeAndRead(run(List.of(facts), List.of()))) {
            assertThat(wb.getSheet("Themes").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo(text);
        }
    }

    @Test
    void controlCharacters_becomeSpacesAndKeepTheFileValid() throws IOException {
        String text = "bell\u0007 form\u000C nul\u0000 end\uFFFE";
        Facts facts = new Facts(
                Facts.SCHEMA,
                new DocumentInfo("t", "t.txt", "ab", 1),
                null,
                List.of(new Theme(text, List.of())),
                List.of(),
                List.of(),
                List.of(),
                List.of());
        try (XSSFWorkbook wb = writeAndRead(run(List.of(facts), List.of()))) {
            assertThat(wb.getSheet("Themes").getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("bell  form  nul  end ");
        }
    }

    static Stream<String> awkwardTexts() {
        return Stream.of(
                "_x0041_ is not an A",
                "<b>&amp;</b> \"quoted\"",
                "line one\nline two",
                "emoji 😀 and 中文",
                "  leading and trailing spaces  ");
    }

    static Stream<String> injections() {
        return INJECTIONS.stream();
    }

    @ParameterizedTest
    @MethodSource("injections")
    void formulaInjection_payloadIsStoredAsQuotePrefixedTextNeverAFormula(String payload) throws IOException {
        try (XSSFWorkbook wb = writeAndRead(run(List.of(hostile()), List.of()))) {
            XSSFSheet sheet = wb.getSheet("Commitments");
            Map<String, Integer> h = headers(sheet, 0);
            Row row = rowWhere(sheet, h.get("Outcome"), payload);
            for (String column : List.of("Outcome", "Actors", "Purpose", "Evidence")) {
                Cell cell = row.getCell(h.get(column));
                assertThat(cell.getCellType()).as(column).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).as(column).isEqualTo(payload);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(column).isTrue();
            }
            assertThat(row.getCell(h.get("Summit")).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(row.getCell(h.get("Location")).getCellStyle().getQuotePrefixed())
                    .isTrue();
        }
    }

    @Test
    void formulaInjection_noCellAnywhereIsAFormulaAndPlainTextIsNotQuotePrefixed() throws IOException {
        try (XSSFWorkbook wb = writeAndRead(run(List.of(hostile(), fixture("paris-ai-summit-2025")), List.of()))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType())
                                .as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            XSSFSheet commitments = wb.getSheet("Commitments");
            Row paris = rowWhere(commitments, headers(commitments, 0).get("Outcome"), "Current AI Initiative");
            assertThat(paris.getCell(headers(commitments, 0).get("Outcome"))
                            .getCellStyle()
                            .getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void resources_nonWebAddressesStayPlainText() throws IOException {
        try (XSSFWorkbook wb = writeAndRead(run(List.of(hostile()), List.of()))) {
            XSSFSheet sheet = wb.getSheet("Resources");
            assertThat(sheet.getHyperlinkList()).isEmpty();
            assertThat(rowWhere(sheet, 1, "javascript:alert(1)").getCell(1).getHyperlink())
                    .isNull();
            assertThat(rowWhere(sheet, 1, "file:///etc/passwd").getCell(1).getHyperlink())
                    .isNull();
        }
    }

    @Test
    void longText_isCutToExcelsCellLimitWithAMarker() throws IOException {
        String purpose = "p".repeat(40_000);
        Facts facts = new Facts(
                Facts.SCHEMA,
                new DocumentInfo("long", "long.txt", "ab", 1),
                null,
                List.of(),
                List.of(new Outcome(OutcomeType.REPORT, "Long report", List.of(), null, null, purpose, List.of())),
                List.of(),
                List.of(),
                List.of());
        try (XSSFWorkbook wb = writeAndRead(run(List.of(facts), List.of()))) {
            XSSFSheet sheet = wb.getSheet("Commitments");
            String cut =
                    sheet.getRow(1).getCell(headers(sheet, 0).get("Purpose")).getStringCellValue();
            assertThat(cut)
                    .hasSize(CellText.MAX_CELL_CHARS)
                    .startsWith("ppp")
                    .endsWith("[cut: 40000 characters in full]");
        }
    }

    @Test
    void charts_holdANativeBarChartOfUsdAmountsLargestFirst() throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet sheet = wb.getSheet("Charts");
            XSSFDrawing drawing = sheet.getDrawingPatriarch();
            assertThat(drawing).isNotNull();
            List<XSSFChart> charts = drawing.getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Amount in USD by outcome");
            List<XDDFChartData> data = chart.getChartSeries();
            assertThat(data).hasSize(1);
            XDDFBarChartData bars = (XDDFBarChartData) data.get(0);
            assertThat(bars.getBarDirection()).isEqualTo(BarDirection.BAR);
            XDDFChartData.Series series = bars.getSeries(0);
            assertThat(series.getCategoryData().getPointAt(0)).isEqualTo("Europe AI development pledge");
            assertThat(series.getValuesData().getPointAt(0)).isEqualTo(234_400_000_000d);
            assertThat(series.getCategoryData().getDataRangeReference()).startsWith("'Charts'!$A$4");
            // The chart's ranges point at the TopAmounts table, so restyling or editing it stays live.
            XSSFTable table = sheet.getTables().get(0);
            assertThat(table.getName()).isEqualTo("TopAmounts");
            Row first = sheet.getRow(3);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("Europe AI development pledge");
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(234_400_000_000d);
            int points = series.getValuesData().getPointCount();
            for (int i = 1; i < points; i++) {
                assertThat(series.getValuesData().getPointAt(i).doubleValue())
                        .isLessThanOrEqualTo(
                                series.getValuesData().getPointAt(i - 1).doubleValue());
            }
        }
    }

    @Test
    void charts_embedExistingPngChartsAndCountMissingOnes() throws IOException {
        Path png = dir.resolve("funding.png");
        BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", png.toFile());
        RenderedChart present =
                new RenderedChart("funding", "Funding by summit", "Bars of funding.", png, null, 400, 200);
        RenderedChart missing =
                new RenderedChart("positions", "Positions", "Gone.", dir.resolve("nope.png"), null, 400, 200);
        try (XSSFWorkbook wb = writeAndRead(run(allFixtures(), List.of(present, missing)))) {
            XSSFSheet sheet = wb.getSheet("Charts");
            List<XSSFPicture> pictures = sheet.getDrawingPatriarch().getShapes().stream()
                    .filter(XSSFPicture.class::isInstance)
                    .map(XSSFPicture.class::cast)
                    .toList();
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getPictureData().getData()).isEqualTo(Files.readAllBytes(png));
            int pictureRow = pictures.get(0).getClientAnchor().getRow1();
            assertThat(sheet.getRow(pictureRow - 2).getCell(0).getStringCellValue())
                    .isEqualTo("Funding by summit");
            Row omitted = rowWhere(wb.getSheet("About"), 0, "Chart images not embedded");
            assertThat(omitted.getCell(1).getNumericCellValue()).isEqualTo(1d);
        }
    }

    @Test
    void about_namesRunRatesAndInputFiles() throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            XSSFSheet about = wb.getSheet("About");
            assertThat(rowWhere(about, 0, "Run id").getCell(1).getStringCellValue())
                    .isEqualTo("2026-11-25T06-00-00Z");
            Cell generated = rowWhere(about, 0, "Generated at (UTC)").getCell(1);
            assertThat(DateUtil.isCellDateFormatted(generated)).isTrue();
            assertThat(generated.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 11, 25, 6, 0));
            assertThat(rowWhere(about, 0, "Facts schema").getCell(1).getStringCellValue())
                    .isEqualTo("briefing-facts/1");
            assertThat(rowWhere(about, 0, "Exchange rate date")
                            .getCell(1)
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 6, 30));
            Row eur = rowWhere(about, 0, "EUR");
            assertThat(eur.getCell(1).getNumericCellValue()).isEqualTo(1.172);
            assertThat(DateUtil.isCellDateFormatted(eur.getCell(2))).isTrue();
            Row paris = rowWhere(about, 0, "paris-ai-summit-2025.txt");
            assertThat(paris.getCell(2).getStringCellValue())
                    .isEqualTo("8ff69806bf67bc4cf82f0b8839b7ededc04adf82e1cc06be4a310b9975f405ca");
            assertThat(paris.getCell(3).getNumericCellValue()).isEqualTo(2870d);
            assertThat(about.getTables()).extracting(XSSFTable::getName).containsExactly("ExchangeRates", "InputFiles");
            XSSFTable files = about.getTables().get(1);
            assertThat(files.getEndCellReference().getRow()
                            - files.getStartCellReference().getRow())
                    .isEqualTo(3);
        }
    }

    @Test
    void about_listsCurrenciesWithoutARate() throws IOException {
        Facts yuan = new Facts(
                Facts.SCHEMA,
                new DocumentInfo("y", "y.txt", "ab", 1),
                null,
                List.of(),
                List.of(new Outcome(
                        OutcomeType.FUNDING,
                        "Fund",
                        List.of(),
                        new Money(new BigDecimal("8"), "CHF", "CHF 8"),
                        null,
                        null,
                        List.of())),
                List.of(),
                List.of(),
                List.of());
        try (XSSFWorkbook wb = writeAndRead(run(List.of(yuan), List.of()))) {
            assertThat(rowWhere(wb.getSheet("About"), 0, "Currencies without a rate")
                            .getCell(1)
                            .getStringCellValue())
                    .isEqualTo("CHF");
            XSSFSheet sheet = wb.getSheet("Commitments");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(headers(sheet, 0).get("Amount"))
                            .getCellStyle()
                            .getDataFormatString())
                    .isEqualTo("\"CHF \"#,##0");
            assertThat(row.getCell(headers(sheet, 0).get("Amount in USD"))).isNull();
        }
    }

    @Test
    void documentProperties_haveTitleSubjectCreator() throws IOException {
        try (XSSFWorkbook wb = fixturesWorkbook()) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("Commitments workbook, run 2026-11-25T06-00-00Z");
            assertThat(core.getSubject()).contains("3 document(s)");
            assertThat(core.getCreator()).isEqualTo("briefing-pack");
            assertThat(core.getCreated().toInstant()).isEqualTo(WorkbookFixtures.GENERATED_AT);
        }
    }

    @Test
    void emptyRun_stillWritesValidTablesAndNoChart() throws IOException {
        try (XSSFWorkbook wb = writeAndRead(run(List.of(), List.of()))) {
            XSSFTable table = wb.getSheet("Commitments").getTables().get(0);
            assertThat(table.getCTTable().getRef()).isEqualTo("A1:P2");
            assertThat(wb.getSheet("Charts").getDrawingPatriarch().getCharts()).isEmpty();
            assertThat(wb.getSheet("Charts").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("No outcome");
        }
    }

    @Test
    void write_leavesNoTemporaryFilesBehind() throws IOException {
        Path poiTemp = PrivatePoiTempFolder.install();
        long before = countSxssfTempFiles(poiTemp);
        Path file = dir.resolve("out.xlsx");
        new CommitmentsWorkbookWriter(FX).write(run(allFixtures(), List.of()), file);
        assertThat(countSxssfTempFiles(poiTemp)).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("out.xlsx");
        }
    }

    @Test
    void write_thatFailsHalfwayKeepsThePreviousWorkbookAndNoTemporaryFiles() throws IOException {
        Path file = dir.resolve("commitments.xlsx");
        CommitmentsWorkbookWriter writer = new CommitmentsWorkbookWriter(FX);
        writer.write(run(List.of(fixture("paris-ai-summit-2025")), List.of()), file);
        byte[] before = Files.readAllBytes(file);
        Path poiTemp = PrivatePoiTempFolder.install();
        long tempBefore = countSxssfTempFiles(poiTemp);
        // Not a PNG and no size given: the Charts sheet fails after the data sheets were streamed.
        Path broken = Files.writeString(dir.resolve("broken.png"), "not an image");
        RunContents failing =
                run(allFixtures(), List.of(new RenderedChart("broken", "Broken", null, broken, null, 0, 0)));

        Assertions.assertThatThrownBy(() -> writer.write(failing, file)).hasMessageContaining("broken.png");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(countSxssfTempFiles(poiTemp)).isEqualTo(tempBefore);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("commitments.xlsx", "broken.png");
        }
    }

    @Test
    void write_refusesADocumentWithoutFacts() {
        RunContents run = new RunContents("r", null, List.of(new RunContents.DocumentPack(null, List.of())), List.of());
        Assertions.assertThatThrownBy(() -> new CommitmentsWorkbookWriter(FX).write(run, dir.resolve("x.xlsx")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("document 0");
    }

    @Test
    void write_whenTheSharedPoiFolderBelongsToSomeoneElse_writesInAPrivateFolderAndNeverThere() throws IOException {
        // Another user's /tmp/poifiles: this test runs as any user (root too), so the folder is made unusable by
        // being a file, and anything written to it would show.
        Path shared = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
        Path aside = shared.resolveSibling("poifiles.aside");
        boolean existed = Files.exists(shared);
        if (existed) {
            Files.move(shared, aside);
        }
        try {
            Files.writeString(shared, "another user's");
            Path file = dir.resolve("out.xlsx");
            new CommitmentsWorkbookWriter(FX).write(run(allFixtures(), List.of()), file);
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                assertThat(wb.getSheet("Commitments").getLastRowNum()).isPositive();
            }
            assertThat(Files.readString(shared)).isEqualTo("another user's");
            Path own = PrivatePoiTempFolder.install();
            assertThat(own).isNotEqualTo(shared);
            if (own.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(own)))
                        .isEqualTo("rwx------");
            }
        } finally {
            Files.deleteIfExists(shared);
            if (existed) {
                Files.move(aside, shared);
            }
        }
    }

    private static long countSxssfTempFiles(Path poiTemp) throws IOException {
        if (!Files.isDirectory(poiTemp)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(poiTemp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("poi-sxssf"))
                    .count();
        }
    }

    @Test
    void write_fromSeveralThreadsAtOnceGivesWholeWorkbooks() throws Exception {
        CommitmentsWorkbookWriter writer = new CommitmentsWorkbookWriter(FX);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Path file = dir.resolve("w" + i + ".xlsx");
                results.add(pool.submit(() -> {
                    writer.write(run(allFixtures(), List.of()), file);
                    return file;
                }));
            }
            for (Future<Path> result : results) {
                File file = result.get().toFile();
                try (XSSFWorkbook wb = read(file.toPath())) {
                    assertThat(wb.getSheet("Commitments").getLastRowNum()).isEqualTo((int) allFixtures().stream()
                            .mapToLong(f -> f.outcomes().size())
                            .sum());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
