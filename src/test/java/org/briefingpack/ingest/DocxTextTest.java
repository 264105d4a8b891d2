package org.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word document written part by part here (WordprocessingML as Word writes it): heading styles, a numbered
 * and a bulleted list, a table, a footnote, tracked changes and a comment, read as a reader of the document
 * with all changes accepted sees it.
 */
class DocxTextTest {

    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    @TempDir
    Path dir;

    @Test
    void docx_readsHeadingsListsTablesAndFootnotes_changesAccepted_commentsIgnored() throws IOException {
        String body = p("Title", run("Baltic Harbours Summit"))
                + p(null, run("Ministers met in Gdansk on 14 April 2026."))
                + p("Heading1", run("Outcomes"))
                + p(
                        null,
                        run("The delegations adopted the Gdansk Harbour Declaration")
                                + "<w:ins w:id=\"1\" w:author=\"Editor\"><w:r><w:t xml:space=\"preserve\"> unanimously</w:t>"
                                + "</w:r></w:ins>"
                                + "<w:del w:id=\"2\" w:author=\"Editor\"><w:r><w:delText> after a vote</w:delText></w:r></w:del>"
                                + "<w:commentRangeStart w:id=\"0\"/>" + run(".")
                                + "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"
                                + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>")
                + numbered(1, run("shore power for every ferry berth;"))
                + numbered(1, run("a register of undersea cables."))
                + numbered(2, run("Sweden pledged €40 million."))
                + "<w:tbl>" + row("Donor", "Pledge") + row("Sweden", "€40 million") + row("Finland", "€12 million")
                + "</w:tbl>"
                + p(
                        null,
                        "<w:hyperlink r:id=\"rIdLink\">" + run("The declaration") + "</w:hyperlink>"
                                + run(" is online."));

        SourceDocument doc = new DocumentReader().read(docx("summit.docx", body));

        assertThat(doc.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(doc.text())
                .isEqualTo("Baltic Harbours Summit\n\n"
                        + "Ministers met in Gdansk on 14 April 2026.\n\n"
                        + "Outcomes\n\n"
                        + "The delegations adopted the Gdansk Harbour Declaration unanimously.\n"
                        + "1. shore power for every ferry berth;\n"
                        + "2. a register of undersea cables.\n"
                        + "• Sweden pledged €40 million.\n\n"
                        + "Donor | Pledge\nSweden | €40 million\nFinland | €12 million\n\n"
                        + "The declaration is online.\n\n"
                        + "Adopted at the closing plenary.");
        assertThat(doc.text()).doesNotContain("after a vote", "Check this claim");
        assertThat(doc.markupLinks()).containsExactly("https://www.example.org/declaration");
        assertThat(doc.pageStarts()).isEmpty();
    }

    private static String run(String text) {
        return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String p(String style, String runs) {
        String props = style == null ? "" : "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
        return "<w:p>" + props + runs + "</w:p>";
    }

    private static String numbered(int numId, String runs) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"" + numId + "\"/></w:numPr></w:pPr>" + runs
                + "</w:p>";
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("<w:tr>");
        for (String cell : cells) {
            row.append("<w:tc>").append(p(null, run(cell))).append("</w:tc>");
        }
        return row.append("</w:tr>").toString();
    }

    private Path docx(String name, String body) throws IOException {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + override("document", "document.main")
                        + override("styles", "styles")
                        + override("numbering", "numbering")
                        + override("footnotes", "footnotes")
                        + override("comments", "comments")
                        + "</Types>");
        parts.put(
                "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
        parts.put(
                "word/_rels/document.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + rel("rIdStyles", "styles", "styles.xml")
                        + rel("rIdNumbering", "numbering", "numbering.xml")
                        + rel("rIdFootnotes", "footnotes", "footnotes.xml")
                        + rel("rIdComments", "comments", "comments.xml")
                        + "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/hyperlink\" Target=\"https://www.example.org/declaration\""
                        + " TargetMode=\"External\"/></Relationships>");
        parts.put("word/document.xml", "<w:document " + NS + "><w:body>" + body + "</w:body></w:document>");
        parts.put(
                "word/styles.xml",
                "<w:styles " + NS + ">" + style("Title", "Title") + style("Heading1", "heading 1") + "</w:styles>");
        parts.put(
                "word/numbering.xml",
                "<w:numbering " + NS + ">"
                        + "<w:abstractNum w:abstractNumId=\"10\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
                        + "<w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
                        + "<w:abstractNum w:abstractNumId=\"20\"><w:lvl w:ilvl=\"0\">"
                        + "<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/></w:lvl></w:abstractNum>"
                        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
                        + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"20\"/></w:num>"
                        + "</w:numbering>");
        parts.put(
                "word/footnotes.xml",
                "<w:footnotes " + NS + ">"
                        + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
                        + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/>"
                        + "</w:r></w:p></w:footnote>"
                        + "<w:footnote w:id=\"1\">" + p(null, run("Adopted at the closing plenary.")) + "</w:footnote>"
                        + "</w:footnotes>");
        parts.put(
                "word/comments.xml",
                "<w:comments " + NS + "><w:comment w:id=\"0\" w:author=\"Reviewer\">" + p(null, run("Check this claim"))
                        + "</w:comment></w:comments>");
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + part.getValue())
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"/word/" + part + ".xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.wordprocessingml." + type + "+xml\"/>";
    }

    private static String rel(String id, String type, String target) {
        return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/" + type + "\" Target=\"" + target + "\"/>";
    }

    private static String style(String id, String name) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/></w:style>";
    }
}
