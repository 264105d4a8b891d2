package org.briefingpack.render;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A run's documents in input order, handed out one at a time: a source may read each document's facts from
 * disk when it is reached and let it go after, so a run of any size holds one document's facts, not all of
 * them. Iterable again for every pass; the run-level render makes one.
 */
public interface RunDocuments extends Iterable<RunContents.DocumentPack> {

    /**
     * Outcomes across every document, needed before the pass: the workbook decides up front whether its Source
     * file cells can be links. By default a pass that counts them; a source that already knows says so.
     */
    default long outcomes() {
        long outcomes = 0;
        for (RunContents.DocumentPack pack : this) {
            // a pack without facts counts nothing here; the workbook refuses it by its position
            outcomes += pack == null || pack.facts() == null
                    ? 0
                    : pack.facts().outcomes().size();
        }
        return outcomes;
    }

    /** Documents already in memory (tests, benchmarks). */
    static RunDocuments of(List<RunContents.DocumentPack> packs) {
        List<RunContents.DocumentPack> copy = List.copyOf(Objects.requireNonNull(packs, "documents"));
        return new RunDocuments() {
            @Override
            public Iterator<RunContents.DocumentPack> iterator() {
                return copy.iterator();
            }
        };
    }
}
