package org.briefingpack.render.pdf;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.Deflater;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.css.style.CalculatedStyle;
import org.xhtmlrenderer.css.style.FSDerivedValue;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * Flying Saucer's font resolver, kept from one render to the next. The stock resolver drops its
 * {@code @font-face} fonts at every {@code setDocument} and parses them again, every font file of the
 * template for every briefing. This one reloads only when the
 * faces differ from the last render's: another rule, another file, or a user's font file changed on disk.
 *
 * <p>Not thread-safe: an instance serves one render at a time ({@link FontResolverPool} lends it out), since
 * every render seeds the fonts' subset-prefix generators for reproducible bytes.
 */
final class ReusableFontResolver extends ITextFontResolver {

    private static final int FONT_COMPRESSION = Deflater.BEST_SPEED;

    /** What the loaded faces were built from; null when none are loaded or a load did not finish. */
    private List<String> loadedFaces;

    /** The charts' fonts for ordinary and for archival PDFs, loaded when first asked for. */
    private ChartFonts chartFonts;

    private ChartFonts archivalChartFonts;

    /** The fonts the charts of this render write their text with: its own, as the render seeds them. */
    ChartFonts chartFonts(boolean archive) {
        if (archive) {
            if (archivalChartFonts == null) {
                archivalChartFonts = new ChartFonts(false);
            }
            return archivalChartFonts;
        }
        if (chartFonts == null) {
            chartFonts = new ChartFonts(true);
        }
        return chartFonts;
    }

    @Override
    public void flushFontFaceFonts() {
        // Deferred: importFontFaces flushes when the faces changed. setDocument always calls this first.
    }

    @Override
    public void importFontFaces(List<FontFaceRule> fontFaces, UserAgentCallback userAgentCallback) {
        List<String> faces = describe(fontFaces, userAgentCallback);
        if (faces.equals(loadedFaces)) {
            return;
        }
        loadedFaces = null;
        super.flushFontFaceFonts();
        super.importFontFaces(fontFaces, userAgentCallback);
        // Each PDF embeds subsets of these fonts, deflated at zlib's default level 6 unless told otherwise:
        // level 1 costs a few percent in size and takes a third of the time.
        getFonts()
                .values()
                .forEach(family -> family.getFontDescriptions()
                        .forEach(description -> description.getFont().setCompressionLevel(FONT_COMPRESSION)));
        loadedFaces = faces;
    }

    /** One line per rule with everything the stock import reads, and the version of each local font file. */
    static List<String> describe(List<FontFaceRule> fontFaces, UserAgentCallback userAgentCallback) {
        List<String> lines = new ArrayList<>(fontFaces.size());
        for (FontFaceRule rule : fontFaces) {
            CalculatedStyle style = rule.getCalculatedStyle();
            String src = source(style.valueByName(CSSName.SRC), userAgentCallback);
            String metrics = source(style.valueByName(CSSName.FS_FONT_METRIC_SRC), userAgentCallback);
            lines.add(String.join(
                    "|",
                    src,
                    version(src),
                    metrics,
                    version(metrics),
                    rule.hasFontFamily()
                            ? style.valueByName(CSSName.FONT_FAMILY).asString()
                            : "",
                    rule.hasFontWeight() ? String.valueOf(style.getIdent(CSSName.FONT_WEIGHT)) : "",
                    rule.hasFontStyle() ? String.valueOf(style.getIdent(CSSName.FONT_STYLE)) : "",
                    String.valueOf(style.isIdent(CSSName.FS_PDF_FONT_EMBED, IdentValue.EMBED)),
                    String.valueOf(style.getStringProperty(CSSName.FS_PDF_FONT_ENCODING))));
        }
        return lines;
    }

    private static String source(FSDerivedValue value, UserAgentCallback userAgentCallback) {
        if (value == IdentValue.NONE) {
            return "";
        }
        String resolved = userAgentCallback.resolveURI(value.asString());
        return resolved == null ? value.asString() : resolved;
    }

    /**
     * A user's font file can be edited while a scheduled process lives on: its size and time tell. Fonts inside
     * the application's jar cannot change under a running process.
     */
    private static String version(String uri) {
        if (!uri.toLowerCase(Locale.ROOT).startsWith("file:")) {
            return "";
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(Path.of(URI.create(uri)), BasicFileAttributes.class);
            return attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        } catch (IOException | IllegalArgumentException e) {
            return "unreadable";
        }
    }
}
