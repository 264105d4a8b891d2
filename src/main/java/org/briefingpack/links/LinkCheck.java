package org.briefingpack.links;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.briefingpack.model.Link;

/**
 * Everything one check of a link found; also the on-disk cache entry. The facts model keeps only
 * title, status and fetchedAt: the rest is here for renderers that want more.
 *
 * @param url         the URL requested (the link's normalized form): the cache key
 * @param finalUrl    where the redirects ended; equals {@code url} when there were none
 * @param status      see {@link LinkFetcher} for the vocabulary
 * @param contentType the final response's Content-Type, null when none or never requested
 * @param title       page title (jsoup), null when none or not HTML
 * @param description page meta description (jsoup), null when none
 * @param fetchedAt   when the check happened (for a cached entry: when it was first made)
 * @param bodyBytes   body bytes read, at most {@code briefing.links.max-body-size}
 * @param truncated   true when reading stopped at the size cap
 * @param body        the bytes read (HTML, PDF or plain text answers only), null when none; kept out of the
 *                    JSON entry, the cache stores it in a file of its own
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
    "url",
    "finalUrl",
    "status",
    "contentType",
    "title",
    "description",
    "fetchedAt",
    "bodyBytes",
    "truncated"
})
public record LinkCheck(
        String url,
        String finalUrl,
        String status,
        String contentType,
        String title,
        String description,
        Instant fetchedAt,
        long bodyBytes,
        boolean truncated,
        @JsonIgnore byte[] body) {

    static LinkCheck failed(String url, String finalUrl, String status, Instant at) {
        return new LinkCheck(url, finalUrl, status, null, null, null, at, 0, false, null);
    }

    LinkCheck withBody(byte[] bytes) {
        return new LinkCheck(
                url, finalUrl, status, contentType, title, description, fetchedAt, bodyBytes, truncated, bytes);
    }

    /** The link with this check's title, status and fetchedAt. */
    public Link onto(Link link) {
        return new Link(link.url(), link.normalized(), link.host(), title, status, fetchedAt);
    }

    public boolean redirected() {
        return finalUrl != null && !finalUrl.equals(url);
    }
}
