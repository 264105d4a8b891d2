package org.briefingpack.links;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title and description of a fetched page, read with jsoup from the capped bytes only. jsoup
 * parses; it never runs scripts or loads images, frames or stylesheets, so nothing else is fetched.
 *
 * @param title       the page title (or its og:title), cleaned and shortened; null when none
 * @param description the meta description (or og:description), cleaned and shortened; null when none
 */
record PageMetadata(String title, String description) {

    static final PageMetadata NONE = new PageMetadata(null, null);

    /** Long enough for any real title; a hostile page cannot fill the briefing with one. */
    static final int MAX_TITLE = 300;

    static final int MAX_DESCRIPTION = 500;

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\u200d]]");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    static PageMetadata from(byte[] body, String contentType, String baseUri) {
        if (body.length == 0 || !looksLikeHtml(body, contentType)) {
            return NONE;
        }
        Document document = parse(body, charsetOf(contentType), baseUri);
        String title = clean(document.title(), MAX_TITLE);
        if (title == null) {
            title = clean(meta(document, "meta[property=og:title]"), MAX_TITLE);
        }
        String description = clean(meta(document, "meta[name=description]"), MAX_DESCRIPTION);
        if (description == null) {
            description = clean(meta(document, "meta[property=og:description]"), MAX_DESCRIPTION);
        }
        return new PageMetadata(title, description);
    }

    static boolean isHtml(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
    }

    /** Without a content type, sniff the start of the body the way browsers roughly do. */
    private static boolean looksLikeHtml(byte[] body, String contentType) {
        if (contentType != null && !contentType.isBlank()) {
            return isHtml(contentType);
        }
        String start =
                new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return start.contains("<html")
                || start.contains("<!doctype html")
                || start.contains("<head")
                || start.contains("<title");
    }

    private static Document parse(byte[] body, String charset, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), charset, baseUri);
        } catch (IllegalArgumentException badCharset) {
            // An unknown charset name from the server: let jsoup sniff the bytes instead.
            return parseSniffing(body, baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parseSniffing(byte[] body, String baseUri) {
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), null, baseUri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String charsetOf(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static String meta(Document document, String selector) {
        Element element = document.selectFirst(selector);
        return element == null ? null : element.attr("content");
    }

    /** One line of plain text: no control or invisible formatting characters, runs of space as one. */
    static String clean(String text, int max) {
        if (text == null) {
            return null;
        }
        String cleaned = SPACE.matcher(CONTROL.matcher(text).replaceAll(" "))
                .replaceAll(" ")
                .strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        if (cleaned.length() > max) {
            int end = max - 1;
            if (Character.isHighSurrogate(cleaned.charAt(end - 1))) {
                end--;
            }
            cleaned = cleaned.substring(0, end) + "…";
        }
        return cleaned;
    }
}
