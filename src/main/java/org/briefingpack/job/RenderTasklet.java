package org.briefingpack.job;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.PackRenderer;
import org.briefingpack.render.PackRenderer.DocumentRendering;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.render.RunContents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Renders one document per call (one transaction each), then the run-level outputs. Work recorded in
 * the ledger is passed over, so a restarted step picks up exactly where the failed one stopped.
 * Errors tied to one document's content fail that document only; I/O errors (disk full, permissions)
 * fail the step so a restart can finish the run once the cause is fixed.
 */
class RenderTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(RenderTasklet.class);

    private final Path runDir;
    private final String runId;
    private final Instant generatedAt;
    private final FactsJson json;
    private final RunLedger ledger;
    private final PackRenderer renderer;
    private List<DocumentRecord> pending;

    RenderTasklet(Path runDir, String runId, Instant generatedAt, FactsJson json, RunLedger ledger, PackRenderer renderer) {
        this.runDir = runDir;
        this.runId = runId;
        this.generatedAt = generatedAt;
        this.json = json;
        this.ledger = ledger;
        this.renderer = renderer;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (pending == null) {
            pending = new ArrayList<>(packedDocuments().stream()
                    .filter(record -> ledger.render(record.key()).isEmpty())
                    .toList());
        }
        if (!pending.isEmpty()) {
            renderDocument(pending.remove(0));
            contribution.incrementWriteCount(1);
            return RepeatStatus.CONTINUABLE;
        }
        if (ledger.render(RenderRecord.RUN_KEY).isEmpty()) {
            renderRun();
        }
        return RepeatStatus.FINISHED;
    }

    private List<DocumentRecord> packedDocuments() {
        return ledger.extracts().stream().filter(record -> record.status() == DocumentStatus.PACKED).toList();
    }

    private void renderDocument(DocumentRecord record) {
        long started = System.nanoTime();
        Path documentDir = runDir.resolve(record.folder());
        try {
            Facts facts = json.read(documentDir.resolve("facts.json"));
            DocumentRendering rendering = renderer.renderDocument(facts, documentDir, generatedAt);
            long millis = DocumentExtractionProcessor.millisSince(started);
            ledger.recordRender(new RenderRecord(record.key(), relative(rendering.files()),
                    rendering.charts().stream().map(this::toRecord).toList(), millis, null));
            log.info("{}: rendered {} files ({} charts) in {} ms", record.file(), rendering.files().size(),
                    rendering.charts().size(), millis);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            String error = "rendering failed: " + DocumentExtractionProcessor.describe(e);
            log.error("{}: {}", record.file(), error, e);
            ledger.recordRender(new RenderRecord(record.key(), List.of(), List.of(),
                    DocumentExtractionProcessor.millisSince(started), error));
        }
    }

    private void renderRun() {
        long started = System.nanoTime();
        List<RunContents.DocumentPack> packs = new ArrayList<>();
        for (DocumentRecord record : packedDocuments()) {
            RenderRecord rendered = ledger.render(record.key()).orElse(null);
            if (rendered == null || rendered.error() != null) {
                continue;
            }
            Facts facts = json.read(runDir.resolve(record.folder()).resolve("facts.json"));
            packs.add(new RunContents.DocumentPack(facts, rendered.charts().stream().map(this::toChart).toList()));
        }
        List<Path> files = renderer.renderRun(new RunContents(runId, generatedAt, packs, List.of()), runDir);
        long millis = DocumentExtractionProcessor.millisSince(started);
        ledger.recordRender(new RenderRecord(RenderRecord.RUN_KEY, relative(files), List.of(), millis, null));
        log.info("run {}: wrote {} run-level files for {} documents in {} ms", runId, files.size(), packs.size(), millis);
    }

    private List<String> relative(List<Path> files) {
        return files.stream().map(file -> runDir.relativize(file.toAbsolutePath()).toString()).toList();
    }

    private RenderRecord.ChartRecord toRecord(RenderedChart chart) {
        return new RenderRecord.ChartRecord(chart.name(), chart.title(), chart.altText(),
                runDir.relativize(chart.png().toAbsolutePath()).toString(),
                chart.csv() == null ? null : runDir.relativize(chart.csv().toAbsolutePath()).toString(),
                chart.widthPx(), chart.heightPx());
    }

    private RenderedChart toChart(RenderRecord.ChartRecord chart) {
        return new RenderedChart(chart.name(), chart.title(), chart.altText(), runDir.resolve(chart.png()),
                chart.csv() == null ? null : runDir.resolve(chart.csv()), chart.widthPx(), chart.heightPx());
    }
}
