package org.briefingpack.render.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.briefingpack.render.ChartDrawing;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart laid out at its logical size (800 wide) onto an image twice as large and encodes it as PNG.
 * Every rendering hint is fixed and the encoder writes no metadata (no tIME or text chunks), so the same
 * chart gives the same bytes on the same JDK. Stateless.
 */
final class PngCanvas {

    static final int SCALE = 2;

    private PngCanvas() {}

    /** The hints every chart draws with: grayscale text antialiasing (never LCD, which depends on the screen). */
    static RenderingHints hints() {
        RenderingHints hints = new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        hints.put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        hints.put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        hints.put(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        hints.put(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        hints.put(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        hints.put(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
        hints.put(RenderingHints.KEY_DITHERING, RenderingHints.VALUE_DITHER_DISABLE);
        return hints;
    }

    static byte[] png(JFreeChart chart, int logicalWidth, int logicalHeight, PixelBuffers buffers) {
        return buffers.withImage(
                logicalWidth * SCALE, logicalHeight * SCALE, image -> draw(chart, logicalWidth, logicalHeight, image));
    }

    private static byte[] draw(JFreeChart chart, int logicalWidth, int logicalHeight, BufferedImage image) {
        Graphics2D g2 = image.createGraphics();
        try {
            g2.setPaint(Color.WHITE);
            g2.fillRect(0, 0, image.getWidth(), image.getHeight());
            g2.scale(SCALE, SCALE);
            drawing(chart, logicalWidth, logicalHeight).draw(g2);
        } finally {
            g2.dispose();
        }
        return encode(image);
    }

    /** The chart as vector drawing at its logical size, with the same hints as its PNG. */
    static ChartDrawing drawing(JFreeChart chart, int logicalWidth, int logicalHeight) {
        return new ChartDrawing() {
            @Override
            public int width() {
                return logicalWidth;
            }

            @Override
            public int height() {
                return logicalHeight;
            }

            @Override
            public void draw(Graphics2D g2) {
                g2.setRenderingHints(hints());
                chart.setRenderingHints(hints());
                chart.draw(g2, new Rectangle2D.Double(0, 0, logicalWidth, logicalHeight));
            }
        };
    }

    static byte[] encode(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt ints
                && ints.getNumBanks() == 1
                && ints.getOffset() == 0
                && ints.getSize() == image.getWidth() * image.getHeight()
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0) {
            return FastPng.encode(ints.getData(), image.getWidth(), image.getHeight());
        }
        return encodeWithImageIo(image);
    }

    /** The JDK's encoder: for image layouts {@link FastPng} does not take. */
    static byte[] encodeWithImageIo(BufferedImage image) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IllegalStateException("No PNG encoder in this JDK's ImageIO");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 * 1024);
        // A memory cache, not ImageIO's default disk cache: no temp files, no global cache setting touched.
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                // deflate at a fixed middle level: deterministic
                param.setCompressionQuality(0.5f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode chart PNG", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
