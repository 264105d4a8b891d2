/**
 * The structured facts of a document (event, themes, outcomes, positions) found by small rule-based
 * recognizers over sentences and figures, driven by the lexicon files under {@code resources/lexicon}.
 * Owns the actor gazetteer; never reads raw bytes, never finds figures or links itself.
 */
package org.briefingpack.extract.structure;
