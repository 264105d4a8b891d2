package org.briefingpack.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts a chart's text is written with in the PDF: the shipped Liberation Sans (regular and bold) and
 * DejaVu Sans, the same files the charts are drawn with, embedded as subsets.
 *
 * <p>Not thread-safe: an instance serves one render at a time, as each render seeds the fonts' subset-prefix
 * generators ({@link ReproducibleOutput#seedChartFonts}); {@link ReusableFontResolver} keeps one for the renders
 * it serves.
 */
final class ChartFonts implements FontMapper {

    private final BaseFont regular = load("LiberationSans-Regular.ttf");
    private final BaseFont bold = load("LiberationSans-Bold.ttf");
    private final BaseFont fallback = load("DejaVuSans.ttf");

    /** @param cidSet whether subsets carry a CIDSet: not for PDF/A, where veraPDF finds OpenPDF's incomplete */
    ChartFonts(boolean cidSet) {
        regular.setIncludeCidSet(cidSet);
        bold.setIncludeCidSet(cidSet);
        fallback.setIncludeCidSet(cidSet);
    }

    /** The fonts, for a render to seed. */
    List<BaseFont> fonts() {
        return List.of(regular, bold, fallback);
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        if (font.getFamily().startsWith("DejaVu")) {
            return fallback;
        }
        // the shipped bold face is a font of its own (style plain, name "Liberation Sans Bold")
        return font.isBold() || font.getFontName().contains("Bold") ? bold : regular;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        throw new UnsupportedOperationException("charts only write text into the PDF");
    }

    private static BaseFont load(String file) {
        String resource = "/briefing-templates/fonts/" + file;
        try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font on the classpath: " + resource);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        } catch (DocumentException e) {
            throw new IllegalStateException("Not a usable TrueType font: " + resource, e);
        }
    }
}
