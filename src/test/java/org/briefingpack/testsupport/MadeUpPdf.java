package org.briefingpack.testsupport;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.MultiColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays a plain-text write-up out as a PDF with OpenPDF, the way a publisher might: the first block is the
 * title, a short line without closing punctuation a heading, a block of {@code a | b} lines a table, a block
 * of numbered lines one paragraph per item, anything else a paragraph. Three layouts: two columns under a
 * full-width title; small pages with a running header and a page-numbered footer on every page; one column
 * with real table cells.
 */
public final class MadeUpPdf {

    /** How the write-up is laid out. */
    public enum Layout {
        TWO_COLUMNS,
        RUNNING_HEADERS,
        TABLE
    }

    public static final String RUNNING_HEADER = "Harbour Affairs Weekly · Special Briefing";
    public static final String RUNNING_FOOTER = "Confidential: for the ministry only";

    private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}\\.\\s.*");
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font CELL_HEAD = new Font(Font.HELVETICA, 10, Font.BOLD);

    private MadeUpPdf() {}

    public static Path write(String text, Layout layout, Path out) throws IOException {
        Rectangle size = switch (layout) {
            case TWO_COLUMNS -> new Rectangle(595, 340);
            case RUNNING_HEADERS -> new Rectangle(280, 320);
            case TABLE -> PageSize.A4;
        };
        float margin = layout == Layout.RUNNING_HEADERS ? 30 : 36;
        Document document = new Document(size, margin, margin, margin + 12, margin + 12);
        try (OutputStream stream = Files.newOutputStream(out)) {
            PdfWriter writer = PdfWriter.getInstance(document, stream);
            if (layout == Layout.RUNNING_HEADERS) {
                writer.setPageEvent(new RunningLines());
            }
            document.open();
            List<String> blocks = List.of(text.strip().split("\n\\s*\n"));
            document.add(paragraph(blocks.get(0), TITLE, 8));
            List<Element> body = new ArrayList<>();
            for (String block : blocks.subList(1, blocks.size())) {
                body.addAll(elements(block.strip()));
            }
            if (layout == Layout.TWO_COLUMNS) {
                MultiColumnText columns = new MultiColumnText();
                columns.addRegularColumns(document.left(), document.right(), 24f, 2);
                for (Element e : body) {
                    columns.addElement(e);
                }
                document.add(columns);
            } else {
                for (Element e : body) {
                    document.add(e);
                }
            }
            document.close();
        }
        return out;
    }

    private static List<Element> elements(String block) {
        List<String> lines = List.of(block.split("\n"));
        List<Element> out = new ArrayList<>();
        if (lines.stream().allMatch(l -> l.contains(" | "))) {
            PdfPTable table = new PdfPTable(lines.get(0).split(" \\| ").length);
            table.setWidthPercentage(80);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.setSpacingBefore(6);
            table.setSpacingAfter(6);
            for (int r = 0; r < lines.size(); r++) {
                for (String cell : lines.get(r).split(" \\| ")) {
                    PdfPCell c = new PdfPCell(new Phrase(cell.strip(), r == 0 ? CELL_HEAD : BODY));
                    c.setPadding(4);
                    table.addCell(c);
                }
            }
            out.add(table);
        } else if (lines.size() == 1
                && lines.get(0).length() <= 60
                && !lines.get(0).matches(".*[.:;,!?]$")) {
            out.add(paragraph(lines.get(0), HEADING, 4));
        } else if (lines.stream().allMatch(l -> NUMBERED.matcher(l).matches())) {
            for (String line : lines) {
                Paragraph item = paragraph(line, BODY, 2);
                item.setIndentationLeft(12);
                out.add(item);
            }
        } else {
            out.add(paragraph(String.join(" ", lines), BODY, 6));
        }
        return out;
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph p = new Paragraph(font.getSize() * 1.25f, text, font);
        p.setSpacingAfter(after);
        return p;
    }

    /** The same header and footer on every page, the footer with the page number. */
    private static final class RunningLines extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Rectangle page = document.getPageSize();
            Font small = new Font(Font.HELVETICA, 7, Font.NORMAL);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_LEFT,
                    new Phrase(RUNNING_HEADER, small),
                    document.left(),
                    page.getHeight() - 18,
                    0);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_LEFT,
                    new Phrase(RUNNING_FOOTER, small),
                    document.left(),
                    14,
                    0);
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_RIGHT,
                    new Phrase("Page " + writer.getPageNumber(), small),
                    document.right(),
                    14,
                    0);
        }
    }
}
