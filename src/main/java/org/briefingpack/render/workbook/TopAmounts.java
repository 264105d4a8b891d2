package org.briefingpack.render.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Keeps the largest converted amounts seen while rows stream past, in bounded memory: a chart of
 * 100,000 bars helps nobody, the top few do. Earlier rows win ties, so the order is stable.
 */
final class TopAmounts {

    /** One bar: an outcome's amount in the base currency. */
    record Entry(BigDecimal amount, String outcome, String summit, long order) {}

    private static final Comparator<Entry> SMALLEST_FIRST =
            Comparator.comparing(Entry::amount).thenComparing(Entry::order, Comparator.reverseOrder());

    private final int limit;
    private final PriorityQueue<Entry> heap = new PriorityQueue<>(SMALLEST_FIRST);
    private long seen;

    TopAmounts(int limit) {
        this.limit = limit;
    }

    void offer(BigDecimal amount, String outcome, String summit) {
        if (amount == null || amount.signum() <= 0) {
            return;
        }
        heap.add(new Entry(amount, outcome, summit, seen++));
        if (heap.size() > limit) {
            heap.poll();
        }
    }

    List<Entry> largestFirst() {
        List<Entry> entries = new ArrayList<>(heap);
        entries.sort(SMALLEST_FIRST.reversed());
        return entries;
    }
}
