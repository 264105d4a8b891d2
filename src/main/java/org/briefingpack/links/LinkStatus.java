package org.briefingpack.links;

/**
 * The words {@link LinkFetcher} writes into {@code links[].status}, so renderers can group and
 * colour them without parsing prose.
 */
public final class LinkStatus {

    /** A 2xx answer (after any redirects). */
    public static final String OK = "ok";
    /** No answer in time: connect, response headers or body. */
    public static final String TIMEOUT = "timeout";
    /** The host does not resolve, refuses the connection, or the connection or TLS handshake fails. */
    public static final String UNREACHABLE = "unreachable";
    /** More redirects than {@code briefing.links.max-redirects}. */
    public static final String TOO_MANY_REDIRECTS = "too-many-redirects";
    /** The site's robots.txt does not let this job fetch the page: never requested. */
    public static final String ROBOTS_DISALLOWED = "robots-disallowed";
    /** The site's robots.txt answered 5xx: RFC 9309 says assume all is disallowed, so nothing was requested. */
    public static final String ROBOTS_UNAVAILABLE = "robots-unavailable";
    /** Prefix of a refusal: the link was judged unsafe and never requested; a reason follows. */
    public static final String REFUSED_PREFIX = "refused: ";
    /** Prefix of any other HTTP answer, followed by its code ({@code http-404}, {@code http-500}). */
    public static final String HTTP_PREFIX = "http-";

    private LinkStatus() {}

    static String http(int code) {
        return HTTP_PREFIX + code;
    }

    static String refused(String reason) {
        return REFUSED_PREFIX + reason;
    }

    public static boolean isOk(String status) {
        return OK.equals(status);
    }

    public static boolean isRefused(String status) {
        return status != null && status.startsWith(REFUSED_PREFIX);
    }

    /** Failures worth retrying soon: the same request may well succeed on the next run. */
    static boolean isTransient(String status) {
        if (TIMEOUT.equals(status) || UNREACHABLE.equals(status) || ROBOTS_UNAVAILABLE.equals(status)) {
            return true;
        }
        if (status != null && status.startsWith(HTTP_PREFIX)) {
            String code = status.substring(HTTP_PREFIX.length());
            return code.startsWith("5") || code.equals("429") || code.equals("408");
        }
        return false;
    }
}
