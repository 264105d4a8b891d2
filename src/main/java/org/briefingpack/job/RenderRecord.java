package org.briefingpack.job;

import java.util.List;
import org.briefingpack.run.RunReport;

/**
 * What the render step wrote for one document (or, with {@code key} {@link #RUN_KEY}, for the run).
 * Its presence in the ledger is what lets a restarted render step pass over finished work.
 *
 * @param outputs files written, relative to the run folder
 * @param charts  charts drawn, so run-level renderers can embed them after a restart
 * @param error   why rendering this document failed, null when it did not
 * @param reusedFrom the earlier run these outputs were taken over from, null when rendered in this run
 */
record RenderRecord(
        String key,
        List<String> outputs,
        List<RunReport.Chart> charts,
        long renderMillis,
        String error,
        String reusedFrom) {

    static final String RUN_KEY = "_run";

    RenderRecord(String key, List<String> outputs, List<RunReport.Chart> charts, long renderMillis, String error) {
        this(key, outputs, charts, renderMillis, error, null);
    }

    RenderRecord {
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }
}
