package org.briefingpack.render.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.InputStream;

import javax.imageio.ImageIO;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;

/**
 * Turns an opaque PNG (our charts) into a PDF image from its raw RGB samples in one pass over the pixel array.
 * OpenPDF's own path ({@code Image.getInstance(byte[])}) decodes with ImageIO and then grabs every pixel
 * through the AWT colour model one at a time, which took about half of all render time. The samples and
 * therefore the PDF bytes are the same; images with transparency or unusual layouts return null and take
 * OpenPDF's path. Stateless.
 */
final class RasterImages {

    private RasterImages() {
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
