package org.briefingpack.links;

import java.net.IDN;
import java.net.InetAddress;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs may be requested at all: http and https only, with a host and without credentials.
 * Applied to a document's link and again to every redirect target.
 */
final class UrlRules {

    /** A URL ready to request, or the reason it is refused. Exactly one of the two is set. */
    record Verdict(URI uri, String refusal) {

        static Verdict refuse(String reason) {
            return new Verdict(null, reason);
        }

        boolean refused() {
            return refusal != null;
        }
    }

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private UrlRules() {}

    static Verdict check(String text) {
        if (text == null || text.isBlank()) {
            return Verdict.refuse("invalid url");
        }
        String trimmed = text.strip();
        Matcher m = SCHEME.matcher(trimmed);
        if (!m.find()) {
            return Verdict.refuse("invalid url");
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Verdict.refuse(scheme + ": scheme");
        }
        URI uri = parse(trimmed);
        return uri == null ? Verdict.refuse("invalid url") : checkParsed(uri);
    }

    /** A redirect's Location, resolved against the URL that answered with it, then checked. */
    static Verdict resolve(URI base, String location) {
        if (location == null || location.isBlank()) {
            return Verdict.refuse("invalid redirect");
        }
        String spec = location.strip();
        if (spec.startsWith("?")) {
            // RFC 3986 keeps the base path for a query-only reference; java.net.URL (RFC 2396) drops it.
            String path = base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath();
            spec = path + spec;
        }
        try {
            URI target = toUri(new URL(base.toURL(), spec));
            return check(target.toString());
        } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
            Verdict absolute = check(location);
            return absolute.refused() && absolute.refusal().equals("invalid url")
                    ? Verdict.refuse("invalid redirect")
                    : absolute;
        }
    }

    private static Verdict checkParsed(URI uri) {
        if (uri.getRawUserInfo() != null
                || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            return Verdict.refuse("credentials in url");
        }
        URI withHost = uri.getHost() != null
                        && AddressGuard.oneNumberIpv4(uri.getHost()).isEmpty()
                ? uri
                : asciiHost(uri);
        if (withHost == null || withHost.getHost() == null || withHost.getHost().isEmpty()) {
            return Verdict.refuse("invalid url");
        }
        return new Verdict(withHost, null);
    }

    /**
     * java.net.URI leaves the host unset for internationalized names, and for an address written as one number
     * ({@code http://2130706433/}): put the punycode form, or the dotted address, in.
     */
    private static URI asciiHost(URI uri) {
        String authority = uri.getAuthority();
        if (authority == null) {
            return null;
        }
        int colon = authority.lastIndexOf(':');
        String host = colon > 0 && !authority.endsWith("]") ? authority.substring(0, colon) : authority;
        int port = -1;
        if (colon > 0 && !authority.endsWith("]")) {
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try {
            // java.net.URI has no host for a one-number address either: write it as the dotted IPv4 it stands for
            String ascii = AddressGuard.oneNumberIpv4(host)
                    .map(InetAddress::getHostAddress)
                    .orElseGet(() -> IDN.toASCII(host, IDN.ALLOW_UNASSIGNED));
            return new URI(uri.getScheme(), null, ascii, port, uri.getPath(), uri.getQuery(), null);
        } catch (IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException strict) {
            // Links in prose carry spaces, pipes and braces: let URL accept them and quote them.
            try {
                return toUri(new URL(text));
            } catch (MalformedURLException | URISyntaxException | IllegalArgumentException e) {
                return null;
            }
        }
    }

    private static URI toUri(URL url) throws URISyntaxException {
        try {
            return url.toURI();
        } catch (URISyntaxException e) {
            return new URI(
                    url.getProtocol(),
                    url.getUserInfo(),
                    url.getHost(),
                    url.getPort(),
                    url.getPath(),
                    url.getQuery(),
                    url.getRef());
        }
    }
}
