package org.briefingpack.render.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableRegionTest {

    @ParameterizedTest
    @CsvSource({
        "'short', 20, 1",
        "'x', 1, 1",
        "'first line\nsecond line', 40, 2",
    })
    void lines_countsParagraphsAndWraps(String text, int width, int expected) {
        assertThat(TableRegion.lines(text, width)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"24, 20, 1", "25, 20, 2", "100, 20, 5", "100000, 20, 27"})
    void lines_growWithLengthUpToExcelsRowHeightCap(int length, int width, int expected) {
        // A width of 20 holds (20 + 2) * 1.1 = 24 average characters a line.
        assertThat(TableRegion.lines("a".repeat(length), width)).isEqualTo(expected);
    }
}
