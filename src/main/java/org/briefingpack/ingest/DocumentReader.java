package org.briefingpack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.briefingpack.io.Sha256;

/**
 * Reads one input file (.txt, .md, .html/.htm, .pdf, .docx) into a {@link SourceDocument}: decodes the
 * bytes (encoding guessed for plain text), takes the text a reader sees out of the markup or the page
 * layout, and normalises it. The format is told by the first bytes as well as the name: a PDF named
 * {@code .txt} is read as a PDF, a {@code .docx} that is no ZIP package is refused as such. Thread-safe:
 * holds no state beyond its limits.
 */
public class DocumentReader {

    /**
     * Larger inputs are skipped with the reason. A write-up is rarely over 1 MB; 10 MB keeps one hostile
     * document from holding a run for minutes or running it out of memory.
     */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** PDF and Word files carry fonts and images: they may be larger than text for the same words. */
    public static final long DEFAULT_MAX_PAGED_BYTES = 100L * 1024 * 1024;

    /** Longer PDFs are refused: a summit's declaration runs to tens of pages, not thousands. */
    public static final int DEFAULT_MAX_PAGES = 1000;

    private final long maxBytes;
    private final long maxPagedBytes;
    private final int maxPages;
    private final TextDecoder decoder = new TextDecoder();

    public DocumentReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public DocumentReader(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_PAGED_BYTES, DEFAULT_MAX_PAGES);
    }

    /**
     * @param maxBytes      the largest text, Markdown or HTML file read
     * @param maxPagedBytes the largest PDF or DOCX file read
     * @param maxPages      the most pages a PDF may have
     */
    public DocumentReader(long maxBytes, long maxPagedBytes, int maxPages) {
        if (maxBytes <= 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 1 and " + (Integer.MAX_VALUE - 16));
        }
        if (maxPagedBytes <= 0 || maxPagedBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxPagedBytes must be between 1 and " + (Integer.MAX_VALUE - 16));
        }
        if (maxPages <= 0) {
            throw new IllegalArgumentException("maxPages must be at least 1");
        }
        this.maxBytes = maxBytes;
        this.maxPagedBytes = maxPagedBytes;
        this.maxPages = maxPages;
    }

    /**
     * @throws UnreadableDocumentException when the file is missing, unsupported, too large,
     *         binary, or holds no readable text
     */
    public SourceDocument read(Path file) {
        String fileName = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        Optional<DocumentFormat> byName = DocumentFormat.ofFileName(fileName);
        byte[] head = head(file, fileName);
        DocumentFormat format = DocumentFormat.byContent(head, byName)
                .orElseThrow(() -> new UnreadableDocumentException(
                        fileName, "unsupported file type (expected " + DocumentFormat.SUPPORTED + ")"));
        if (format.binary()) {
            return readPaged(file, fileName, format, head);
        }
        byte[] bytes = readBytes(file, fileName, maxBytes);
        return readText(bytes, idOf(fileName), fileName, format);
    }

    /**
     * A web page fetched for an input link ({@code .url} or {@code .links} file), read like an input file of
     * its format: HTML (and XHTML, or an untyped page) like an {@code .html} file, plain text like a
     * {@code .txt} one.
     *
     * @param id       the document id (its folder name)
     * @param fileName the input file that named the page
     * @throws UnreadableDocumentException when the page is of another type, too large, or holds no text
     */
    public SourceDocument readPage(byte[] body, String contentType, String id, String fileName) {
        String type =
                contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        DocumentFormat format;
        if (type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
            format = DocumentFormat.HTML;
        } else if (type.startsWith("text/plain")) {
            format = DocumentFormat.TEXT;
        } else {
            throw new UnreadableDocumentException(
                    fileName, "not an HTML or text page (" + contentType + "); only those are read as input links");
        }
        if (body.length > maxBytes) {
            throw new UnreadableDocumentException(
                    fileName, "too large (" + body.length + " bytes; the limit is " + maxBytes + ")");
        }
        return readText(body, id, fileName, format);
    }

    /** Text, Markdown or HTML bytes: decoded, markup removed, normalised. */
    private SourceDocument readText(byte[] bytes, String id, String fileName, DocumentFormat format) {
        DecodedText decoded = decoder.decode(bytes, fileName, format);
        String raw = stripBom(decoded.text());
        List<String> warnings = new ArrayList<>(decoded.warnings());
        MarkupText markup = switch (format) {
            case TEXT -> new MarkupText(raw, List.of());
            case MARKDOWN -> new MarkdownText().convert(raw);
            case HTML -> new HtmlText().convert(raw);
            case PDF, DOCX -> throw new IllegalStateException(format + " is read from pages");
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
                id, fileName, format, Sha256.hex(bytes), decoded.encoding(), text, markup.links(), warnings);
    }

    /** A PDF or Word document: its layout read into text, pages marked, size and page count bounded. */
    private SourceDocument readPaged(Path file, String fileName, DocumentFormat format, byte[] head) {
        String sha256;
        String raw;
        List<String> links;
        if (format == DocumentFormat.PDF) {
            sha256 = sha256(file, fileName, maxPagedBytes);
            MarkupText pdf = new PdfText(maxPages).read(file, fileName);
            raw = pdf.text();
            links = pdf.links();
        } else {
            if (!DocumentFormat.isZip(head)) {
                throw new UnreadableDocumentException(
                        fileName,
                        DocumentFormat.isCompoundFile(head)
                                ? "not a .docx: an encrypted Word document or an old binary .doc (only .docx is read)"
                                : "not a Word document: a .docx file is a ZIP package, and this file is not one");
            }
            byte[] bytes = readBytes(file, fileName, maxPagedBytes);
            sha256 = Sha256.hex(bytes);
            MarkupText docx = new DocxText().read(bytes, fileName);
            raw = docx.text();
            links = docx.links();
        }
        List<String> warnings = new ArrayList<>();
        if (!DocumentFormat.ofFileName(fileName).equals(Optional.of(format))) {
            warnings.add("read as " + format + " by its content, whatever its name says");
        }
        TextNormalizer.XmlSafe safe = TextNormalizer.xmlSafe(raw);
        if (safe.removed() > 0) {
            warnings.add(safe.removed() + " character(s) that XML does not allow removed from the text");
        }
        String normalized = TextNormalizer.normalize(safe.text());
        StringBuilder text = new StringBuilder(normalized.length());
        List<Integer> pageStarts = new ArrayList<>();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (c == PdfText.PAGE_MARK) {
                pageStarts.add(text.length());
            } else {
                text.append(c);
            }
        }
        String out = TextNormalizer.normalize(text);
        if (out.isEmpty()) {
            throw new UnreadableDocumentException(
                    fileName, format == DocumentFormat.PDF ? PdfText.NO_TEXT_LAYER : "no text (the document is empty)");
        }
        return new SourceDocument(
                idOf(fileName), fileName, format, sha256, format.name(), out, links, warnings, pageStarts);
    }

    /** The first kilobyte, by which the format is told. */
    private static byte[] head(Path file, String fileName) {
        if (!Files.isRegularFile(file)) {
            return new byte[0]; // missing or a directory: readBytes says which
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DocumentFormat.HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /**
     * The file's bytes, at most {@code maxBytes} of them. The limit is enforced while reading, not from the size
     * the file system reports: {@code /proc} files report 0, and a file may grow while it is read.
     */
    private static byte[] readBytes(Path file, String fileName, long maxBytes) {
        try {
            checkSize(file, fileName, maxBytes);
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new UnreadableDocumentException(
                            fileName,
                            "too large (more than " + maxBytes + " bytes read; the limit is " + maxBytes + ")");
                }
                return bytes;
            }
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    /** The SHA-256 of a file within the size limit, streamed (a PDF is never held in memory whole). */
    private static String sha256(Path file, String fileName, long maxBytes) {
        try {
            checkSize(file, fileName, maxBytes);
            return Sha256.hex(file);
        } catch (UncheckedIOException e) {
            throw unreadable(fileName, e.getCause());
        } catch (IOException e) {
            throw unreadable(fileName, e);
        }
    }

    private static UnreadableDocumentException unreadable(String fileName, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UnreadableDocumentException(fileName, "vanished before it could be read", e);
        }
        if (e instanceof AccessDeniedException) {
            return new UnreadableDocumentException(fileName, "permission denied", e);
        }
        return new UnreadableDocumentException(fileName, "could not be read (" + e.getMessage() + ")", e);
    }

    private static void checkSize(Path file, String fileName, long maxBytes) throws IOException {
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
    }

    private static String stripBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    static String idOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
