package org.briefingpack.job;

import java.nio.file.Path;

import org.briefingpack.io.AtomicFiles;
import org.briefingpack.model.FactsJson;
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

    private final Path runDir;
    private final FactsJson json;
    private final RunLedger ledger;

    FactsWriter(Path runDir, FactsJson json, RunLedger ledger) {
        this.runDir = runDir;
        this.json = json;
        this.ledger = ledger;
    }

    @Override
    public void write(Chunk<? extends ExtractedDocument> chunk) {
        for (ExtractedDocument item : chunk) {
            DocumentRecord record = item.record();
            if (item.facts() != null) {
                AtomicFiles.write(runDir.resolve(record.folder()).resolve("facts.json"), json.toBytes(item.facts()));
            }
            ledger.recordExtract(record);
            switch (record.status()) {
                case PACKED -> log.info("{}: extracted {} in {} ms", record.file(), record.found(), record.extractMillis());
                case SKIPPED -> log.warn("{}: skipped: {}", record.file(), record.reason());
                case FAILED -> log.error("{}: failed: {}", record.file(), record.reason());
            }
        }
    }
}
