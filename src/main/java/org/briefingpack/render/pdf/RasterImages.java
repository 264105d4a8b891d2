package org.briefingpack.render.pdf;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfString;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;

/**
 * Turns a PNG (our charts) into a PDF image cheaply: a plain truecolour PNG is embedded as it is (its
 * compressed data with PNG predictors, no decoding at all); another opaque PNG from its raw RGB samples in
 * one pass over the pixel array.
 * OpenPDF's own path ({@code Image.getInstance(byte[])}) decodes with ImageIO and then grabs every pixel
 * through the AWT colour model one at a time, which took about half of all render time. The samples and
 * therefore the PDF bytes are the same; images with transparency or unusual layouts return null and take
 * OpenPDF's path. Stateless.
 */
final class RasterImages {

    private RasterImages() {}

    /**
     * The PDF image for a plain 8-bit truecolour or indexed PNG (not interlaced, no transparency, gamma or
     * colour profile: what the chart renderer writes) without decoding it: PDF's Flate filter with PNG
     * predictors reads the PNG's compressed data as it is, and an indexed image's palette becomes an
     * {@code /Indexed} colour space. Null for any other PNG.
     */
    static Image passThrough(byte[] png) {
        if (png.length < 8 + 25 || !startsWithSignature(png)) {
            return null;
        }
        ByteArrayOutputStream idat = new ByteArrayOutputStream(png.length);
        int width = 0;
        int height = 0;
        int colourType = -1;
        byte[] palette = null;
        boolean header = false;
        int at = 8;
        while (at + 12 <= png.length) {
            int length = readInt(png, at);
            String type = new String(png, at + 4, 4, StandardCharsets.ISO_8859_1);
            int data = at + 8;
            if (length < 0 || data + length + 4 > png.length) {
                return null;
            }
            switch (type) {
                case "IHDR" -> {
                    if (length != 13
                            || png[data + 8] != 8
                            || (png[data + 9] != 2 && png[data + 9] != 3)
                            || png[data + 10] != 0
                            || png[data + 11] != 0
                            || png[data + 12] != 0) {
                        return null;
                    }
                    width = readInt(png, data);
                    height = readInt(png, data + 4);
                    colourType = png[data + 9];
                    header = true;
                }
                case "PLTE" -> {
                    if (length == 0 || length % 3 != 0 || length > 256 * 3) {
                        return null;
                    }
                    palette = java.util.Arrays.copyOfRange(png, data, data + length);
                }
                case "IDAT" -> idat.write(png, data, length);
                case "IEND" -> {
                    boolean complete = header
                            && width > 0
                            && height > 0
                            && idat.size() > 0
                            && (colourType == 2 || palette != null);
                    return complete
                            ? deflated(width, height, colourType == 3 ? palette : null, idat.toByteArray())
                            : null;
                }
                default -> {
                    // any other chunk may change how the pixels look (gamma, profile, transparency): decode instead
                    return null;
                }
            }
            at = data + length + 4;
        }
        return null;
    }

    /** @param palette an indexed image's PLTE data, or null for truecolour */
    private static Image deflated(int width, int height, byte[] palette, byte[] zlib) {
        int components = palette == null ? 3 : 1;
        try {
            Image image = Image.getInstance(width, height, components, 8, zlib);
            image.setDeflated(true);
            PdfDictionary predictor = new PdfDictionary();
            predictor.put(PdfName.PREDICTOR, new PdfNumber(15));
            predictor.put(PdfName.COLORS, new PdfNumber(components));
            predictor.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
            predictor.put(PdfName.COLUMNS, new PdfNumber(width));
            PdfDictionary additional = new PdfDictionary();
            additional.put(PdfName.DECODEPARMS, predictor);
            if (palette != null) {
                PdfArray indexed = new PdfArray();
                indexed.add(PdfName.INDEXED);
                indexed.add(PdfName.DEVICERGB);
                indexed.add(new PdfNumber(palette.length / 3 - 1));
                indexed.add(new PdfString(palette));
                additional.put(PdfName.COLORSPACE, indexed);
            }
            image.setAdditional(additional);
            return image;
        } catch (BadElementException e) {
            return null;
        }
    }

    private static boolean startsWithSignature(byte[] png) {
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        for (int i = 0; i < signature.length; i++) {
            if (png[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static int readInt(byte[] bytes, int at) {
        return (bytes[at] & 0xff) << 24
                | (bytes[at + 1] & 0xff) << 16
                | (bytes[at + 2] & 0xff) << 8
                | bytes[at + 3] & 0xff;
    }

    /** The PDF image for an opaque 8-bit RGB PNG, or null when it has alpha or another layout. */
    static Image opaqueRgb(InputStream png) throws IOException {
        BufferedImage decoded = ImageIO.read(png);
        if (decoded == null || decoded.getColorModel().hasAlpha()) {
            return null;
        }
        byte[] rgb = samples(decoded);
        if (rgb == null) {
            return null;
        }
        try {
            return Image.getInstance(decoded.getWidth(), decoded.getHeight(), 3, 8, rgb);
        } catch (BadElementException e) {
            return null;
        }
    }

    private static byte[] samples(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        byte[] rgb = new byte[width * height * 3];
        switch (image.getType()) {
            case BufferedImage.TYPE_3BYTE_BGR -> {
                if (image.getRaster().getDataBuffer().getNumBanks() != 1
                        || image.getRaster().getSampleModelTranslateX() != 0
                        || image.getRaster().getSampleModelTranslateY() != 0) {
                    return null;
                }
                byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
                if (bgr.length != rgb.length) {
                    return null;
                }
                for (int i = 0; i < rgb.length; i += 3) {
                    rgb[i] = bgr[i + 2];
                    rgb[i + 1] = bgr[i + 1];
                    rgb[i + 2] = bgr[i];
                }
                return rgb;
            }
            case BufferedImage.TYPE_INT_RGB -> {
                int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
                if (pixels.length != width * height) {
                    return null;
                }
                for (int p = 0, i = 0; p < pixels.length; p++, i += 3) {
                    int pixel = pixels[p];
                    rgb[i] = (byte) (pixel >> 16);
                    rgb[i + 1] = (byte) (pixel >> 8);
                    rgb[i + 2] = (byte) pixel;
                }
                return rgb;
            }
            default -> {
                return null;
            }
        }
    }
}
