package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefingpack.io.AtomicFiles;
import org.briefingpack.render.HumanFormat;
import org.briefingpack.reuse.PackFingerprint;
import org.briefingpack.run.DocumentStatus;
import org.briefingpack.run.LatestPointer;
import org.briefingpack.run.RunLayout;
import org.briefingpack.run.RunReport;
import org.briefingpack.run.StalePartFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code run-report.json} from the job repository (each step's figures, the documents its skip listener
 * recorded, what {@code renderRun} wrote) and the steps' records of each document; points {@code output/latest}
 * at the run (only now, when everything is written) and logs the summary. Temporary files a killed execution
 * left behind are swept first, so a published run holds only whole files; the step records go last.
 */
class PublishTasklet implements Tasklet {

    static final String DISTRIBUTE_STEP = "distribute";
    static final String SKIPPED_KEY = "briefing.skipped";
    static final String FAILED_KEY = "briefing.failed";
    static final String PACKED_KEY = "briefing.packed";
    static final String UNDELIVERED_KEY = "briefing.undelivered";

    private static final Logger log = LoggerFactory.getLogger(PublishTasklet.class);

    private final Path inputDir;
    private final Path outputDir;
    private final String runId;
    private final JsonMapper json;
    private final String fingerprint;
    private final JobRepository repository;

    /** @param fingerprint this run's {@link PackFingerprint}, stored in the report so the next run can reuse packs */
    PublishTasklet(
            Path inputDir,
            Path outputDir,
            String runId,
            JsonMapper json,
            String fingerprint,
            JobRepository repository) {
        this.inputDir = inputDir;
        this.outputDir = outputDir;
        this.runId = runId;
        this.json = json;
        this.fingerprint = fingerprint;
        this.repository = repository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunLayout layout = RunLayout.of(outputDir, runId);
        JobExecution jobExecution =
                chunkContext.getStepContext().getStepExecution().getJobExecution();
        JobInstance instance = jobExecution.getJobInstance();
        RunReport report;
        if (!Files.isDirectory(layout.stepRecordsDir()) && Files.isRegularFile(layout.report())) {
            // an earlier execution of this step wrote the report and removed the records, then stopped
            report = json.readValue(layout.report().toFile(), RunReport.class);
        } else {
            StalePartFiles.removeUnder(layout.runDir());
            report = report(layout, jobExecution, RunRecords.read(layout, json, repository, instance));
            AtomicFiles.write(
                    layout.report(), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report));
        }
        LatestPointer.pointAt(outputDir, runId);
        try {
            FileSystemUtils.deleteRecursively(layout.stepRecordsDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the step records in " + layout.stepRecordsDir(), e);
        }

        ExecutionContext context = jobExecution.getExecutionContext();
        context.putInt(PACKED_KEY, report.summary().packed());
        context.putInt(SKIPPED_KEY, report.summary().skipped());
        context.putInt(FAILED_KEY, report.summary().failed());
        context.putInt(
                UNDELIVERED_KEY,
                report.distribution() == null
                        ? 0
                        : report.distribution().undelivered().size());
        log(report, layout);
        return RepeatStatus.FINISHED;
    }

    private RunReport report(RunLayout layout, JobExecution jobExecution, RunRecords records) {
        Instant startedAt = instant(jobExecution.getStartTime());
        Instant finishedAt = Instant.now();
        List<RunReport.DocumentEntry> entries = new ArrayList<>();
        int packed = 0;
        int skipped = 0;
        int failed = 0;
        int reused = 0;
        for (DocumentRecord record : records.all()) {
            RenderRecord render = records.render(record.key()).orElse(null);
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
            if (record.status() == DocumentStatus.PACKED) {
                outputs.add(layout.relative(layout.facts(record.folder())));
                outputs.addAll(render != null ? render.outputs() : record.outputs());
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
                    status != DocumentStatus.PACKED ? List.of() : render != null ? render.charts() : record.charts()));
        }
        StepExecution renderRun = repository.getLastStepExecution(jobExecution.getJobInstance(), "renderRun");
        ExecutionContext runContext = renderRun == null ? new ExecutionContext() : renderRun.getExecutionContext();
        List<String> runOutputs = runContext.containsKey(RenderRunTasklet.OUTPUTS)
                ? ((List<?>) runContext.get(RenderRunTasklet.OUTPUTS))
                        .stream().map(String::valueOf).toList()
                : List.of();
        return new RunReport(
                runId,
                "COMPLETED",
                startedAt,
                finishedAt,
                Duration.between(startedAt, finishedAt).toMillis(),
                inputDir.toAbsolutePath().toString(),
                outputDir.toAbsolutePath().toString(),
                new RunReport.Summary(entries.size(), packed, skipped, failed, reused),
                entries,
                runOutputs,
                List.of(),
                fingerprint,
                fingerprint == null ? null : PackFingerprint.ofRun(fingerprint, DocumentRecord.lines(records.all())),
                runContext.containsKey(RenderRunTasklet.REUSED_FROM),
                steps(jobExecution.getJobInstance()),
                distribution(jobExecution.getJobInstance()));
    }

    /** What the distribute step recorded; null when it distributed nothing. */
    private RunReport.Distribution distribution(JobInstance instance) {
        StepExecution step = repository.getLastStepExecution(instance, DISTRIBUTE_STEP);
        if (step == null || !step.getExecutionContext().containsKey(DistributeTasklet.MODE)) {
            return null;
        }
        ExecutionContext context = step.getExecutionContext();
        List<RunReport.Message> messages = DistributeTasklet.strings(context, DistributeTasklet.MESSAGES).stream()
                .map(line -> json.readValue(line, RunReport.Message.class))
                .toList();
        List<String> undelivered = messages.stream()
                .filter(message -> "failed".equals(message.status()))
                .flatMap(message -> message.to().stream())
                .distinct()
                .sorted()
                .toList();
        List<RunReport.Uncertain> uncertain = DistributeTasklet.strings(context, DistributeTasklet.UNCERTAIN).stream()
                .map(line -> json.readValue(line, RunReport.Uncertain.class))
                .toList();
        return new RunReport.Distribution(context.getString(DistributeTasklet.MODE), messages, undelivered, uncertain);
    }

    /** Each step's figures as the job repository holds them (its last execution in this run). */
    private List<RunReport.Step> steps(JobInstance instance) {
        List<String> names = new ArrayList<>(List.of(RunRecords.EXTRACT_STEP, "render"));
        for (int partition = 0;
                repository.getLastStepExecution(instance, RunRecords.RENDER_WORKER + partition) != null;
                partition++) {
            names.add(RunRecords.RENDER_WORKER + partition);
        }
        names.add("renderRun");
        names.add(DISTRIBUTE_STEP);
        List<RunReport.Step> steps = new ArrayList<>();
        for (String name : names) {
            StepExecution step = repository.getLastStepExecution(instance, name);
            if (step != null) {
                steps.add(new RunReport.Step(
                        name,
                        step.getStatus().toString(),
                        step.getReadCount(),
                        step.getWriteCount(),
                        step.getSkipCount(),
                        step.getCommitCount(),
                        step.getStartTime() == null || step.getEndTime() == null
                                ? 0
                                : Duration.between(step.getStartTime(), step.getEndTime())
                                        .toMillis()));
            }
        }
        return steps;
    }

    private void log(RunReport report, RunLayout layout) {
        log.info(
                "run {}: {} read, {} written ({} reused unchanged), {} skipped, {} failed, in {} s; outputs in {}",
                runId,
                HumanFormat.count(report.summary().documents(), "document", "documents"),
                HumanFormat.count(report.summary().packed(), "pack", "packs"),
                report.summary().reused(),
                report.summary().skipped(),
                report.summary().failed(),
                String.format(Locale.ROOT, "%.1f", report.totalMillis() / 1000.0),
                layout.runDir().toAbsolutePath());
        RunReport.Distribution distribution = report.distribution();
        if (distribution != null) {
            log.info(
                    "run {}: e-mail ({}): {} message(s), {} recipient(s) undelivered, {} pack(s) of uncertain delivery",
                    runId,
                    distribution.mode(),
                    distribution.messages().size(),
                    distribution.undelivered().size(),
                    distribution.uncertain().size());
        }
        for (RunReport.DocumentEntry entry : report.documents()) {
            if (entry.status() != DocumentStatus.PACKED) {
                log.warn(
                        "  {} {}: {}",
                        entry.status().name().toLowerCase(Locale.ROOT),
                        entry.file(),
                        entry.reason() != null ? entry.reason() : String.join("; ", entry.errors()));
            }
        }
    }

    /** When this execution began (a restarted run reports the span of the execution that finished it). */
    private static Instant instant(LocalDateTime time) {
        return time == null
                ? Instant.now()
                : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
