package org.briefingpack.ingest;

import java.util.Collections;
import java.util.List;

/**
 * One input document as a reader sees it.
 *
 * @param id        file name without extension (sanitised later for output folder names)
 * @param fileName  the file name as found in the input folder
 * @param format    how the bytes were read
 * @param sha256    hex SHA-256 of the raw bytes
 * @param encoding  the character set the bytes were decoded with (a guess for plain text; for PDF and
 *                  DOCX the format itself, as their text is not decoded from a character set)
 * @param text      the normalised text a reader sees (markup removed, entities decoded);
 *                  evidence quotes and figure texts are cut from it
 * @param markupLinks link targets found in markup ({@code <a href>}, Markdown links), in order
 * @param warnings  things the reader noticed but could work around (bad bytes, guessed encoding)
 * @param pageStarts for documents with pages (PDF): the offset in {@code text} where each page's text
 *                  begins, page 1 first (ascending); empty for documents without pages
 */
public record SourceDocument(
        String id,
        String fileName,
        DocumentFormat format,
        String sha256,
        String encoding,
        String text,
        List<String> markupLinks,
        List<String> warnings,
        List<Integer> pageStarts) {

    public SourceDocument {
        markupLinks = markupLinks == null ? List.of() : List.copyOf(markupLinks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        pageStarts = pageStarts == null ? List.of() : List.copyOf(pageStarts);
    }

    /** A document without pages. */
    public SourceDocument(
            String id,
            String fileName,
            DocumentFormat format,
            String sha256,
            String encoding,
            String text,
            List<String> markupLinks,
            List<String> warnings) {
        this(id, fileName, format, sha256, encoding, text, markupLinks, warnings, List.of());
    }

    /** The 1-based page that the text at {@code offset} stands on, or 0 for a document without pages. */
    public int pageAt(int offset) {
        if (pageStarts.isEmpty() || offset < 0) {
            return 0;
        }
        int at = Collections.binarySearch(pageStarts, offset);
        int page = at >= 0 ? at + 1 : -at - 1;
        // several empty pages may start at the same offset: the text there stands on the last of them
        while (at >= 0 && page < pageStarts.size() && pageStarts.get(page) == offset) {
            page++;
        }
        return Math.max(page, 1);
    }
}
