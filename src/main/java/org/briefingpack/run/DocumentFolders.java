package org.briefingpack.run;

import java.util.regex.Pattern;

/** Folder names for documents inside a run folder: whatever a file was called, one plain name that stays inside. */
public final class DocumentFolders {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    /**
     * File systems limit a name to 255 bytes, not characters: 120 CJK characters are 360 bytes. A
     * folder name also goes into temporary file names (with a prefix and a suffix), so it is kept well
     * below the limit.
     */
    private static final int MAX_FOLDER_BYTES = 120;

    private DocumentFolders() {}

    /**
     * A folder name for a document id that stays inside the run folder whatever the file was called:
     * separators, dots at the start and anything outside letters, digits, '.', '_' and '-' are replaced;
     * trailing dots go too (Windows drops them, so "x." and "x" would be one folder there).
     */
    public static String of(String documentId) {
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
