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
    /** A scheduled tick restarts an unfinished run at most this many executions in all, then starts new runs. */
    static final int TICK_ATTEMPTS = 3;
    /** How many of the latest runs (of every output folder sharing the repository) a tick looks through. */
    private static final int RECENT_RUNS = 50;

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
        boolean restart = runId != null && !runId.isBlank();
        return launch(restart ? runId : null, restart);
    }

    /**
     * One tick of {@code briefing.schedule}, called while this instance holds the schedule lock (so no other
     * instance is running): the last run in the output folder, when it did not finish (an instance killed mid-run,
     * or a failure) and has not already failed {@value #TICK_ATTEMPTS} times, is restarted where it stopped;
     * otherwise the tick gets its own run, named by the tick's time so that every instance names it alike. Empty
     * when that run exists already: another instance ran this tick, and this one yields.
     */
    public Optional<RunResult> launchTick(Instant tick) {
        Path outputDir = properties.output().toAbsolutePath().normalize();
        Optional<JobExecution> unfinished = lastExecutionIn(outputDir)
                .filter(last -> last.getStatus() != BatchStatus.COMPLETED
                        && last.getStatus() != BatchStatus.ABANDONED
                        && last.getStatus() != BatchStatus.UNKNOWN); // Spring Batch will not restart UNKNOWN
        if (unfinished.isPresent()) {
            String id = unfinished.get().getJobParameters().getString(BriefingPackJobConfiguration.RUN_ID);
            int attempts = jobRepository
                    .getJobExecutions(unfinished.get().getJobInstance())
                    .size();
            if (attempts < TICK_ATTEMPTS) {
                log.info(
                        "schedule tick {}: run {} did not finish ({}); restarting it where it stopped",
                        tick,
                        id,
                        unfinished.get().getStatus());
                RunResult restarted = launch(id, true);
                if (restarted.runDir() != null) {
                    return Optional.of(restarted);
                }
                // refused before anything was made (a run recorded by an older version, say): retrying it at every
                // tick would stop the schedule for good, so this tick makes its own run
                log.warn(
                        "schedule tick {}: run {} cannot be restarted ({}); the tick makes a new run",
                        tick,
                        id,
                        restarted.message());
            } else {
                log.warn(
                        "schedule tick {}: run {} failed {} times and is left as it is; restart it by hand with"
                                + " --briefing.run-id={}",
                        tick,
                        id,
                        attempts,
                        id);
            }
        }
        String id = RunIds.of(tick);
        if (!isUnknown(id, outputDir)) {
            log.info("schedule tick {}: run {} was made by another instance; this one yields", tick, id);
            return Optional.empty();
        }
        return Optional.of(launch(id, false));
    }

    private RunResult launch(String runId, boolean restart) {
        Path inputDir = properties.input().toAbsolutePath().normalize();
        Path outputDir = properties.output().toAbsolutePath().normalize();
        if (!Files.isDirectory(inputDir)) {
            return refused(
                    runId, null, ExitCodes.USAGE, "Input folder " + inputDir + " does not exist or is not a folder");
        }
        if (restart) {
            // before the output folder's lock and any folder: a refusal creates nothing
            try {
                RunIds.check(runId);
            } catch (IllegalArgumentException e) {
                return refused(runId, null, ExitCodes.USAGE, e.getMessage());
            }
            if (isUnknown(runId, outputDir)) {
                return refused(runId, null, ExitCodes.USAGE, unknownRun(runId, outputDir));
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
            String id = runId != null ? runId : RunIds.next(outputDir, clock.instant());
            Path runDir = outputDir.resolve(id);
            Files.createDirectories(runDir);
            JobParameters parameters = new JobParametersBuilder()
                    .addString(BriefingPackJobConfiguration.RUN_ID, id, true)
                    .addString(BriefingPackJobConfiguration.INPUT, inputDir.toString(), false)
                    // identifying too: two output folders sharing one job repository never share a run
                    .addString(BriefingPackJobConfiguration.OUTPUT, outputDir.toString(), true)
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
            // only where the output folder's lock is not shared (a network file system without locks)
            return refused(
                    runId,
                    null,
                    ExitCodes.REFUSED,
                    "Run " + runId + " is running in another process that writes to " + outputDir + ".");
        } catch (IllegalArgumentException e) {
            return refused(runId, null, ExitCodes.USAGE, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the run folder under " + outputDir, e);
        } catch (Exception e) {
            log.error("run {} could not start: {}", runId, e.getMessage(), e);
            return refused(runId, null, ExitCodes.FAILED, "The run could not start: " + e.getMessage());
        }
    }

    /** The last execution of the most recent run that wrote to this output folder, if any. */
    private Optional<JobExecution> lastExecutionIn(Path outputDir) {
        return jobRepository.getJobInstances(briefingPackJob.getName(), 0, RECENT_RUNS).stream()
                .map(jobRepository::getLastJobExecution)
                .filter(execution -> execution != null && writesTo(execution, outputDir))
                .findFirst();
    }

    private static boolean writesTo(JobExecution execution, Path outputDir) {
        return outputDir.toString().equals(execution.getJobParameters().getString(BriefingPackJobConfiguration.OUTPUT));
    }

    /** The refusal of a restart the repository cannot match, naming the output folder the run did write to. */
    private String unknownRun(String runId, Path outputDir) {
        String elsewhere = jobRepository.getJobInstances(briefingPackJob.getName(), 0, RECENT_RUNS).stream()
                .map(jobRepository::getLastJobExecution)
                .filter(execution -> execution != null
                        && runId.equals(execution.getJobParameters().getString(BriefingPackJobConfiguration.RUN_ID)))
                .map(execution -> execution.getJobParameters().getString(BriefingPackJobConfiguration.OUTPUT))
                .findFirst()
                .map(other -> " It wrote to " + other + ": restart it with --output=" + other + ".")
                .orElse(" Leave out --briefing.run-id for a new run.");
        return "Run " + runId + " is unknown: the job repository holds no run with that id writing to " + outputDir
                + ", so there is nothing to restart; this run did nothing." + elsewhere;
    }

    /**
     * No execution of a run with this id in this output folder was ever recorded: a restart of it would silently
     * be a new, backdated run.
     */
    private boolean isUnknown(String runId, Path outputDir) {
        JobParameters identifying = new JobParametersBuilder()
                .addString(BriefingPackJobConfiguration.RUN_ID, runId, true)
                .addString(BriefingPackJobConfiguration.OUTPUT, outputDir.toString(), true)
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
        // the output folder is identifying, so this is a run of this output folder, whose lock we hold
        if (last != null && last.isRunning()) {
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
