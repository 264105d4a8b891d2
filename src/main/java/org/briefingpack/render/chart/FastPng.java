package org.briefingpack.render.chart;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG encoder for opaque 8-bit RGB pixels, several times faster than ImageIO's (which fetched every row
 * through the sample model and computed CRCs in Java: a third of all render time). Each row gets the filter
 * (None, Sub or Up) with the smallest sum of absolute values, the usual heuristic; zlib (native) at its fastest
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
        byte[][] candidates = {new byte[stride + 1], new byte[stride + 1], new byte[stride + 1]};
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
                byte[] row = filtered(current, previous, candidates);
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

    /** The row with its filter byte: None (0), Sub (1) or Up (2), whichever sums smallest. */
    private static byte[] filtered(byte[] row, byte[] above, byte[][] out) {
        int n = row.length;
        byte[] none = out[0];
        byte[] sub = out[1];
        byte[] up = out[2];
        none[0] = 0;
        sub[0] = 1;
        up[0] = 2;
        long sumNone = 0;
        long sumSub = 0;
        long sumUp = 0;
        for (int i = 0; i < n; i++) {
            int value = row[i] & 0xff;
            byte s = (byte) (value - (i >= 3 ? row[i - 3] & 0xff : 0));
            byte u = (byte) (value - (above[i] & 0xff));
            none[i + 1] = row[i];
            sub[i + 1] = s;
            up[i + 1] = u;
            sumNone += Math.abs((int) row[i]);
            sumSub += Math.abs((int) s);
            sumUp += Math.abs((int) u);
        }
        if (sumUp <= sumSub && sumUp <= sumNone) {
            return up;
        }
        return sumSub <= sumNone ? sub : none;
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
