package org.briefingpack.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;

/**
 * Executions a killed process left behind. A run killed with SIGKILL (or a power cut) never gets to
 * record its end, so the job repository shows it STARTED forever and Spring Batch refuses to restart it
 * ("already running"). The caller holds the output folder's lock, which the operating system dropped
 * when that process died: an execution that writes to this output folder and still looks running has
 * no process behind it. It is marked FAILED ({@link JobOperator#recover}) so the run restarts normally.
 */
final class AbandonedExecutions {

    private static final Logger log = LoggerFactory.getLogger(AbandonedExecutions.class);

    private AbandonedExecutions() {}

    /**
     * Marks FAILED every execution of this run that still looks running and writes to {@code outputDir}.
     * Call only while holding the {@link OutputLock} of {@code outputDir}.
     *
     * @return the executions marked FAILED (none for a new run or a run that ended normally)
     */
    static List<JobExecution> recover(
            JobRepository repository, JobOperator operator, String jobName, JobParameters parameters, Path outputDir) {
        JobInstance instance = repository.getJobInstance(jobName, parameters);
        if (instance == null) {
            return List.of();
        }
        List<JobExecution> recovered = new ArrayList<>();
        for (JobExecution execution : repository.getJobExecutions(instance)) {
            // An execution writing elsewhere (same run id, another output folder) is not ours to judge.
            String writesTo = execution.getJobParameters().getString(BriefingPackJobConfiguration.OUTPUT);
            if (execution.isRunning() && outputDir.toString().equals(writesTo)) {
                log.warn(
                        "run {}: execution {} was left {} by a process that stopped without finishing"
                                + " (killed or crashed); marking it FAILED so the run can restart",
                        parameters.getString(BriefingPackJobConfiguration.RUN_ID),
                        execution.getId(),
                        execution.getStatus());
                recovered.add(operator.recover(execution));
            }
        }
        return recovered;
    }
}
