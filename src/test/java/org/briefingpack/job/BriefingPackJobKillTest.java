package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The application as an operator runs it, in child JVMs: killed with SIGKILL in the middle of
 * rendering and restarted with the same run id, it finishes with every pack whole and written once;
 * and a second process on an output folder that is in use is refused without touching it.
 */
class BriefingPackJobKillTest {

    private static final Pattern RUN_LINE = Pattern.compile("run (\\S+): reading ");
    private static final Pattern RENDERED = Pattern.compile(" INFO +(.+): rendered \\d+ files");
    private static final List<String> DOCUMENTS = List.of(
            "paris-ai-summit-2025.txt",
            "nato-vilnius-summit-2023.txt",
            "ai-seoul-summit-2024.md",
            "ai-safety-summit-bletchley-2023.html");
    private static final int COPIES = 3;

    @Test
    void briefingJob_whenKilledMidRender_restartsWithTheSameRunIdAndFinishesEveryPackOnce() throws Exception {
        JobTestFolders folders = new JobTestFolders(BriefingPackJobKillTest.class, "kill");
        for (int copy = 1; copy <= COPIES; copy++) {
            for (String document : DOCUMENTS) {
                folders.addDocumentAs(document, "copy-" + copy + "-" + document);
            }
        }
        int documents = COPIES * DOCUMENTS.size();
        String repository = "jdbc:h2:file:" + folders.root.resolve("repo") + ";AUTO_SERVER=FALSE";

        String runId;
        List<String> firstLog;
        try (ChildRun first = ChildRun.start(folders.root, arguments(folders, repository))) {
            runId = match(
                    RUN_LINE, first.awaitLine(line -> RUN_LINE.matcher(line).find(), 120));
            first.awaitLine(line -> RENDERED.matcher(line).find(), 240);
            int killed = first.kill();
            assertThat(killed).as("killed, not finished").isNotZero();
            firstLog = first.lines();
        }
        Path runDir = folders.output.resolve(runId);
        assertThat(runDir.resolve("run-report.json"))
                .as("the killed run published nothing")
                .doesNotExist();
        assertThat(folders.output.resolve("LATEST"))
                .as("latest moves only when a run completes")
                .doesNotExist();
        Set<String> renderedBeforeKill = rendered(firstLog);
        assertThat(renderedBeforeKill).isNotEmpty().hasSizeLessThan(documents);
        // What a kill in the middle of an atomic write leaves (the temporary file, never the target).
        Path halfWritten = runDir.resolve("copy-3-paris-ai-summit-2025/.briefing.pdf.8231.part");
        Files.createDirectories(halfWritten.getParent());
        Files.write(halfWritten, "%PDF-1.7 truncated".getBytes());

        List<String> secondLog;
        int exitCode;
        List<String> restart = new ArrayList<>(arguments(folders, repository));
        restart.add("--briefing.run-id=" + runId);
        try (ChildRun second = ChildRun.start(folders.root, restart)) {
            exitCode = second.awaitExit(600);
            secondLog = second.lines();
        }
        String secondOutput = String.join("\n", secondLog);
        assertThat(exitCode).as(secondOutput).isEqualTo(ExitCodes.OK);
        assertThat(secondOutput)
                .contains("run " + runId + ": reading ")
                .contains("marking it FAILED so the run can restart");
        assertThat(secondLog)
                .as("the finished extract step is not run again")
                .noneMatch(line -> line.contains(": extracted "));
        Set<String> renderedAfterRestart = rendered(secondLog);
        assertThat(renderedAfterRestart).as("nothing rendered twice").doesNotContainAnyElementsOf(renderedBeforeKill);
        assertThat(renderedBeforeKill.size() + renderedAfterRestart.size()).isLessThanOrEqualTo(documents);

        JsonNode report = RunOutputs.report(runDir);
        assertThat(report.get("summary").get("packed").asInt()).isEqualTo(documents);
        Map<String, JsonNode> byFile = RunOutputs.entriesByFile(report);
        List<String> listed = new ArrayList<>(List.of("run-report.json"));
        report.get("runOutputs").forEach(file -> listed.add(file.asString()));
        for (JsonNode entry : byFile.values()) {
            Path pack = runDir.resolve(entry.get("folder").asString());
            assertThat(RunOutputs.facts(pack).document().file())
                    .isEqualTo(entry.get("file").asString());
            assertThat(RunOutputs.pdfText(pack.resolve("briefing.pdf")))
                    .as(entry.toString())
                    .contains("Summit");
            entry.get("outputs").forEach(file -> listed.add(file.asString()));
        }
        assertThat(listed).as("each output recorded once").doesNotHaveDuplicates();
        assertThat(JobTestFolders.filesUnder(runDir))
                .as("exactly the recorded outputs: nothing half-written, nothing extra")
                .containsExactlyInAnyOrderElementsOf(listed);
        try (InputStream in = Files.newInputStream(runDir.resolve("commitments.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheet("Commitments").getLastRowNum()).isGreaterThan(documents);
        }
        assertThat(Files.readString(folders.output.resolve("LATEST")).trim()).isEqualTo(runId);

        assertThat(executionStatuses(repository, runId))
                .as("the killed execution, then the one that finished it")
                .containsExactly("FAILED", "COMPLETED");
    }

    @Test
    void secondProcess_whenTheOutputFolderIsInUse_isRefusedAndTouchesNothing() throws Exception {
        JobTestFolders folders = new JobTestFolders(BriefingPackJobKillTest.class, "refused");
        folders.addDocument("paris-ai-summit-2025.txt");
        String repository = "jdbc:h2:file:" + folders.root.resolve("repo") + ";AUTO_SERVER=FALSE";
        Optional<OutputLock> held = OutputLock.tryAcquire(folders.output);
        assertThat(held).isPresent();
        try (OutputLock lock = held.get();
                ChildRun second = ChildRun.start(folders.root, arguments(folders, repository))) {
            int exitCode = second.awaitExit(120);
            assertThat(exitCode).as(second.output()).isEqualTo(ExitCodes.REFUSED);
            assertThat(second.output())
                    .contains("Another briefing-pack run is writing to " + folders.output)
                    .contains("this run did nothing");
        }
        try (Stream<Path> left = Files.list(folders.output)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(".briefing-pack.lock");
        }
    }

    private static List<String> arguments(JobTestFolders folders, String repository) {
        return List.of(
                "--input=" + folders.input,
                "--output=" + folders.output,
                "--spring.datasource.url=" + repository,
                "--briefing.links.fetch=false",
                "--briefing.links.cache-dir=" + folders.root.resolve("link-cache"));
    }

    private static Set<String> rendered(List<String> log) {
        Set<String> files = new TreeSet<>();
        for (String line : log) {
            Matcher m = RENDERED.matcher(line);
            if (m.find()) {
                assertThat(files.add(m.group(1)))
                        .as("rendered once: " + m.group(1))
                        .isTrue();
            }
        }
        return files;
    }

    private static String match(Pattern pattern, String line) {
        Matcher m = pattern.matcher(line);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    /** Statuses of the run's executions, oldest first, read from the job repository the children used. */
    private static List<String> executionStatuses(String url, String runId) throws SQLException {
        String sql = "select e.STATUS from BATCH_JOB_EXECUTION e"
                + " join BATCH_JOB_EXECUTION_PARAMS p on p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " where p.PARAMETER_NAME = ? and p.PARAMETER_VALUE = ? order by e.JOB_EXECUTION_ID";
        List<String> statuses = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, BriefingPackJobConfiguration.RUN_ID);
            statement.setString(2, runId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    statuses.add(rows.getString(1));
                }
            }
        }
        return statuses;
    }
}
