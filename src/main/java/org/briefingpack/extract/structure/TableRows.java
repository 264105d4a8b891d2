package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * Pledge tables: a row "| Germany | €1.3 billion |" (the reader keeps each row as a line, cells between
 * "|") names a donor and its money. Each such row is a FUNDING outcome and a PLEDGED position, unless the
 * prose already gave the same money or the same donor's pledge. Rows without a known actor before the
 * money (headers, "Total") give nothing.
 */
final class TableRows {

    /** What the table rows added. */
    record Result(List<Outcome> outcomes, List<Position> positions) {}

    private final ActorGazetteer gazetteer;

    TableRows(ActorGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Result recognize(List<Unit> units, List<Outcome> known, List<Position> stances) {
        List<Outcome> outcomes = new ArrayList<>();
        List<Position> positions = new ArrayList<>();
        for (Unit unit : units) {
            String text = unit.text();
            if (text.indexOf('|') < 0) {
                continue;
            }
            List<FoundFigure> money = unit.local(FigureKind.MONEY);
            // a Markdown table arrives row by row; a plain-text one as one block of lines
            int lineStart = 0;
            while (lineStart <= text.length()) {
                int lineEnd = text.indexOf('\n', lineStart);
                if (lineEnd < 0) {
                    lineEnd = text.length();
                }
                String line = text.substring(lineStart, lineEnd);
                FoundFigure first = firstWithin(money, lineStart, lineEnd);
                if (isRow(line) && first != null) {
                    Actor donor = donorBefore(line, first.start() - lineStart);
                    if (donor != null) {
                        add(donor, first, line.strip(), known, stances, outcomes, positions);
                    }
                }
                lineStart = lineEnd + 1;
            }
        }
        return new Result(outcomes, positions);
    }

    private static void add(
            Actor donor,
            FoundFigure figure,
            String row,
            List<Outcome> known,
            List<Position> stances,
            List<Outcome> outcomes,
            List<Position> positions) {
        Money amount = new Money(
                figure.figure().value(),
                figure.figure().currency(),
                figure.figure().text());
        List<Evidence> evidence = Evidence.of(row);
        String name = donor.name() + " pledge";
        if (!hasMoney(known, amount) && !hasMoney(outcomes, amount)) {
            outcomes.add(new Outcome(OutcomeType.FUNDING, name, List.of(donor), amount, null, null, evidence));
        }
        if (!hasPledge(stances, donor) && !hasPledge(positions, donor)) {
            positions.add(new Position(donor, Stance.PLEDGED, name, List.of(), evidence));
        }
    }

    private static FoundFigure firstWithin(List<FoundFigure> figures, int from, int to) {
        for (FoundFigure f : figures) {
            if (f.start() >= from && f.end() <= to) {
                return f;
            }
        }
        return null;
    }

    /** Two or more non-empty cells between "|" marks. */
    static boolean isRow(String text) {
        if (text.indexOf('|') < 0) {
            return false;
        }
        int cells = 0;
        for (String cell : text.split("\\|")) {
            if (!cell.isBlank()) {
                cells++;
            }
        }
        return cells >= 2;
    }

    /** The first actor named in the row's cells before the money; null when a cell before it holds none. */
    private Actor donorBefore(String text, int moneyStart) {
        for (ActorGazetteer.Mention m : gazetteer.actors(text)) {
            if (m.end() <= moneyStart) {
                return m.actor();
            }
        }
        return null;
    }

    private static boolean hasMoney(List<Outcome> outcomes, Money amount) {
        return outcomes.stream()
                .anyMatch(o -> o.amount() != null
                        && o.amount().value().compareTo(amount.value()) == 0
                        && java.util.Objects.equals(o.amount().currency(), amount.currency()));
    }

    private static boolean hasPledge(List<Position> positions, Actor donor) {
        String key = ActorGroups.key(donor);
        return positions.stream()
                .anyMatch(p -> p.stance() == Stance.PLEDGED
                        && ActorGroups.key(p.actor()).equals(key));
    }
}
