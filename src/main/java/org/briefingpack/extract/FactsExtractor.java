package org.briefingpack.extract;

import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.Facts;

/** Builds the complete facts model of one document. Implementations are thread-safe and stateless. */
public interface FactsExtractor {
    Facts extract(SourceDocument document);
}
