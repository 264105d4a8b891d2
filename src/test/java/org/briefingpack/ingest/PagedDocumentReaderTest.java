package org.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDF and Word files the reader must read or refuse, each made here (PDFBox draws the PDFs line by line, so
 * every position is known): the format told by the first bytes, hyphenated words joined, headings and
 * numbered paragraphs kept apart, and each refusal with its own reason.
 */
class PagedDocumentReaderTest {

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    /** Where every full line of the test pages ends. */
    private static final float RIGHT = 500;

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    /** A line drawn at a height (from the top), in a size, bold or not; {@code full} lines end at {@link #RIGHT}. */
    record Drawn(float top, float size, boolean bold, boolean full, String text) {}

    private Path pdf(String name, List<List<Drawn>> pages) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            for (List<Drawn> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    for (Drawn line : lines) {
                        PDType1Font font = line.bold() ? BOLD : REGULAR;
                        float width = font.getStringWidth(line.text()) / 1000 * line.size();
                        content.beginText();
                        content.setFont(font, line.size());
                        content.newLineAtOffset(
                                line.full() ? RIGHT - width : 72, PDRectangle.A4.getHeight() - line.top());
                        content.showText(line.text());
                        content.endText();
                    }
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static Drawn full(float top, String text) {
        return new Drawn(top, 10, false, true, text);
    }

    private static Drawn last(float top, String text) {
        return new Drawn(top, 10, false, false, text);
    }

    @Test
    void pdf_joinsWrappedLines_andWordsBrokenAtAHyphen() throws IOException {
        Path file = pdf(
                "hyphens.pdf",
                List.of(List.of(
                        full(100, "The delegations held long and difficult nego-"),
                        full(112, "tiations on the fund for general-"),
                        last(124, "purpose grants, whose general purpose was clear."))));

        assertThat(reader.read(file).text())
                .isEqualTo("The delegations held long and difficult negotiations on the fund for general-purpose"
                        + " grants, whose general purpose was clear.");
    }

    @Test
    void pdf_keepsHeadingsByFontSizeAndWeight_andNumberedParagraphsApart() throws IOException {
        Path file = pdf(
                "structure.pdf",
                List.of(List.of(
                        new Drawn(80, 16, true, false, "Outcomes of the meeting"),
                        full(110, "The ministers agreed on three points, which the chair read out at the"),
                        last(122, "closing session:"),
                        last(134, "(a) a fund for harbours;"),
                        last(146, "(b) a register of cables;"),
                        new Drawn(170, 10, true, false, "Positions"),
                        last(190, "Norway opposed the deadline."))));

        assertThat(reader.read(file).text())
                .isEqualTo("Outcomes of the meeting\n\n"
                        + "The ministers agreed on three points, which the chair read out at the closing session:\n"
                        + "(a) a fund for harbours;\n"
                        + "(b) a register of cables;\n\n"
                        + "Positions\n\n"
                        + "Norway opposed the deadline.");
    }

    @Test
    void pdf_recordsWhereEachPageBegins_andAParagraphGoesOnAcrossThePageBreak() throws IOException {
        Path file = pdf(
                "pages.pdf",
                List.of(
                        List.of(last(100, "First page."), full(700, "The summit closed with a declaration that")),
                        List.of(
                                last(100, "every delegation signed."),
                                full(126, "Second paragraph, which runs on over two lines of the page as"),
                                last(138, "paragraphs do."))));

        SourceDocument doc = reader.read(file);

        assertThat(doc.text())
                .isEqualTo("First page.\n\nThe summit closed with a declaration that every delegation signed.\n\n"
                        + "Second paragraph, which runs on over two lines of the page as paragraphs do.");
        assertThat(doc.pageStarts()).containsExactly(0, doc.text().indexOf("every"));
        assertThat(doc.pageAt(doc.text().indexOf("The summit"))).isEqualTo(1);
        assertThat(doc.pageAt(doc.text().indexOf("Second"))).isEqualTo(2);
    }

    @Test
    void pdfNamedTxt_isReadAsPdf() throws IOException {
        Path pdf = pdf("x.pdf", List.of(List.of(last(100, "Ministers met in Gdansk."))));
        Path named = Files.move(pdf, dir.resolve("notes.txt"));

        SourceDocument doc = reader.read(named);

        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.text()).isEqualTo("Ministers met in Gdansk.");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w).contains("read as PDF by its content"));
        assertThat(DocumentFormat.of(named)).contains(DocumentFormat.PDF);
    }

    @Test
    void scannedPdf_isRefused_noTextLayer() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            BufferedImage scan = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scan.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.setColor(Color.BLACK);
            g.drawString("Ministers met in Gdansk.", 10, 50);
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 72, 500, 400, 200);
            }
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("scan.pdf: no text layer: scanned pages are not read (no OCR)");
    }

    @Test
    void encryptedPdf_isRefused_butOneThatOpensWithoutAPasswordIsRead() throws IOException {
        Path locked = pdf("locked.pdf", List.of(List.of(last(100, "Secret minutes."))));
        Path open = pdf("open.pdf", List.of(List.of(last(100, "Open minutes."))));
        protect(locked, "user-secret");
        protect(open, "");

        assertThatThrownBy(() -> reader.read(locked))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("locked.pdf: encrypted: the PDF needs a password to open, and only unprotected PDFs"
                        + " are read");
        assertThat(reader.read(open).text()).isEqualTo("Open minutes.");
    }

    private static void protect(Path file, String userPassword) throws IOException {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy =
                    new StandardProtectionPolicy("owner-secret", userPassword, new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
    }

    @Test
    void corruptPdf_isRefused() throws IOException {
        Path file = Files.write(
                dir.resolve("broken.pdf"),
                ("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> garbage garbage\n")
                        .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("broken.pdf: corrupt PDF (");
    }

    @Test
    void pdfOverThePageLimit_isRefused() throws IOException {
        Path file = dir.resolve("long.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2000; i++) {
                doc.addPage(new PDPage(PDRectangle.A4));
            }
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> new DocumentReader(
                                DocumentReader.DEFAULT_MAX_BYTES, DocumentReader.DEFAULT_MAX_PAGED_BYTES, 1000)
                        .read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("long.pdf: too many pages (2000; the limit is 1000, briefing.max-pages)");
    }

    @Test
    void docxThatIsNoZip_isRefusedAsSuch() throws IOException {
        Path text = Files.writeString(dir.resolve("draft.docx"), "Ministers met in Gdansk.");
        Path ole = Files.write(
                dir.resolve("old.docx"),
                new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, 0, 0, 0});

        assertThatThrownBy(() -> reader.read(text))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("draft.docx: not a Word document: a .docx file is a ZIP package, and this file is not one");
        assertThatThrownBy(() -> reader.read(ole))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("old.docx: not a .docx: an encrypted Word document or an old binary .doc (only .docx"
                        + " is read)");
    }

    @Test
    void docxZipWithoutADocument_isRefusedAsCorrupt() throws IOException {
        Path file = dir.resolve("empty.docx");
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("empty.docx: corrupt Word document (");
    }
}
