package org.briefingpack.job;

import org.briefingpack.run.RunLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * A render worker's writer: each rendered document's line in the worker's step records (the files and charts
 * written), and its log line once the chunk has committed: a document logged as rendered is one the job
 * repository counts as done, so a restart never renders it again.
 */
class RenderRecordWriter implements ItemStreamWriter<RenderRecord> {

    /** Step records are named {@code render-partitionN}. */
    static final String PREFIX = "render-";

    private static final Logger log = LoggerFactory.getLogger(RenderRecordWriter.class);

    private final FlatFileItemWriter<RenderRecord> records;

    RenderRecordWriter(RunLayout layout, JsonMapper json, String name) {
        this.records = JsonLines.writer(name, layout.stepRecords(name), json);
    }

    @Override
    public void write(Chunk<? extends RenderRecord> chunk) throws Exception {
        records.write(chunk);
        Runnable logLines = () -> chunk.forEach(record -> log.info(
                "{}: rendered {} files ({} charts) in {} ms",
                record.file(),
                record.outputs().size(),
                record.charts().size(),
                record.renderMillis()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    logLines.run();
                }
            });
        } else {
            logLines.run();
        }
    }

    @Override
    public void open(ExecutionContext context) {
        records.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        records.update(context);
    }

    @Override
    public void close() {
        records.close();
    }
}
