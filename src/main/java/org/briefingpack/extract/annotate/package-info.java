/**
 * One annotated document per input: its parts (headline, dateline, byline, body, lists, tables), sentences,
 * tokens with part of speech and lemma, noun-phrase chunks, actor mentions, figures, quotes and attributions.
 * Built once by {@link org.briefingpack.extract.annotate.Annotator}; the rules read it and never re-tokenise.
 */
package org.briefingpack.extract.annotate;
