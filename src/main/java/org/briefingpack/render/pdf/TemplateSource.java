package org.briefingpack.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where template files come from: a user's folder first (when configured), then the shipped template on the
 * classpath under {@code briefing-templates/}. A file missing from the user folder falls back to the shipped
 * one, so a user can override only the stylesheet, say. Immutable.
 */
final class TemplateSource {

    static final String CLASSPATH_ROOT = "briefing-templates/";

    private final Path userDir;
    private final ClassLoader classLoader;

    TemplateSource(Path userDir) {
        this.userDir = userDir == null ? null : userDir.toAbsolutePath().normalize();
        this.classLoader = TemplateSource.class.getClassLoader();
        if (classLoader.getResource(CLASSPATH_ROOT + "briefing.html") == null) {
            throw new IllegalStateException(
                    "The shipped briefing template is missing from the classpath: " + CLASSPATH_ROOT + "briefing.html");
        }
        if (this.userDir != null && !Files.isDirectory(this.userDir)) {
            throw new IllegalArgumentException("Template folder does not exist: " + this.userDir);
        }
    }

    /** The user folder, or null when only the shipped template is used. */
    Path userDir() {
        return userDir;
    }

    /** The URL of a template file by its relative name ("briefing.css", "fonts/X.ttf"), user folder first. */
    Optional<URL> find(String relativeName) {
        String name = relativeName.replace('\\', '/');
        if (name.startsWith("/") || name.contains("..")) {
            return Optional.empty();
        }
        if (userDir != null) {
            Path candidate = userDir.resolve(name).normalize();
            if (candidate.startsWith(userDir) && Files.isRegularFile(candidate)) {
                try {
                    return Optional.of(candidate.toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalStateException("Cannot address template file " + candidate, e);
                }
            }
        }
        return Optional.ofNullable(classLoader.getResource(CLASSPATH_ROOT + name));
    }

    /** The text of a template file, which must exist in one of the two places. */
    String read(String relativeName) {
        URL url = find(relativeName)
                .orElseThrow(() -> new IllegalStateException("Template file not found: " + relativeName + " (looked in "
                        + (userDir == null ? "" : userDir + " and ") + "classpath:" + CLASSPATH_ROOT + ")"));
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read template file " + url, e);
        }
    }
}
