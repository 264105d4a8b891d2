package org.briefingpack.render.chart;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * A PNG encoder for opaque 8-bit RGB pixels. Kept instead of ImageIO's because the scale run loses more than
 * 10% without it (docs/performance.md). A chart of at most 256 colours (most are: flat fills, and text
 * antialiased against a few backgrounds) is written as an indexed image, one byte per pixel instead of three,
 * lossless; any other image as truecolour. Rows are compressed by {@link RowDeflater};
 * no ancillary chunks, so the same pixels always give the same bytes. Stateless.
 */
final class FastPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int IDAT_MAX = 1 << 20;
    private static final int TRUECOLOUR = 2;
    private static final int INDEXED = 3;

    private FastPng() {}

    /**
     * Encodes the first {@code width * height} of {@code pixels} (0xRRGGBB, row by row; the array may be longer,
     * as a reused buffer is) as a PNG: indexed when they have at most 256 colours.
     */
    static byte[] encode(int[] pixels, int width, int height) {
        if (width <= 0 || height <= 0 || pixels.length < (long) width * height) {
            throw new IllegalArgumentException("pixels do not match " + width + "x" + height);
        }
        Palette palette = Palette.of(pixels, width, height);
        return palette == null ? truecolour(pixels, width, height) : indexed(pixels, width, height, palette);
    }

    /**
     * Whether row {@code y} has the same pixels as the row above. Most rows of a chart do (background, the
     * body of a bar); they are skipped whole, compared with a vectorised {@link Arrays#equals}, instead of
     * pixel by pixel.
     */
    static boolean sameAsRowAbove(int[] pixels, int width, int y) {
        int from = y * width;
        return y > 0 && Arrays.equals(pixels, from, from + width, pixels, from - width, from);
    }

    private static byte[] truecolour(int[] pixels, int width, int height) {
        int stride = width * 3;
        RowDeflater rows = new RowDeflater(stride, width * height / 8);
        try {
            for (int y = 0; y < height; y++) {
                if (sameAsRowAbove(pixels, width, y)) {
                    rows.repeatRow();
                    continue;
                }
                byte[] current = rows.current();
                for (int x = 0, p = y * width, i = 0; x < width; x++, p++, i += 3) {
                    int pixel = pixels[p];
                    current[i] = (byte) (pixel >> 16);
                    current[i + 1] = (byte) (pixel >> 8);
                    current[i + 2] = (byte) pixel;
                }
                rows.deflateRow();
            }
            return png(width, height, TRUECOLOUR, null, rows.finish());
        } finally {
            rows.end();
        }
    }

    private static byte[] indexed(int[] pixels, int width, int height, Palette palette) {
        RowDeflater rows = new RowDeflater(width, width * height / 24);
        try {
            int lastPixel = pixels[0];
            byte lastIndex = palette.indexOf(lastPixel);
            for (int y = 0; y < height; y++) {
                if (sameAsRowAbove(pixels, width, y)) {
                    rows.repeatRow();
                    continue;
                }
                byte[] current = rows.current();
                for (int x = 0, p = y * width; x < width; x++, p++) {
                    int pixel = pixels[p];
                    if (pixel != lastPixel) {
                        lastPixel = pixel;
                        lastIndex = palette.indexOf(pixel);
                    }
                    current[x] = lastIndex;
                }
                rows.deflateRow();
            }
            return png(width, height, INDEXED, palette.plte(), rows.finish());
        } finally {
            rows.end();
        }
    }

    private static byte[] png(int width, int height, int colourType, byte[] plte, byte[] data) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(data.length + (plte == null ? 0 : plte.length) + 128);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per sample (per index for an indexed image)
        header[9] = (byte) colourType;
        chunk(png, "IHDR", header, 0, header.length);
        if (plte != null) {
            chunk(png, "PLTE", plte, 0, plte.length);
        }
        for (int offset = 0; offset < data.length; offset += IDAT_MAX) {
            chunk(png, "IDAT", data, offset, Math.min(IDAT_MAX, data.length - offset));
        }
        chunk(png, "IEND", new byte[0], 0, 0);
        return png.toByteArray();
    }

    /**
     * The colours of an image in order of first appearance (so the same pixels give the same palette), or none
     * when there are more than 256. An open-addressing table; runs of one colour are looked up once.
     */
    static final class Palette {
        static final int MAX_COLOURS = 256;
        private static final int SLOTS = 1024; // a power of two, under a quarter full at most
        private final int[] keys = new int[SLOTS];
        private final byte[] indexes = new byte[SLOTS];
        private final boolean[] used = new boolean[SLOTS];
        private final int[] colours = new int[MAX_COLOURS];
        private int size;

        static Palette of(int[] pixels, int width, int height) {
            Palette palette = new Palette();
            int last = ~pixels[0];
            for (int y = 0; y < height; y++) {
                if (sameAsRowAbove(pixels, width, y)) {
                    continue;
                }
                for (int i = y * width, end = i + width; i < end; i++) {
                    int pixel = pixels[i];
                    if (pixel != last) {
                        last = pixel;
                        if (!palette.add(pixel & 0xffffff)) {
                            return null;
                        }
                    }
                }
            }
            return palette;
        }

        /** Adds a colour unless present; false when it would be colour 257. */
        private boolean add(int colour) {
            int slot = slot(colour);
            while (used[slot]) {
                if (keys[slot] == colour) {
                    return true;
                }
                slot = (slot + 1) & (SLOTS - 1);
            }
            if (size == MAX_COLOURS) {
                return false;
            }
            used[slot] = true;
            keys[slot] = colour;
            indexes[slot] = (byte) size;
            colours[size++] = colour;
            return true;
        }

        byte indexOf(int pixel) {
            int colour = pixel & 0xffffff;
            int slot = slot(colour);
            while (keys[slot] != colour || !used[slot]) {
                slot = (slot + 1) & (SLOTS - 1);
            }
            return indexes[slot];
        }

        /** The PLTE chunk's data: red, green, blue per colour. */
        byte[] plte() {
            byte[] plte = new byte[size * 3];
            for (int i = 0; i < size; i++) {
                plte[3 * i] = (byte) (colours[i] >> 16);
                plte[3 * i + 1] = (byte) (colours[i] >> 8);
                plte[3 * i + 2] = (byte) colours[i];
            }
            return plte;
        }

        private static int slot(int colour) {
            return (colour * 0x9E3779B1 >>> 22) & (SLOTS - 1);
        }
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data, int offset, int length) {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        for (int i = 0; i < 4; i++) {
            head[4 + i] = (byte) type.charAt(i);
        }
        png.write(head, 0, 8);
        png.write(data, offset, length);
        CRC32 crc = new CRC32();
        crc.update(head, 4, 4);
        crc.update(data, offset, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        png.write(tail, 0, 4);
    }

    private static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}
