package org.briefingpack.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown read as the text a reader sees, through commonmark-java (CommonMark with GitHub tables). Each
 * heading, paragraph, list item paragraph and table row becomes a block, blocks separated by a blank line.
 * Where a quote cut from the text must still stand in the document as the grader reads Markdown, the text is
 * taken from the source as written (through source spans): escapes and entities stay as typed, single
 * {@code *}/{@code _} emphasis keeps its marks, reference links and autolinks stay whole, table rows keep their
 * spacing. Strong emphasis marks and backticks go; an inline link reads as its text, an image in prose as its
 * alt text, and a block of nothing but images is dropped. Link targets go to the links, in order.
 */
final class MarkdownText {

    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern FRONT_MATTER_KEY = Pattern.compile("^[A-Za-z_][\\w-]{0,40}:.*");
    private static final Set<String> TASK_BOXES = Set.of("[ ] ", "[x] ", "[X] ");

    MarkupText convert(String source) {
        String markdown = withoutFrontMatter(source.replace("\r\n", "\n").replace('\r', '\n'));
        Reading reading = new Reading(markdown.split("\n", -1));
        reading.blocks(PARSER.parse(markdown));
        return new MarkupText(reading.out.toString(), reading.links);
    }

    /** One pass over a parsed document: blocks out as text, link targets collected. */
    private static final class Reading {

        final String[] lines;
        final StringBuilder out = new StringBuilder();
        final List<String> links = new ArrayList<>();

        Reading(String[] lines) {
            this.lines = lines;
        }

        /** Walks the block tree without recursion: quotes and lists may nest thousands deep. */
        void blocks(Node document) {
            List<Node> pending = new ArrayList<>();
            pending.add(document);
            while (!pending.isEmpty()) {
                Node node = pending.remove(pending.size() - 1);
                if (isLeaf(node)) {
                    leaf(node);
                } else {
                    List<Node> children = new ArrayList<>();
                    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                        children.add(child);
                    }
                    for (int i = children.size() - 1; i >= 0; i--) {
                        pending.add(children.get(i));
                    }
                }
            }
        }

        private static boolean isLeaf(Node node) {
            return !(node instanceof Block)
                    || node.getFirstChild() == null
                    || !(node.getFirstChild() instanceof Block)
                    || node instanceof TableBlock;
        }

        private void leaf(Node block) {
            if (block instanceof ThematicBreak || block instanceof LinkReferenceDefinition) {
                return;
            }
            if (block instanceof FencedCodeBlock code) {
                emit(code.getLiteral());
            } else if (block instanceof IndentedCodeBlock code) {
                emit(code.getLiteral());
            } else if (block instanceof HtmlBlock html) {
                emit(html.getLiteral());
            } else if (block instanceof TableBlock table) {
                table(table);
            } else if (block instanceof Block) {
                List<String> found = new ArrayList<>();
                String text = inlines(block, found, false);
                if (!inlines(block, new ArrayList<>(), true).isBlank()) {
                    links.addAll(found);
                    emit(withoutTaskBox(block, text));
                }
            }
        }

        /** Each row as written between its outer pipes, its cells read as inline text. */
        private void table(TableBlock table) {
            List<TableRow> rows = new ArrayList<>();
            collectRows(table, rows);
            for (TableRow row : rows) {
                if (row.getSourceSpans().isEmpty()) {
                    continue;
                }
                SourceSpan span = row.getSourceSpans().get(0);
                String line = lines[span.getLineIndex()];
                StringBuilder text = new StringBuilder();
                int at = span.getColumnIndex();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    List<SourceSpan> spans = cell.getSourceSpans();
                    if (spans.isEmpty()) {
                        continue;
                    }
                    SourceSpan cellSpan = spans.get(0);
                    int end = cellSpan.getColumnIndex() + cellSpan.getLength();
                    String written = line.substring(cellSpan.getColumnIndex(), end);
                    int content = written.length() - written.stripLeading().length();
                    int trailing = written.length() - written.stripTrailing().length();
                    text.append(line, at, cellSpan.getColumnIndex() + content);
                    text.append(inlines(cell, links, false));
                    at = Math.max(cellSpan.getColumnIndex() + content, end - trailing);
                }
                text.append(line, at, span.getColumnIndex() + span.getLength());
                String written = text.toString().strip();
                if (written.startsWith("|")) {
                    written = written.substring(1);
                }
                if (written.endsWith("|")) {
                    written = written.substring(0, written.length() - 1);
                }
                emit(written.strip());
            }
        }

        private static void collectRows(Node node, List<TableRow> rows) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TableRow row) {
                    rows.add(row);
                } else if (!(child instanceof TableCell)) {
                    collectRows(child, rows);
                }
            }
        }

        /** A block's inline content as text; {@code dropImages} leaves images out altogether. */
        private String inlines(Node parent, List<String> found, boolean dropImages) {
            StringBuilder text = new StringBuilder();
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                inline(node, text, found, dropImages);
            }
            return text.toString();
        }

        private void inline(Node node, StringBuilder text, List<String> found, boolean dropImages) {
            if (node instanceof Text t) {
                text.append(source(node, t.getLiteral()));
            } else if (node instanceof SoftLineBreak) {
                text.append(' ');
            } else if (node instanceof HardLineBreak) {
                text.append('\n');
            } else if (node instanceof Code code) {
                text.append(source(node, code.getLiteral()).replace("`", ""));
            } else if (node instanceof Emphasis emphasis) {
                text.append(emphasis.getOpeningDelimiter());
                text.append(inlines(node, found, dropImages));
                text.append(emphasis.getClosingDelimiter());
            } else if (node instanceof StrongEmphasis) {
                text.append(inlines(node, found, dropImages));
            } else if (node instanceof Link link) {
                link(link, text, found, dropImages);
            } else if (node instanceof Image image) {
                String written = source(node, "");
                if (!written.endsWith(")")) {
                    text.append(written); // a reference image, kept as written like a reference link
                } else if (!dropImages) {
                    text.append(inlines(image, new ArrayList<>(), false));
                }
            } else if (node instanceof HtmlInline html) {
                text.append(html.getLiteral());
            } else {
                text.append(inlines(node, found, dropImages));
            }
        }

        /**
         * An inline link reads as its text; a reference link ({@code [text][ref]}, {@code [text][]},
         * {@code [text]}) and an autolink ({@code <https://...>}) stay as written, as the grader reads them.
         */
        private void link(Link link, StringBuilder text, List<String> found, boolean dropImages) {
            String written = source(link, "");
            if (written.startsWith("<")) {
                text.append(written);
                return;
            }
            if (isWebAddress(link.getDestination())) {
                found.add(link.getDestination());
            }
            if (written.endsWith(")")) {
                text.append(inlines(link, found, dropImages));
            } else {
                text.append(written);
            }
        }

        /** The node as written in the source, or {@code fallback} where the parser kept no span. */
        private String source(Node node, String fallback) {
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return fallback;
            }
            StringBuilder written = new StringBuilder();
            for (SourceSpan span : spans) {
                if (written.length() > 0) {
                    written.append('\n');
                }
                String line = lines[span.getLineIndex()];
                written.append(line, span.getColumnIndex(), span.getColumnIndex() + span.getLength());
            }
            return written.toString();
        }

        private static String withoutTaskBox(Node block, String text) {
            boolean firstInItem = block.getParent() instanceof ListItem && block.getPrevious() == null;
            return firstInItem && text.length() >= 4 && TASK_BOXES.contains(text.substring(0, 4))
                    ? text.substring(4)
                    : text;
        }

        private void emit(String block) {
            if (!block.isBlank()) {
                out.append(block).append("\n\n");
            }
        }
    }

    /** YAML front matter ({@code ---} ... {@code ---} at the very top) is metadata, not text. */
    private static String withoutFrontMatter(String markdown) {
        String[] lines = markdown.split("\n", 202);
        if (lines.length < 3
                || !lines[0].strip().equals("---")
                || !FRONT_MATTER_KEY.matcher(lines[1]).matches()) {
            return markdown;
        }
        int offset = lines[0].length() + 1;
        for (int i = 1; i < Math.min(lines.length, 200); i++) {
            String t = lines[i].strip();
            offset += lines[i].length() + 1;
            if (t.equals("---") || t.equals("...")) {
                return offset >= markdown.length() ? "" : markdown.substring(offset);
            }
        }
        return markdown;
    }

    static boolean isWebAddress(String url) {
        return url.regionMatches(true, 0, "http://", 0, 7)
                || url.regionMatches(true, 0, "https://", 0, 8)
                || url.regionMatches(true, 0, "www.", 0, 4);
    }
}
