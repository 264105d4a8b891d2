/**
 * Reads input files (text, Markdown, HTML, PDF, DOCX) into {@link org.briefingpack.ingest.SourceDocument}s:
 * bytes, encoding guess, the text a reader sees (for PDF with the offset where each page begins), and the
 * links in the markup. Knows nothing of facts or rendering, and
 * never fetches anything: HTML is parsed from a string.
 */
package org.briefingpack.ingest;
