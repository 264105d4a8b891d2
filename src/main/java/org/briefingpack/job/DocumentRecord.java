package org.briefingpack.job;

import java.util.List;
import java.util.Map;
import org.briefingpack.run.DocumentStatus;

/**
 * What the extract step learned about one input file: kept in the run ledger until publish folds it
 * into run-report.json.
 *
 * @param found      counts of what extraction found (figures, outcomes, positions, themes, links)
 * @param reusedFrom the earlier run whose pack this document took over unchanged, null when built in this run
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
        String reusedFrom) {

    DocumentRecord {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        found = found == null ? Map.of() : Map.copyOf(found);
    }

    /** One line per document for the run-level fingerprint: file, status and SHA-256. */
    static List<String> lines(List<DocumentRecord> records) {
        return records.stream()
                .map(record -> record.file() + "|" + record.status() + "|" + record.sha256())
                .toList();
    }

    static DocumentRecord skipped(InputFile input, String reason, long millis) {
        return new DocumentRecord(
                input.fileName(),
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
                null);
    }
}
