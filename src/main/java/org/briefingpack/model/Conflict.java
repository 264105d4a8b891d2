package org.briefingpack.model;

/**
 * A resource page that states the same fact differently.
 *
 * @param url   the page (the link's normalized URL)
 * @param field what differs: {@code amount}, {@code count}, {@code date} or {@code stance}
 * @param value the page's value as it writes it ("$350 million", "12 March 2025", "SIGNED")
 * @param quote the page's sentence that says so
 */
public record Conflict(String url, String field, String value, String quote) {}
