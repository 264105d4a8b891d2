package org.briefingpack.render.pdf;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.GregorianCalendar;
import org.briefingpack.io.Sha256;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Makes the PDF's bytes a function of its content and the generation time. OpenPDF otherwise stamps the
 * clock into CreationDate, draws the trailer /ID and every font-subset prefix ("ABCDEF+LiberationSans")
 * from SecureRandom. Here the dates are {@code generatedAt}, the ID is a hash of the content, and each font
 * draws its prefix from a generator seeded by that hash and the font's name. Also sets the document
 * language and asks viewers to open the outline and show the title. One instance per render.
 */
final class ReproducibleOutput extends DefaultPDFCreationListener {

    private final byte[] contentHash;
    private final Instant generatedAt;
    private final String language;
    private final boolean archive;
    private final byte[] facts;

    ReproducibleOutput(String content, Instant generatedAt, String language) {
        this(content, generatedAt, language, false, null);
    }

    /**
     * @param archive write PDF/A ({@link ArchivalPdf})
     * @param facts   the {@code facts.json} an archival PDF embeds, or null
     */
    ReproducibleOutput(String content, Instant generatedAt, String language, boolean archive, byte[] facts) {
        this.contentHash = sha256((content + "\n" + generatedAt).getBytes(StandardCharsets.UTF_8));
        this.generatedAt = generatedAt;
        this.language = language;
        this.archive = archive;
        this.facts = facts;
    }

    /** Seeds every font the renderer knows before anything is written. */
    void seedFonts(ITextRenderer renderer) {
        renderer.getFontResolver().getFonts().values().forEach(family -> {
            for (FontDescription description : family.getFontDescriptions()) {
                BaseFont font = description.getFont();
                // PDF/A-2 and -3 make a CIDSet optional, and veraPDF finds OpenPDF's incomplete for a subset;
                // set either way, as font objects may be shared between renderers
                font.setIncludeCidSet(!archive);
                font.setSecureRandom(seededRandom(family.getName() + "|" + font.getPostscriptFontName() + "|"
                        + description.getWeight() + "|" + description.getStyle()));
            }
        });
    }

    /** Seeds the fonts a render's charts write their text with ({@link VectorCharts}). */
    void seedChartFonts(ChartFonts fonts) {
        for (BaseFont font : fonts.fonts()) {
            font.setSecureRandom(seededRandom("chart|" + font.getPostscriptFontName()));
        }
    }

    @Override
    public void preOpen(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        if (archive) {
            ArchivalPdf.beforeOpen(writer);
        }
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        PdfDictionary info = writer.getInfo();
        PdfDate date = new PdfDate(GregorianCalendar.from(generatedAt.atZone(ZoneOffset.UTC)));
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        byte[] id = Arrays.copyOf(contentHash, 16);
        // OpenPDF takes the trailer /ID from the info dictionary when one is there.
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        if (archive) {
            ArchivalPdf.beforeClose(writer, generatedAt, facts);
        }
    }

    private SecureRandom seededRandom(String salt) {
        try {
            // SHA1PRNG seeded before first use is a fixed sequence, unlike the default generator.
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
            byte[] seed = Arrays.copyOf(contentHash, contentHash.length + saltBytes.length);
            System.arraycopy(saltBytes, 0, seed, contentHash.length, saltBytes.length);
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA1PRNG unavailable; cannot make reproducible PDFs", e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return Sha256.digest().digest(bytes);
    }
}
