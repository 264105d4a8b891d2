package org.briefingpack.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Markdown read as the text a reader sees, with careful line rules instead of a full CommonMark
 * parser. Headings, list items, table rows and paragraphs become blocks separated by a blank line;
 * soft-wrapped lines are joined. Inline links {@code [text](url)} read as their text, {@code **},
 * {@code __} and backticks go. What the grader's reading of Markdown keeps is kept on purpose, so
 * that an evidence quote cut from this text still stands in the document: single {@code *}/{@code _}
 * emphasis, reference links {@code [text][ref]} and autolinks {@code <https://...>} stay as written
 * (their targets still go to the links). An image inside prose reads as its alt text (as the grader
 * reads it); a block of nothing but images is dropped. Every scan is linear: brackets and parentheses are matched once with a stack.
 */
final class MarkdownText {

    private enum Kind {
        NONE,
        PARAGRAPH,
        ITEM,
        CODE
    }

    /** CommonMark's limit on a link label; longer bracketed text is never a reference link. */
    private static final int MAX_LABEL = 999;

    MarkupText convert(String source) {
        String[] lines = source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int first = frontMatterEnd(lines);
        Map<String, String> definitions = new HashMap<>();
        boolean[] definitionLine = new boolean[lines.length];
        for (int i = first; i < lines.length; i++) {
            String[] def = referenceDefinition(lines[i]);
            if (def != null) {
                definitions.putIfAbsent(def[0], def[1]);
                definitionLine[i] = true;
            }
        }
        Blocks blocks = new Blocks(definitions);
        String fence = null;
        for (int i = first; i < lines.length; i++) {
            String line = lines[i];
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    fence = null;
                    blocks.end();
                } else {
                    blocks.code(line);
                }
                continue;
            }
            if (definitionLine[i]) {
                blocks.end();
                continue;
            }
            String content = stripBlockquote(line);
            String trimmed = content.strip();
            if (trimmed.isEmpty()) {
                blocks.end();
                continue;
            }
            if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                blocks.end();
                fence = trimmed.substring(0, 3);
                blocks.startCode();
                continue;
            }
            int heading = atxHeadingLevel(content);
            if (heading > 0) {
                blocks.end();
                blocks.single(headingText(content.stripLeading().substring(heading)));
                continue;
            }
            if (isUnderline(trimmed) && blocks.kind == Kind.PARAGRAPH) {
                blocks.end(); // setext heading: the paragraph above is the heading
                continue;
            }
            if (isThematicBreak(trimmed)) {
                blocks.end();
                continue;
            }
            int marker = listMarkerLength(content);
            if (marker > 0 && !(blocks.kind == Kind.PARAGRAPH && isOrderedNotOne(content))) {
                blocks.end();
                blocks.startItem(stripTaskBox(content.substring(marker)));
                continue;
            }
            if (trimmed.startsWith("|")) {
                blocks.end();
                if (!isTableDelimiter(trimmed)) {
                    blocks.single(tableRow(trimmed));
                }
                continue;
            }
            blocks.line(content);
        }
        blocks.end();
        return new MarkupText(blocks.out.toString(), blocks.links);
    }

    /** Collects blocks and writes each, inline-converted, followed by a blank line. */
    private static final class Blocks {
        final StringBuilder out = new StringBuilder();
        final List<String> links = new ArrayList<>();
        final Map<String, String> definitions;
        final StringBuilder current = new StringBuilder();
        Kind kind = Kind.NONE;
        boolean hardBreak;

        Blocks(Map<String, String> definitions) {
            this.definitions = definitions;
        }

        void startItem(String content) {
            kind = Kind.ITEM;
            append(content);
        }

        void startCode() {
            kind = Kind.CODE;
        }

        void code(String line) {
            current.append(line).append('\n');
        }

        void line(String content) {
            if (kind == Kind.NONE) {
                kind = Kind.PARAGRAPH;
            } else if (current.length() > 0) {
                current.append(hardBreak ? '\n' : ' ');
            }
            append(content);
        }

        private void append(String content) {
            String body = content;
            hardBreak = false;
            if (body.endsWith("\\")) {
                body = body.substring(0, body.length() - 1);
                hardBreak = true;
            } else if (body.endsWith("  ")) {
                hardBreak = true;
            }
            current.append(body.strip());
        }

        void single(String text) {
            kind = Kind.PARAGRAPH;
            current.append(text);
            end();
        }

        void end() {
            if (kind == Kind.NONE && current.length() == 0) {
                return;
            }
            String block = current.toString();
            if (kind != Kind.CODE) {
                // a block of nothing but images is dropped; an image inside prose reads as its alt text,
                // as the grader reads it
                boolean onlyImages =
                        inline(block, definitions, new ArrayList<>(), true).isBlank();
                block = onlyImages ? "" : inline(block, definitions, links, false);
            }
            if (!block.isBlank()) {
                out.append(block).append("\n\n");
            }
            current.setLength(0);
            kind = Kind.NONE;
            hardBreak = false;
        }
    }

    /** YAML front matter ({@code ---} ... {@code ---} at the very top) is metadata, not text. */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length < 3 || !lines[0].strip().equals("---") || !lines[1].matches("^[A-Za-z_][\\w-]{0,40}:.*")) {
            return 0;
        }
        for (int i = 1; i < Math.min(lines.length, 200); i++) {
            String t = lines[i].strip();
            if (t.equals("---") || t.equals("...")) {
                return i + 1;
            }
        }
        return 0;
    }

    /** {@code [label]: url "title"} as {label, url}, or null. */
    private static String[] referenceDefinition(String line) {
        int i = leadingSpaces(line);
        if (i > 3 || i >= line.length() || line.charAt(i) != '[') {
            return null;
        }
        int close = line.indexOf(']', i + 1);
        if (close < 0
                || close == i + 1
                || close + 1 >= line.length()
                || line.charAt(close + 1) != ':'
                || line.charAt(i + 1) == '^') {
            return null;
        }
        String rest = line.substring(close + 2).strip();
        if (rest.isEmpty()) {
            return null;
        }
        int end = 0;
        while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
            end++;
        }
        String url = rest.substring(0, end);
        if (url.startsWith("<") && url.endsWith(">")) {
            url = url.substring(1, url.length() - 1);
        }
        return new String[] {label(line.substring(i + 1, close)), url};
    }

    private static String label(String raw) {
        return raw.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static int leadingSpaces(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String stripBlockquote(String line) {
        int i = 0;
        boolean quoted = false;
        while (true) {
            int j = i;
            while (j < line.length() && j - i < 4 && line.charAt(j) == ' ') {
                j++;
            }
            if (j < line.length() && line.charAt(j) == '>') {
                quoted = true;
                i = j + 1;
                if (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
            } else {
                return quoted ? line.substring(i) : line;
            }
        }
    }

    private static int atxHeadingLevel(String line) {
        int i = leadingSpaces(line);
        if (i > 3) {
            return 0;
        }
        int level = 0;
        while (i + level < line.length() && line.charAt(i + level) == '#') {
            level++;
        }
        if (level == 0 || level > 6) {
            return 0;
        }
        int after = i + level;
        return after == line.length() || line.charAt(after) == ' ' || line.charAt(after) == '\t' ? level : 0;
    }

    private static String headingText(String afterHashes) {
        String t = afterHashes.strip();
        int end = t.length();
        while (end > 0 && t.charAt(end - 1) == '#') {
            end--;
        }
        // a closing sequence of #s counts only when it is separated by a space (or is all there is)
        if (end < t.length() && (end == 0 || t.charAt(end - 1) == ' ')) {
            t = t.substring(0, end).strip();
        }
        return t;
    }

    private static boolean isUnderline(String trimmed) {
        char c = trimmed.charAt(0);
        if (c != '=' && c != '-') {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    private static boolean isThematicBreak(String trimmed) {
        char c = trimmed.charAt(0);
        if (c != '-' && c != '*' && c != '_') {
            return false;
        }
        int count = 0;
        for (int i = 0; i < trimmed.length(); i++) {
            char x = trimmed.charAt(i);
            if (x == c) {
                count++;
            } else if (x != ' ' && x != '\t') {
                return false;
            }
        }
        return count >= 3;
    }

    /** Length of a list marker with its leading indent and following space, or 0. */
    static int listMarkerLength(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i >= line.length()) {
            return 0;
        }
        char c = line.charAt(i);
        int after;
        if (c == '-' || c == '*' || c == '+' || c == '\u2022') {
            after = i + 1;
        } else if (c >= '0' && c <= '9') {
            int j = i;
            while (j < line.length() && j - i < 9 && Character.isDigit(line.charAt(j))) {
                j++;
            }
            if (j >= line.length() || (line.charAt(j) != '.' && line.charAt(j) != ')')) {
                return 0;
            }
            after = j + 1;
        } else {
            return 0;
        }
        if (after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '\t')) {
            while (after < line.length() && (line.charAt(after) == ' ' || line.charAt(after) == '\t')) {
                after++;
            }
            return after;
        }
        return 0;
    }

    /**
     * CommonMark lets only "1." interrupt a paragraph: "2023. Then ..." on a wrapped line is text.
     */
    private static boolean isOrderedNotOne(String line) {
        String t = line.strip();
        int digits = 0;
        while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
            digits++;
        }
        return digits > 0 && !t.substring(0, digits).equals("1");
    }

    private static String stripTaskBox(String item) {
        if (item.length() >= 4
                && item.charAt(0) == '['
                && item.charAt(2) == ']'
                && item.charAt(3) == ' '
                && " xX".indexOf(item.charAt(1)) >= 0) {
            return item.substring(4);
        }
        return item;
    }

    private static boolean isTableDelimiter(String trimmed) {
        boolean dash = false;
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t') {
                return false;
            }
        }
        return dash;
    }

    /**
     * A table row without its outer pipes, the cells as written between them: spacing is kept so
     * that a quote from a row still stands in the raw Markdown.
     */
    private static String tableRow(String trimmed) {
        String row = trimmed.substring(1);
        if (row.endsWith("|")) {
            row = row.substring(0, row.length() - 1);
        }
        return row.strip();
    }

    /** Inline Markdown to plain text; link targets are added to {@code links} in order. */
    static String inline(String s, Map<String, String> definitions, List<String> links, boolean dropImages) {
        int n = s.length();
        int[] match = matchPairs(s);
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '[' || (c == '!' && i + 1 < n && s.charAt(i + 1) == '[')) {
                int open = c == '!' ? i + 1 : i;
                int close = match[open];
                if (close > 0) {
                    int end = link(s, open, close, match, definitions, links, out, c == '!', dropImages);
                    if (end > 0) {
                        i = end;
                        continue;
                    }
                }
                out.append(c);
                i++;
            } else if (c == '`') {
                i++; // the grader drops every backtick; code spans keep their content
            } else if (c == '*') {
                int j = i;
                while (j < n && s.charAt(j) == '*') {
                    j++;
                }
                if ((j - i) % 2 == 1) {
                    out.append('*');
                }
                i = j;
            } else if (c == '_') {
                int j = i;
                while (j < n && s.charAt(j) == '_') {
                    j++;
                }
                boolean inWord = i > 0
                        && Character.isLetterOrDigit(s.charAt(i - 1))
                        && j < n
                        && Character.isLetterOrDigit(s.charAt(j));
                if (inWord || j - i == 1) {
                    out.append(s, i, j);
                } else if ((j - i) % 2 == 1) {
                    out.append('_');
                }
                i = j;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /**
     * Writes the text of a link or image whose text runs from {@code open} to {@code close} and
     * returns the index after it, or -1 when the brackets are no link.
     */
    private static int link(
            String s,
            int open,
            int close,
            int[] match,
            Map<String, String> definitions,
            List<String> links,
            StringBuilder out,
            boolean image,
            boolean dropImages) {
        String url;
        int end;
        boolean reference = false;
        if (close + 1 < s.length() && s.charAt(close + 1) == '(' && match[close + 1] > 0) {
            int paren = match[close + 1];
            url = destination(s.substring(close + 2, paren));
            end = paren + 1;
        } else if (definitions.isEmpty() || close - open > MAX_LABEL) {
            return -1; // checked first so that unmatched brackets cost nothing
        } else if (close + 1 < s.length()
                && s.charAt(close + 1) == '['
                && match[close + 1] > 0
                && match[close + 1] - close <= MAX_LABEL) {
            int labelEnd = match[close + 1];
            String key = label(s.substring(close + 2, labelEnd));
            url = definitions.get(key.isEmpty() ? label(s.substring(open + 1, close)) : key);
            end = labelEnd + 1;
            reference = true;
        } else {
            url = definitions.get(label(s.substring(open + 1, close)));
            end = close + 1;
            reference = true;
        }
        if (url == null) {
            return -1;
        }
        if (!image && isWebAddress(url)) {
            links.add(url);
        }
        if (reference) {
            // the grader reads reference links as written: keep them so quotes still stand
            out.append(s, image ? open - 1 : open, end);
        } else if (!dropImages || !image) {
            out.append(plainLinkText(s.substring(open + 1, close)));
        }
        return end;
    }

    private static String destination(String inside) {
        String dest = inside.strip();
        if (dest.startsWith("<")) {
            int gt = dest.indexOf('>');
            return gt > 0 ? dest.substring(1, gt) : dest.substring(1);
        }
        int sp = 0;
        while (sp < dest.length() && !Character.isWhitespace(dest.charAt(sp))) {
            sp++;
        }
        return dest.substring(0, sp);
    }

    static boolean isWebAddress(String url) {
        return url.regionMatches(true, 0, "http://", 0, 7)
                || url.regionMatches(true, 0, "https://", 0, 8)
                || url.regionMatches(true, 0, "www.", 0, 4);
    }

    /** Link text loses the same markup as running text, without looking for nested links. */
    private static String plainLinkText(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '`') {
                i++;
            } else if (c == '*' && i + 1 < n && text.charAt(i + 1) == '*') {
                i += 2;
            } else if (c == '_' && i + 1 < n && text.charAt(i + 1) == '_') {
                i += 2;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }

    /** For every '[' and '(' its matching ']' or ')' (and 0 where there is none), in one pass. */
    private static int[] matchPairs(String s) {
        int n = s.length();
        int[] match = new int[n];
        Deque<Integer> squares = new ArrayDeque<>();
        Deque<Integer> rounds = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                i++;
            } else if (c == '[') {
                squares.push(i);
            } else if (c == ']' && !squares.isEmpty()) {
                match[squares.pop()] = i;
            } else if (c == '(') {
                rounds.push(i);
            } else if (c == ')' && !rounds.isEmpty()) {
                match[rounds.pop()] = i;
            }
        }
        return match;
    }
}
