package org.briefingpack.job;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.PackRenderer;
import org.briefingpack.render.PackRenderer.DocumentRendering;
import org.briefingpack.run.RunLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Renders one document's pack (charts, then the PDF and HTML briefing) from its {@code facts.json}. An error
 * tied to the document's content is thrown out as a {@link DocumentNotPackedException}, which the step skips;
 * an I/O error (disk full, permissions) fails the step, so a restart can finish the run once the cause is fixed.
 */
class PackRenderingProcessor implements ItemProcessor<DocumentRecord, RenderRecord> {

    private static final Logger log = LoggerFactory.getLogger(PackRenderingProcessor.class);

    private final RunLayout layout;
    private final Instant generatedAt;
    private final FactsJson json;
    private final PackRenderer renderer;
    private final RenderBudget budget;

    PackRenderingProcessor(
            RunLayout layout, Instant generatedAt, FactsJson json, PackRenderer renderer, RenderBudget budget) {
        this.layout = layout;
        this.generatedAt = generatedAt;
        this.json = json;
        this.renderer = renderer;
        this.budget = budget;
    }

    @Override
    public RenderRecord process(DocumentRecord record) {
        long started = System.nanoTime();
        Path documentDir = layout.documentDir(record.folder());
        try {
            Facts facts = json.read(layout.facts(record.folder()));
            DocumentRendering rendering = budget.render(
                    record.file(), documentDir, () -> renderer.renderDocument(facts, documentDir, generatedAt));
            return new RenderRecord(
                    record.key(),
                    record.file(),
                    rendering.files().stream().map(layout::relative).toList(),
                    rendering.charts().stream()
                            .map(chart -> ChartRecords.toRecord(layout, chart))
                            .toList(),
                    Elapsed.millisSince(started),
                    null);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            boolean overBudget = e instanceof RenderBudget.ExceededException;
            String error = overBudget ? e.getMessage() : "rendering failed: " + Failures.describe(e);
            if (overBudget) {
                log.error("{}: {}", record.file(), error);
            } else {
                log.error("{}: {}", record.file(), error, e);
            }
            throw new DocumentNotPackedException(
                    record.key(),
                    new RenderRecord(
                            record.key(), record.file(), List.of(), List.of(), Elapsed.millisSince(started), error),
                    error);
        }
    }
}
