package org.briefingpack.render.pdf;

import java.time.Instant;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the PDF briefing is made ({@code briefing.pdf.*}).
 *
 * @param pageSize       A4 or Letter
 * @param classification line printed on the cover ("OFFICIAL", "Internal"), none when blank
 * @param author         document metadata author
 * @param language       document language (BCP 47)
 * @param fixedTimestamp when set, the generation time printed and stored, for byte-identical output
 * @param archive        write PDF/A-3b: fonts embedded, an sRGB output intent, XMP metadata matching the document
 *                       information, and {@code facts.json} embedded as the briefing's data ({@link ArchivalPdf})
 */
public record PdfSettings(
        @DefaultValue("A4") String pageSize,
        @DefaultValue("") String classification,
        @DefaultValue("briefing-pack") String author,
        @DefaultValue("en") String language,
        Instant fixedTimestamp,
        @DefaultValue("false") boolean archive) {}
