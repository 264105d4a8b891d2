package org.briefingpack.job;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** {@code run-report.json}: what a run did with every input file, and what it wrote. */
record RunReport(
        String runId,
        String status,
        Instant startedAt,
        Instant finishedAt,
        long totalMillis,
        String input,
        String output,
        Summary summary,
        List<DocumentEntry> documents,
        List<String> runOutputs,
        List<String> runErrors) {

    record Summary(int documents, int packed, int skipped, int failed) {
    }

    record DocumentEntry(
            String file,
            String id,
            String folder,
            DocumentStatus status,
            String reason,
            String encoding,
            String sha256,
            List<String> warnings,
            List<String> errors,
            Map<String, Integer> found,
            List<String> outputs,
            Timings timings) {
    }

    record Timings(long extractMillis, long renderMillis) {
    }
}
