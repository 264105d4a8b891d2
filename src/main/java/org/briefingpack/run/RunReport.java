package org.briefingpack.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code run-report.json}: what a run did with every input file, and what it wrote.
 *
 * @param fingerprint    application version, templates and output settings the packs were made with
 *                       ({@code reuse.PackFingerprint}); a later run reuses packs only when its own is the same
 * @param runFingerprint the fingerprint plus every document's file, status and SHA-256: a later run over
 *                       exactly the same documents reuses the run-level outputs too
 * @param steps          each step's figures from the job repository (its last execution in this run)
 * @param distribution   what the {@code distribute} step sent or wrote, null when nothing is configured to be sent
 */
public record RunReport(
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
        List<String> runErrors,
        String fingerprint,
        String runFingerprint,
        boolean runOutputsReused,
        List<Step> steps,
        Distribution distribution) {

    public RunReport {
        documents = documents == null ? List.of() : documents;
        runOutputs = runOutputs == null ? List.of() : runOutputs;
        runErrors = runErrors == null ? List.of() : runErrors;
        steps = steps == null ? List.of() : steps;
    }

    /** @param reused packed documents whose pack was taken over from an earlier run (counted in packed too) */
    public record Summary(int documents, int packed, int skipped, int failed, int reused) {}

    /**
     * @param reused     the pack was not rebuilt: its files are hard links to (or copies of) those of run
     *                   {@code reusedFrom}, whose input bytes, templates and application version were the same
     * @param charts     the charts drawn for the document, so a later run can reuse them in its workbook
     */
    public record DocumentEntry(
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
            Timings timings,
            boolean reused,
            String reusedFrom,
            List<Chart> charts) {

        public DocumentEntry {
            warnings = warnings == null ? List.of() : warnings;
            errors = errors == null ? List.of() : errors;
            found = found == null ? Map.of() : found;
            outputs = outputs == null ? List.of() : outputs;
        }
    }

    public record Timings(long extractMillis, long renderMillis) {}

    /** A step as the job repository recorded it: items read, written, skipped, chunks committed, duration. */
    public record Step(String name, String status, long read, long written, long skipped, long commits, long millis) {}

    /** A chart drawn for a document, with paths relative to the run folder. */
    public record Chart(String name, String title, String altText, String png, String csv, int widthPx, int heightPx) {}

    /**
     * The run's e-mail.
     *
     * @param mode        {@code send} or {@code outbox}
     * @param undelivered recipients of a message the mail server did not take after every try; the next run tries
     *                    them again
     * @param uncertain   packs handed to the mail server by an execution that stopped before recording them sent:
     *                    not sent again; look the Message-ID up in the server's log
     */
    public record Distribution(
            String mode, List<Message> messages, List<String> undelivered, List<Uncertain> uncertain) {
        public Distribution {
            messages = messages == null ? List.of() : messages;
            undelivered = undelivered == null ? List.of() : undelivered;
            uncertain = uncertain == null ? List.of() : uncertain;
        }
    }

    /**
     * One message: {@code status} {@code sent}, {@code written} (to {@code file}, in outbox mode) or
     * {@code failed} (with the {@code error}); {@code updated} when every briefing in it replaces one its
     * recipients had.
     */
    public record Message(
            String messageId,
            List<String> to,
            List<String> documents,
            boolean updated,
            String status,
            String file,
            String error) {}

    public record Uncertain(String recipient, String document, String messageId) {}
}
