package org.briefingpack.render;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.briefingpack.model.Facts;

/**
 * What a run produced, as the run-level renderers (workbook, run charts) see it.
 *
 * @param runId       the run folder name, e.g. {@code 2026-11-25T06-00-00Z}
 * @param generatedAt the generation time printed in outputs (fixed when configured)
 * @param documents   each document's facts and the charts drawn for it, in input order, one at a time
 * @param runCharts   charts across the run's documents (may be empty)
 */
public record RunContents(String runId, Instant generatedAt, RunDocuments documents, List<RenderedChart> runCharts) {

    public RunContents {
        Objects.requireNonNull(documents, "documents");
        runCharts = runCharts == null ? List.of() : List.copyOf(runCharts);
    }

    /** A run whose documents are already in memory. */
    public RunContents(String runId, Instant generatedAt, List<DocumentPack> documents, List<RenderedChart> runCharts) {
        this(runId, generatedAt, RunDocuments.of(documents), runCharts);
    }

    /** One document's facts with the charts already drawn for it. */
    public record DocumentPack(Facts facts, List<RenderedChart> charts) {
        public DocumentPack {
            charts = charts == null ? List.of() : List.copyOf(charts);
        }
    }
}
