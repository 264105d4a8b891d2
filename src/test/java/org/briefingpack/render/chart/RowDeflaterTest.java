package org.briefingpack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Adler32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowDeflaterTest {

    /**
     * Strides around deflate's copy lengths (3, 258) and a chart's; row patterns with zero-row runs first,
     * last, alone, long, and none at all. zlib's Inflater checks the stream and its Adler-32.
     */
    @ParameterizedTest(name = "stride {0}, pattern {1}, seed {2}")
    @CsvSource({
        "1, mixed, 1",
        "2, mixed, 2",
        "3, mixed, 3",
        "4, mixed, 4",
        "258, mixed, 5",
        "259, mixed, 6",
        "260, mixed, 7",
        "261, mixed, 8",
        "262, mixed, 9",
        "516, mixed, 10",
        "1600, mixed, 11",
        "1601, mixed, 12",
        "4800, mixed, 13",
        "1600, allSame, 14",
        "1600, noneSame, 15",
        "37, alternating, 16",
        "300, mixed, 17",
        "300, mixed, 18"
    })
    void stream_inflatesToTheUpFilteredRows(int stride, String pattern, long seed) throws DataFormatException {
        Random random = new Random(seed);
        int height = 1 + random.nextInt(120);
        byte[][] rows = rows(stride, height, pattern, random);

        RowDeflater deflater = new RowDeflater(stride, 0);
        byte[] zlib;
        try {
            for (int y = 0; y < rows.length; y++) {
                if (y > 0 && Arrays.equals(rows[y], rows[y - 1]) && random.nextBoolean()) {
                    deflater.repeatRow(); // the caller saw the row is unchanged and says so
                } else {
                    System.arraycopy(rows[y], 0, deflater.current(), 0, stride);
                    deflater.deflateRow(); // or it passes the row and the deflater finds out
                }
            }
            zlib = deflater.finish();
        } finally {
            deflater.end();
        }

        assertThat(inflate(zlib)).isEqualTo(upFiltered(rows));
    }

    @ParameterizedTest(name = "seed {0}")
    @CsvSource({"1", "2", "3", "4", "5", "6", "7", "8"})
    void combine_ofTwoRunsChecksums_isTheChecksumOfTheRunsJoined(long seed) {
        Random random = new Random(seed);
        byte[] first = new byte[random.nextInt(70_000)];
        byte[] second = new byte[random.nextInt(70_000)];
        random.nextBytes(first);
        random.nextBytes(second);
        Adler32 whole = new Adler32();
        whole.update(first);
        whole.update(second);

        assertThat(RowDeflater.combine(adler(first), adler(second), second.length))
                .isEqualTo(whole.getValue());
    }

    private static long adler(byte[] bytes) {
        Adler32 adler = new Adler32();
        adler.update(bytes);
        return adler.getValue();
    }

    private static byte[][] rows(int stride, int height, String pattern, Random random) {
        byte[][] rows = new byte[height][];
        for (int y = 0; y < height; y++) {
            boolean same = switch (pattern) {
                case "allSame" -> true;
                case "noneSame" -> false;
                case "alternating" -> y % 2 == 1;
                default -> random.nextInt(4) != 0;
            };
            if (same) {
                rows[y] = y == 0 ? new byte[stride] : rows[y - 1].clone();
            } else {
                rows[y] = new byte[stride];
                // mostly flat with a few changes, like a chart row, so zlib finds matches too
                byte fill = (byte) random.nextInt(256);
                Arrays.fill(rows[y], fill);
                for (int i = 0; i < 1 + stride / 50; i++) {
                    rows[y][random.nextInt(stride)] = (byte) random.nextInt(256);
                }
            }
        }
        return rows;
    }

    private static byte[] upFiltered(byte[][] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] above = new byte[rows[0].length];
        for (byte[] row : rows) {
            out.write(2);
            for (int i = 0; i < row.length; i++) {
                out.write((byte) (row[i] - above[i]));
            }
            above = row;
        }
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] zlib) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(zlib);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new AssertionError("stream ended early after " + out.size() + " bytes");
                }
                out.write(buffer, 0, n);
            }
            assertThat(inflater.getRemaining()).as("bytes after the stream").isZero();
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
