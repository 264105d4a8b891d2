package org.briefingpack.model;

/**
 * A resource page that states the same fact as the document.
 *
 * @param url   the page (the link's normalized URL)
 * @param quote the page's sentence that says so, verbatim as the page reads
 */
public record Corroboration(String url, String quote) {}
