package org.briefingpack.extract.structure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the lexicon data files: one entry a line, tab-separated columns, {@code #} starts a comment line. */
final class Lexicon {

    private Lexicon() {}

    static List<String[]> rows(String resource) {
        String path = "lexicon/" + resource;
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Missing lexicon resource " + path);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read lexicon " + path, e);
        }
        return rows;
    }

    static List<String> lines(String resource) {
        List<String> lines = new ArrayList<>();
        for (String[] row : rows(resource)) {
            lines.add(row[0].strip());
        }
        return lines;
    }
}
