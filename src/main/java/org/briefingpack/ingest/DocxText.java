package org.briefingpack.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The text of a Word document (.docx) through POI's XWPF, in the form the sentence splitter reads plain text
 * in: a heading (a "Heading n" or "Title" style, or an outline level) is a block of its own; a paragraph with
 * space after it (or before the next) ends its block, one without continues it on a new line, as lines of a
 * text file do; a numbered or bulleted paragraph starts with its number as Word shows it ("1.", "(a)", "•");
 * a table reads row by row, cells between {@code |}; footnotes follow the body. Tracked changes read as
 * accepted (insertions kept, deletions and moved-away text dropped); comments, field codes and the
 * headers and footers of the pages are left out. Link targets go to the links, in order.
 */
final class DocxText {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern HYPERLINK_FIELD = Pattern.compile("^\\s*HYPERLINK\\s+\"([^\"]+)\"");
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** @throws UnreadableDocumentException when the package is encrypted, corrupt or not a Word document */
    MarkupText read(byte[] bytes, String fileName) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Reading reading = new Reading(doc);
            reading.body(doc.getBodyElements());
            reading.footnotes(doc.getFootnotes());
            return new MarkupText(reading.out.toString(), reading.links);
        } catch (EncryptedDocumentException | OLE2NotOfficeXmlFileException e) {
            throw new UnreadableDocumentException(fileName, "encrypted: the Word document needs a password to open", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException(
                    fileName,
                    "corrupt Word document (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    e);
        }
    }

    private static final class Reading {
        final XWPFDocument doc;
        final StringBuilder out = new StringBuilder();
        final List<String> links = new ArrayList<>();
        final Map<BigInteger, int[]> counters = new HashMap<>();
        /** Whether the last paragraph written asked for space after it (or was a heading, table or blank). */
        boolean spaceAfter = true;

        Reading(XWPFDocument doc) {
            this.doc = doc;
        }

        void body(List<IBodyElement> elements) {
            for (IBodyElement element : elements) {
                if (element instanceof XWPFParagraph p) {
                    paragraph(p);
                } else if (element instanceof XWPFTable t) {
                    table(t);
                } else if (element instanceof XWPFSDT sdt) {
                    block(sdt.getContent().getText());
                }
            }
        }

        void footnotes(List<XWPFFootnote> notes) {
            for (XWPFFootnote note : notes) {
                Node node = note.getCTFtnEdn().getDomNode();
                String type = node instanceof Element e ? e.getAttributeNS(W, "type") : "";
                if (!type.isEmpty() && !type.equals("normal")) {
                    continue; // separators
                }
                StringBuilder text = new StringBuilder();
                for (XWPFParagraph p : note.getParagraphs()) {
                    text.append(text(p)).append(' ');
                }
                block(text.toString());
            }
        }

        private void paragraph(XWPFParagraph p) {
            String text = text(p);
            if (text.isBlank()) {
                spaceAfter = true; // an empty paragraph is a blank line
                return;
            }
            if (heading(p)) {
                block(text);
                return;
            }
            String marker = marker(p);
            out.append(out.length() == 0 ? "" : spaceAfter || spacing(p, "before") ? "\n\n" : "\n");
            out.append(marker).append(text);
            spaceAfter = spacing(p, "after");
        }

        private void table(XWPFTable table) {
            out.append("\n\n");
            for (XWPFTableRow row : table.getRows()) {
                StringBuilder line = new StringBuilder();
                for (XWPFTableCell cell : row.getTableCells()) {
                    StringBuilder cellText = new StringBuilder();
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        cellText.append(text(p)).append(' ');
                    }
                    for (XWPFTable inner : cell.getTables()) {
                        cellText.append(inner.getText()).append(' ');
                    }
                    if (line.length() > 0) {
                        line.append(" | ");
                    }
                    line.append(cellText.toString().replaceAll("\\s+", " ").strip());
                }
                if (!line.toString().replace("|", "").isBlank()) {
                    out.append(line).append('\n');
                }
            }
            out.append('\n');
            spaceAfter = true;
        }

        private void block(String text) {
            if (text.isBlank()) {
                return;
            }
            out.append(out.length() == 0 ? "" : "\n\n").append(text.strip());
            spaceAfter = true;
        }

        /** A paragraph's text: runs and insertions, without deletions, field codes or comment marks. */
        private String text(XWPFParagraph p) {
            StringBuilder text = new StringBuilder();
            collect(p.getCTP().getDomNode(), text);
            return text.toString();
        }

        private void collect(Node node, StringBuilder text) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (!(child instanceof Element e) || !W.equals(e.getNamespaceURI())) {
                    continue;
                }
                switch (e.getLocalName()) {
                    case "t" -> textOf(e, text);
                    case "tab", "ptab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    case "noBreakHyphen" -> text.append('-');
                    case "instrText" -> fieldLink(e);
                    case "del",
                            "moveFrom",
                            "delText",
                            "delInstrText",
                            "pPr",
                            "rPr",
                            "commentReference",
                            "footnoteReference",
                            "endnoteReference",
                            "fldData" -> {
                        // deleted text, field codes, properties and reference marks are not read
                    }
                    case "hyperlink" -> {
                        String id = e.getAttributeNS(R, "id");
                        if (!id.isEmpty()) {
                            XWPFHyperlink link = doc.getHyperlinkByID(id);
                            if (link != null && link.getURL() != null && MarkdownText.isWebAddress(link.getURL())) {
                                links.add(link.getURL());
                            }
                        }
                        collect(e, text);
                    }
                    default -> collect(e, text);
                }
            }
        }

        /** A field code {@code HYPERLINK "https://…"} (how LibreOffice writes a link) names a link target. */
        private void fieldLink(Element e) {
            StringBuilder code = new StringBuilder();
            textOf(e, code);
            Matcher m = HYPERLINK_FIELD.matcher(code);
            if (m.find() && MarkdownText.isWebAddress(m.group(1))) {
                links.add(m.group(1));
            }
        }

        /** The characters of a {@code w:t} (XMLBeans' DOM has no {@code getTextContent}). */
        private static void textOf(Element e, StringBuilder text) {
            for (Node child = e.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                    text.append(child.getNodeValue());
                }
            }
        }

        private boolean heading(XWPFParagraph p) {
            String styleId = p.getStyle();
            for (int depth = 0; styleId != null && depth < 10; depth++) {
                XWPFStyle style =
                        doc.getStyles() == null ? null : doc.getStyles().getStyle(styleId);
                if (style == null) {
                    break;
                }
                String name = style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
                if (name.startsWith("heading") || name.equals("title") || name.equals("subtitle")) {
                    return true;
                }
                if (outlineLevel(style.getCTStyle().getDomNode())) {
                    return true;
                }
                styleId = basedOn(style);
            }
            return outlineLevel(p.getCTP().getDomNode());
        }

        private static String basedOn(XWPFStyle style) {
            Element based = child(style.getCTStyle().getDomNode(), "basedOn");
            return based == null ? null : based.getAttributeNS(W, "val");
        }

        private static boolean outlineLevel(Node owner) {
            Element level = child(child(owner, "pPr"), "outlineLvl");
            if (level == null) {
                return false;
            }
            String value = level.getAttributeNS(W, "val");
            return !value.isEmpty() && !value.equals("9");
        }

        /** Whether the paragraph, or else its style (and the styles it is based on), sets space before or after. */
        private boolean spacing(XWPFParagraph p, String side) {
            Boolean direct = spacing(p.getCTP().getDomNode(), side);
            if (direct != null) {
                return direct;
            }
            String styleId = p.getStyle();
            for (int depth = 0; styleId != null && depth < 10 && doc.getStyles() != null; depth++) {
                XWPFStyle style = doc.getStyles().getStyle(styleId);
                if (style == null) {
                    break;
                }
                Boolean set = spacing(style.getCTStyle().getDomNode(), side);
                if (set != null) {
                    return set;
                }
                styleId = basedOn(style);
            }
            return false;
        }

        private static Boolean spacing(Node owner, String side) {
            Element spacing = child(child(owner, "pPr"), "spacing");
            if (spacing == null || !spacing.hasAttributeNS(W, side)) {
                return null;
            }
            try {
                return Integer.parseInt(spacing.getAttributeNS(W, side)) > 0;
            } catch (NumberFormatException e) {
                return null;
            }
        }

        private static Element child(Node parent, String localName) {
            if (parent == null) {
                return null;
            }
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element e && W.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                    return e;
                }
            }
            return null;
        }

        /** The number or bullet Word shows before a list paragraph ("1. ", "(a) ", "• "), or "". */
        private String marker(XWPFParagraph p) {
            BigInteger numId = p.getNumID();
            if (numId == null || BigInteger.ZERO.equals(numId)) {
                return "";
            }
            String format = p.getNumFmt();
            int level = p.getNumIlvl() == null ? 0 : Math.min(p.getNumIlvl().intValue(), 8);
            int[] counts = counters.computeIfAbsent(numId, k -> new int[9]);
            counts[level]++;
            for (int deeper = level + 1; deeper < counts.length; deeper++) {
                counts[deeper] = 0;
            }
            if (format == null || format.equals("bullet") || format.equals("none")) {
                return "• ";
            }
            String pattern = p.getNumLevelText();
            if (pattern == null || pattern.isBlank()) {
                pattern = "%" + (level + 1) + ".";
            }
            StringBuilder marker = new StringBuilder(pattern);
            for (int l = 0; l <= level; l++) {
                String token = "%" + (l + 1);
                int at = marker.indexOf(token);
                if (at >= 0) {
                    marker.replace(
                            at, at + token.length(), number(Math.max(counts[l], 1), l == level ? format : "decimal"));
                }
            }
            return marker.toString().strip() + " ";
        }

        private static String number(int n, String format) {
            return switch (format) {
                case "lowerLetter" -> letters(n);
                case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
                case "lowerRoman" -> roman(n);
                case "upperRoman" -> roman(n).toUpperCase(Locale.ROOT);
                default -> Integer.toString(n);
            };
        }

        private static String letters(int n) {
            StringBuilder s = new StringBuilder();
            int k = n;
            while (k > 0) {
                k--;
                s.insert(0, (char) ('a' + k % 26));
                k /= 26;
            }
            return s.toString();
        }

        private static String roman(int n) {
            int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
            String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
            StringBuilder s = new StringBuilder();
            int k = Math.min(n, 3999);
            for (int i = 0; i < values.length; i++) {
                while (k >= values[i]) {
                    s.append(digits[i]);
                    k -= values[i];
                }
            }
            return s.toString();
        }
    }
}
