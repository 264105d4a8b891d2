package org.briefingpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * A URL the document gives. {@code normalized} drops tracking parameters, fragments and trailing
 * punctuation. Title, status and fetchedAt are filled once links are fetched, absent before.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"url", "normalized", "host", "title", "status", "fetchedAt"})
public record Link(String url, String normalized, String host, String title, String status, Instant fetchedAt) {

    public static Link of(String url, String normalized, String host) {
        return new Link(url, normalized, host, null, null, null);
    }
}
