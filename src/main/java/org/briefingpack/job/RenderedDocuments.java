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

/**
 * The documents the render step finished, in file order, for the run-level render. Each pass reads every
 * {@code facts.json} afresh when it is reached, so a run of any size holds one document's facts at a time; what
 * is kept here per document is its folder, its charts and its outcome count, all from the ledger.
 */
final class RenderedDocuments implements RunDocuments {

    private record Rendered(Path facts, List<RenderedChart> charts, Integer outcomes) {}

    private final FactsJson json;
    private final List<Rendered> documents;

    private RenderedDocuments(FactsJson json, List<Rendered> documents) {
        this.json = json;
        this.documents = List.copyOf(documents);
    }

    /** The packed documents whose render did not fail, as the run ledger lists them. */
    static RenderedDocuments of(RunLedger ledger, Path runDir, FactsJson json) {
        List<Rendered> documents = new ArrayList<>();
        for (DocumentRecord record : RenderPartitioner.packedDocuments(ledger)) {
            RenderRecord rendered = ledger.render(record.key()).orElse(null);
            if (rendered == null || rendered.error() != null) {
                continue;
            }
            documents.add(new Rendered(
                    new RunLayout(runDir).facts(record.folder()),
                    rendered.charts().stream()
                            .map(chart -> RenderRecords.toChart(runDir, chart))
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
