package org.briefingpack.job;

import java.nio.file.Path;

/**
 * One file found in the input folder, with the output folder name its pack gets and the key of its
 * ledger entries (both unique within the run).
 */
record InputFile(Path path, String folder, String key) {

    String fileName() {
        return path.getFileName().toString();
    }
}
