package org.briefingpack.extract.rule.position;

import java.util.List;
import java.util.Objects;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Tokenizer;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * Pledge tables: a row "| Germany | €1.3 billion |" names a donor and its money. Each such row is a FUNDING
 * outcome and a PLEDGED position, unless the prose already gave the same money or the same donor's pledge.
 * Rows without a known actor before the money (headers, "Total") give nothing.
 */
public final class PledgeTableRule implements Rule {

    private final ActorGazetteer gazetteer;

    public PledgeTableRule(ActorGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            String text = s.text();
            if (text.indexOf('|') < 0) {
                continue;
            }
            List<FoundFigure> money = s.local(FigureKind.MONEY);
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
                        add(findings, donor, first, s, line.strip());
                    }
                }
                lineStart = lineEnd + 1;
            }
        }
    }

    private static void add(Findings findings, Actor donor, FoundFigure figure, AnnotatedSentence s, String row) {
        String name = donor.name() + " pledge";
        if (!hasMoney(findings.outcomes, figure)) {
            OutcomeDraft d = new OutcomeDraft(name, figure.start(), figure.end());
            d.type = OutcomeType.FUNDING;
            d.money = figure;
            d.actors.add(donor);
            d.sentence = s;
            d.evidenceQuote = row;
            findings.outcomes.add(d);
        }
        if (!hasPledge(findings.positions, donor)) {
            findings.positions.add(new Position(donor, Stance.PLEDGED, name, List.of(), Evidence.of(row)));
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

    /** The first actor named in the row's cells before the money; null when none is. */
    private Actor donorBefore(String line, int moneyStart) {
        for (Mention m : gazetteer.actors(Tokenizer.tokens(line))) {
            if (m.end() <= moneyStart) {
                return m.actor();
            }
        }
        return null;
    }

    private static boolean hasMoney(List<OutcomeDraft> outcomes, FoundFigure figure) {
        return outcomes.stream()
                .anyMatch(o -> o.money != null
                        && o.money.figure().value().compareTo(figure.figure().value()) == 0
                        && Objects.equals(
                                o.money.figure().currency(), figure.figure().currency()));
    }

    private static boolean hasPledge(List<Position> positions, Actor donor) {
        String key = ActorGroups.key(donor);
        return positions.stream()
                .anyMatch(p -> p.stance() == Stance.PLEDGED
                        && ActorGroups.key(p.actor()).equals(key));
    }
}
