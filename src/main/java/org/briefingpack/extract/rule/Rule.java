package org.briefingpack.extract.rule;

import org.briefingpack.extract.annotate.AnnotatedDocument;

/** One rule of extraction: reads the annotated document and what earlier rules found, and adds to it. */
public interface Rule {

    void apply(AnnotatedDocument document, Findings findings);
}
