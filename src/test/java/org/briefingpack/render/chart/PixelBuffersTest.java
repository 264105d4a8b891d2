package org.briefingpack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.junit.jupiter.api.Test;

class PixelBuffersTest {

    @Test
    void withImage_givesAnRgbImageOfExactlyTheSizeAsked_overAnArrayKeptForTheNextDraw() {
        PixelBuffers buffers = new PixelBuffers(2);

        int[] first = buffers.withImage(40, 30, image -> {
            assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
            assertThat(image.getWidth()).isEqualTo(40);
            assertThat(image.getHeight()).isEqualTo(30);
            return pixels(image);
        });
        int[] smaller = buffers.withImage(20, 10, PixelBuffersTest::pixels);

        assertThat(smaller).as("a smaller draw reuses the larger array").isSameAs(first);
        assertThat(buffers.idleCount()).isEqualTo(1);
    }

    @Test
    void withImage_largerThanAnyKeptArray_getsANewOne() {
        PixelBuffers buffers = new PixelBuffers(2);
        int[] small = buffers.withImage(10, 10, PixelBuffersTest::pixels);

        int[] large = buffers.withImage(100, 10, PixelBuffersTest::pixels);

        assertThat(large).isNotSameAs(small).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(buffers.idleCount()).isEqualTo(2);
    }

    @Test
    void withImage_drawsRunningAtOnce_neverShareAnArray_andAtMostMaxIdleAreKept() {
        PixelBuffers buffers = new PixelBuffers(1);

        int[][] inner = new int[1][];
        int[] outer = buffers.withImage(10, 10, image -> {
            inner[0] = buffers.withImage(10, 10, PixelBuffersTest::pixels);
            return pixels(image);
        });

        assertThat(inner[0]).isNotSameAs(outer);
        assertThat(buffers.idleCount()).isEqualTo(1);
    }

    @Test
    void withImage_whenTheDrawFails_stillTakesTheArrayBack() {
        PixelBuffers buffers = new PixelBuffers(1);
        try {
            buffers.withImage(10, 10, image -> {
                throw new IllegalStateException("draw failed");
            });
        } catch (IllegalStateException expected) {
            // the failure is the caller's; the array is the pool's
        }
        assertThat(buffers.idleCount()).isEqualTo(1);
    }

    private static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
