package org.briefingpack.job;

import java.nio.file.Path;

/**
 * One file found in the input folder, with the output folder name its pack gets and the key of its
 * ledger entries (both unique within the run). {@code refusal} is null for a file that may be read, or
 * the reason it is not (a link out of the input folder, a FIFO …): such a file is reported SKIPPED.
 */
record InputFile(Path path, String folder, String key, String refusal) {

    InputFile(Path path, String folder, String key) {
        this(path, folder, key, null);
    }

    String fileName() {
        return path.getFileName().toString();
    }
}
