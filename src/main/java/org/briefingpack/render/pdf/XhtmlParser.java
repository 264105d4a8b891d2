package org.briefingpack.render.pdf;

import java.io.IOException;
import java.io.StringReader;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xhtmlrenderer.resource.XMLResource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Parses the filled-in template into the DOM Flying Saucer lays out. Flying Saucer's own loader answers
 * {@code <!DOCTYPE html>} with a DTD of HTML's named entities, which its parser reads again for every document:
 * about 8% of a 1,000-document run's CPU (docs/performance.md). The template's output needs none of it (Thymeleaf
 * writes only XML's own entities), so it goes through the JDK's parser with no DTD; a user's template that writes
 * a named entity such as {@code &nbsp;} still goes through Flying Saucer's loader, which knows them.
 *
 * <p>Thread-safe: each thread keeps its own {@link DocumentBuilder}, reset after every parse.
 */
final class XhtmlParser {

    /** A reference to an entity other than XML's five and character references. */
    private static final Pattern NAMED_ENTITY = Pattern.compile("&(?!(?:amp|lt|gt|quot|apos);|#)[A-Za-z]");

    private final ThreadLocal<DocumentBuilder> builders = ThreadLocal.withInitial(XhtmlParser::newBuilder);

    Document parse(String xhtml) throws IOException, SAXException {
        if (NAMED_ENTITY.matcher(xhtml).find()) {
            return XMLResource.load(new InputSource(new StringReader(xhtml))).getDocument();
        }
        DocumentBuilder builder = builders.get();
        try {
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } finally {
            builder.reset();
        }
    }

    private static DocumentBuilder newBuilder() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true); // as Flying Saucer's loader: the XHTML namespace names the elements
        factory.setValidating(false);
        factory.setExpandEntityReferences(true);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null); // errors are thrown, not printed to stderr
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be configured: " + e.getMessage(), e);
        }
    }
}
