package org.briefingpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.PackRenderer;
import org.briefingpack.render.RunContents;
import org.briefingpack.reuse.PackFingerprint;
import org.briefingpack.reuse.PackReuse;
import org.briefingpack.reuse.PreviousRun;
import org.briefingpack.run.DocumentStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code renderRun} step: once every document is rendered, writes the run-level outputs (run charts,
 * {@code commitments.xlsx}) from the facts of every rendered document, in file order, read one at a time
 * ({@link RenderedDocuments}). Passed over when the ledger says it is done.
 */
class RenderRunTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RenderRunTasklet.class);

    private final Path runDir;
    private final String runId;
    private final Instant generatedAt;
    private final FactsJson json;
    private final RunLedger ledger;
    private final PackRenderer renderer;
    private final String fingerprint;
    private final PreviousRun previous;

    /**
     * @param fingerprint this run's {@link PackFingerprint}
     * @param previous    the last completed run, whose run-level outputs are reused when it was over exactly
     *                    the same documents and every document's pack was reused from it
     */
    RenderRunTasklet(
            Path runDir,
            String runId,
            Instant generatedAt,
            FactsJson json,
            RunLedger ledger,
            PackRenderer renderer,
            String fingerprint,
            PreviousRun previous) {
        this.runDir = runDir;
        this.runId = runId;
        this.generatedAt = generatedAt;
        this.json = json;
        this.ledger = ledger;
        this.renderer = renderer;
        this.fingerprint = fingerprint;
        this.previous = previous;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (ledger.render(RenderRecord.RUN_KEY).isEmpty() && !reuseRun()) {
            renderRun();
        }
        return RepeatStatus.FINISHED;
    }

    /** Takes the run-level outputs over when nothing in the run differs from the previous one. */
    private boolean reuseRun() {
        if (fingerprint == null || previous.runId() == null) {
            return false;
        }
        List<DocumentRecord> extracts = ledger.extracts();
        boolean allReused = extracts.stream()
                .filter(record -> record.status() == DocumentStatus.PACKED)
                .allMatch(record -> ledger.render(record.key())
                        .map(r -> previous.runId().equals(r.reusedFrom()))
                        .orElse(false));
        if (!allReused) {
            return false;
        }
        List<String> outputs = previous.runOutputs(PackFingerprint.ofRun(fingerprint, DocumentRecord.lines(extracts)))
                .orElse(null);
        if (outputs == null
                || outputs.stream()
                        .anyMatch(
                                output -> !Files.isRegularFile(previous.runDir().resolve(output)))) {
            return false;
        }
        long started = System.nanoTime();
        for (String output : outputs) {
            PackReuse.link(previous.runDir().resolve(output), runDir.resolve(output));
        }
        ledger.recordRender(new RenderRecord(
                RenderRecord.RUN_KEY, outputs, List.of(), Elapsed.millisSince(started), null, previous.runId()));
        log.info(
                "run {}: same documents as run {}: its {} run-level files reused",
                runId,
                previous.runId(),
                outputs.size());
        return true;
    }

    private void renderRun() {
        long started = System.nanoTime();
        RenderedDocuments documents = RenderedDocuments.of(ledger, runDir, json);
        List<Path> files = renderer.renderRun(new RunContents(runId, generatedAt, documents, List.of()), runDir);
        long millis = Elapsed.millisSince(started);
        ledger.recordRender(
                new RenderRecord(RenderRecord.RUN_KEY, RenderRecords.relative(runDir, files), List.of(), millis, null));
        log.info(
                "run {}: wrote {} run-level files for {} documents in {} ms",
                runId,
                files.size(),
                documents.size(),
                millis);
    }
}
