package org.briefingpack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import org.briefingpack.io.Sha256;

/**
 * Reads one input file (.txt, .md, .html/.htm) into a {@link SourceDocument}: decodes the bytes
 * (encoding guessed for plain text), takes the text a reader sees out of the markup, and
 * normalises it. Thread-safe: holds no state beyond its size limit.
 */
public class DocumentReader {

    /**
     * Larger inputs are skipped with the reason. A write-up is rarely over 1 MB; 10 MB keeps one hostile
     * document from holding a run for minutes or running it out of memory.
     */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    private final long maxBytes;
    private final TextDecoder decoder = new TextDecoder();

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentReader(long maxBytes) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16));
        }
        this.maxBytes = maxBytes;
    }

    /**
     * @throws UnreadableDocumentException when the file is missing, unsupported, too large,
     *         binary, or holds no readable text
     */
    public SourceDocument read(Path file) {
        String fileName = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        DocumentFormat format = DocumentFormat.ofFileName(fileName)
                .orElseThrow(() -> new UnreadableDocumentException(
                        fileName, "unsupported file type (expected .txt, .md, .html or .htm)"));
        byte[] bytes = readBytes(file, fileName);
        DecodedText decoded = decoder.decode(bytes, fileName, format);
        String raw = stripBom(decoded.text());
        List<String> warnings = new ArrayList<>(decoded.warnings());
        MarkupText markup = switch (format) {
            case TEXT -> new MarkupText(raw, List.of());
            case MARKDOWN -> new MarkdownText().convert(raw);
            case HTML -> new HtmlText().convert(raw);
        };
        TextNormalizer.XmlSafe safe = TextNormalizer.xmlSafe(markup.text());
        if (safe.removed() > 0) {
            warnings.add(safe.removed() + " character(s) that XML does not allow (control characters such as ESC or"
                    + " NUL, U+FFFE, U+FFFF, unpaired surrogates) removed from the text");
        }
        String text = TextNormalizer.normalize(safe.text());
        if (text.isEmpty()) {
            throw new UnreadableDocumentException(
                    fileName,
                    TextNormalizer.normalize(raw).isEmpty()
                            ? "no text (the file holds only white space)"
                            : "no readable text once the " + (format == DocumentFormat.HTML ? "HTML" : "Markdown")
                                    + " markup is removed");
        }
        return new SourceDocument(
                idOf(fileName),
                fileName,
                format,
                Sha256.hex(bytes),
                decoded.encoding(),
                text,
                markup.links(),
                warnings);
    }

    /**
     * The file's bytes, at most {@code maxBytes} of them. The limit is enforced while reading, not from the size
     * the file system reports: {@code /proc} files report 0, and a file may grow while it is read.
     */
    private byte[] readBytes(Path file, String fileName) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new UnreadableDocumentException(fileName, "is a directory, not a file");
            }
            if (!attributes.isRegularFile()) {
                // a FIFO would block the read until someone writes to it
                throw new UnreadableDocumentException(fileName, "not a regular file (a FIFO, socket or device)");
            }
            long size = attributes.size();
            if (size > maxBytes) {
                throw new UnreadableDocumentException(
                        fileName, "too large (" + size + " bytes; the limit is " + maxBytes + ")");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new UnreadableDocumentException(
                            fileName,
                            "too large (more than " + maxBytes + " bytes read; the limit is " + maxBytes + ")");
                }
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableDocumentException(fileName, "vanished before it could be read", e);
        } catch (AccessDeniedException e) {
            throw new UnreadableDocumentException(fileName, "permission denied", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(fileName, "could not be read (" + e.getMessage() + ")", e);
        }
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
