package org.briefingpack.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words the briefing uses for categories and headings, from {@code briefing-labels.properties}: the
 * shipped file, with any keys a user's template folder sets on top. Immutable.
 */
final class Labels {

    static final String FILE = "briefing-labels.properties";

    private final Map<String, String> values;

    private Labels(Map<String, String> values) {
        this.values = Map.copyOf(values);
    }

    static Labels load(TemplateSource templates) {
        Map<String, String> merged = new TreeMap<>();
        URL shipped = Labels.class.getClassLoader().getResource(TemplateSource.CLASSPATH_ROOT + FILE);
        if (shipped == null) {
            throw new IllegalStateException("Shipped labels missing: " + TemplateSource.CLASSPATH_ROOT + FILE);
        }
        try (InputStream in = shipped.openStream()) {
            merged.putAll(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + shipped, e);
        }
        if (templates.userDir() != null) {
            Path user = templates.userDir().resolve(FILE);
            if (Files.isRegularFile(user)) {
                try (InputStream in = Files.newInputStream(user)) {
                    merged.putAll(read(in));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + user, e);
                }
            }
        }
        return new Labels(merged);
    }

    private static Map<String, String> read(InputStream in) throws IOException {
        Properties properties = new Properties();
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, String> map = new TreeMap<>();
        properties
                .stringPropertyNames()
                .forEach(key -> map.put(key, properties.getProperty(key).strip()));
        return map;
    }

    /** The label for a key; a missing key is a clear error naming it, never a silent blank. */
    String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("Label missing from " + FILE + ": " + key);
        }
        return value;
    }
}
