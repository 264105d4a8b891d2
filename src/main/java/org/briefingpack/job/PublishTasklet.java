package org.briefingpack.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefingpack.io.AtomicFiles;
import org.briefingpack.reuse.PackFingerprint;
import org.briefingpack.run.DocumentStatus;
import org.briefingpack.run.LatestPointer;
import org.briefingpack.run.RunLayout;
import org.briefingpack.run.RunReport;
import org.briefingpack.run.StalePartFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Folds the ledger into {@code run-report.json}, points {@code output/latest} at the run (only now,
 * when everything is written) and logs the summary. Temporary files a killed execution left behind
 * are swept first, so a published run holds only whole files.
 */
class PublishTasklet implements Tasklet {

    static final String SKIPPED_KEY = "briefing.skipped";
    static final String FAILED_KEY = "briefing.failed";
    static final String PACKED_KEY = "briefing.packed";

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final Path inputDir;
    private final Path outputDir;
    private final String runId;
    private final JsonMapper json;
    private final String fingerprint;

    /** @param fingerprint this run's {@link PackFingerprint}, stored in the report so the next run can reuse packs */
    PublishTasklet(Path inputDir, Path outputDir, String runId, JsonMapper json, String fingerprint) {
        this.inputDir = inputDir;
        this.outputDir = outputDir;
        this.runId = runId;
        this.json = json;
        this.fingerprint = fingerprint;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        RunLayout layout = RunLayout.of(outputDir, runId);
        Path runDir = layout.runDir();
        RunLedger ledger = new RunLedger(runDir, json);
        JobExecution jobExecution =
                chunkContext.getStepContext().getStepExecution().getJobExecution();
        Instant startedAt = startOf(jobExecution);
        Instant finishedAt = Instant.now();

        List<RunReport.DocumentEntry> entries = new ArrayList<>();
        int packed = 0;
        int skipped = 0;
        int failed = 0;
        int reused = 0;
        List<DocumentRecord> extracts = ledger.extracts();
        for (DocumentRecord record : extracts) {
            RenderRecord render = ledger.render(record.key()).orElse(null);
            DocumentStatus status = record.status();
            List<String> errors = new ArrayList<>();
            if (status == DocumentStatus.FAILED) {
                errors.add(record.reason());
            }
            if (render != null && render.error() != null) {
                status = DocumentStatus.FAILED;
                errors.add(render.error());
            }
            boolean wasReused = status == DocumentStatus.PACKED && record.reusedFrom() != null;
            if (wasReused) {
                reused++;
            }
            switch (status) {
                case PACKED -> packed++;
                case SKIPPED -> skipped++;
                case FAILED -> failed++;
            }
            List<String> outputs = new ArrayList<>();
            if (record.status() != DocumentStatus.SKIPPED
                    && record.documentId() != null
                    && Files.exists(layout.facts(record.folder()))) {
                outputs.add(layout.relative(layout.facts(record.folder())));
            }
            if (render != null) {
                outputs.addAll(render.outputs());
            }
            entries.add(new RunReport.DocumentEntry(
                    record.file(),
                    record.documentId(),
                    record.folder(),
                    status,
                    status == DocumentStatus.SKIPPED ? record.reason() : null,
                    record.encoding(),
                    record.sha256(),
                    record.warnings(),
                    errors,
                    record.found(),
                    outputs,
                    new RunReport.Timings(record.extractMillis(), render == null ? 0 : render.renderMillis()),
                    wasReused,
                    wasReused ? record.reusedFrom() : null,
                    render == null || render.error() != null ? List.of() : render.charts()));
        }
        RenderRecord run = ledger.render(RenderRecord.RUN_KEY).orElse(null);
        StalePartFiles.removeUnder(runDir);
        RunReport report = new RunReport(
                runId,
                "COMPLETED",
                startedAt,
                finishedAt,
                Duration.between(startedAt, finishedAt).toMillis(),
                inputDir.toAbsolutePath().toString(),
                outputDir.toAbsolutePath().toString(),
                new RunReport.Summary(entries.size(), packed, skipped, failed, reused),
                entries,
                run == null ? List.of() : run.outputs(),
                List.of(),
                fingerprint,
                fingerprint == null ? null : PackFingerprint.ofRun(fingerprint, DocumentRecord.lines(extracts)),
                run != null && run.reusedFrom() != null);
        AtomicFiles.write(layout.report(), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        LatestPointer.pointAt(outputDir, runId);
        ledger.clear();

        ExecutionContext context = jobExecution.getExecutionContext();
        context.putInt(PACKED_KEY, packed);
        context.putInt(SKIPPED_KEY, skipped);
        context.putInt(FAILED_KEY, failed);

        log.info(
                "run {}: {} documents read, {} packs written ({} reused unchanged), {} skipped, {} failed, in {} s; outputs in {}",
                runId,
                entries.size(),
                packed,
                reused,
                skipped,
                failed,
                String.format("%.1f", report.totalMillis() / 1000.0),
                runDir.toAbsolutePath());
        for (RunReport.DocumentEntry entry : entries) {
            if (entry.status() != DocumentStatus.PACKED) {
                log.warn(
                        "  {} {}: {}",
                        entry.status().name().toLowerCase(Locale.ROOT),
                        entry.file(),
                        entry.reason() != null ? entry.reason() : String.join("; ", entry.errors()));
            }
        }
        return RepeatStatus.FINISHED;
    }

    /** When this execution began (a restarted run reports the span of the execution that finished it). */
    private static Instant startOf(JobExecution jobExecution) {
        return jobExecution.getStartTime() == null
                ? Instant.now()
                : jobExecution.getStartTime().atZone(ZoneId.systemDefault()).toInstant();
    }
}
