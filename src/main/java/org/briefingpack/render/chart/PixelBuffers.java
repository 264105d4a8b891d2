package org.briefingpack.render.chart;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;

/**
 * Lends pixel arrays to chart draws. A chart is drawn on a 1600 x 900 (or taller) RGB image, an array too big
 * for the young generation, so a new one per draw would set off garbage collections of its own. Here a draw gets an image of exactly its size over
 * an array kept from an earlier draw, when one is large enough. At most {@code maxIdle} arrays are kept.
 * Thread-safe; an array serves one draw at a time.
 */
final class PixelBuffers {

    private static final DirectColorModel RGB = new DirectColorModel(24, 0xff0000, 0x00ff00, 0x0000ff);

    private final int maxIdle;
    private final ConcurrentLinkedDeque<int[]> idle = new ConcurrentLinkedDeque<>();

    PixelBuffers(int maxIdle) {
        this.maxIdle = maxIdle;
    }

    /**
     * Runs {@code draw} on a {@code width} x {@code height} TYPE_INT_RGB image whose pixels are not cleared
     * (the draw paints every pixel), and takes the array back afterwards, also on failure.
     */
    <T> T withImage(int width, int height, Function<BufferedImage, T> draw) {
        int size = Math.multiplyExact(width, height);
        int[] pixels = borrow(size);
        try {
            DataBufferInt buffer = new DataBufferInt(pixels, size);
            WritableRaster raster = Raster.createPackedRaster(buffer, width, height, width, RGB.getMasks(), null);
            return draw.apply(new BufferedImage(RGB, raster, false, null));
        } finally {
            if (idle.size() < maxIdle) {
                idle.offerFirst(pixels);
            }
        }
    }

    /** Arrays waiting for a draw (for tests). */
    int idleCount() {
        return idle.size();
    }

    private int[] borrow(int size) {
        for (Iterator<int[]> it = idle.iterator(); it.hasNext(); ) {
            int[] candidate = it.next();
            if (candidate.length >= size && idle.removeFirstOccurrence(candidate)) {
                return candidate;
            }
        }
        return new int[size];
    }
}
