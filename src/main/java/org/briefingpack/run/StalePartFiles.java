package org.briefingpack.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Temporary files a killed writer left in a run folder. {@code AtomicFiles} writes each output to a
 * hidden sibling ({@code .briefing.pdf.123.part}) and moves it into place; its clean-up cannot run when
 * the process is killed (SIGKILL, power cut), so a restarted run sweeps them before it publishes. Only
 * this run's folder is swept, and only while the output lock is held: no live writer can own them.
 */
public final class StalePartFiles {

    private static final Logger log = LoggerFactory.getLogger(StalePartFiles.class);

    private StalePartFiles() {}

    /** Deletes every {@code .*.part} file under the run folder; returns how many there were. */
    public static int removeUnder(Path runDir) {
        if (!Files.isDirectory(runDir)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(runDir)) {
            List<Path> stale = walk.filter(Files::isRegularFile)
                    .filter(StalePartFiles::isPart)
                    .toList();
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
            if (!stale.isEmpty()) {
                log.info(
                        "removed {} unfinished temporary file(s) left by an interrupted run in {}",
                        stale.size(),
                        runDir);
            }
            return stale.size();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot tidy temporary files in " + runDir, e);
        }
    }

    static boolean isPart(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".part");
    }
}
