package org.briefingpack.run;

import java.nio.file.Path;

/**
 * Where everything of a run lives, the one place that names files and folders:
 *
 * <pre>
 * output/                        the output folder
 *   .briefing-pack.lock          held while a run writes ({@link #lockFile})
 *   LATEST, latest               the last completed run ({@link #latestFile}, {@link #latestLink})
 *   2026-11-25T06-00-00Z/        a run folder ({@link #runDir})
 *     &lt;document&gt;/               one folder per document ({@link #documentDir})
 *       facts.json  briefing.pdf  briefing.html  charts/*.png, *.csv
 *     charts/  commitments.xlsx  run-report.json
 *     outbox/*.eml               messages written instead of sent ({@code briefing.distribution.mode=outbox})
 *     .steps/*.jsonl             what each step wrote, per document, until publish ({@link #stepRecords})
 * </pre>
 *
 * Paths inside a run are also written relative to the run folder, with '/' ({@link #relative}), as the run
 * report lists them.
 */
public record RunLayout(Path runDir) {

    public static final String FACTS = "facts.json";
    public static final String PDF = "briefing.pdf";
    public static final String HTML = "briefing.html";
    public static final String CHARTS = "charts";
    public static final String WORKBOOK = "commitments.xlsx";
    public static final String REPORT = "run-report.json";
    public static final String OUTBOX = "outbox";

    public static RunLayout of(Path outputDir, String runId) {
        return new RunLayout(outputDir.resolve(RunIds.check(runId)));
    }

    public static Path lockFile(Path outputDir) {
        return outputDir.resolve(".briefing-pack.lock");
    }

    /** A one-line file naming the last completed run; works where symbolic links do not. */
    public static Path latestFile(Path outputDir) {
        return outputDir.resolve("LATEST");
    }

    /** A symbolic link to the last completed run's folder. */
    public static Path latestLink(Path outputDir) {
        return outputDir.resolve("latest");
    }

    public Path documentDir(String folder) {
        return runDir.resolve(folder);
    }

    public Path facts(String folder) {
        return documentDir(folder).resolve(FACTS);
    }

    /** Where {@code briefing.distribution.mode=outbox} writes each message as an {@code .eml} file. */
    public Path outbox() {
        return runDir.resolve(OUTBOX);
    }

    public Path report() {
        return runDir.resolve(REPORT);
    }

    /**
     * The records a step writes while the run is unfinished, one JSON line per document (for example
     * {@code extract}: each document's status and facts; {@code render-partition0}: the files a render worker
     * wrote). Spring Batch writes and rereads them; publish folds them into the run report and removes them.
     */
    public Path stepRecords(String name) {
        return stepRecordsDir().resolve(name + ".jsonl");
    }

    public Path stepRecordsDir() {
        return runDir.resolve(".steps");
    }

    /** A path under the run folder as the run report writes it: relative, with '/' separators. */
    public String relative(Path file) {
        return runDir.toAbsolutePath()
                .relativize(file.toAbsolutePath())
                .toString()
                .replace('\\', '/');
    }

    /** The path a {@link #relative} name stands for. */
    public Path resolve(String relative) {
        return runDir.resolve(relative);
    }
}
