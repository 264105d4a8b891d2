package org.briefingpack.ingest;

import java.util.Locale;
import java.util.Optional;

/** The input formats the job reads, by file extension. */
public enum DocumentFormat {
    TEXT("txt"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm");

    private final String[] extensions;

    DocumentFormat(String... extensions) {
        this.extensions = extensions;
    }

    public static Optional<DocumentFormat> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentFormat format : values()) {
            for (String candidate : format.extensions) {
                if (candidate.equals(ext)) {
                    return Optional.of(format);
                }
            }
        }
        return Optional.empty();
    }
}
