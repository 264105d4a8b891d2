package org.briefingpack.job;

import java.nio.file.Path;
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
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes each document's {@code facts.json} (atomically) and its ledger record, and logs one line per
 * document. Writing the same document again on a restart replaces the file whole: nothing is doubled.
 */
class FactsWriter implements ItemWriter<ExtractedDocument> {

    private static final Logger log = LoggerFactory.getLogger(FactsWriter.class);

    private final RunLayout layout;
    private final FactsJson json;
    private final RunLedger ledger;

    FactsWriter(Path runDir, FactsJson json, RunLedger ledger) {
        this.layout = new RunLayout(runDir);
        this.json = json;
        this.ledger = ledger;
    }

    @Override
    public void write(Chunk<? extends ExtractedDocument> chunk) {
        for (ExtractedDocument item : chunk) {
            DocumentRecord record = item.record();
            if (item.reuse() != null) {
                takeOver(item);
                continue;
            }
            if (item.facts() != null) {
                AtomicFiles.write(layout.facts(record.folder()), json.toBytes(item.facts()));
            }
            ledger.recordExtract(record);
            switch (record.status()) {
                case PACKED ->
                    log.info("{}: extracted {} in {} ms", record.file(), record.found(), record.extractMillis());
                case SKIPPED -> log.warn("{}: skipped: {}", record.file(), record.reason());
                case FAILED -> log.error("{}: failed: {}", record.file(), record.reason());
            }
        }
    }

    /**
     * An unchanged document: its facts and pack are linked from the earlier run, and both ledger notes are
     * written, so the render step passes over it and the report says where it came from.
     */
    private void takeOver(ExtractedDocument item) {
        long started = System.nanoTime();
        DocumentRecord record = item.record();
        PreviousRun.Pack pack = item.reuse();
        RunReport.DocumentEntry entry = pack.entry();
        List<String> outputs =
                PackReuse.take(pack.runDir(), entry.folder(), layout.runDir(), record.folder(), entry.outputs());
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
        ledger.recordRender(new RenderRecord(record.key(), rendered, charts, 0, null, pack.runId()));
        ledger.recordExtract(record);
        log.debug(
                "{}: unchanged since run {}, pack reused in {} ms",
                record.file(),
                pack.runId(),
                Elapsed.millisSince(started));
    }
}
