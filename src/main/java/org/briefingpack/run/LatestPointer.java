package org.briefingpack.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.briefingpack.io.AtomicFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Points {@code output/latest} at a finished run: a relative symbolic link, swapped in with an atomic
 * rename, so a reader following it always lands on a complete run. Where links are unavailable
 * (some Windows setups), a one-line {@code output/LATEST} file names the run instead.
 */
public final class LatestPointer {

    private static final Logger log = LoggerFactory.getLogger(LatestPointer.class);

    private LatestPointer() {}

    public static void pointAt(Path outputDir, String runId) {
        AtomicFiles.write(
                RunLayout.latestFile(outputDir), (runId + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
        Path link = RunLayout.latestLink(outputDir);
        Path tmp = link.resolveSibling("." + link.getFileName() + "-" + runId);
        try {
            Files.deleteIfExists(tmp);
            Files.createSymbolicLink(tmp, Path.of(runId));
            Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            log.info("output/latest link not available here ({}); output/LATEST names the run", e.getMessage());
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing to tidy
            }
        }
    }
}
