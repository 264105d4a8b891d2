package org.briefingpack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Input files that name web pages rather than hold a document: a Windows Internet Shortcut ({@code .url}:
 * an {@code [InternetShortcut]} section with a {@code URL=} line) or a plain list ({@code .links}: one URL
 * a line; blank lines and lines starting with {@code #} ignored). Each URL becomes a document of its own.
 * Only the form of a URL is judged here (http or https, a host); whether it may be fetched is the fetcher's
 * call.
 */
public final class InputLinks {

    /** A list of addresses is small; a larger file is refused rather than read. */
    static final long MAX_BYTES = 1024L * 1024;

    private static final String SHORTCUT_SECTION = "[internetshortcut]";

    private InputLinks() {}

    /**
     * One line of a link file.
     *
     * @param line    1-based line number in the file
     * @param url     the address as written (trimmed)
     * @param problem null for a usable http(s) URL, else why it is not one
     */
    public record Entry(int line, String url, String problem) {}

    /** Whether the job reads this file as a list of links (by its extension). */
    public static boolean isLinkFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".url") || lower.endsWith(".links");
    }

    /**
     * The addresses the file names, in order, each once.
     *
     * @throws UnreadableDocumentException when the file cannot be read, is too large, or names no address
     */
    public static List<Entry> read(Path file) {
        String fileName = file.getFileName().toString();
        String text = text(file, fileName);
        List<Entry> entries =
                fileName.toLowerCase(Locale.ROOT).endsWith(".url") ? shortcut(text, fileName) : list(text);
        if (entries.isEmpty()) {
            throw new UnreadableDocumentException(fileName, "names no address (one http or https URL a line)");
        }
        return entries;
    }

    /** The {@code URL=} line of the {@code [InternetShortcut]} section (other sections may have their own). */
    static List<Entry> shortcut(String text, String fileName) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        boolean inSection = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("[")) {
                inSection = line.toLowerCase(Locale.ROOT).equals(SHORTCUT_SECTION);
            } else if (inSection && line.regionMatches(true, 0, "URL=", 0, 4)) {
                String url = line.substring(4).strip();
                return List.of(new Entry(i + 1, url, problem(url)));
            }
        }
        throw new UnreadableDocumentException(
                fileName, "not an Internet Shortcut: no URL= line in an [InternetShortcut] section");
    }

    static List<Entry> list(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || !seen.add(line)) {
                continue;
            }
            entries.add(new Entry(i + 1, line, problem(line)));
        }
        return entries;
    }

    /** Why this is not an address the job can fetch, or null when it is one. */
    static String problem(String url) {
        if (url.isEmpty()) {
            return "an empty address";
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a valid URL (" + e.getReason() + ")";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "not an http or https address";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "no host name";
        }
        return null;
    }

    private static String text(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new UnreadableDocumentException(
                        fileName, "too large for a list of links (more than " + MAX_BYTES + " bytes)");
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UnreadableDocumentException(fileName, "could not be read (" + e.getMessage() + ")", e);
        }
    }
}
