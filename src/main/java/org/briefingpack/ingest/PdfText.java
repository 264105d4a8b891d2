package org.briefingpack.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as a reader takes it in, through PDFBox. PDFBox gives the glyphs and where they stand;
 * the layout is read here, page by page:
 * <ul>
 *   <li>glyphs on one baseline form a row; a wide gap splits a row into segments (table cells, columns);</li>
 *   <li>a page whose segments fall on either side of its middle, both sides holding lines of prose, is
 *       read in two columns: left column, then right, between any full-width lines above and below;</li>
 *   <li>lines in the top or bottom tenth of the page that recur on at least half the pages (digits aside)
 *       are running headers and footers, and a lone page number there goes too;</li>
 *   <li>a line that reaches the column's right edge wraps into the next (a word broken at a hyphen is
 *       joined: the hyphen stays only when both halves are words the document uses on their own); a wider
 *       vertical gap starts a paragraph; a row of several cells reads as one line, cells between
 *       {@code |}; a numbered or bulleted paragraph ("1.", "(a)", "•") starts its own line;</li>
 *   <li>a line in a larger font than the body text, or all in bold and short, is a heading: a block of
 *       its own, as a heading line stands in plain text.</li>
 * </ul>
 * The text returned has {@link #PAGE_MARK} before the first character of each page, for the reader to
 * turn into page offsets after normalisation. Memory stays bounded: PDFBox keeps at most
 * {@link #MAIN_MEMORY_BYTES} of a file's streams in memory and the rest in a scratch file.
 */
final class PdfText {

    /** Marks where a page's text begins; never left in a document's text. */
    static final char PAGE_MARK = '\uE000';

    static final String NO_TEXT_LAYER = "no text layer: scanned pages are not read (no OCR)";

    static final long MAIN_MEMORY_BYTES = 16L * 1024 * 1024;

    private static final Pattern MARKER = Pattern.compile("^(?:\\d{1,2}[.)]|\\([a-z0-9]{1,3}\\)|[•▪·*–-])\\s.*");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-–—\\s]*(?:(?:page|p\\.|seite)\\s*)?(?:\\d{1,4}|[ivxlc]{1,6})(?:\\s*(?:of|/|von)\\s*\\d{1,4})?[-–—\\s]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CLOSED = Pattern.compile("[.!?;:,]\\W*$");
    private static final Pattern WEB_PATH = Pattern.compile("[a-z0-9-]\\.[a-z]{2,}/", Pattern.CASE_INSENSITIVE);
    /** Characters after which a layout breaks a long web address. */
    private static final String URL_BREAK = "/?&=-_#%~";

    private static final double MARGIN_SHARE = 0.1;
    private static final double HEADING_SIZE = 1.15;

    private final int maxPages;

    PdfText(int maxPages) {
        this.maxPages = maxPages;
    }

    /**
     * The text with page marks, and the web addresses of the link annotations, page by page.
     *
     * @throws UnreadableDocumentException when the PDF is encrypted, corrupt, too long or has no text
     */
    MarkupText read(Path file, String fileName) {
        try (PDDocument pdf =
                Loader.loadPDF(file.toFile(), "", MemoryUsageSetting.setupMixed(MAIN_MEMORY_BYTES).streamCache)) {
            int pages = pdf.getNumberOfPages();
            if (pages > maxPages) {
                throw new UnreadableDocumentException(
                        fileName, "too many pages (" + pages + "; the limit is " + maxPages + ", briefing.max-pages)");
            }
            if (pages == 0) {
                throw new UnreadableDocumentException(fileName, "corrupt PDF: it has no pages");
            }
            Collector collector = new Collector(pages);
            collector.getText(pdf);
            if (collector.characters == 0) {
                throw new UnreadableDocumentException(fileName, NO_TEXT_LAYER);
            }
            return new MarkupText(new Layout(collector.pages).text(), links(pdf));
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException(
                    fileName, "encrypted: the PDF needs a password to open, and only unprotected PDFs are read", e);
        } catch (IOException e) {
            throw new UnreadableDocumentException(fileName, "corrupt PDF (" + e.getMessage() + ")", e);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnreadableDocumentException(fileName, "corrupt PDF (" + e + ")", e);
        }
    }

    /** Where the link annotations point (an HTML page's {@code <a href>} survives into its PDF as one). */
    private static List<String> links(PDDocument pdf) throws IOException {
        List<String> links = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    String target = uri.getURI();
                    if (target != null && MarkdownText.isWebAddress(target.strip())) {
                        links.add(target.strip());
                    }
                }
            }
        }
        return links;
    }

    /** One glyph (or ligature) as drawn. */
    record Glyph(String text, float x, float y, float width, float size, boolean bold) {}

    /** The glyphs of one page, and its size. */
    record Page(float width, float height, List<Glyph> glyphs) {}

    /** Collects every glyph of every page with its position, font size and weight. */
    private static final class Collector extends PDFTextStripper {
        final List<Page> pages;
        final Map<PDFont, Boolean> boldFonts = new HashMap<>();
        List<Glyph> current;
        int characters;

        Collector(int pages) throws IOException {
            this.pages = new ArrayList<>(pages);
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage page) {
            PDRectangle box = page.getCropBox();
            int rotation = page.getRotation();
            boolean turned = rotation == 90 || rotation == 270;
            current = new ArrayList<>();
            pages.add(new Page(
                    turned ? box.getHeight() : box.getWidth(), turned ? box.getWidth() : box.getHeight(), current));
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            String unicode = text.getUnicode();
            if (unicode == null || unicode.isEmpty() || current == null) {
                return;
            }
            float dir = text.getDir();
            if (dir != 0 && dir != 90 && dir != 180 && dir != 270) {
                return;
            }
            unicode = clean(unicode);
            if (unicode.isEmpty()) {
                return;
            }
            if (unicode.isBlank()) {
                // spaces are read from the gaps between glyphs: a space glyph's own position is not
                // always on its line (some writers set it at the start of the next)
                return;
            }
            characters++;
            float size = text.getFontSizeInPt();
            if (size <= 0) {
                size = text.getHeightDir();
            }
            current.add(new Glyph(
                    unicode,
                    text.getXDirAdj(),
                    text.getYDirAdj(),
                    text.getWidthDirAdj(),
                    Math.round(size * 10) / 10f,
                    bold(text.getFont())));
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            // the layout is read from the glyphs; PDFBox's own text is not used
        }

        private boolean bold(PDFont font) {
            if (font == null) {
                return false;
            }
            return boldFonts.computeIfAbsent(font, f -> {
                String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
                if (name.contains("bold") || name.contains("black") || name.contains("heavy")) {
                    return true;
                }
                PDFontDescriptor descriptor = f.getFontDescriptor();
                return descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
            });
        }

        /** Private-use bullets (Symbol, OpenSymbol) read as "•"; the page mark never comes from a file. */
        private static String clean(String unicode) {
            StringBuilder out = new StringBuilder(unicode.length());
            for (int i = 0; i < unicode.length(); i++) {
                char c = unicode.charAt(i);
                if (c >= '\uE000' && c <= '\uF8FF') {
                    out.append(c == '\uF0B7' || c == '\uF0A7' || c == '\uE00A' || c == '\uF0FC' ? '•' : ' ');
                } else if (c == '\u00AD' || c == '\u200B' || c == '\uFEFF' || Character.isISOControl(c)) {
                    continue;
                } else {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }

    /** A run of glyphs on one baseline without a wide gap: a line of a column, or a table cell. */
    record Segment(String text, float x0, float x1, float y, float size, boolean bold, float firstWordWidth) {}

    /** A line in reading order: one segment, or a table row of several. */
    record Line(
            int page,
            String text,
            float x0,
            float x1,
            float y,
            float size,
            boolean bold,
            float firstWordWidth,
            float right,
            boolean row) {}

    /** Reads the pages' glyphs into text. */
    static final class Layout {

        private final List<Page> pages;
        private final Map<String, Integer> vocabulary = new HashMap<>();
        private float bodySize;
        private float pitch;

        Layout(List<Page> pages) {
            this.pages = pages;
        }

        String text() {
            List<List<Segment>> segments = new ArrayList<>();
            for (Page page : pages) {
                segments.add(segments(page));
            }
            dropRunningLines(segments);
            List<Line> lines = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                lines.addAll(order(p, pages.get(p), segments.get(p)));
            }
            bodySize = bodySize();
            pitch = pitch(lines);
            for (Line line : lines) {
                for (String word : line.text().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (!word.isEmpty()) {
                        vocabulary.merge(word, 1, Integer::sum);
                    }
                }
            }
            return join(lines);
        }

        /** Rows of glyphs by baseline, each cut at wide gaps into segments. */
        private static List<Segment> segments(Page page) {
            List<Glyph> glyphs = new ArrayList<>(page.glyphs());
            glyphs.sort(Comparator.comparingDouble(Glyph::y));
            List<Segment> out = new ArrayList<>();
            List<Glyph> row = new ArrayList<>();
            float rowY = 0;
            for (Glyph g : glyphs) {
                if (!row.isEmpty()
                        && g.y() - rowY > 0.5f * Math.max(g.size(), row.get(0).size())) {
                    cut(row, out);
                    row.clear();
                }
                if (row.isEmpty()) {
                    rowY = g.y();
                }
                row.add(g);
            }
            cut(row, out);
            return out;
        }

        private static void cut(List<Glyph> row, List<Segment> out) {
            if (row.isEmpty()) {
                return;
            }
            List<Glyph> sorted = new ArrayList<>(row);
            sorted.sort(Comparator.comparingDouble(Glyph::x));
            List<Glyph> part = new ArrayList<>();
            float end = Float.NEGATIVE_INFINITY;
            for (Glyph g : sorted) {
                float size = Math.max(g.size(), 1);
                if (!part.isEmpty() && g.x() - end > 1.2f * size && !g.text().isBlank()) {
                    segment(part, out);
                    part.clear();
                }
                part.add(g);
                if (!g.text().isBlank()) {
                    end = Math.max(end, g.x() + g.width());
                } else if (part.size() == 1) {
                    end = g.x();
                }
            }
            segment(part, out);
        }

        private static void segment(List<Glyph> glyphs, List<Segment> out) {
            StringBuilder text = new StringBuilder();
            float x0 = Float.POSITIVE_INFINITY;
            float x1 = Float.NEGATIVE_INFINITY;
            float y = 0;
            Map<Float, Integer> sizes = new HashMap<>();
            int boldChars = 0;
            int chars = 0;
            float end = Float.NaN;
            float firstWordEnd = Float.NaN;
            for (Glyph g : glyphs) {
                if (g.text().isBlank()) {
                    if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                        text.append(' ');
                    }
                    continue;
                }
                if (!Float.isNaN(end)
                        && g.x() - end > 0.15f * g.size()
                        && text.length() > 0
                        && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                if (text.length() > 0 && text.charAt(text.length() - 1) == ' ' && Float.isNaN(firstWordEnd)) {
                    firstWordEnd = end;
                }
                text.append(g.text());
                x0 = Math.min(x0, g.x());
                x1 = Math.max(x1, g.x() + g.width());
                y = Math.max(y, g.y());
                end = g.x() + g.width();
                sizes.merge(g.size(), g.text().length(), Integer::sum);
                chars += g.text().length();
                boldChars += g.bold() ? g.text().length() : 0;
            }
            String s = text.toString().strip();
            if (s.isEmpty()) {
                return;
            }
            float size = sizes.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(0f);
            float firstWord = (Float.isNaN(firstWordEnd) ? x1 : firstWordEnd) - x0;
            out.add(new Segment(s, x0, x1, y, size, boldChars * 10 >= chars * 9, firstWord));
        }

        /** Lines in the top or bottom margin that recur on half the pages, and lone page numbers there. */
        private void dropRunningLines(List<List<Segment>> segments) {
            Map<String, Integer> pagesWith = new HashMap<>();
            for (int p = 0; p < pages.size(); p++) {
                Set<String> seen = new HashSet<>();
                for (Segment s : segments.get(p)) {
                    if (inMargin(s, pages.get(p))) {
                        seen.add(key(s));
                    }
                }
                seen.forEach(k -> pagesWith.merge(k, 1, Integer::sum));
            }
            int needed = Math.max(2, (pages.size() + 1) / 2);
            for (int p = 0; p < pages.size(); p++) {
                Page page = pages.get(p);
                segments.get(p)
                        .removeIf(s -> inMargin(s, page)
                                && (PAGE_NUMBER.matcher(s.text()).matches() || pagesWith.get(key(s)) >= needed));
            }
        }

        private static boolean inMargin(Segment s, Page page) {
            return s.y() < page.height() * MARGIN_SHARE || s.y() > page.height() * (1 - MARGIN_SHARE);
        }

        private static String key(Segment s) {
            return DIGITS.matcher(s.text().toLowerCase(Locale.ROOT)).replaceAll("#");
        }

        /** A page's segments in reading order, as lines (table rows joined). */
        private static List<Line> order(int p, Page page, List<Segment> segments) {
            float mid = page.width() / 2;
            float tol = page.width() * 0.01f;
            List<Segment> left = new ArrayList<>();
            List<Segment> right = new ArrayList<>();
            for (Segment s : segments) {
                if (s.x1() <= mid + tol) {
                    left.add(s);
                } else if (s.x0() >= mid - tol) {
                    right.add(s);
                }
            }
            boolean columns = left.size() >= 4
                    && right.size() >= 4
                    && medianWidth(left) >= 0.25f * page.width()
                    && medianWidth(right) >= 0.25f * page.width();
            List<Line> out = new ArrayList<>();
            if (!columns) {
                out.addAll(rows(p, segments, page.width()));
                return out;
            }
            List<Segment> sorted = new ArrayList<>(segments);
            sorted.sort(Comparator.comparingDouble(Segment::y));
            List<Segment> bandLeft = new ArrayList<>();
            List<Segment> bandRight = new ArrayList<>();
            for (Segment s : sorted) {
                if (left.contains(s)) {
                    bandLeft.add(s);
                } else if (right.contains(s)) {
                    bandRight.add(s);
                } else {
                    flush(p, bandLeft, bandRight, out, mid);
                    out.addAll(rows(p, List.of(s), page.width()));
                }
            }
            flush(p, bandLeft, bandRight, out, mid);
            return out;
        }

        private static void flush(int p, List<Segment> left, List<Segment> right, List<Line> out, float mid) {
            out.addAll(rows(p, left, mid));
            out.addAll(rows(p, right, Float.NaN));
            left.clear();
            right.clear();
        }

        private static float medianWidth(List<Segment> segments) {
            float[] widths = new float[segments.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = segments.get(i).x1() - segments.get(i).x0();
            }
            java.util.Arrays.sort(widths);
            return widths[widths.length / 2];
        }

        /** Segments (of one column) top to bottom; segments on one baseline are the cells of one row. */
        private static List<Line> rows(int p, List<Segment> segments, float limit) {
            List<Segment> sorted = new ArrayList<>(segments);
            sorted.sort(Comparator.comparingDouble(Segment::y).thenComparingDouble(Segment::x0));
            float right = 0;
            for (Segment s : sorted) {
                right = Math.max(right, s.x1());
            }
            List<Line> out = new ArrayList<>();
            int i = 0;
            while (i < sorted.size()) {
                Segment first = sorted.get(i);
                int j = i + 1;
                while (j < sorted.size() && sorted.get(j).y() - first.y() < 0.5f * Math.max(first.size(), 1)) {
                    j++;
                }
                if (j == i + 1) {
                    out.add(new Line(
                            p,
                            first.text(),
                            first.x0(),
                            first.x1(),
                            first.y(),
                            first.size(),
                            first.bold(),
                            first.firstWordWidth(),
                            right,
                            false));
                } else {
                    List<Segment> cells = new ArrayList<>(sorted.subList(i, j));
                    cells.sort(Comparator.comparingDouble(Segment::x0));
                    StringBuilder text = new StringBuilder();
                    boolean bold = true;
                    for (Segment c : cells) {
                        if (text.length() > 0) {
                            text.append(" | ");
                        }
                        text.append(c.text());
                        bold &= c.bold();
                    }
                    Segment last = cells.get(cells.size() - 1);
                    out.add(new Line(
                            p,
                            text.toString(),
                            cells.get(0).x0(),
                            last.x1(),
                            first.y(),
                            first.size(),
                            bold,
                            0,
                            right,
                            true));
                }
                i = j;
            }
            return out;
        }

        /** The font size most characters are set in. */
        private float bodySize() {
            Map<Float, Integer> sizes = new HashMap<>();
            for (Page page : pages) {
                for (Glyph g : page.glyphs()) {
                    sizes.merge(g.size(), g.text().length(), Integer::sum);
                }
            }
            return sizes.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey)
                    .orElse(10f);
        }

        /** The usual distance between the baselines of consecutive body lines. */
        private float pitch(List<Line> lines) {
            Map<Integer, Integer> steps = new HashMap<>();
            for (int i = 1; i < lines.size(); i++) {
                Line a = lines.get(i - 1);
                Line b = lines.get(i);
                float dy = b.y() - a.y();
                if (a.page() == b.page() && dy > 0 && Math.abs(a.size() - bodySize) < 0.5f) {
                    steps.merge(Math.round(dy * 2), 1, Integer::sum);
                }
            }
            return steps.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(e -> Math.min(e.getKey() / 2f, bodySize * 2))
                    .orElse(bodySize * 1.2f);
        }

        private boolean heading(Line line) {
            if (line.row()) {
                return false;
            }
            int words = line.text().split("\\s+").length;
            if (line.size() >= bodySize * HEADING_SIZE && words <= 25) {
                return true;
            }
            return line.bold()
                    && words <= 12
                    && !CLOSED.matcher(line.text()).find()
                    && !MARKER.matcher(line.text()).matches();
        }

        private String join(List<Line> lines) {
            StringBuilder out = new StringBuilder();
            Line previous = null;
            boolean previousHeading = false;
            int page = -1;
            for (Line line : lines) {
                boolean heading = heading(line);
                String separator;
                if (previous == null) {
                    separator = "";
                } else if (heading || previousHeading) {
                    separator = heading && previousHeading && sameHeading(previous, line) ? " " : "\n\n";
                } else {
                    separator = separator(previous, line);
                }
                if (separator.equals("-")) {
                    out.setLength(out.length() - 1);
                    separator = "";
                } else if (separator.equals("=")) {
                    separator = "";
                }
                out.append(separator);
                if (line.page() != page) {
                    out.append(PAGE_MARK);
                    page = line.page();
                }
                out.append(line.text());
                previous = line;
                previousHeading = heading;
            }
            return out.toString();
        }

        private boolean sameHeading(Line a, Line b) {
            return a.page() == b.page()
                    && Math.abs(a.size() - b.size()) < 0.5f
                    && a.bold() == b.bold()
                    && b.y() > a.y()
                    && b.y() - a.y() < 1.6f * a.size();
        }

        /**
         * What stands between two consecutive lines: "\n\n" (a new paragraph), "\n" (a new line), " " (a
         * wrapped line), "-" (a word broken at a hyphen: the hyphen goes) or "=" (joined as is).
         */
        private String separator(Line a, Line b) {
            boolean samePlace = a.page() == b.page() && b.y() > a.y();
            if (samePlace && b.y() - a.y() > 1.6f * pitch) {
                return "\n\n";
            }
            if (a.row() || b.row() || MARKER.matcher(b.text()).matches()) {
                return "\n";
            }
            boolean reachesEdge = a.x1() + b.firstWordWidth() + 0.5f * a.size() >= a.right() - 1;
            if (!reachesEdge) {
                return samePlace ? "\n" : "\n\n";
            }
            String t = a.text();
            int n = t.length();
            if (brokenAddress(t)) {
                return "=";
            }
            if (n >= 2 && t.charAt(n - 1) == '-' && Character.isLetter(t.charAt(n - 2))) {
                char first = b.text().charAt(0);
                if (Character.isLowerCase(first)) {
                    return keepsHyphen(t, b.text()) ? "=" : "-";
                }
                return "=";
            }
            return " ";
        }

        /** A web address broken after one of its separators ("…/view?" + "articleId=1"): joined without a space. */
        private static boolean brokenAddress(String line) {
            int space = line.lastIndexOf(' ');
            String token = line.substring(space + 1);
            if (token.isEmpty() || URL_BREAK.indexOf(token.charAt(token.length() - 1)) < 0) {
                return false;
            }
            return token.contains("://")
                    || token.contains("www.")
                    || WEB_PATH.matcher(token).find();
        }

        /**
         * "general-purpose" keeps its hyphen when "general" and "purpose" are words of the document; "nego-
         * tiations" loses it (and so does any word the document also writes whole).
         */
        private boolean keepsHyphen(String before, String after) {
            int start = before.length() - 1;
            while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
                start--;
            }
            String head = before.substring(start, before.length() - 1).toLowerCase(Locale.ROOT);
            int end = 0;
            while (end < after.length() && Character.isLetter(after.charAt(end))) {
                end++;
            }
            String tail = after.substring(0, end).toLowerCase(Locale.ROOT);
            if (vocabulary.containsKey(head + tail)) {
                return false;
            }
            // each half stands once in the broken line itself: a word of the document stands elsewhere too
            return vocabulary.getOrDefault(head, 0) >= 2 && vocabulary.getOrDefault(tail, 0) >= 2;
        }
    }
}
