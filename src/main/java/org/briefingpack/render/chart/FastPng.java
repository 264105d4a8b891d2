package org.briefingpack.render.chart;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG encoder for opaque 8-bit RGB pixels, several times faster than ImageIO's (which fetched every row
 * through the sample model and computed CRCs in Java: a third of all render time). Every row is Up-filtered;
 * zlib (native) at its fastest
 * level (charts are flat colour: files stay small, and deflate was half the encoding time at level 4); no
 * ancillary chunks, so the same pixels always give the same bytes. Stateless.
 */
final class FastPng {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int LEVEL = 1;
    private static final int IDAT_MAX = 1 << 20;

    private FastPng() {
    }

    /** Encodes {@code pixels} (0xRRGGBB, row by row) as a truecolour PNG. */
    static byte[] encode(int[] pixels, int width, int height) {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("pixels do not match " + width + "x" + height);
        }
        int stride = width * 3;
        byte[] previous = new byte[stride];
        byte[] current = new byte[stride];
        byte[] row = new byte[stride + 1];
        Deflater deflater = new Deflater(LEVEL);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(64 * 1024, pixels.length / 8));
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int y = 0; y < height; y++) {
                for (int x = 0, p = y * width, i = 0; x < width; x++, p++, i += 3) {
                    int pixel = pixels[p];
                    current[i] = (byte) (pixel >> 16);
                    current[i + 1] = (byte) (pixel >> 8);
                    current[i + 2] = (byte) pixel;
                }
                upFiltered(current, previous, row);
                deflater.setInput(row, 0, stride + 1);
                while (!deflater.needsInput()) {
                    int n = deflater.deflate(buffer, 0, buffer.length, Deflater.NO_FLUSH);
                    compressed.write(buffer, 0, n);
                }
                byte[] swap = previous;
                previous = current;
                current = swap;
            }
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buffer);
                compressed.write(buffer, 0, n);
            }
        } finally {
            deflater.end();
        }

        byte[] data = compressed.toByteArray();
        ByteArrayOutputStream png = new ByteArrayOutputStream(data.length + 128);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;   // bits per sample
        header[9] = 2;   // truecolour
        chunk(png, "IHDR", header, 0, header.length);
        for (int offset = 0; offset < data.length; offset += IDAT_MAX) {
            chunk(png, "IDAT", data, offset, Math.min(IDAT_MAX, data.length - offset));
        }
        chunk(png, "IEND", new byte[0], 0, 0);
        return png.toByteArray();
    }

    /**
     * The row with its filter byte: Up (2), the difference from the row above. Charts are mostly flat colour,
     * so Up turns most rows into zeros; trying every filter per row cost more than the deflate it saved.
     */
    private static void upFiltered(byte[] row, byte[] above, byte[] out) {
        out[0] = 2;
        for (int i = 0; i < row.length; i++) {
            out[i + 1] = (byte) (row[i] - above[i]);
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
