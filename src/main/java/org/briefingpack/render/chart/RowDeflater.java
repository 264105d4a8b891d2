package org.briefingpack.render.chart;

import java.io.ByteArrayOutputStream;
import java.util.zip.Adler32;
import java.util.zip.Deflater;

/**
 * Up-filters image rows and compresses them into one zlib stream (a PNG's IDAT data).
 *
 * <p>Most rows of a chart equal the row above (background, the body of a bar), so their filtered bytes are all
 * zero, and zlib spends as long matching a run of zeros as on real content. Such runs are written here as hand-made deflate blocks (RFC 1951 fixed codes: a zero, then
 * copies of it at distance 1) between stretches of zlib's own output. zlib's dictionary is reset at each
 * switch (a full flush), so its matches never reach across bytes it did not see. The stream stays a plain
 * zlib stream any decoder reads; the same rows always give the same bytes. Not thread-safe; one per image.
 */
final class RowDeflater {

    private static final int LEVEL = 1;
    private static final int UP = 2;

    private final int stride;
    private final Deflater deflater = new Deflater(LEVEL, true);
    private final Adler32 adler = new Adler32();
    /** The stream's Adler-32 so far, built row by row: an unchanged row's is known without reading it. */
    private long checksum = 1;

    private final long zeroRowChecksum;
    private final ByteArrayOutputStream compressed;
    private final byte[] buffer = new byte[64 * 1024];
    private final byte[] row;
    /** An all-zero row as filtered: the Up filter byte, then zeros. */
    private final byte[] zeroRow;

    private final BitWriter bits;
    private byte[] previous;
    private byte[] current;
    /** Whether zlib has been given bytes since its last flush. */
    private boolean deflaterHasInput;

    private int pendingZeroRows;

    /**
     * @param stride       bytes per row, without the filter byte
     * @param expectedSize a guess at the compressed size, for the first buffer
     */
    RowDeflater(int stride, int expectedSize) {
        this.stride = stride;
        this.previous = new byte[stride];
        this.current = new byte[stride];
        this.row = new byte[stride + 1];
        this.zeroRow = new byte[stride + 1];
        this.zeroRow[0] = UP;
        this.zeroRowChecksum = rowChecksum(zeroRow);
        this.compressed = new ByteArrayOutputStream(Math.max(64 * 1024, expectedSize));
        this.bits = new BitWriter(compressed);
        compressed.write(0x78); // zlib header: deflate, 32 KiB window
        compressed.write(0x01); // fastest level; (0x78 * 256 + 0x01) % 31 == 0
    }

    /** The row to fill next; valid until {@link #deflateRow()}. */
    byte[] current() {
        return current;
    }

    /** A row equal to the one before (not filled into {@link #current()}): its filtered bytes are all zero. */
    void repeatRow() {
        pendingZeroRows++;
    }

    /** Filters and compresses the row filled into {@link #current()}. */
    void deflateRow() {
        boolean zero = upFiltered(current, previous, row);
        byte[] swap = previous;
        previous = current;
        current = swap;
        if (zero) {
            pendingZeroRows++;
            return;
        }
        writeZeroRows();
        checksum = combine(checksum, rowChecksum(row), row.length);
        deflater.setInput(row, 0, row.length);
        deflaterHasInput = true;
        while (!deflater.needsInput()) {
            drain(Deflater.NO_FLUSH);
        }
    }

    /** Ends the stream and returns the whole zlib data. */
    byte[] finish() {
        writeZeroRows();
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer);
            compressed.write(buffer, 0, n);
        }
        int value = (int) checksum;
        compressed.write(value >>> 24);
        compressed.write(value >>> 16);
        compressed.write(value >>> 8);
        compressed.write(value);
        return compressed.toByteArray();
    }

    /** Frees zlib's native memory. */
    void end() {
        deflater.end();
    }

    private void drain(int flush) {
        int n;
        do {
            n = deflater.deflate(buffer, 0, buffer.length, flush);
            compressed.write(buffer, 0, n);
        } while (n == buffer.length);
    }

    /**
     * Writes the pending all-zero rows as one fixed-code block, then an empty stored block so the next bytes
     * start on a byte boundary, where zlib's output expects to continue.
     */
    private void writeZeroRows() {
        if (pendingZeroRows == 0) {
            return;
        }
        if (deflaterHasInput) {
            drain(Deflater.FULL_FLUSH);
            deflaterHasInput = false;
        }
        bits.write(0b010, 3); // not final; fixed Huffman codes
        for (int r = 0; r < pendingZeroRows; r++) {
            checksum = combine(checksum, zeroRowChecksum, zeroRow.length);
            bits.literal(UP);
            bits.literal(0);
            int left = stride - 1; // zeros still to write, copied from the one just written
            while (left >= 3) {
                int length = Math.min(left, 258);
                bits.copyOfDistanceOne(length);
                left -= length;
            }
            for (; left > 0; left--) {
                bits.literal(0);
            }
        }
        bits.huffman(0, 7); // end of block (code 256)
        bits.write(0b000, 3); // not final; stored
        bits.alignToByte();
        bits.write(0x0000, 16); // LEN 0
        bits.write(0xFFFF, 16); // NLEN
        pendingZeroRows = 0;
    }

    private long rowChecksum(byte[] filtered) {
        adler.reset();
        adler.update(filtered, 0, filtered.length);
        return adler.getValue();
    }

    /** Adler-32 of two byte runs joined, from each run's checksum and the second's length (zlib's adler32_combine). */
    static long combine(long first, long second, long secondLength) {
        final long base = 65521;
        long rem = secondLength % base;
        long sum1 = first & 0xffff;
        long sum2 = (rem * sum1) % base;
        sum1 += (second & 0xffff) + base - 1;
        sum2 += ((first >> 16) & 0xffff) + ((second >> 16) & 0xffff) + base - rem;
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum1 >= base) {
            sum1 -= base;
        }
        if (sum2 >= base << 1) {
            sum2 -= base << 1;
        }
        if (sum2 >= base) {
            sum2 -= base;
        }
        return sum1 | sum2 << 16;
    }

    /** The row with its filter byte: Up (2), the difference from the row above. True when all differences are 0. */
    private static boolean upFiltered(byte[] row, byte[] above, byte[] out) {
        out[0] = UP;
        int any = 0;
        for (int i = 0; i < row.length; i++) {
            int d = row[i] - above[i];
            out[i + 1] = (byte) d;
            any |= d;
        }
        return any == 0;
    }

    /** Deflate's bit order: values least significant bit first, Huffman codes most significant bit first. */
    static final class BitWriter {
        /** Fixed-code length symbols 257..285: base length and extra bits (RFC 1951, 3.2.5). */
        private static final int[] LENGTH_BASE = {
            3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195,
            227, 258
        };

        private static final int[] LENGTH_EXTRA = {
            0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0
        };

        private final ByteArrayOutputStream out;
        private long buffer;
        private int count;

        BitWriter(ByteArrayOutputStream out) {
            this.out = out;
        }

        void write(int value, int length) {
            buffer |= (long) (value & ((1 << length) - 1)) << count;
            count += length;
            while (count >= 8) {
                out.write((int) buffer & 0xff);
                buffer >>>= 8;
                count -= 8;
            }
        }

        void huffman(int code, int length) {
            write(Integer.reverse(code) >>> (32 - length), length);
        }

        /** A literal byte of at most 143 (all this writer needs): 8-bit codes 0x30 + value. */
        void literal(int value) {
            huffman(0x30 + value, 8);
        }

        /** A copy of {@code length} (3..258) bytes from distance 1: repeats the last byte written. */
        void copyOfDistanceOne(int length) {
            int symbol = LENGTH_BASE.length - 1; // 285: exactly 258
            while (LENGTH_BASE[symbol] > length) {
                symbol--;
            }
            int code = 257 + symbol;
            if (code < 280) {
                huffman(code - 256, 7);
            } else {
                huffman(0xC0 + code - 280, 8);
            }
            write(length - LENGTH_BASE[symbol], LENGTH_EXTRA[symbol]);
            huffman(0, 5); // distance code 0: distance 1
        }

        void alignToByte() {
            if (count > 0) {
                write(0, 8 - count);
            }
        }
    }
}
