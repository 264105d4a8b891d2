package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import tools.jackson.databind.JsonNode;

/**
 * Two scheduler processes (child JVMs started with {@code --briefing.schedule}, as the README shows) on one
 * PostgreSQL job repository and one output folder, as two hosts in failover would run: every tick is run by one
 * of them only, never two runs at once; then the one running is killed with SIGKILL in the middle of a run, and
 * a later tick on the survivor restarts that run where it stopped, to a whole pack of every document. Ticks
 * every four seconds, the schedule lock lives five; the longer run with its figures is scripts/two-schedulers.sh.
 */
@EnabledIf(
        value = "org.briefingpack.job.TestPostgres#answers",
        disabledReason = "no PostgreSQL on 127.0.0.1:5432/test (start one to run this test)")
class TwoSchedulersTest {

    /** Only catches a hang: a busy 2-core machine (CI beside other builds) may take minutes for a few runs. */
    private static final long HANG_DEADLINE_NANOS = TimeUnit.MINUTES.toNanos(8);

    private static final Pattern STARTED = Pattern.compile("run (\\S+): reading ");
    private static final Pattern RENDERED = Pattern.compile(": rendered \\d+ files");
    private static final List<String> DOCUMENTS = List.of(
            "paris-ai-summit-2025.txt",
            "nato-vilnius-summit-2023.txt",
            "ai-seoul-summit-2024.md",
            "ai-safety-summit-bletchley-2023.html");
    private static final int COPIES = 1;
    private static final int RUNS_BEFORE_THE_KILL = 3;
    private static final String UNDEFINED_TABLE = "42P01";

    private static final TestPostgres postgres = new TestPostgres("two_schedulers");
    private static final JobTestFolders folders = new JobTestFolders(TwoSchedulersTest.class);

    @BeforeAll
    static void createSchema() throws SQLException {
        postgres.create();
        for (int copy = 1; copy <= COPIES; copy++) {
            for (String document : DOCUMENTS) {
                folders.addDocumentAs(document, "copy-" + copy + "-" + document);
            }
        }
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        postgres.drop();
    }

    @Test
    void twoInstancesOnOneSchedule_runEachTickOnce_andAKilledRunFinishesOnALaterTick() throws Exception {
        Path hostA = Files.createDirectories(folders.root.resolve("host-a"));
        Path hostB = Files.createDirectories(folders.root.resolve("host-b"));
        String killedRun;
        List<String> logA;
        List<String> logB;
        try (ChildRun a = ChildRun.start(hostA, arguments());
                ChildRun b = ChildRun.start(hostB, arguments())) {
            awaitCompletedRuns(RUNS_BEFORE_THE_KILL, a, b);
            // the next run to start is killed as soon as it renders its first document
            int seenA = a.lines().size();
            int seenB = b.lines().size();
            ChildRun active = null;
            String run = null;
            long deadline = System.nanoTime() + HANG_DEADLINE_NANOS;
            while (active == null) {
                for (ChildRun child : List.of(a, b)) {
                    List<String> lines = child.lines();
                    List<String> fresh = lines.subList(child == a ? seenA : seenB, lines.size());
                    String started = lastMatch(STARTED, fresh);
                    if (started != null && rendersOf(started, fresh) && active == null) {
                        active = child;
                        run = started;
                    }
                }
                assertThat(System.nanoTime())
                        .as("a run rendering within two minutes")
                        .isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(active.kill()).as("killed, not finished").isNotZero();
            killedRun = run;
            assertThat(statuses(killedRun)).as("the killed run is left STARTED").containsExactly("STARTED");
            ChildRun survivor = active == a ? b : a;
            awaitStatuses(killedRun, survivor);
            logA = a.lines();
            logB = b.lines();
        }

        Map<String, List<String>> runs = executionsByRun();
        runs.forEach((run, statuses) -> {
            if (run.equals(killedRun)) {
                assertThat(statuses).as(run).containsExactly("FAILED", "COMPLETED");
            } else if (!statuses.contains("STARTED")) {
                assertThat(statuses).as(run + ": each tick ran once").containsExactly("COMPLETED");
            }
        });
        assertThat(runs).hasSizeGreaterThan(RUNS_BEFORE_THE_KILL);
        assertNoOverlap();
        // a run started by both instances would show twice here
        List<String> started = new ArrayList<>(startedRuns(logA));
        started.addAll(startedRuns(logB));
        started.remove(killedRun); // its restart
        assertThat(started).doesNotHaveDuplicates();
        assertThat(String.join("\n", logA) + String.join("\n", logB))
                .contains("another instance holds the schedule lock and is running; this one yields")
                .contains("run " + killedRun + " did not finish (STARTED); restarting it where it stopped");

        Path runDir = folders.output.resolve(killedRun);
        JsonNode report = RunOutputs.report(runDir);
        Map<String, JsonNode> entries = RunOutputs.entriesByFile(report);
        assertThat(entries).hasSize(COPIES * DOCUMENTS.size());
        entries.values().forEach(entry -> {
            assertThat(entry.get("status").asString())
                    .as(entry.get("file").asString())
                    .isEqualTo("PACKED");
            Path pdf = runDir.resolve(entry.get("folder").asString()).resolve("briefing.pdf");
            assertThat(RunOutputs.pdfPages(pdf)).as(pdf.toString()).isPositive();
        });
        try (var left = Files.walk(runDir)) {
            assertThat(left.filter(p -> p.getFileName().toString().endsWith(".part")))
                    .isEmpty();
        }
    }

    private static List<String> arguments() {
        return List.of(
                "--briefing.schedule=*/4 * * * * *",
                "--briefing.schedule-lock-ttl=5s",
                "--briefing.force=true",
                "--input=" + folders.input,
                "--output=" + folders.output,
                "--spring.datasource.url=" + postgres.url(),
                "--spring.datasource.username=" + TestPostgres.user(),
                "--spring.datasource.password=",
                "--briefing.links.fetch=false");
    }

    private static void awaitCompletedRuns(int runs, ChildRun... children) throws Exception {
        long deadline = System.nanoTime() + HANG_DEADLINE_NANOS;
        while (executionsByRun().values().stream()
                        .filter(statuses -> statuses.contains("COMPLETED"))
                        .count()
                < runs) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + runs + " runs completed:\n" + children[0].output() + "\n---\n"
                        + children[1].output());
            }
            Thread.sleep(200);
        }
    }

    private static void awaitStatuses(String run, ChildRun survivor) throws Exception {
        long deadline = System.nanoTime() + HANG_DEADLINE_NANOS;
        while (!statuses(run).contains("COMPLETED")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("run " + run + " was not finished:\n" + survivor.output());
            }
            Thread.sleep(200);
        }
    }

    private static List<String> statuses(String run) throws SQLException {
        return executionsByRun().getOrDefault(run, List.of());
    }

    /** Statuses of each run's executions, oldest first, as the job repository holds them. */
    private static Map<String, List<String>> executionsByRun() throws SQLException {
        Map<String, List<String>> runs = new HashMap<>();
        String sql = "select p.PARAMETER_VALUE, e.STATUS from BATCH_JOB_EXECUTION e"
                + " join BATCH_JOB_EXECUTION_PARAMS p on p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                + " where p.PARAMETER_NAME = ? order by e.JOB_EXECUTION_ID";
        try (Connection connection = postgres.connect();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, BriefingPackJobConfiguration.RUN_ID);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    runs.computeIfAbsent(rows.getString(1), run -> new ArrayList<>())
                            .add(rows.getString(2));
                }
            }
        } catch (SQLException e) {
            if (!UNDEFINED_TABLE.equals(e.getSQLState())) {
                throw e;
            }
            // the children have not made the job repository's tables yet
        }
        return runs;
    }

    /** Executions in the order they started: each one ended before the next began. */
    private static void assertNoOverlap() throws SQLException {
        String sql = "select JOB_EXECUTION_ID, START_TIME, END_TIME from BATCH_JOB_EXECUTION order by START_TIME";
        try (Connection connection = postgres.connect();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            Timestamp previousEnd = null;
            while (rows.next()) {
                Timestamp start = rows.getTimestamp(2);
                if (previousEnd != null) {
                    assertThat(start)
                            .as("execution " + rows.getLong(1) + " began after the one before ended")
                            .isAfterOrEqualTo(previousEnd);
                }
                previousEnd = rows.getTimestamp(3);
                if (previousEnd == null) {
                    assertThat(rows.next())
                            .as("only the last execution may still be running")
                            .isFalse();
                    return;
                }
            }
        }
    }

    /** The run has rendered a document and not ended yet, as its log shows. */
    private static boolean rendersOf(String run, List<String> lines) {
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("run " + run + ": reading ")) {
                start = i;
            }
        }
        List<String> since = lines.subList(start, lines.size());
        return since.stream().anyMatch(line -> RENDERED.matcher(line).find())
                && since.stream().noneMatch(line -> line.contains("scheduled run " + run + " ended"));
    }

    private static List<String> startedRuns(List<String> log) {
        List<String> runs = new ArrayList<>();
        for (String line : log) {
            Matcher m = STARTED.matcher(line);
            if (m.find()) {
                runs.add(m.group(1));
            }
        }
        return runs;
    }

    private static String lastMatch(Pattern pattern, List<String> lines) {
        String found = null;
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                found = m.group(1);
            }
        }
        return found;
    }
}
