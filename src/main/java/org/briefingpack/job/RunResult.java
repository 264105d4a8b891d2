package org.briefingpack.job;

import java.nio.file.Path;
import org.springframework.batch.core.BatchStatus;

/**
 * What one launch of the job came to.
 *
 * @param message a sentence for the log when the launch was refused or failed, else null
 */
public record RunResult(
        String runId,
        Path runDir,
        BatchStatus status,
        int exitCode,
        int packed,
        int skipped,
        int failed,
        String message) {}
