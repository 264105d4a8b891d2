package org.briefingpack.job;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.PackRenderer;
import org.briefingpack.render.PackRenderer.DocumentRendering;
import org.briefingpack.run.RunLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * One render worker: renders its share of the documents (see {@link RenderPartitioner}), one document per
 * call (one transaction each). Work recorded in the ledger is passed over, so a restarted worker picks up
 * exactly where the failed one stopped. Errors tied to one document's content fail that document only;
 * I/O errors (disk full, permissions) fail the step so a restart can finish the run once the cause is fixed.
 * One instance per worker step execution (step scope): its queue is never shared between threads.
 */
class RenderTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RenderTasklet.class);

    private final Path runDir;
    private final Instant generatedAt;
    private final FactsJson json;
    private final RunLedger ledger;
    private final PackRenderer renderer;
    private final RenderPartitioner.Share share;
    private Deque<DocumentRecord> pending;

    RenderTasklet(
            Path runDir,
            Instant generatedAt,
            FactsJson json,
            RunLedger ledger,
            PackRenderer renderer,
            RenderPartitioner.Share share) {
        this.runDir = runDir;
        this.generatedAt = generatedAt;
        this.json = json;
        this.ledger = ledger;
        this.renderer = renderer;
        this.share = share;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (pending == null) {
            pending = new ArrayDeque<>(share.of(RenderPartitioner.packedDocuments(ledger)).stream()
                    .filter(record -> ledger.render(record.key()).isEmpty())
                    .toList());
        }
        DocumentRecord next = pending.poll();
        if (next == null) {
            return RepeatStatus.FINISHED;
        }
        renderDocument(next);
        contribution.incrementWriteCount(1);
        return pending.isEmpty() ? RepeatStatus.FINISHED : RepeatStatus.CONTINUABLE;
    }

    private void renderDocument(DocumentRecord record) {
        long started = System.nanoTime();
        Path documentDir = runDir.resolve(record.folder());
        try {
            Facts facts = json.read(new RunLayout(runDir).facts(record.folder()));
            DocumentRendering rendering = renderer.renderDocument(facts, documentDir, generatedAt);
            long millis = Elapsed.millisSince(started);
            ledger.recordRender(new RenderRecord(
                    record.key(),
                    RenderRecords.relative(runDir, rendering.files()),
                    rendering.charts().stream()
                            .map(chart -> RenderRecords.toRecord(runDir, chart))
                            .toList(),
                    millis,
                    null));
            log.info(
                    "{}: rendered {} files ({} charts) in {} ms",
                    record.file(),
                    rendering.files().size(),
                    rendering.charts().size(),
                    millis);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            String error = "rendering failed: " + Failures.describe(e);
            log.error("{}: {}", record.file(), error, e);
            ledger.recordRender(
                    new RenderRecord(record.key(), List.of(), List.of(), Elapsed.millisSince(started), error));
        }
    }
}
