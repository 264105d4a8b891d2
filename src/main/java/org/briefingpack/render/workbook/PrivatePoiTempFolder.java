package org.briefingpack.render.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Where POI writes its temporary files (the streamed rows of SXSSF sheets): a folder of this process's own, made
 * with {@link Files#createTempDirectory} (mode 700 on POSIX) and removed when the process ends. POI's default is one
 * {@code /tmp/poifiles} shared by every user: made 755 by whoever ran first, it makes every later run by another
 * user fail, and another local user can make it first to read workbook data.
 */
final class PrivatePoiTempFolder {

    private static Path folder;

    private PrivatePoiTempFolder() {}

    /** Points POI at this process's private folder (made on first use); returns it. */
    static synchronized Path install() {
        if (folder == null || !Files.isDirectory(folder)) {
            try {
                folder = Files.createTempDirectory("briefing-pack-poi-");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot make a private temporary folder for the workbook", e);
            }
            Path made = folder;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made), "poi-temp-cleanup"));
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(made.toFile()));
        }
        return folder;
    }

    private static void delete(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // the process is ending: what is left is in a folder only this user can open
        }
    }
}
