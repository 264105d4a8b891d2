package org.briefingpack.extract.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Names of tracking query parameters, exact or by prefix, from {@code tracking-parameters.txt}. */
final class TrackingParameters {

    private final Set<String> names;
    private final List<String> prefixes;

    TrackingParameters(Set<String> names, List<String> prefixes) {
        this.names = Set.copyOf(names);
        this.prefixes = List.copyOf(prefixes);
    }

    static TrackingParameters load() {
        InputStream in = TrackingParameters.class.getResourceAsStream("tracking-parameters.txt");
        if (in == null) {
            throw new IllegalStateException("lexicon missing from the classpath: tracking-parameters.txt");
        }
        Set<String> names = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String t = line.strip().toLowerCase(Locale.ROOT);
                if (t.isEmpty() || t.startsWith("#")) {
                    continue;
                }
                if (t.endsWith("*")) {
                    prefixes.add(t.substring(0, t.length() - 1));
                } else {
                    names.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tracking-parameters.txt", e);
        }
        return new TrackingParameters(names, prefixes);
    }

    boolean isTracking(String parameterName) {
        String name = parameterName.toLowerCase(Locale.ROOT);
        if (names.contains(name)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
