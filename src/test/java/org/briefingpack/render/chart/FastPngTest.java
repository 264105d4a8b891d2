package org.briefingpack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FastPngTest {

    @ParameterizedTest(name = "{0}x{1}, seed {2}")
    @CsvSource({"1, 1, 1", "3, 2, 2", "17, 9, 3", "1600, 40, 4", "301, 257, 5"})
    void encode_whenDecodedAgain_thenEveryPixelIsTheSame(int width, int height, long seed) throws IOException {
        BufferedImage image = sample(width, height, seed);

        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngCanvas.encode(image)));

        assertThat(decoded.getWidth()).isEqualTo(width);
        assertThat(decoded.getHeight()).isEqualTo(height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(decoded.getRGB(x, y) & 0xffffff)
                        .as("pixel %d,%d", x, y)
                        .isEqualTo(image.getRGB(x, y) & 0xffffff);
            }
        }
    }

    @Test
    void encode_whenCalledTwiceOnTheSamePixels_thenGivesTheSameBytes() {
        BufferedImage image = sample(640, 200, 7);

        assertThat(PngCanvas.encode(image)).isEqualTo(PngCanvas.encode(sample(640, 200, 7)));
    }

    @ParameterizedTest(name = "{0} colours")
    @CsvSource({"1, 3", "2, 3", "256, 3", "257, 2", "5000, 2"})
    void encode_withAtMost256Colours_isIndexed_andDecodesToTheSamePixels(int colours, int colourType)
            throws IOException {
        int width = 97;
        int height = 61;
        int[] pixels = new int[width * height];
        Random random = new Random(colours);
        int[] palette = new int[colours];
        for (int i = 0; i < colours; i++) {
            palette[i] = i == 0 ? 0xffffff : random.nextInt(0x1000000);
        }
        for (int i = 0; i < pixels.length; i++) {
            // every colour appears, in runs and scattered
            pixels[i] = i < colours ? palette[i] : palette[(i / 7 + random.nextInt(3)) % colours];
        }
        byte[] png = FastPng.encode(pixels, width, height);

        assertThat(png[8 + 8 + 9]).as("IHDR colour type").isEqualTo((byte) colourType);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(decoded.getRGB(x, y) & 0xffffff)
                        .as("pixel %d,%d", x, y)
                        .isEqualTo(pixels[y * width + x]);
            }
        }
    }

    @ParameterizedTest(name = "{0} colours per band")
    @CsvSource({"3, 3", "400, 2"})
    void encode_ofBandsOfRepeatedRows_decodesToTheSamePixels(int coloursPerBand, int colourType) throws IOException {
        // Runs of identical rows (as in a chart's background and bars) are skipped whole by the encoder.
        int width = 300;
        int height = 90;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            int band = y / 7;
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = band % 2 == 0 ? 0xffffff : (band * 40503 + x % coloursPerBand * 977) & 0xffffff;
            }
        }
        byte[] png = FastPng.encode(pixels, width, height);

        assertThat(png[8 + 8 + 9]).as("IHDR colour type").isEqualTo((byte) colourType);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(decoded.getRGB(x, y) & 0xffffff)
                        .as("pixel %d,%d", x, y)
                        .isEqualTo(pixels[y * width + x]);
            }
        }
    }

    @Test
    void encode_whenPixelsDoNotMatchTheSize_thenRefuses() {
        assertThatThrownBy(() -> FastPng.encode(new int[5], 2, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Flat areas, lines and noise: every filter type wins somewhere. */
    private static BufferedImage sample(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f3a5f));
        g.fillRect(0, 0, width / 2 + 1, height);
        g.setColor(Color.ORANGE);
        g.drawLine(0, 0, width, height);
        g.dispose();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(seed);
        for (int i = 0; i < pixels.length; i += 7) {
            pixels[i] = random.nextInt(0x1000000);
        }
        return image;
    }
}
