package org.briefingpack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The input formats the job reads. The extension names the format the sender meant; the first bytes
 * (magic bytes) decide how a file is read: a PDF named {@code .txt} is read as a PDF.
 */
public enum DocumentFormat {
    TEXT("txt"),
    MARKDOWN("md", "markdown"),
    HTML("html", "htm"),
    PDF("pdf"),
    DOCX("docx");

    /** What every refusal of an unknown type lists. */
    public static final String SUPPORTED = ".txt, .md, .html, .htm, .pdf or .docx";

    /** A PDF header may follow some junk; readers look for it in the first kilobyte. */
    static final int HEAD_BYTES = 1024;

    private final String[] extensions;

    DocumentFormat(String... extensions) {
        this.extensions = extensions;
    }

    /** Whether a format is read from pages and a document structure rather than decoded as characters. */
    public boolean binary() {
        return this == PDF || this == DOCX;
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

    /**
     * The format a file is read as: PDF when it starts with {@code %PDF-} whatever its name (or holds it in
     * its first kilobyte, as the PDF format allows, when its name says nothing of text), else what its extension says; empty when neither is a format the job reads. A file that cannot be
     * opened is judged by its name (the reader then says what is wrong with it).
     */
    public static Optional<DocumentFormat> of(Path file) {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        Optional<DocumentFormat> byName = ofFileName(name);
        if (!Files.isRegularFile(file)) {
            return byName;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return byContent(in.readNBytes(HEAD_BYTES), byName);
        } catch (IOException e) {
            return byName;
        }
    }

    /** The format given the file's first bytes and the format its name suggests. */
    static Optional<DocumentFormat> byContent(byte[] head, Optional<DocumentFormat> byName) {
        boolean meantAsText = byName.isPresent() && !byName.get().binary();
        if (meantAsText ? startsWith(head, "%PDF-") : isPdf(head)) {
            return Optional.of(PDF);
        }
        return byName;
    }

    static boolean isPdf(byte[] head) {
        return new String(head, StandardCharsets.ISO_8859_1).contains("%PDF-");
    }

    private static boolean startsWith(byte[] head, String magic) {
        return new String(head, 0, Math.min(head.length, magic.length()), StandardCharsets.ISO_8859_1).equals(magic);
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** An OLE2 compound file: an old .doc, or an encrypted OOXML package. */
    static boolean isCompoundFile(byte[] head) {
        return head.length >= 8
                && (head[0] & 0xff) == 0xD0
                && (head[1] & 0xff) == 0xCF
                && (head[2] & 0xff) == 0x11
                && (head[3] & 0xff) == 0xE0;
    }
}
