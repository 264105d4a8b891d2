package org.briefingpack.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.render.RunContents;
import org.briefingpack.render.RunDocuments;
import org.briefingpack.run.RunLayout;
import org.briefingpack.run.RunReport;

/**
 * The documents whose pack is whole, in file order, for the run-level render. Each pass reads every
 * {@code facts.json} afresh when it is reached, so a run of any size holds one document's facts at a time; what
 * is kept here per document is its facts file, its charts and its outcome count, all from the step records.
 */
final class RenderedDocuments implements RunDocuments {

    private record Rendered(Path facts, List<RenderedChart> charts, Integer outcomes) {}

    private final FactsJson json;
    private final List<Rendered> documents;

    private RenderedDocuments(FactsJson json, List<Rendered> documents) {
        this.json = json;
        this.documents = List.copyOf(documents);
    }

    static RenderedDocuments of(RunRecords records, RunLayout layout, FactsJson json) {
        List<Rendered> documents = new ArrayList<>();
        for (DocumentRecord record : records.rendered()) {
            List<RunReport.Chart> charts = record.reusedFrom() != null
                    ? record.charts()
                    : records.render(record.key()).orElseThrow().charts();
            documents.add(new Rendered(
                    layout.facts(record.folder()),
                    charts.stream()
                            .map(chart -> ChartRecords.toChart(layout, chart))
                            .toList(),
                    record.found().get("outcomes")));
        }
        return new RenderedDocuments(json, documents);
    }

    int size() {
        return documents.size();
    }

    @Override
    public Iterator<RunContents.DocumentPack> iterator() {
        // lazy: a document's facts are read when the pass reaches it
        return documents.stream()
                .map(d -> new RunContents.DocumentPack(json.read(d.facts()), d.charts()))
                .iterator();
    }

    /** From the counts extraction recorded, without reading a file; a pass that counts where one is missing. */
    @Override
    public long outcomes() {
        if (documents.stream().anyMatch(d -> d.outcomes() == null)) {
            return RunDocuments.super.outcomes();
        }
        return documents.stream().mapToLong(Rendered::outcomes).sum();
    }
}
