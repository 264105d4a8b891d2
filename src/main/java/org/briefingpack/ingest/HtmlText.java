package org.briefingpack.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The article text of an HTML page via jsoup, parsed from a string (no fetches ever). Boilerplate
 * (scripts, navigation, page header and footer, asides, forms) is dropped, {@code <main>} or
 * {@code <article>} is preferred when it holds most of the text (the page's {@code <h1>} is kept
 * when it stands outside), block elements become blank-line
 * separated blocks and {@code <br>} a line break. Every inline tag boundary becomes a space, as in
 * the grader's reading of HTML, so that a quote cut from this text also stands in its reading
 * ({@code <a>page</a>.} reads "page ."). Traversal is iterative: deep nesting cannot overflow the stack.
 */
final class HtmlText {

    private static final String BOILERPLATE = "script, style, noscript, template, iframe, nav, footer, aside, "
            + "svg, button, select, textarea, object, embed, canvas, dialog, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=contentinfo], [role=complementary], [role=search], [role=banner]";

    private static final Set<String> BLOCKS = Set.of(
            "address",
            "article",
            "aside",
            "blockquote",
            "body",
            "caption",
            "center",
            "dd",
            "details",
            "dialog",
            "dir",
            "div",
            "dl",
            "dt",
            "fieldset",
            "figcaption",
            "figure",
            "footer",
            "form",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "header",
            "hgroup",
            "hr",
            "html",
            "legend",
            "li",
            "main",
            "menu",
            "nav",
            "ol",
            "p",
            "pre",
            "section",
            "summary",
            "table",
            "tbody",
            "tfoot",
            "thead",
            "tr",
            "ul");

    /** Below this share of the page's text, a {@code <main>} or {@code <article>} is a teaser, not the content. */
    private static final double MIN_CONTENT_SHARE = 0.3;
    /** Candidates looked at for the content root; a page with more is a listing, not an article. */
    private static final int MAX_CANDIDATES = 20;

    MarkupText convert(String html) {
        Document doc = Jsoup.parse(html);
        Element body = doc.body();
        Element root = contentRoot(body);
        Element title = outsideTitle(body, root);
        removeBoilerplate(root);
        TextCollector collector = new TextCollector();
        if (title != null) {
            NodeTraversor.traverse(collector, title);
        }
        NodeTraversor.traverse(collector, root);
        return new MarkupText(collector.out.toString(), collector.links);
    }

    private static Element contentRoot(Element body) {
        Element best = largest(body.select("main, [role=main]"));
        if (best == null) {
            best = largest(body.select("article"));
        }
        if (best == null) {
            return body;
        }
        int bodyLength = body.text().length();
        return best.text().length() >= MIN_CONTENT_SHARE * bodyLength ? best : body;
    }

    /** The page's {@code <h1>} when the chosen content root lacks one: it names what the page is about. */
    private static Element outsideTitle(Element body, Element root) {
        if (root == body || root.selectFirst("h1") != null) {
            return null;
        }
        Element h1 = body.selectFirst("h1");
        if (h1 == null || h1.closest("nav, footer, aside, form, [hidden]") != null) {
            return null;
        }
        return h1;
    }

    private static Element largest(Elements candidates) {
        Element best = null;
        int bestLength = -1;
        for (int i = 0; i < Math.min(candidates.size(), MAX_CANDIDATES); i++) {
            Element e = candidates.get(i);
            int length = e.text().length();
            if (length > bestLength) {
                best = e;
                bestLength = length;
            }
        }
        return best;
    }

    private static void removeBoilerplate(Element root) {
        for (Element e : root.select(BOILERPLATE)) {
            if (e != root) {
                e.remove();
            }
        }
        boolean rootIsContent = !root.normalName().equals("body");
        for (Element header : root.select("header")) {
            // a header inside the article carries its title and dateline; the page's header is a banner
            if (header != root && !rootIsContent && header.closest("article, main") == null) {
                header.remove();
            }
        }
        for (Element form : root.select("form")) {
            // some sites wrap the whole page in a form: only drop forms without prose
            if (form != root && form.selectFirst("p") == null) {
                form.remove();
            }
        }
    }

    private static final class TextCollector implements NodeVisitor {
        final StringBuilder out = new StringBuilder();
        final List<String> links = new ArrayList<>();
        int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(text.getWholeText());
            } else if (node instanceof Comment) {
                out.append(' ');
            } else if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("pre")) {
                    preDepth++;
                }
                if (name.equals("br")) {
                    out.append('\n');
                } else {
                    out.append(BLOCKS.contains(name) ? "\n\n" : " ");
                }
                if (name.equals("a")) {
                    String href = e.attr("href").strip();
                    if (href.regionMatches(true, 0, "http://", 0, 7) || href.regionMatches(true, 0, "https://", 0, 8)) {
                        links.add(href);
                    }
                }
            }
        }

        /** Source line breaks inside a paragraph are just white space, except in {@code <pre>}. */
        private void appendText(String text) {
            if (preDepth > 0) {
                out.append(text);
                return;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                out.append(TextNormalizer.isWhitespace(c) ? ' ' : c);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String name = e.normalName();
                if (name.equals("pre")) {
                    preDepth--;
                }
                if (!name.equals("br")) {
                    out.append(BLOCKS.contains(name) ? "\n\n" : " ");
                }
            }
        }
    }
}
