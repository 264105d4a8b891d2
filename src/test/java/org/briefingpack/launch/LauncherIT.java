package org.briefingpack.launch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/briefing, the launcher for one-shot runs, on the JDK that runs the tests (17 in this build): the first
 * use extracts the packaged jar and trains its start-up cache on the project's training document in a temporary
 * folder, then runs the job; the second starts from the cache without training again. Needs the packaged jar, so
 * it runs in the {@code integration-test} phase (its own surefire execution in the pom), after {@code package}.
 * Times are not asserted; scripts/cold-start.sh measures them.
 */
class LauncherIT {

    private static final Path JAR = Path.of("target", "briefing-pack.jar").toAbsolutePath();
    private static final long DEADLINE_SECONDS = TimeUnit.MINUTES.toSeconds(8);

    @TempDir
    Path folder;

    @Test
    void firstRunTrainsTheCacheAwayFromTheUsersFolders_andBothRunsWriteTheBriefing() throws Exception {
        assumeTrue(Files.isRegularFile(JAR), "needs the packaged jar (./mvnw package)");
        Path input = Files.createDirectories(folder.resolve("input"));
        Path output = folder.resolve("output");
        Path tmp = Files.createDirectories(folder.resolve("tmp"));
        Files.copy(Path.of("input", "paris-ai-summit-2025.txt"), input.resolve("paris-ai-summit-2025.txt"));

        Result first = launch(input, output, tmp);
        assertThat(first.exit).as(first.output).isZero();
        assertThat(first.output).contains("building the start-up cache");
        // one cache per JDK release, so that runs on two JDKs do not retrain each other's
        Path cache = folder.resolve("cds").resolve("jdk-" + Runtime.version().feature());
        assertThat(cache.resolve("stamp")).isRegularFile();
        assertThat(Stream.of("app.jsa", "app.aot").map(cache::resolve).filter(Files::isRegularFile))
                .as("the CDS archive or the AOT cache")
                .hasSize(1);
        assertThat(runFolders(output)).hasSize(1); // the training wrote nowhere near the user's output
        assertThat(output.resolve("latest/paris-ai-summit-2025/briefing.pdf")).isNotEmptyFile();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("the training's temporary folder is deleted").isEmpty();
        }

        Result second = launch(input, output, tmp);
        assertThat(second.exit).as(second.output).isZero();
        assertThat(second.output).doesNotContain("building the start-up cache");
        assertThat(runFolders(output)).hasSize(2);
        assertThat(output.resolve("latest/paris-ai-summit-2025/briefing.pdf")).isNotEmptyFile();
    }

    private Result launch(Path input, Path output, Path tmp) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of("scripts", "briefing").toAbsolutePath().toString(),
                        "--input=" + input,
                        "--output=" + output,
                        "--briefing.links.fetch=false",
                        "--briefing.force=true",
                        "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db") + ";AUTO_SERVER=FALSE")
                .directory(folder.toFile())
                .redirectErrorStream(true);
        builder.environment()
                .put(
                        "JAVA",
                        Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("BRIEFING_JAR", JAR.toString());
        builder.environment().put("BRIEFING_CDS_DIR", folder.resolve("cds").toString());
        builder.environment().put("TMPDIR", tmp.toString());
        builder.environment().remove("JAVA_OPTS");
        Path log = folder.resolve("launcher.log");
        Process process = builder.redirectOutput(log.toFile()).start();
        if (!process.waitFor(DEADLINE_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("launcher still running after " + DEADLINE_SECONDS + " s:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static List<Path> runFolders(Path output) throws IOException {
        try (Stream<Path> entries = Files.list(output)) {
            return entries.filter(
                            p -> Character.isDigit(p.getFileName().toString().charAt(0)))
                    .filter(Files::isDirectory)
                    .toList();
        }
    }

    private record Result(int exit, String output) {}
}
