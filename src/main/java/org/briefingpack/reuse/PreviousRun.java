package org.briefingpack.reuse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefingpack.run.DocumentStatus;
import org.briefingpack.run.RunLayout;
import org.briefingpack.run.RunReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last completed run (named by {@code output/LATEST}) as far as reuse is concerned: its report, read once
 * per step. A document can reuse its pack from there when that run packed it from the same bytes (SHA-256)
 * with the same {@link PackFingerprint}; the run-level outputs can be reused when the whole set of documents
 * is the same. Immutable after construction, so worker threads may share it.
 */
public final class PreviousRun {

    private static final Logger log = LoggerFactory.getLogger(PreviousRun.class);
    private static final PreviousRun NONE = new PreviousRun(null, null, Map.of());

    private final Path runDir;
    private final RunReport report;
    private final Map<String, RunReport.DocumentEntry> byFile;

    private PreviousRun(Path runDir, RunReport report, Map<String, RunReport.DocumentEntry> byFile) {
        this.runDir = runDir;
        this.report = report;
        this.byFile = byFile;
    }

    public static PreviousRun none() {
        return NONE;
    }

    /**
     * The last completed run under {@code outputDir} other than {@code currentRunId}, if it was made with
     * {@code fingerprint}; {@link #none()} when there is none, it was made differently, or its report cannot
     * be read (reuse is an optimisation: when in doubt, rebuild).
     */
    public static PreviousRun latest(Path outputDir, String currentRunId, String fingerprint, JsonMapper json) {
        Path latestFile = RunLayout.latestFile(outputDir);
        try {
            if (!Files.isRegularFile(latestFile)) {
                return NONE;
            }
            String runId = Files.readString(latestFile, StandardCharsets.UTF_8).strip();
            if (runId.isEmpty() || runId.equals(currentRunId)) {
                return NONE;
            }
            RunLayout layout = RunLayout.of(outputDir, runId);
            Path runDir = layout.runDir();
            Path reportFile = layout.report();
            if (!Files.isRegularFile(reportFile)) {
                return NONE;
            }
            RunReport report = json.readValue(reportFile.toFile(), RunReport.class);
            if (report.fingerprint() == null || !report.fingerprint().equals(fingerprint)) {
                log.info(
                        "run {} was made with other templates, settings or application version: nothing reused", runId);
                return NONE;
            }
            Map<String, RunReport.DocumentEntry> byFile = new HashMap<>();
            for (RunReport.DocumentEntry entry : report.documents()) {
                byFile.put(entry.file(), entry);
            }
            return new PreviousRun(runDir, report, byFile);
        } catch (IOException | RuntimeException e) {
            log.warn("cannot read the last run's report ({}): nothing reused", e.getMessage());
            return NONE;
        }
    }

    /** The previous pack of {@code file}, when that run packed the same bytes without errors. */
    public Optional<Pack> pack(String file, String sha256) {
        RunReport.DocumentEntry entry = byFile.get(file);
        if (entry == null
                || sha256 == null
                || !sha256.equals(entry.sha256())
                || entry.status() != DocumentStatus.PACKED
                || !entry.errors().isEmpty()
                || entry.charts() == null
                || entry.folder() == null) {
            return Optional.empty();
        }
        return Optional.of(new Pack(report.runId(), runDir, entry));
    }

    /** The previous run-level outputs, when that run was over exactly the same documents ({@code runFingerprint}). */
    public Optional<List<String>> runOutputs(String runFingerprint) {
        if (report == null
                || report.runFingerprint() == null
                || !report.runFingerprint().equals(runFingerprint)) {
            return Optional.empty();
        }
        return Optional.of(report.runOutputs());
    }

    public Path runDir() {
        return runDir;
    }

    public String runId() {
        return report == null ? null : report.runId();
    }

    /** A document's finished pack in the previous run. */
    public record Pack(String runId, Path runDir, RunReport.DocumentEntry entry) {}
}
