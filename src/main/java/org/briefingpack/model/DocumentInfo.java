package org.briefingpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * The input document: id (file name without extension), file name, SHA-256 of the raw bytes, text length;
 * for a document that is a web page named by an input link ({@code .url} or {@code .links} file), the
 * {@code url} fetched and when ({@code fetchedAt}), absent otherwise.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "file", "sha256", "characters", "url", "fetchedAt"})
public record DocumentInfo(String id, String file, String sha256, int characters, String url, Instant fetchedAt) {

    /** A document read from a file of the input folder. */
    public DocumentInfo(String id, String file, String sha256, int characters) {
        this(id, file, sha256, characters, null, null);
    }

    /** The same document, recorded as the page at {@code pageUrl} fetched at {@code at}. */
    public DocumentInfo fetchedFrom(String pageUrl, Instant at) {
        return new DocumentInfo(id, file, sha256, characters, pageUrl, at);
    }
}
