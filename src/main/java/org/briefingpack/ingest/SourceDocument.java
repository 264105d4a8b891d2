package org.briefingpack.ingest;

import java.util.List;

/**
 * One input document as a reader sees it.
 *
 * @param id        file name without extension (sanitised later for output folder names)
 * @param fileName  the file name as found in the input folder
 * @param format    how the bytes were read
 * @param sha256    hex SHA-256 of the raw bytes
 * @param encoding  the character set the bytes were decoded with (a guess for plain text)
 * @param text      the normalised text a reader sees (markup removed, entities decoded);
 *                  evidence quotes and figure texts are cut from it
 * @param markupLinks link targets found in markup ({@code <a href>}, Markdown links), in order
 * @param warnings  things the reader noticed but could work around (bad bytes, guessed encoding)
 */
public record SourceDocument(
        String id,
        String fileName,
        DocumentFormat format,
        String sha256,
        String encoding,
        String text,
        List<String> markupLinks,
        List<String> warnings) {

    public SourceDocument {
        markupLinks = markupLinks == null ? List.of() : List.copyOf(markupLinks);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
