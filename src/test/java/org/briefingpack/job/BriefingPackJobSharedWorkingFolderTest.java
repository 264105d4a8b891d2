package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two processes started in the same working folder share the default job repository (the H2 file under
 * {@code ./data}): a one-shot run while a scheduled process is up runs on its own output folder, and one aimed at
 * the output folder in use is refused with exit 4 and one line, never a crash that asks for a restart.
 */
class BriefingPackJobSharedWorkingFolderTest {

    /** Once a year: the scheduled process stays up holding the repository open, and does not run meanwhile. */
    private static final String RARELY = "--briefing.schedule=0 0 0 1 1 *";

    @Test
    void secondProcess_inTheSameWorkingFolder_runsOnItsOwnOutputOrIsRefused() throws Exception {
        JobTestFolders folders = new JobTestFolders(BriefingPackJobSharedWorkingFolderTest.class, "shared");
        folders.addDocument("paris-ai-summit-2025.txt");
        try (ChildRun scheduled = ChildRun.start(folders.root, arguments(folders, "scheduled-output", RARELY))) {
            scheduled.awaitLine(line -> line.contains("scheduled: a run starts at each tick"), 300);

            try (ChildRun oneShot = ChildRun.start(folders.root, arguments(folders, "output"))) {
                int exitCode = oneShot.awaitExit(600);
                assertThat(exitCode).as(oneShot.output()).isEqualTo(ExitCodes.OK);
                assertThat(oneShot.output()).doesNotContain("already in use", "Exception");
            }

            Optional<OutputLock> held = OutputLock.tryAcquire(folders.output);
            assertThat(held).isPresent();
            try (OutputLock lock = held.get();
                    ChildRun refused = ChildRun.start(folders.root, arguments(folders, "output"))) {
                int exitCode = refused.awaitExit(300);
                assertThat(exitCode).as(refused.output()).isEqualTo(ExitCodes.REFUSED);
                assertThat(refused.lines()).as("no stack trace").noneMatch(line -> line.startsWith("\tat "));
                assertThat(refused.lines())
                        .as(refused.output())
                        .filteredOn(line -> line.contains("ERROR"))
                        .singleElement()
                        .asString()
                        .contains("Another briefing-pack run is writing to " + folders.output);
            }
            assertThat(scheduled.lines())
                    .as("the scheduled process is undisturbed")
                    .noneMatch(line -> line.contains("Exception"));
        }
    }

    /** The default job repository (no datasource URL): the H2 file under the working folder's data/. */
    private static List<String> arguments(JobTestFolders folders, String output, String... more) {
        List<String> arguments = new java.util.ArrayList<>(List.of(
                "--input=" + folders.input,
                "--output=" + folders.root.resolve(output),
                "--briefing.links.fetch=false",
                "--briefing.links.cache-dir=" + folders.root.resolve("link-cache")));
        arguments.addAll(List.of(more));
        return arguments;
    }
}
