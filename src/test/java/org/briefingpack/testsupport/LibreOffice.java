package org.briefingpack.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Finds LibreOffice for the tests that check against it (they skip, saying so, where it is absent). */
public final class LibreOffice {

    private LibreOffice() {}

    /** {@code soffice} (or {@code libreoffice}) on the PATH. */
    public static Optional<Path> program() {
        return onPath("soffice").or(() -> onPath("libreoffice"));
    }

    /** Writer, not only Calc: the word processor's library stands next to the program. */
    public static boolean hasWriter(Path program) {
        try (Stream<Path> list = Files.list(program.toRealPath().getParent())) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith("libswlo"));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Converts {@code files} with {@code filter} into {@code outDir}, using a profile of its own under
     * {@code workDir} (a second soffice on the machine would otherwise take the job over), and fails unless
     * every {@code expected} file is there. LibreOffice can exit 0 without converting when it starts on a new
     * profile (it creates the profile, restarts, and the restarted process may miss the request), so missing
     * results are asked for once more before the failure, which carries what LibreOffice printed.
     *
     * @param importFilter an {@code --infilter} value, or null to let LibreOffice choose
     */
    public static void convert(
            Path program,
            Path workDir,
            String filter,
            String importFilter,
            Path outDir,
            List<Path> files,
            List<Path> expected)
            throws IOException, InterruptedException {
        StringBuilder printed = new StringBuilder();
        for (int attempt = 1; attempt <= 2 && !expected.stream().allMatch(Files::exists); attempt++) {
            List<String> command = new ArrayList<>(List.of(
                    program.toString(),
                    "-env:UserInstallation=" + workDir.resolve("lo-profile").toUri(),
                    "--headless",
                    "--norestore",
                    "--convert-to",
                    filter,
                    "--outdir",
                    outDir.toString()));
            if (importFilter != null) {
                command.add("--infilter=" + importFilter);
            }
            files.forEach(f -> command.add(f.toString()));
            Path log = workDir.resolve("soffice-" + attempt + ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            // Only a hang reaches this; a conversion takes seconds even on a busy machine.
            boolean done = process.waitFor(300, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
            }
            printed.append("attempt ").append(attempt).append(": ").append(Files.readString(log));
            assertThat(done).as("LibreOffice finished within 300 s").isTrue();
            assertThat(process.exitValue()).as(printed.toString()).isZero();
        }
        for (Path file : expected) {
            assertThat(file)
                    .as("LibreOffice wrote %s; it printed:%n%s", file.getFileName(), printed)
                    .exists();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator))
                .map(p -> Path.of(p, program))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
