package org.briefingpack.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.HumanFormat;
import org.briefingpack.render.PackRenderer;
import org.briefingpack.render.RunContents;
import org.briefingpack.reuse.PackFingerprint;
import org.briefingpack.reuse.PackReuse;
import org.briefingpack.reuse.PreviousRun;
import org.briefingpack.run.RunLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The {@code renderRun} step: once every document is rendered, writes the run-level outputs (run charts,
 * {@code commitments.xlsx}) from the facts of every whole pack, in file order, read one at a time
 * ({@link RenderedDocuments}); or takes them over from the previous run when the run is over exactly the same
 * documents. What it wrote goes into its step execution context, where publish finds it.
 */
class RenderRunTasklet implements Tasklet {

    static final String OUTPUTS = "briefing.run.outputs";
    static final String REUSED_FROM = "briefing.run.reusedFrom";

    private static final Logger log = LoggerFactory.getLogger(RenderRunTasklet.class);

    private final RunLayout layout;
    private final Instant generatedAt;
    private final FactsJson json;
    private final PackRenderer renderer;
    private final String fingerprint;
    private final PreviousRun previous;
    private final JobRepository repository;

    /**
     * @param fingerprint this run's {@link PackFingerprint}
     * @param previous    the last completed run, whose run-level outputs are reused when it was over exactly
     *                    the same documents and every document's pack was reused from it
     */
    RenderRunTasklet(
            RunLayout layout,
            Instant generatedAt,
            FactsJson json,
            PackRenderer renderer,
            String fingerprint,
            PreviousRun previous,
            JobRepository repository) {
        this.layout = layout;
        this.generatedAt = generatedAt;
        this.json = json;
        this.renderer = renderer;
        this.fingerprint = fingerprint;
        this.previous = previous;
        this.repository = repository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        RunRecords records = RunRecords.read(
                layout, json.mapper(), repository, step.getJobExecution().getJobInstance());
        ExecutionContext context = step.getExecutionContext();
        List<String> reused = reuseRun(records);
        if (reused != null) {
            context.put(OUTPUTS, new ArrayList<>(reused));
            context.putString(REUSED_FROM, previous.runId());
        } else {
            context.put(OUTPUTS, new ArrayList<>(renderRun(records)));
        }
        return RepeatStatus.FINISHED;
    }

    /** Takes the run-level outputs over when nothing in the run differs from the previous one; else null. */
    private List<String> reuseRun(RunRecords records) {
        if (fingerprint == null || previous.runId() == null) {
            return null;
        }
        boolean allReused =
                records.packed().stream().allMatch(record -> previous.runId().equals(record.reusedFrom()));
        if (!allReused) {
            return null;
        }
        List<String> outputs = previous.runOutputs(
                        PackFingerprint.ofRun(fingerprint, DocumentRecord.lines(records.all())))
                .orElse(null);
        if (outputs == null
                || outputs.stream()
                        .anyMatch(
                                output -> !Files.isRegularFile(previous.runDir().resolve(output)))) {
            return null;
        }
        for (String output : outputs) {
            PackReuse.link(previous.runDir().resolve(output), layout.resolve(output));
        }
        log.info(
                "run {}: same documents as run {}: its {} reused",
                layout.runDir().getFileName(),
                previous.runId(),
                HumanFormat.count(outputs.size(), "run-level file", "run-level files"));
        return outputs;
    }

    private List<String> renderRun(RunRecords records) {
        long started = System.nanoTime();
        String runId = layout.runDir().getFileName().toString();
        RenderedDocuments documents = RenderedDocuments.of(records, layout, json);
        List<Path> files =
                renderer.renderRun(new RunContents(runId, generatedAt, documents, List.of()), layout.runDir());
        log.info(
                "run {}: wrote {} for {} in {} ms",
                runId,
                HumanFormat.count(files.size(), "run-level file", "run-level files"),
                HumanFormat.count(documents.size(), "document", "documents"),
                Elapsed.millisSince(started));
        return files.stream().map(layout::relative).toList();
    }
}
