package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.briefingpack.config.BriefingProperties;
import org.briefingpack.reuse.PackFingerprint;
import org.briefingpack.run.RunIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Launches one run of the job: takes the output folder's lock, picks the run id (new, or the given
 * one to restart a failed run), passes an explicit identifying run id (no incrementer: Batch 6.0's
 * RunIdIncrementer drops command-line parameters) and turns the outcome into an exit code.
 */
@Component
public class BriefingPackLauncher {

    private static final Logger log = LoggerFactory.getLogger(BriefingPackLauncher.class);

    private final JobOperator jobOperator;
    private final Job briefingPackJob;
    private final BriefingProperties properties;
    private final Clock clock;
    private final JobRepository jobRepository;

    public BriefingPackLauncher(
            JobOperator jobOperator, Job briefingPackJob, BriefingProperties properties, JobRepository jobRepository) {
        this.jobOperator = jobOperator;
        this.briefingPackJob = briefingPackJob;
        this.properties = properties;
        this.clock = Clock.systemUTC();
        this.jobRepository = jobRepository;
    }

    /** Runs the job once; {@code runId} null for a new run, or a failed run's id to restart it. */
    public RunResult launch(String runId) {
        Path inputDir = properties.input().toAbsolutePath().normalize();
        Path outputDir = properties.output().toAbsolutePath().normalize();
        if (!Files.isDirectory(inputDir)) {
            return refused(
                    runId, null, ExitCodes.USAGE, "Input folder " + inputDir + " does not exist or is not a folder");
        }
        boolean restart = runId != null && !runId.isBlank();
        if (restart) {
            try {
                RunIds.check(runId);
            } catch (IllegalArgumentException e) {
                // before the lock: a refusal creates nothing
                return refused(runId, null, ExitCodes.USAGE, e.getMessage());
            }
        }
        Optional<String> outputProblem = outputProblem(outputDir);
        if (outputProblem.isPresent()) {
            return refused(runId, null, ExitCodes.USAGE, outputProblem.get());
        }
        Optional<OutputLock> lock = OutputLock.tryAcquire(outputDir);
        if (lock.isEmpty()) {
            return refused(
                    runId,
                    null,
                    ExitCodes.REFUSED,
                    "Another briefing-pack run is writing to " + outputDir
                            + "; this run did nothing. Start it again when that one has finished.");
        }
        try (OutputLock held = lock.get()) {
            String id = restart ? runId : RunIds.next(outputDir, clock.instant());
            if (restart && isUnknown(id)) {
                return refused(
                        runId,
                        null,
                        ExitCodes.USAGE,
                        "Run " + id + " is unknown: the job repository holds no run with that id, so there is"
                                + " nothing to restart; this run did nothing. Leave out --briefing.run-id for a new run.");
            }
            Path runDir = outputDir.resolve(id);
            Files.createDirectories(runDir);
            JobParameters parameters = new JobParametersBuilder()
                    .addString(BriefingPackJobConfiguration.RUN_ID, id, true)
                    .addString(BriefingPackJobConfiguration.INPUT, inputDir.toString(), false)
                    .addString(BriefingPackJobConfiguration.OUTPUT, outputDir.toString(), false)
                    .addString(
                            BriefingPackJobConfiguration.GENERATED_AT,
                            generatedAt(id).toString(),
                            false)
                    .addString(
                            BriefingPackJobConfiguration.FINGERPRINT,
                            PackFingerprint.of(
                                    properties.templates(),
                                    List.of(properties.pdf(), properties.fx(), properties.links())),
                            false)
                    .toJobParameters();
            log.info("run {}: reading {}, writing {}", id, inputDir, runDir);
            // We hold the lock, so an execution of this run that still looks running was killed: recover it.
            recoverKilledExecution(id, parameters);
            JobExecution execution = jobOperator.start(briefingPackJob, parameters);
            return result(id, runDir, execution);
        } catch (JobInstanceAlreadyCompleteException e) {
            return refused(
                    runId,
                    null,
                    ExitCodes.REFUSED,
                    "Run " + runId + " already completed; its outputs stay as they are."
                            + " Leave out --briefing.run-id for a new run.");
        } catch (JobExecutionAlreadyRunningException e) {
            return refused(runId, null, ExitCodes.REFUSED, "Run " + runId + " is still running elsewhere.");
        } catch (IllegalArgumentException e) {
            return refused(runId, null, ExitCodes.USAGE, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the run folder under " + outputDir, e);
        } catch (Exception e) {
            log.error("run {} could not start: {}", runId, e.getMessage(), e);
            return refused(runId, null, ExitCodes.FAILED, "The run could not start: " + e.getMessage());
        }
    }

    /** No execution of a run with this id was ever recorded: a restart of it would silently be a new, backdated run. */
    private boolean isUnknown(String runId) {
        JobParameters identifying = new JobParametersBuilder()
                .addString(BriefingPackJobConfiguration.RUN_ID, runId, true)
                .toJobParameters();
        return jobRepository.getLastJobExecution(briefingPackJob.getName(), identifying) == null;
    }

    /**
     * Why the output folder cannot be used, in one line (a usage error, exit 2, not a crash that asks for a
     * restart): a file where the folder should be, a folder that cannot be made, or one this user cannot write.
     */
    private static Optional<String> outputProblem(Path outputDir) {
        if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
            return Optional.of("Output folder " + outputDir + " is a file, not a folder; this run did nothing."
                    + " Give --output a folder.");
        }
        try {
            Files.createDirectories(outputDir);
        } catch (IOException e) {
            String reason = e instanceof AccessDeniedException
                    ? "permission denied"
                    : e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
            return Optional.of("Output folder " + outputDir + " cannot be created (" + reason
                    + "); this run did nothing. Give --output a folder you can write.");
        }
        if (!Files.isWritable(outputDir)) {
            return Optional.of("Output folder " + outputDir + " is not writable; this run did nothing."
                    + " Give --output a folder you can write.");
        }
        return Optional.empty();
    }

    /** The time printed in the pack: configured for byte-identical output, else the run id's own time. */
    private Instant generatedAt(String runId) {
        if (properties.pdf().fixedTimestamp() != null) {
            return properties.pdf().fixedTimestamp();
        }
        return RunIds.timeOf(runId).orElseGet(clock::instant);
    }

    private RunResult result(String runId, Path runDir, JobExecution execution) {
        BatchStatus status = execution.getStatus();
        var context = execution.getExecutionContext();
        int packed = context.getInt(PublishTasklet.PACKED_KEY, 0);
        int skipped = context.getInt(PublishTasklet.SKIPPED_KEY, 0);
        int failed = context.getInt(PublishTasklet.FAILED_KEY, 0);
        int undelivered = context.getInt(PublishTasklet.UNDELIVERED_KEY, 0);
        if (status == BatchStatus.COMPLETED) {
            if (undelivered > 0) {
                log.warn(
                        "run {}: {} recipient(s) did not get their message; run-report.json names them, and the"
                                + " next run tries again",
                        runId,
                        undelivered);
            }
            int code = skipped + failed + undelivered > 0 ? ExitCodes.COMPLETED_WITH_SKIPS : ExitCodes.OK;
            return new RunResult(runId, runDir, status, code, packed, skipped, failed, null);
        }
        // a failed render worker also fails the partitioned step with a generic message: name the worker's cause
        String cause = execution.getAllFailureExceptions().stream()
                .filter(e -> !(e instanceof JobExecutionException))
                .findFirst()
                .or(() -> execution.getAllFailureExceptions().stream().findFirst())
                .map(BriefingPackLauncher::rootCause)
                .map(Failures::describe)
                .orElse(status.toString());
        String message = "Run " + runId + " did not complete (" + cause + "). Restart it with --briefing.run-id="
                + runId + " to finish what is left; finished work is kept.";
        log.error(message);
        return new RunResult(runId, runDir, status, ExitCodes.FAILED, packed, skipped, failed, message);
    }

    /**
     * A run killed with SIGKILL (or a power cut) never records its end: the job repository shows its execution
     * STARTED, and Spring Batch would refuse to restart it ("already running"). We hold the output folder's lock,
     * which the operating system dropped when that process died, so an execution of this run that still looks
     * running has no process behind it: {@link JobOperator#recover} marks it FAILED and the run restarts normally.
     */
    private void recoverKilledExecution(String runId, JobParameters parameters) {
        JobExecution last = jobRepository.getLastJobExecution(briefingPackJob.getName(), parameters);
        // an execution writing elsewhere (same run id, another output folder) is not ours to judge
        if (last != null
                && last.isRunning()
                && parameters
                        .getString(BriefingPackJobConfiguration.OUTPUT)
                        .equals(last.getJobParameters().getString(BriefingPackJobConfiguration.OUTPUT))) {
            log.warn(
                    "run {}: execution {} was left {} by a process that stopped without finishing"
                            + " (killed or crashed); marking it FAILED so the run can restart",
                    runId,
                    last.getId(),
                    last.getStatus());
            jobOperator.recover(last);
        }
    }

    /** A step's failure arrives wrapped ("Unable to process chunk"): the cause a person can act on is the innermost. */
    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static RunResult refused(String runId, Path runDir, int code, String message) {
        log.error(message);
        return new RunResult(runId, runDir, null, code, 0, 0, 0, message);
    }
}
