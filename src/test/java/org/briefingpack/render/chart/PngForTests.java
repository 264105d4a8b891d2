package org.briefingpack.render.chart;

import java.awt.image.BufferedImage;

/** Lets tests in other packages encode a PNG exactly as the chart renderer does. */
public final class PngForTests {

    private PngForTests() {}

    public static byte[] encode(BufferedImage image) {
        return PngCanvas.encode(image);
    }
}
