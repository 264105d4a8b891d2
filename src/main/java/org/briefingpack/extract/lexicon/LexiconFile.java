package org.briefingpack.extract.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon data file: one entry a line, tab-separated columns, {@code #} starts a comment line, blank
 * lines ignored. Read from {@code lexicon/<name>} on the classpath. The one reader of every lexicon.
 */
public final class LexiconFile {

    private static final String ROOT = "lexicon/";

    private final String name;
    private final List<LexiconRow> rows;

    private LexiconFile(String name, List<LexiconRow> rows) {
        this.name = name;
        this.rows = List.copyOf(rows);
    }

    /** The file {@code lexicon/<name>} from the classpath; a missing file is a {@link LexiconException}. */
    public static LexiconFile read(String name) {
        InputStream in = LexiconFile.class.getClassLoader().getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new LexiconException(name, 0, "missing from the classpath");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon/" + name, e);
        }
        return parse(name, lines);
    }

    /** The rows of the given lines, as if they were the file {@code name} (for tests and generated data). */
    public static LexiconFile parse(String name, List<String> lines) {
        List<LexiconRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            rows.add(new LexiconRow(name, i + 1, List.of(line.split("\t", -1))));
        }
        return new LexiconFile(name, rows);
    }

    public String name() {
        return name;
    }

    public List<LexiconRow> rows() {
        return rows;
    }

    /**
     * For a file of {@code word<TAB>ROLE} lines: the words of each role, lower case. A role that is not a
     * constant of {@code roles} stops the start with the file and line.
     */
    public <E extends Enum<E>> Map<E, Set<String>> wordsByRole(Class<E> roles) {
        Map<E, Set<String>> out = new EnumMap<>(roles);
        for (E role : roles.getEnumConstants()) {
            out.put(role, new HashSet<>());
        }
        for (LexiconRow row : rows) {
            out.get(row.choice(1, roles)).add(row.text(0).toLowerCase(Locale.ROOT));
        }
        out.replaceAll((role, words) -> WordSets.copyOf(words));
        return out;
    }

    /**
     * For a file of {@code word<TAB>ROLE} lines: the words of each role as written and in the file's order, for
     * case-sensitive words ("States") and for patterns whose alternatives keep that order. A role that is not a
     * constant of {@code roles} stops the start with the file and line.
     */
    public <E extends Enum<E>> Map<E, List<String>> phrasesByRole(Class<E> roles) {
        Map<E, List<String>> out = new EnumMap<>(roles);
        for (E role : roles.getEnumConstants()) {
            out.put(role, new ArrayList<>());
        }
        for (LexiconRow row : rows) {
            out.get(row.choice(1, roles)).add(row.text(0));
        }
        out.replaceAll((role, words) -> List.copyOf(words));
        return out;
    }

    /** The first column of every row, stripped: for one-word-a-line lists. */
    public List<String> words() {
        return rows.stream().map(r -> r.text(0)).toList();
    }
}
