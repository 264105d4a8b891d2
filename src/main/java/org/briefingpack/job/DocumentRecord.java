package org.briefingpack.job;

import java.util.List;
import java.util.Map;
import org.briefingpack.run.DocumentStatus;
import org.briefingpack.run.RunReport;

/**
 * What the extract step made of one input file: one line of its step records (packed or reused), or, for a
 * file that got no pack, the record its {@link SkippedDocuments} listener keeps in the job repository.
 *
 * @param found      counts of what extraction found (figures, outcomes, positions, themes, links)
 * @param reusedFrom the earlier run whose pack this document took over unchanged, null when built in this run
 * @param outputs    for a reused document, the rendered files taken over (relative to the run folder)
 * @param charts     for a reused document, the charts taken over
 */
record DocumentRecord(
        String file,
        String key,
        String folder,
        String documentId,
        String sha256,
        DocumentStatus status,
        String reason,
        String encoding,
        List<String> warnings,
        Map<String, Integer> found,
        long extractMillis,
        String reusedFrom,
        List<String> outputs,
        List<RunReport.Chart> charts) {

    DocumentRecord {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        found = found == null ? Map.of() : Map.copyOf(found);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        charts = charts == null ? List.of() : List.copyOf(charts);
    }

    /** One line per document for the run-level fingerprint: file, status and SHA-256. */
    static List<String> lines(List<DocumentRecord> records) {
        return records.stream()
                .map(record -> record.file() + "|" + record.status() + "|" + record.sha256())
                .toList();
    }

    static DocumentRecord skipped(InputFile input, String reason, long millis) {
        return new DocumentRecord(
                input.label(),
                input.key(),
                input.folder(),
                null,
                null,
                DocumentStatus.SKIPPED,
                reason,
                null,
                List.of(),
                Map.of(),
                millis,
                null,
                List.of(),
                List.of());
    }
}
