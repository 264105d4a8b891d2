package org.briefingpack.render.pdf;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfFileSpecification;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.GregorianCalendar;

/**
 * Makes the briefing a PDF/A-3b file ({@code briefing.pdf.archive=true}), added to the writer just before it
 * closes: an sRGB output intent (the profile Java ships), XMP metadata that repeats the document information
 * (title, author, subject, keywords, creator, producer, dates) and names the level, {@code facts.json} embedded as
 * an associated file ({@code /AF}, relationship {@code Data}) so the PDF carries the data it shows, and the
 * print flag on every annotation. The fonts are embedded already (the template's own TrueType fonts); veraPDF
 * checks the result in the tests. Why level 3: PDF/A-1 and PDF/A-2 do not allow a JSON file embedded.
 */
final class ArchivalPdf {

    static final String PART = "3";
    static final String CONFORMANCE = "B";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private ArchivalPdf() {}

    /** Before the document opens: PDF 1.7, the base of PDF/A-3. */
    static void beforeOpen(PdfWriter writer) {
        writer.setPdfVersion(PdfWriter.VERSION_1_7);
    }

    /**
     * Before the document closes, once the document information is complete.
     *
     * @param facts the document's {@code facts.json}, or null to embed none
     */
    static void beforeClose(PdfWriter writer, Instant generatedAt, byte[] facts) {
        try {
            outputIntent(writer);
            if (facts != null) {
                embedFacts(writer, facts, generatedAt);
            }
            writer.setXmpMetadata(xmp(writer.getInfo(), generatedAt));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the archival parts of the PDF", e);
        }
    }

    private static void outputIntent(PdfWriter writer) throws IOException {
        PdfStream profile =
                new PdfStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        profile.put(PdfName.N, new PdfNumber(3));
        profile.flateCompress();
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SRGB));
        intent.put(PdfName.INFO, new PdfString(SRGB));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    private static void embedFacts(PdfWriter writer, byte[] facts, Instant generatedAt) throws IOException {
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.MODDATE, new PdfDate(GregorianCalendar.from(generatedAt.atZone(ZoneOffset.UTC))));
        params.put(PdfName.SIZE, new PdfNumber(facts.length));
        PdfFileSpecification spec = PdfFileSpecification.fileEmbedded(
                writer, null, "facts.json", facts, "application/json", params, PdfStream.BEST_COMPRESSION);
        spec.setUnicodeFileName("facts.json", true);
        spec.addDescription("The facts this briefing shows (schema briefing-facts/1)", true);
        spec.put(new PdfName("AFRelationship"), new PdfName("Data"));
        writer.addFileAttachment("facts.json", spec);
        writer.getExtraCatalog().put(PdfName.AF, new PdfArray(spec.getReference()));
    }

    /** XMP that says what the document information says, and the PDF/A level. */
    static byte[] xmp(PdfDictionary info, Instant generatedAt) {
        String date = XMP_DATE.format(generatedAt.atOffset(ZoneOffset.UTC));
        StringBuilder x = new StringBuilder();
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("<rdf:Description rdf:about=\"\"")
                .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
                .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("<pdfaid:part>" + PART + "</pdfaid:part>\n")
                .append("<pdfaid:conformance>" + CONFORMANCE + "</pdfaid:conformance>\n");
        element(x, "dc:title", "<rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt>", info, PdfName.TITLE);
        element(x, "dc:creator", "<rdf:Seq><rdf:li>%s</rdf:li></rdf:Seq>", info, PdfName.AUTHOR);
        element(
                x,
                "dc:description",
                "<rdf:Alt><rdf:li xml:lang=\"x-default\">%s</rdf:li></rdf:Alt>",
                info,
                PdfName.SUBJECT);
        element(x, "pdf:Keywords", "%s", info, PdfName.KEYWORDS);
        element(x, "pdf:Producer", "%s", info, PdfName.PRODUCER);
        element(x, "xmp:CreatorTool", "%s", info, PdfName.CREATOR);
        x.append("<xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
        x.append("<xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
        x.append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n");
        // room for an editor to rewrite the packet in place, as the XMP specification suggests
        x.append((" ".repeat(99) + "\n").repeat(20));
        x.append("<?xpacket end=\"w\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code <name>value</name>} with the information entry's text in {@code shape}, when the entry is there. */
    private static void element(StringBuilder x, String name, String shape, PdfDictionary info, PdfName key) {
        String value = text(info, key);
        if (value != null) {
            x.append('<').append(name).append('>');
            x.append(shape.replace("%s", escape(value)));
            x.append("</").append(name).append(">\n");
        }
    }

    private static String text(PdfDictionary info, PdfName key) {
        PdfObject value = info.get(key);
        return value instanceof PdfString s ? s.toUnicodeString() : null;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
