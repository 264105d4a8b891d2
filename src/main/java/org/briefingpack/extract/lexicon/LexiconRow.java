package org.briefingpack.extract.lexicon;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One entry of a lexicon file: its tab-separated cells, and where it stands, so that a bad value is
 * reported with the file and line it came from.
 */
public record LexiconRow(String file, int line, List<String> cells) {

    public LexiconRow {
        cells = List.copyOf(cells);
    }

    public int size() {
        return cells.size();
    }

    /** The cell, stripped; a missing or empty cell is an error. */
    public String text(int column) {
        String cell = column < cells.size() ? cells.get(column).strip() : "";
        if (cell.isEmpty()) {
            throw new LexiconException(file, line, "column " + (column + 1) + " is empty");
        }
        return cell;
    }

    /** The cell, stripped, or {@code fallback} when the row has no such cell or it is empty. */
    public String optional(int column, String fallback) {
        String cell = column < cells.size() ? cells.get(column).strip() : "";
        return cell.isEmpty() ? fallback : cell;
    }

    /** The cell's |-separated alternatives, stripped, empty ones left out. */
    public List<String> alternatives(int column) {
        String cell = optional(column, "");
        return Arrays.stream(cell.split("\\|"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The cell as a constant of {@code type} (case aside); any other word is an error naming the choices. */
    public <E extends Enum<E>> E choice(int column, Class<E> type) {
        return parse(text(column), type);
    }

    /** As {@link #choice(int, Class)}, or {@code fallback} when the cell is missing or empty. */
    public <E extends Enum<E>> E choice(int column, Class<E> type, E fallback) {
        String cell = optional(column, "");
        return cell.isEmpty() ? fallback : parse(cell, type);
    }

    /** A two-letter ISO 3166-1 code (upper case), or an error. */
    public String countryCode(int column) {
        String code = text(column);
        if (!code.matches("[A-Z]{2}")) {
            throw new LexiconException(file, line, "'" + code + "' is not a two-letter country code");
        }
        return code;
    }

    private <E extends Enum<E>> E parse(String value, Class<E> type) {
        String wanted = value.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        throw new LexiconException(
                file, line, "'" + value + "' is not a " + describe(type) + " (one of: " + allowed + ")");
    }

    private static String describe(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
