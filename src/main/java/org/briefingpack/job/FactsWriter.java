package org.briefingpack.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefingpack.io.AtomicFiles;
import org.briefingpack.model.FactsJson;
import org.briefingpack.reuse.PackReuse;
import org.briefingpack.reuse.PreviousRun;
import org.briefingpack.run.RunLayout;
import org.briefingpack.run.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;

/**
 * The extract step's writer: each document's {@code facts.json} (atomically), or for an unchanged document its
 * earlier pack taken over by hard link, then the document's line in the step records ({@link JsonLines}, which
 * Spring Batch truncates back to the last commit on a restart). Writing a document again replaces its file
 * whole: nothing is doubled.
 */
class FactsWriter implements ItemStreamWriter<ExtractedDocument> {

    static final String RECORDS = "extract";

    private static final Logger log = LoggerFactory.getLogger(FactsWriter.class);

    private final RunLayout layout;
    private final FactsJson json;
    private final FlatFileItemWriter<DocumentRecord> records;

    FactsWriter(RunLayout layout, FactsJson json) {
        this.layout = layout;
        this.json = json;
        this.records = JsonLines.writer(RECORDS, layout.stepRecords(RECORDS), json.mapper());
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

    @Override
    public void write(Chunk<? extends ExtractedDocument> chunk) throws Exception {
        List<DocumentRecord> written = new ArrayList<>(chunk.size());
        for (ExtractedDocument item : chunk) {
            if (item.reuse() != null) {
                written.add(takeOver(item));
                continue;
            }
            DocumentRecord record = item.record();
            AtomicFiles.write(layout.facts(record.folder()), json.toBytes(item.facts()));
            written.add(record);
            log.info("{}: extracted {} in {} ms", record.file(), record.found(), record.extractMillis());
        }
        records.write(new Chunk<>(written));
    }

    /** An unchanged document: its facts and pack are linked from the earlier run; its record names them. */
    private DocumentRecord takeOver(ExtractedDocument item) {
        long started = System.nanoTime();
        DocumentRecord record = item.record();
        PreviousRun.Pack pack = item.reuse();
        RunReport.DocumentEntry entry = pack.entry();
        Path runDir = layout.runDir();
        List<String> outputs = PackReuse.take(pack.runDir(), entry.folder(), runDir, record.folder(), entry.outputs());
        List<RunReport.Chart> charts = entry.charts().stream()
                .map(chart -> new RunReport.Chart(
                        chart.name(),
                        chart.title(),
                        chart.altText(),
                        PackReuse.rename(chart.png(), entry.folder(), record.folder()),
                        chart.csv() == null ? null : PackReuse.rename(chart.csv(), entry.folder(), record.folder()),
                        chart.widthPx(),
                        chart.heightPx()))
                .toList();
        String facts = layout.relative(layout.facts(record.folder()));
        List<String> rendered =
                outputs.stream().filter(output -> !output.equals(facts)).toList();
        log.debug(
                "{}: unchanged since run {}, pack reused in {} ms",
                record.file(),
                pack.runId(),
                Elapsed.millisSince(started));
        return new DocumentRecord(
                record.file(),
                record.key(),
                record.folder(),
                record.documentId(),
                record.sha256(),
                record.status(),
                record.reason(),
                record.encoding(),
                record.warnings(),
                record.found(),
                record.extractMillis(),
                record.reusedFrom(),
                rendered,
                charts);
    }
}
