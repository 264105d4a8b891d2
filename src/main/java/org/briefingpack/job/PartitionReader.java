package org.briefingpack.job;

import org.briefingpack.run.DocumentStatus;
import org.briefingpack.run.RunLayout;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.core.io.FileSystemResource;
import tools.jackson.databind.json.JsonMapper;

/**
 * A render worker's reader: the documents of its partition ({@link RenderPartitioner.Share}) that the extract
 * step packed in this run, from the extract step's records. Reused documents are passed over: their pack was
 * taken over whole. The underlying flat file reader saves its position with every chunk, so a restarted worker
 * goes on after the last document it committed. Step-scoped: one per worker step execution.
 */
class PartitionReader implements ItemStreamReader<DocumentRecord> {

    private record Line(long number, DocumentRecord record) {}

    private final FlatFileItemReader<Line> lines;
    private final RenderPartitioner.Share share;

    PartitionReader(RunLayout layout, JsonMapper json, RenderPartitioner.Share share) {
        this.share = share;
        this.lines = new FlatFileItemReader<>(
                new FileSystemResource(layout.stepRecords(FactsWriter.RECORDS)),
                (line, number) -> new Line(number - 1, json.readValue(line, DocumentRecord.class)));
        lines.setName("extractRecords");
        lines.setComments(new String[0]);
        lines.setStrict(false);
    }

    @Override
    public DocumentRecord read() throws Exception {
        for (Line line = lines.read(); line != null; line = lines.read()) {
            DocumentRecord record = line.record();
            if (share.holds(line.number()) && record.status() == DocumentStatus.PACKED && record.reusedFrom() == null) {
                return record;
            }
        }
        return null;
    }

    @Override
    public void open(ExecutionContext context) {
        lines.open(context);
    }

    @Override
    public void update(ExecutionContext context) {
        lines.update(context);
    }

    @Override
    public void close() {
        lines.close();
    }
}
