package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xhtmlrenderer.resource.XMLResource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

class XhtmlParserTest {

    @TempDir
    Path out;

    static List<String> fixtureIds() {
        return PdfFixtures.fixtureIds();
    }

    @ParameterizedTest
    @MethodSource("fixtureIds")
    void parse_ofTheShippedTemplatesOutput_givesTheTreeFlyingSaucersLoaderGives(String id) throws Exception {
        String xhtml = shippedTemplateOutput(id);

        Document ours = new XhtmlParser().parse(xhtml);
        Document flyingSaucers =
                XMLResource.load(new InputSource(new StringReader(xhtml))).getDocument();

        assertThat(ours.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/1999/xhtml");
        // Flying Saucer's loader drops the blanks between a table's rows, as its DTD declares them element-only;
        // layout ignores them either way (the PDFs of the development corpus are byte-identical).
        assertThat(withoutBlanks(ours.getDocumentElement())
                        .isEqualNode(withoutBlanks(flyingSaucers.getDocumentElement())))
                .as("same elements, attributes and text")
                .isTrue();
    }

    @Test
    void parse_ofAMalformedText_throws() {
        assertThatThrownBy(() -> new XhtmlParser().parse("<html><body><p>open<br></body></html>"))
                .isInstanceOf(SAXParseException.class);
    }

    /** The shipped template filled in for a fixture, as the HTML twin of its PDF writes it. */
    private String shippedTemplateOutput(String id) throws IOException {
        new PdfBriefingRenderer(PdfFixtures.settings(), null)
                .render(PdfFixtures.facts(id), List.of(), out, PdfFixtures.GENERATED_AT);
        return Files.readString(out.resolve("briefing.html"));
    }

    private static Node withoutBlanks(Node node) {
        Node copy = node.cloneNode(true);
        removeBlanks(copy);
        return copy;
    }

    private static void removeBlanks(Node node) {
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                node.removeChild(child);
            } else {
                removeBlanks(child);
            }
            child = next;
        }
    }

    @ParameterizedTest
    @MethodSource("fixtureIds")
    void parse_ofOneTextTwiceOnOneThread_givesEqualTrees(String id) throws Exception {
        String xhtml = shippedTemplateOutput(id);
        XhtmlParser parser = new XhtmlParser();
        assertThat(parser.parse(xhtml).isEqualNode(parser.parse(xhtml))).isTrue();
    }
}
