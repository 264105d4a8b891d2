package org.briefingpack.job;

import java.util.List;
import org.briefingpack.run.RunReport;

/**
 * What a render worker made of one document: a line of its step records, or, when rendering failed, the
 * record its {@link SkippedDocuments} listener keeps in the job repository.
 *
 * @param file    the input file, for the log
 * @param outputs files written, relative to the run folder
 * @param charts  charts drawn, so the run-level renderers can embed them
 * @param error   why rendering this document failed, null when it did not
 */
record RenderRecord(
        String key, String file, List<String> outputs, List<RunReport.Chart> charts, long renderMillis, String error) {

    RenderRecord {
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }
}
