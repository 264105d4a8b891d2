package org.briefingpack.render;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.briefingpack.model.Facts;

/**
 * Everything the render step draws: per document the charts, the PDF and its HTML twin; per run the
 * charts across documents and the commitments workbook. Reads facts only, never raw text.
 */
public interface PackRenderer {

    /** Draws one document's pack into {@code documentDir}; returns the charts and every file written. */
    DocumentRendering renderDocument(Facts facts, Path documentDir, Instant generatedAt);

    /** Draws the run-level outputs into {@code runDir}; returns every file written. */
    List<Path> renderRun(RunContents run, Path runDir);

    /**
     * Runs the run-level writers once on nothing, so that a later {@link #renderRun} in this JVM finds their classes
     * loaded; for a core that would otherwise idle. Writes no file.
     */
    default void warmUpRun() {}

    /** What rendering one document produced. */
    record DocumentRendering(List<RenderedChart> charts, List<Path> files) {
        public DocumentRendering {
            charts = List.copyOf(charts);
            files = List.copyOf(files);
        }
    }
}
