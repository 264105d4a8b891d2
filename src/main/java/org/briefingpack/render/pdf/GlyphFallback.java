package org.briefingpack.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Flying Saucer draws each run of text with one font: the first family of the CSS list it finds, glyph or
 * not, so a Chinese or Arabic name would vanish silently. This pass wraps each run of characters the primary
 * font lacks in a span set in the first fallback font that has them, and reports the characters no font
 * covers so the renderer can name them in a warning; those are drawn as "□" so a reader sees that a name
 * is missing rather than a gap. The fonts are the template's {@code @font-face} fonts,
 * primary first. Stateless.
 */
final class GlyphFallback {

    static final String FALLBACK_CLASS = "glyph-fallback";
    static final String MISSING_CLASS = "glyph-missing";
    /** Drawn in place of a character no font has, so the reader sees that something is missing. */
    static final String MISSING_MARK = "\u25A1";

    /** A font family and the regular face used to test glyph coverage. */
    record Face(String family, BaseFont font) {
        boolean covers(int codePoint) {
            return font.charExists(codePoint);
        }
    }

    private final Face primary;
    private final List<Face> fallbacks;

    GlyphFallback(Face primary, List<Face> fallbacks) {
        this.primary = primary;
        this.fallbacks = List.copyOf(fallbacks);
    }

    /**
     * Rewrites the body's text in place and returns the characters none of the fonts covers, as
     * "U+4E2D 中" strings in code point order (empty when everything can be drawn).
     */
    Set<String> apply(Document document) {
        Set<Integer> uncovered = new TreeSet<>();
        Element body = firstElement(document.getDocumentElement(), "body");
        if (body != null) {
            List<Text> texts = new ArrayList<>();
            collectTexts(body, texts);
            for (Text text : texts) {
                rewrite(text, uncovered);
            }
        }
        Set<String> named = new LinkedHashSet<>();
        for (int cp : uncovered) {
            named.add(String.format(Locale.ROOT, "U+%04X %s", cp, new String(Character.toChars(cp))));
        }
        return named;
    }

    private void rewrite(Text text, Set<Integer> uncovered) {
        String value = text.getData();
        List<int[]> runs = new ArrayList<>(); // start, end, face index (-1 = primary)
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            int face = faceFor(cp);
            if (face == -2) {
                uncovered.add(cp);
            }
            int end = i + Character.charCount(cp);
            if (!runs.isEmpty() && runs.get(runs.size() - 1)[2] == face) {
                runs.get(runs.size() - 1)[1] = end;
            } else {
                runs.add(new int[] {i, end, face});
            }
            i = end;
        }
        if (runs.size() == 1 && runs.get(0)[2] == -1) {
            return;
        }
        Node parent = text.getParentNode();
        Document document = text.getOwnerDocument();
        for (int[] run : runs) {
            String part = value.substring(run[0], run[1]);
            if (run[2] == -1) {
                parent.insertBefore(document.createTextNode(part), text);
            } else if (run[2] == -2) {
                String marks = MISSING_MARK.repeat(part.codePointCount(0, part.length()));
                int markFace = faceFor(MISSING_MARK.codePointAt(0));
                parent.insertBefore(span(document, MISSING_CLASS, markFace, marks), text);
            } else {
                parent.insertBefore(span(document, FALLBACK_CLASS, run[2], part), text);
            }
        }
        parent.removeChild(text);
    }

    private Element span(Document document, String cssClass, int face, String content) {
        Element span = document.createElementNS(document.getDocumentElement().getNamespaceURI(), "span");
        span.setAttribute("class", cssClass);
        if (face >= 0) {
            span.setAttribute(
                    "style", "font-family: '" + cssString(fallbacks.get(face).family()) + "'");
        }
        span.appendChild(document.createTextNode(content));
        return span;
    }

    /** -1: the primary font (or nothing needs drawing), n: fallback n, -2: no font has it. */
    private int faceFor(int cp) {
        if (Character.isWhitespace(cp)
                || Character.isISOControl(cp)
                || Character.getType(cp) == Character.FORMAT
                || primary.covers(cp)) {
            return -1;
        }
        for (int f = 0; f < fallbacks.size(); f++) {
            if (fallbacks.get(f).covers(cp)) {
                return f;
            }
        }
        return -2;
    }

    private static void collectTexts(Node node, List<Text> texts) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                texts.add((Text) child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                String name = localName(child);
                if (!"style".equals(name) && !"script".equals(name)) {
                    collectTexts(child, texts);
                }
            }
        }
    }

    private static Element firstElement(Node node, String name) {
        if (node == null) {
            return null;
        }
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE && name.equals(localName(child))) {
                return (Element) child;
            }
        }
        return null;
    }

    private static String localName(Node node) {
        String name = node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
        return name.toLowerCase(Locale.ROOT);
    }

    private static String cssString(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\'");
    }
}
