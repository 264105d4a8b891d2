/**
 * Turns a {@link org.briefingpack.ingest.SourceDocument} into {@link org.briefingpack.model.Facts}
 * with small recognizers over sentences, driven by lexicon data files under resources. Never renders.
 */
package org.briefingpack.extract;
