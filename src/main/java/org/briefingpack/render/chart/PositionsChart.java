package org.briefingpack.render.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * Positions: who stands where, as a dot matrix of parties by stance. A party is one row however it is
 * named ("Europe" and "European Union" share the code EU); parties are grouped by the first stance column
 * they appear in, then kept in document order. Only stances someone takes get a column.
 */
final class PositionsChart {

    static final String NAME = "positions";
    /** Rows beyond this are left to the CSV (the note on the chart says how many). */
    static final int MAX_ROWS = 40;

    /** One party: the name it is shown under, its code, and its positions in document order. */
    record Party(String name, String code, List<Position> positions) {}

    private PositionsChart() {}

    static List<Party> parties(Facts facts) {
        Map<String, Party> byKey = new LinkedHashMap<>();
        for (Position p : facts.positions()) {
            if (p.actor() == null
                    || p.stance() == null
                    || p.actor().name() == null
                    || p.actor().name().isBlank()) {
                continue;
            }
            String code = p.actor().code() == null || p.actor().code().isBlank()
                    ? null
                    : p.actor().code().strip();
            String key = code != null
                    ? "code:" + code.toUpperCase(Locale.ROOT)
                    : "name:" + p.actor().name().strip().toLowerCase(Locale.ROOT);
            byKey.computeIfAbsent(key, k -> new Party(p.actor().name().strip(), code, new ArrayList<>()))
                    .positions()
                    .add(p);
        }
        return List.copyOf(byKey.values());
    }

    static Optional<ChartDraft> draft(Facts facts, ChartTheme theme) {
        List<Party> parties = new ArrayList<>(parties(facts));
        if (parties.isEmpty()) {
            return Optional.empty();
        }
        List<Stance> columns = theme.stanceOrder().stream()
                .filter(s -> parties.stream().anyMatch(party -> takes(party, s)))
                .toList();
        parties.sort(Comparator.comparingInt(party -> firstColumn(party, columns))); // stable
        List<Party> shown = parties.size() > MAX_ROWS ? parties.subList(0, MAX_ROWS) : parties;

        List<DotMatrix.Cell> cells = new ArrayList<>();
        boolean multiples = false;
        for (int row = 0; row < shown.size(); row++) {
            for (int col = 0; col < columns.size(); col++) {
                int n = count(shown.get(row), columns.get(col));
                if (n > 0) {
                    cells.add(new DotMatrix.Cell(row, col, n));
                    multiples |= n > 1;
                }
            }
        }
        String event = Describe.event(facts);
        String title = "Where parties stand at " + event;
        List<String> notes = new ArrayList<>();
        notes.add("Each dot is a stance the text reports for a party"
                + (multiples ? "; ×2 means the same stance on two subjects" : ""));
        if (shown.size() < parties.size()) {
            notes.add((parties.size() - shown.size()) + " more parties are listed in positions.csv");
        }
        HorizontalBars.Laid laid = DotMatrix.build(
                theme,
                new DotMatrix.Spec(
                        title,
                        notes,
                        Describe.source(facts),
                        shown.stream().map(Party::name).toList(),
                        columns,
                        cells));

        Csv csv = new Csv("actor", "code", "stance", "subject_count", "subjects");
        for (Party party : parties) {
            for (Stance stance : columns) {
                int n = count(party, stance);
                if (n > 0) {
                    List<String> subjects = party.positions().stream()
                            .filter(p -> p.stance() == stance
                                    && p.subject() != null
                                    && !p.subject().isBlank())
                            .map(p -> p.subject().strip())
                            .distinct()
                            .toList();
                    csv.row(party.name(), party.code(), stance.name(), n, String.join("; ", subjects));
                }
            }
        }
        List<String> groups = new ArrayList<>();
        for (Stance stance : columns) {
            List<String> names = parties.stream()
                    .filter(p -> takes(p, stance))
                    .map(Party::name)
                    .toList();
            groups.add(theme.stanceLabel(stance).toLowerCase(Locale.ROOT) + ": " + Describe.list(names, ", "));
        }
        String alt = "Dot matrix of where " + Describe.plural(parties.size(), "party stands", "parties stand")
                + " at " + event + ". "
                + capitalise(String.join(
                        ". ", groups.stream().map(PositionsChart::capitalise).toList()))
                + ".";
        return Optional.of(new ChartDraft(NAME, title, alt, laid, csv));
    }

    private static boolean takes(Party party, Stance stance) {
        return party.positions().stream().anyMatch(p -> p.stance() == stance);
    }

    /** Distinct subjects of one stance (a repeated report of the same stance on the same subject counts once). */
    private static int count(Party party, Stance stance) {
        return (int) party.positions().stream()
                .filter(p -> p.stance() == stance)
                .map(p -> p.subject() == null ? "" : p.subject().strip().toLowerCase(Locale.ROOT))
                .distinct()
                .count();
    }

    private static int firstColumn(Party party, List<Stance> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (takes(party, columns.get(i))) {
                return i;
            }
        }
        return columns.size();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
