package org.briefingpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;

/**
 * What was read from a resource page ({@code links[].read}). A page that was not read has a
 * {@code reason} instead of {@code facts}.
 *
 * @param fetchedAt   when the page was fetched
 * @param status      the link's status ({@code ok}, {@code http-404}, ...)
 * @param contentType the answer's Content-Type
 * @param title       the page title, where it has one
 * @param characters  length of the page's text as read
 * @param sha256      of the bytes read
 * @param reason      why the page was not read, or why its facts count for nothing (off topic)
 * @param offTopic    true when the page is about another event: it then corroborates nothing
 * @param facts       the page's own facts
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"fetchedAt", "status", "contentType", "title", "characters", "sha256", "reason", "offTopic", "facts"
})
public record LinkRead(
        Instant fetchedAt,
        String status,
        String contentType,
        String title,
        Integer characters,
        String sha256,
        String reason,
        Boolean offTopic,
        PageFacts facts) {

    public static LinkRead notRead(Instant fetchedAt, String status, String contentType, String reason) {
        return new LinkRead(fetchedAt, status, contentType, null, null, null, reason, null, null);
    }

    /** Not a bean getter: the JSON field is {@code offTopic}, absent unless true. */
    public boolean aboutAnotherEvent() {
        return Boolean.TRUE.equals(offTopic);
    }

    public LinkRead markedOffTopic(String why) {
        return new LinkRead(fetchedAt, status, contentType, title, characters, sha256, why, Boolean.TRUE, facts);
    }
}
