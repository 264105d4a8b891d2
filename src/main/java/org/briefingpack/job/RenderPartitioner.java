package org.briefingpack.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingpack.run.DocumentStatus;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the render step into {@code gridSize} worker partitions ({@code renderDocuments:partition0}...).
 * A partition holds only its number and the partition count: worker {@code i} of {@code n} renders the
 * packed documents at positions {@code i, i+n, i+2n...} in file order. Interleaving spreads long and short
 * documents evenly. On a restart Spring Batch hands each unfinished partition its saved context back, and the
 * ledger says which of its documents are already done, so the split stays exact whatever the new worker count.
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

    /** Documents the extract step packed, in file order (the order every worker agrees on). */
    static List<DocumentRecord> packedDocuments(RunLedger ledger) {
        return ledger.extracts().stream()
                .filter(record -> record.status() == DocumentStatus.PACKED)
                .toList();
    }

    /** One worker's share: positions {@code index, index + count, ...}. */
    record Share(int index, int count) {

        Share {
            if (count < 1 || index < 0 || index >= count) {
                throw new IllegalArgumentException("partition " + index + " of " + count);
            }
        }

        <T> List<T> of(List<T> all) {
            List<T> mine = new ArrayList<>();
            for (int i = index; i < all.size(); i += count) {
                mine.add(all.get(i));
            }
            return mine;
        }
    }
}
