package org.briefingpack.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The "readable forms" in which shared/eval/score.py looks for evidence quotes, rebuilt for tests:
 * the raw text, HTML data chunks joined by spaces (script and style skipped), and Markdown with
 * links, {@code **}, {@code __}, backticks and line-start markers removed; white space squashed.
 */
final class GraderReading {

    private static final Pattern WHITE = Pattern.compile(
            "[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\u0085\\u001c-\\u001f]+");
    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern MD_STRONG = Pattern.compile("(\\*\\*|__|`)");
    private static final Pattern MD_MARKER = Pattern.compile("(?m)^\\s{0,3}(#{1,6}|[-*+]|\\d+[.)])\\s+");

    private GraderReading() {}

    static String squash(String text) {
        return WHITE.matcher(text).replaceAll(" ").strip();
    }

    static List<String> forms(String raw, DocumentFormat format) {
        List<String> forms = new ArrayList<>();
        forms.add(squash(raw));
        if (format == DocumentFormat.HTML) {
            forms.add(squash(htmlData(raw)));
        } else if (format == DocumentFormat.MARKDOWN) {
            String plain = MD_LINK.matcher(raw).replaceAll("$1");
            plain = MD_STRONG.matcher(plain).replaceAll("");
            plain = MD_MARKER.matcher(plain).replaceAll("");
            forms.add(squash(plain));
        }
        return forms;
    }

    static boolean stands(String quote, List<String> forms) {
        String q = squash(quote);
        return forms.stream().anyMatch(f -> f.contains(q));
    }

    private static String htmlData(String html) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode t) {
                            b.append(t.getWholeText()).append(' ');
                        } else if (node instanceof Element || node instanceof Comment) {
                            b.append(' ');
                        }
                    }

                    @Override
                    public void tail(Node node, int depth) {
                        b.append(' ');
                    }
                },
                Jsoup.parse(html));
        return b.toString();
    }
}
