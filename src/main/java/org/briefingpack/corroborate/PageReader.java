package org.briefingpack.corroborate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.briefingpack.extract.FactsExtractor;
import org.briefingpack.extract.FactsLimits;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.ingest.UnreadableDocumentException;
import org.briefingpack.io.Sha256;
import org.briefingpack.links.LinkCheck;
import org.briefingpack.links.LinkFetcher;
import org.briefingpack.model.LinkRead;
import org.briefingpack.model.PageFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one fetched page with the same reader and extractor as an input document (HTML through jsoup, PDF
 * through PDFBox, plain text), so a page says what it would say as an input file. Never throws: a page that
 * cannot be read gets a reason.
 */
final class PageReader {

    private static final Logger log = LoggerFactory.getLogger(PageReader.class);

    private final DocumentReader reader;
    private final FactsExtractor extractor;

    PageReader(DocumentReader reader, FactsExtractor extractor) {
        this.reader = reader;
        this.extractor = extractor;
    }

    ReadPage read(LinkCheck check) {
        if (!"ok".equals(check.status())) {
            return unread(check, "not read: " + describe(check.status()));
        }
        String type = check.contentType() == null ? "" : check.contentType();
        if (!type.isBlank() && !LinkFetcher.isReadable(type)) {
            return unread(check, "not read: a " + mediaType(type) + " page (only HTML, PDF and plain text are read)");
        }
        byte[] body = check.body();
        if (body == null || body.length == 0) {
            return unread(check, "not read: the page is empty");
        }
        boolean pdf = isPdf(type, body);
        if (pdf && check.truncated()) {
            return unread(check, "not read: the PDF is larger than briefing.links.max-body-size");
        }
        try {
            SourceDocument page = readBytes(body, fileName(type, body, pdf));
            PageFacts facts =
                    PageFacts.of(FactsLimits.cap(extractor.extract(page)).facts());
            LinkRead read = new LinkRead(
                    check.fetchedAt(),
                    check.status(),
                    check.contentType(),
                    check.title(),
                    page.text().length(),
                    Sha256.hex(body),
                    null,
                    null,
                    facts);
            return new ReadPage(read, page.text());
        } catch (UnreadableDocumentException e) {
            return unread(check, "not read: " + e.problem());
        } catch (RuntimeException | StackOverflowError e) {
            log.warn("Reading resource page {} failed", check.url(), e);
            return unread(
                    check,
                    "not read: its text could not be taken apart ("
                            + e.getClass().getSimpleName() + ")");
        }
    }

    /** Through a private temporary file: the reader reads files, and a PDF is read from one anyway. */
    private SourceDocument readBytes(byte[] body, String fileName) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("briefing-page");
            Path file = Files.write(dir.resolve(fileName), body);
            try {
                return reader.read(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            log.debug("Cannot delete {}: {}", dir, e.toString());
        }
    }

    private static ReadPage unread(LinkCheck check, String reason) {
        return new ReadPage(LinkRead.notRead(check.fetchedAt(), check.status(), check.contentType(), reason), null);
    }

    private static String describe(String status) {
        if (status != null && status.startsWith("http-")) {
            return "the server answered HTTP " + status.substring("http-".length());
        }
        return String.valueOf(status);
    }

    private static boolean isPdf(String type, byte[] body) {
        return type.toLowerCase(Locale.ROOT).startsWith("application/pdf")
                || new String(body, 0, Math.min(5, body.length), StandardCharsets.ISO_8859_1).equals("%PDF-");
    }

    /** The name tells the reader the format where the bytes leave it open (HTML against plain text). */
    private static String fileName(String type, byte[] body, boolean pdf) {
        if (pdf) {
            return "page.pdf";
        }
        String lower = type.toLowerCase(Locale.ROOT);
        if (lower.startsWith("text/plain")) {
            return "page.txt";
        }
        if (!lower.isBlank()) {
            return "page.html";
        }
        String start =
                new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return start.contains("<html") || start.contains("<!doctype html") || start.contains("<body")
                ? "page.html"
                : "page.txt";
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }
}
