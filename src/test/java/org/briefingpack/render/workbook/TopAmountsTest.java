package org.briefingpack.render.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TopAmountsTest {

    @Test
    void largestFirst_keepsOnlyTheLargestWithEarlierRowsWinningTies() {
        TopAmounts top = new TopAmounts(3);
        top.offer(new BigDecimal("5"), "five", "s");
        top.offer(new BigDecimal("50"), "fifty", "s");
        top.offer(new BigDecimal("7"), "seven-first", "s");
        top.offer(new BigDecimal("7"), "seven-second", "s");
        top.offer(new BigDecimal("1"), "one", "s");
        top.offer(BigDecimal.ZERO, "zero", "s");
        top.offer(new BigDecimal("-9"), "negative", "s");
        assertThat(top.largestFirst())
                .extracting(TopAmounts.Entry::outcome)
                .containsExactly("fifty", "seven-first", "seven-second");
    }

    @Test
    void largestFirst_isEmptyWithoutAmounts() {
        assertThat(new TopAmounts(20).largestFirst()).isEmpty();
    }
}
