package org.briefingpack.job;

import java.nio.file.Path;

/**
 * One document to pack: a file found in the input folder, or one address named by a link file in it
 * ({@code .url}, {@code .links}), with the output folder name its pack gets and the key of its ledger
 * entries (both unique within the run). {@code refusal} is null for a document that may be read, or the
 * reason it is not (a link out of the input folder, a FIFO, a malformed address …): such a document is
 * reported SKIPPED. {@code url} is the address to fetch for a document named by a link file, else null.
 */
record InputFile(Path path, String folder, String key, String refusal, String url) {

    InputFile(Path path, String folder, String key) {
        this(path, folder, key, null, null);
    }

    InputFile(Path path, String folder, String key, String refusal) {
        this(path, folder, key, refusal, null);
    }

    String fileName() {
        return path.getFileName().toString();
    }

    /** How reports and log lines name the document: the file, and for a linked page its address. */
    String label() {
        return url == null ? fileName() : fileName() + " (" + url + ")";
    }
}
