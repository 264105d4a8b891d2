package org.briefingpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names of run folders and document folders; document names from files are sanitised here. */
final class RunFolders {

    static final String STATE_DIR = ".state";
    static final String LATEST_LINK = "latest";
    static final String LATEST_FILE = "LATEST";

    private static final DateTimeFormatter RUN_ID =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Pattern RUN_ID_SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    /**
     * File systems limit a name to 255 bytes, not characters: 120 CJK characters are 360 bytes. The
     * folder name also goes into ledger file names (with a prefix, a hash and a temporary suffix), so
     * it is kept well below the limit.
     */
    private static final int MAX_FOLDER_BYTES = 120;

    private RunFolders() {}

    /** A run id that sorts by time and names no existing run folder (bumped a second at a time). */
    static String newRunId(Path outputDir, Instant now) {
        Instant candidate = now.truncatedTo(ChronoUnit.SECONDS);
        while (Files.exists(outputDir.resolve(RUN_ID.format(candidate)))) {
            candidate = candidate.plusSeconds(1);
        }
        return RUN_ID.format(candidate);
    }

    /** Rejects run ids that could escape the output folder or be mistaken for options. */
    static String checkRunId(String runId) {
        if (runId == null || !RUN_ID_SHAPE.matcher(runId).matches() || runId.contains("..")) {
            throw new IllegalArgumentException("Run id '" + runId + "' is not a plain folder name"
                    + " (letters, digits, '.', '_', '-'; e.g. 2026-11-25T06-00-00Z)");
        }
        return runId;
    }

    /**
     * A folder name for a document id that stays inside the run folder whatever the file was called:
     * separators, dots at the start and anything outside letters, digits, '.', '_' and '-' are replaced;
     * trailing dots go too (Windows drops them, so "x." and "x" would be one folder there).
     */
    static String documentFolder(String documentId) {
        String safe = UNSAFE.matcher(documentId == null ? "" : documentId).replaceAll("-");
        safe = safe.replaceAll("^[.-]+", "").replace("..", "-");
        safe = cutToUtf8Bytes(safe, MAX_FOLDER_BYTES).replaceAll("\\.+$", "");
        return safe.isEmpty() ? "document" : safe;
    }

    private static String cutToUtf8Bytes(String text, int maxBytes) {
        int bytes = 0;
        int end = 0;
        while (end < text.length()) {
            int codePoint = text.codePointAt(end);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (bytes + size > maxBytes) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return text.substring(0, end);
    }
}
