package org.briefingpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A URL the document gives. {@code normalized} drops tracking parameters, fragments and trailing
 * punctuation. Title, status and fetchedAt are filled once links are fetched, absent before; {@code read}
 * once the page was read for facts.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"url", "normalized", "host", "title", "status", "fetchedAt", "read"})
public record Link(
        String url, String normalized, String host, String title, String status, Instant fetchedAt, LinkRead read) {

    public Link(String url, String normalized, String host, String title, String status, Instant fetchedAt) {
        this(url, normalized, host, title, status, fetchedAt, null);
    }

    public static Link of(String url, String normalized, String host) {
        return new Link(url, normalized, host, null, null, null, null);
    }

    public Link withRead(LinkRead newRead) {
        return new Link(url, normalized, host, title, status, fetchedAt, newRead);
    }

    /** The URL that identifies the page: the normalized form, else the URL as written. */
    public String target() {
        return normalized != null && !normalized.isBlank() ? normalized : url;
    }
}
