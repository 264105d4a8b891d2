package org.briefingpack.render.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.RunContents;

/**
 * Writes a run's commitments workbook: Commitments, Positions, Figures, Themes and Resources as
 * named Excel tables streamed through SXSSF (bounded memory however many documents), a Charts
 * sheet with a native bar chart and the pack's chart images, and an About sheet. The documents are
 * read once, one at a time (see {@link CommitmentsWorkbook}).
 *
 * <p>Thread-safe: every write builds its own workbook; the only field is the immutable rate table.
 */
public final class CommitmentsWorkbookWriter {

    static final String COMMITMENTS = "Commitments";
    static final String POSITIONS = "Positions";
    static final String FIGURES = "Figures";
    static final String THEMES = "Themes";
    static final String RESOURCES = "Resources";
    static final String CHARTS = "Charts";
    static final String ABOUT = "About";

    /**
     * Above this many outcomes, Source file cells are plain text: each POI hyperlink costs about
     * 2.7 KB of heap until the file is written, and a link per row would dominate a large run.
     */
    static final int MAX_SOURCE_LINKS = 10_000;

    private final FxRates fx;

    public CommitmentsWorkbookWriter(FxRates fx) {
        this.fx = Objects.requireNonNull(fx, "fx rates");
    }

    /** Writes the workbook to {@code xlsxFile}, atomically: readers see the old file or the whole new one. */
    public void write(RunContents run, Path xlsxFile) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(xlsxFile, "xlsxFile");
        try (CommitmentsWorkbook workbook =
                open(run.runId(), run.generatedAt(), run.documents().outcomes())) {
            for (RunContents.DocumentPack pack : run.documents()) {
                workbook.add(pack);
            }
            workbook.finish(run.runCharts(), xlsxFile);
        }
    }

    /**
     * Writes the workbook of a run without documents and throws it away: the first workbook of a JVM spends most
     * of its time loading and first running POI and its XML schema classes (one document's workbook: 3.2 s in a fresh JVM, 0.55 s after this), and a
     * later {@link #write} or {@link #open} finds them loaded. For a thread that would otherwise wait.
     */
    public void warmUp() {
        try (CommitmentsWorkbook workbook = open("warm-up", Instant.EPOCH, 0)) {
            workbook.finish(List.of(), OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("Workbook warm-up failed: " + e.getMessage(), e);
        }
    }

    /**
     * Opens a workbook to add a run's documents to one at a time, for callers that stream the documents past
     * other renderers in the same pass.
     *
     * @param outcomes outcomes across the run, known up front: above {@link #MAX_SOURCE_LINKS} Source file cells
     *                 are plain text, and that is decided before the first row is written
     */
    public CommitmentsWorkbook open(String runId, Instant generatedAt, long outcomes) {
        return new CommitmentsWorkbook(fx, runId, generatedAt, outcomes);
    }

    /** The event's name, or the document id where extraction found no event, so every row names its source. */
    static String summit(Facts facts) {
        if (facts.event() != null
                && facts.event().name() != null
                && !facts.event().name().isBlank()) {
            return facts.event().name();
        }
        return facts.document() != null ? facts.document().id() : null;
    }

    static String sourceFile(Facts facts) {
        if (facts.document() == null) {
            return null;
        }
        return facts.document().file() != null
                ? facts.document().file()
                : facts.document().id();
    }

    /** "INITIATIVE" reads as "Initiative". */
    static String label(Enum<?> value) {
        if (value == null) {
            return null;
        }
        String name = value.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    static String quotes(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::quote).filter(Objects::nonNull).collect(Collectors.joining("\n"));
    }

    static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
