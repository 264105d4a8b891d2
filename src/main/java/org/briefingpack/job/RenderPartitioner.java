package org.briefingpack.job;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the render step into {@code gridSize} worker partitions ({@code renderDocuments:partition0}...).
 * A partition holds only its number and the partition count: worker {@code i} of {@code n} renders the
 * documents on lines {@code i, i+n, i+2n...} of the extract step's records, in file order. Interleaving spreads
 * long and short documents evenly. On a restart Spring Batch hands each unfinished partition its saved context
 * back (with its reader's position), so the split stays exact whatever the new worker count.
 */
final class RenderPartitioner implements Partitioner {

    static final String PARTITION = "render.partition";
    static final String PARTITIONS = "render.partitions";

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int n = Math.max(1, gridSize);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            ExecutionContext context = new ExecutionContext();
            context.putInt(PARTITION, i);
            context.putInt(PARTITIONS, n);
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    /** One worker's share: lines {@code index, index + count, ...} (0-based). */
    record Share(int index, int count) {

        Share {
            if (count < 1 || index < 0 || index >= count) {
                throw new IllegalArgumentException("partition " + index + " of " + count);
            }
        }

        boolean holds(long line) {
            return line % count == index;
        }
    }
}
