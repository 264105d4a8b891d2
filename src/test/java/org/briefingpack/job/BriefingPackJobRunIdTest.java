package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.briefingpack.config.BriefingProperties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A run id from the command line must be in the run-id format: {@code latest} (the pointer to the last completed
 * run), {@code LATEST} (the file holding its id) and anything else are refused with exit 2 and one line, and the
 * completed run, the pointer and the output folder stay as they were. An output folder that is a file or cannot be
 * made is a usage error too: exit 2 and one line naming the path, not a stack trace asking for a restart.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:run-id-${random.uuid};DB_CLOSE_DELAY=-1"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BriefingPackJobRunIdTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobRunIdTest.class);

    @Autowired
    BriefingPackLauncher launcher;

    @Autowired
    JobOperator jobOperator;

    @Autowired
    Job job;

    @Autowired
    BriefingProperties properties;

    @Autowired
    JobRepository jobRepository;

    private RunResult completed;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    void oneCompletedRun() {
        folders.addDocument("paris-ai-summit-2025.txt");
        completed = launcher.launch(null);
        assertThat(completed.exitCode()).as(String.valueOf(completed.message())).isEqualTo(ExitCodes.OK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"latest", "LATEST", "run-1", "../x", "2026-13-25T06-00-00Z", "2026-11-25t06-00-00z"})
    void runId_whenNotInTheRunIdFormat_isRefusedWithExitTwoAndOneLineAndTouchesNothing(
            String runId, CapturedOutput output) throws IOException {
        Map<String, String> before = RunOutputs.fingerprint(folders.output);
        List<String> entriesBefore = entries(folders.output);
        int logged = output.getAll().length();

        RunResult refused = launcher.launch(runId);

        assertThat(refused.exitCode()).as(String.valueOf(refused.message())).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.message())
                .contains("'" + runId + "' is not a run id")
                .doesNotContain("\n");
        String log = output.getAll().substring(logged);
        assertThat(log.lines().filter(line -> line.contains("ERROR"))).hasSize(1);
        assertThat(log).doesNotContain("Exception");
        assertThat(RunOutputs.fingerprint(folders.output))
                .as("the completed run, byte for byte")
                .isEqualTo(before);
        assertThat(entries(folders.output)).isEqualTo(entriesBefore);
        Path latest = folders.output.resolve("latest");
        if (Files.isSymbolicLink(latest)) {
            assertThat(Files.readSymbolicLink(latest).toString()).isEqualTo(completed.runId());
        }
        assertThat(Files.readString(folders.output.resolve("LATEST")).trim()).isEqualTo(completed.runId());
    }

    @Test
    void runId_whenNoRunHasIt_isRefusedWithExitTwoAndCreatesNothing(CapturedOutput output) throws IOException {
        String unknown = "2020-01-01T00-00-00Z";
        List<String> entriesBefore = entries(folders.output);
        int logged = output.getAll().length();

        RunResult refused = launcher.launch(unknown);

        assertThat(refused.exitCode()).as(String.valueOf(refused.message())).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.message())
                .startsWith("Run " + unknown + " is unknown: the job repository holds no run with that id");
        assertThat(output.getAll().substring(logged)).doesNotContain("Exception");
        assertThat(entries(folders.output)).as("no backdated run folder").isEqualTo(entriesBefore);
        assertThat(Files.readString(folders.output.resolve("LATEST")).trim()).isEqualTo(completed.runId());
    }

    @Test
    void outputFolder_whenItIsAFile_isAUsageErrorInOneLine(CapturedOutput output) throws IOException {
        Path file = Files.writeString(folders.root.resolve("output-is-a-file"), "not a folder");
        int logged = output.getAll().length();

        RunResult refused = launcherWritingTo(file).launch(null);

        assertThat(refused.exitCode()).as(String.valueOf(refused.message())).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.message())
                .isEqualTo("Output folder " + file.toAbsolutePath()
                        + " is a file, not a folder; this run did nothing. Give --output a folder.");
        assertThat(output.getAll().substring(logged)).doesNotContain("Exception");
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void outputFolder_whenItCannotBeCreated_isAUsageErrorInOneLine(CapturedOutput output) throws IOException {
        Path file = Files.writeString(folders.root.resolve("a-file"), "not a folder");
        Path under = file.resolve("output"); // a folder inside a file: no user, root included, can make it
        int logged = output.getAll().length();

        RunResult refused = launcherWritingTo(under).launch(null);

        assertThat(refused.exitCode()).as(String.valueOf(refused.message())).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.message())
                .isEqualTo("Output folder " + under.toAbsolutePath() + " cannot be created (Not a directory);"
                        + " this run did nothing. Give --output a folder you can write.");
        assertThat(output.getAll().substring(logged)).doesNotContain("Exception:", "\tat ");
    }

    private BriefingPackLauncher launcherWritingTo(Path output) {
        return Launchers.writingTo(output, jobOperator, job, properties, jobRepository);
    }

    private static List<String> entries(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
