package org.briefingpack.links;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import org.briefingpack.model.Link;

/**
 * Everything one check of a link found; also the on-disk cache entry (the body is kept beside it, in a
 * file of its own). The facts model keeps only title, status and fetchedAt: the rest is here for readers
 * of the page and for the next run's conditional request.
 *
 * @param url          the URL requested (the link's normalized form): the cache key
 * @param finalUrl     where the redirects ended; equals {@code url} when there were none
 * @param status       see {@link LinkFetcher} for the vocabulary
 * @param contentType  the final response's Content-Type, null when none or never requested
 * @param title        page title (jsoup), null when none or not HTML
 * @param description  page meta description (jsoup), null when none
 * @param fetchedAt    when the page was last downloaded or confirmed unchanged (a 304)
 * @param bodyBytes    body bytes read, at most {@code briefing.links.max-body-size}
 * @param truncated    true when reading stopped at the size cap
 * @param etag         the final response's ETag, sent back as If-None-Match once the TTL has passed
 * @param lastModified the final response's Last-Modified, sent back as If-Modified-Since
 * @param notModified  true when this result came from a 304: the server confirmed the cached body
 * @param body         the body read (HTML, XHTML, PDF or plain text of a 2xx answer; empty for other
 *                     types and for failures); never null once a result leaves the fetcher
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
    "truncated",
    "etag",
    "lastModified",
    "notModified"
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
        String etag,
        String lastModified,
        boolean notModified,
        @JsonIgnore byte[] body) {

    private static final byte[] NO_BODY = new byte[0];

    public LinkCheck {
        body = body == null ? NO_BODY : body;
    }

    static LinkCheck failed(String url, String finalUrl, String status, Instant at) {
        return new LinkCheck(url, finalUrl, status, null, null, null, at, 0, false, null, null, false, NO_BODY);
    }

    /** The link with this check's title, status and fetchedAt. */
    public Link onto(Link link) {
        return new Link(link.url(), link.normalized(), link.host(), title, status, fetchedAt);
    }

    public boolean redirected() {
        return finalUrl != null && !finalUrl.equals(url);
    }

    /** Whether a conditional request can be made: the entry has a validator and its body. */
    boolean revalidatable() {
        return LinkStatus.isOk(status) && (etag != null || lastModified != null) && body.length == bodyBytes;
    }

    LinkCheck withBody(byte[] bytes) {
        return copy(fetchedAt, etag, lastModified, notModified, bytes);
    }

    /** This entry, confirmed by a 304 at {@code at}: same body, fresh again. */
    LinkCheck confirmedAt(Instant at, String newEtag, String newLastModified) {
        return copy(
                at,
                newEtag == null ? etag : newEtag,
                newLastModified == null ? lastModified : newLastModified,
                true,
                body);
    }

    private LinkCheck copy(Instant at, String newEtag, String newLastModified, boolean unchanged, byte[] bytes) {
        return new LinkCheck(
                url,
                finalUrl,
                status,
                contentType,
                title,
                description,
                at,
                bodyBytes,
                truncated,
                newEtag,
                newLastModified,
                unchanged,
                bytes);
    }
}
