package org.briefingpack.job;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * briefing-pack started as a separate JVM (the test JVM's own classpath, the application's real main
 * class), its console output collected line by line: what a scheduler or an operator would run.
 */
final class ChildRun implements AutoCloseable {

    private final Process process;
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Thread pump;

    private ChildRun(Process process) {
        this.process = process;
        this.pump = new Thread(this::pumpOutput, "child-output");
        pump.setDaemon(true);
        pump.start();
    }

    /** Starts the application in {@code workDir} with the given arguments. */
    static ChildRun start(Path workDir, List<String> args) {
        return start(workDir, args, List.of());
    }

    /**
     * The same, with folders placed before the application's own class path: a resource there (an edited
     * lexicon) is the one the application reads.
     */
    static ChildRun start(Path workDir, List<String> args, List<Path> classPathFirst) {
        List<String> classPath = new ArrayList<>();
        classPathFirst.forEach(folder -> classPath.add(folder.toString()));
        classPath.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-Djava.awt.headless=true",
                "-cp",
                String.join(File.pathSeparator, classPath),
                "org.briefingpack.BriefingPackApplication"));
        command.addAll(args);
        try {
            return new ChildRun(new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a child JVM", e);
        }
    }

    private void pumpOutput() {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            // the process died: its output ends here
        }
    }

    /** Waits until a line matches; fails when the process ends first or the time runs out. */
    String awaitLine(Predicate<String> matches, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            for (String line : lines) {
                if (matches.test(line)) {
                    return line;
                }
            }
            if (!process.isAlive() && !pump.isAlive()) {
                throw new AssertionError(
                        "child exited with " + process.exitValue() + " before the expected line:\n" + output());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no expected line within " + timeoutSeconds + " s:\n" + output());
    }

    /** Waits for the process to exit and for its output to be read; returns the exit code. */
    int awaitExit(long timeoutSeconds) throws InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child still running after " + timeoutSeconds + " s:\n" + output());
        }
        pump.join(10_000);
        return process.exitValue();
    }

    /** SIGKILL: no shutdown hook, no finally block, no clean-up runs in the child. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return awaitExit(60);
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    String output() {
        return String.join("\n", lines);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
