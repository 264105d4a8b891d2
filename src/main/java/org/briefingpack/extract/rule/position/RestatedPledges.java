package org.briefingpack.extract.rule.position;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * A pledge said again without naming what it is for ("the EU pledged €2 billion ... the EU's pledge") is the
 * actor's pledge already counted, not a second one: an actor's PLEDGED positions without a subject go where it
 * has one with a subject. So does an actor's share of a joint pledge ("France, Germany and the EU pledged €2
 * billion") where a sentence of its own states its pledge ("France will give €110 million"): one pledge, told
 * twice. Distinct pledges, each with its subject, stay.
 */
final class RestatedPledges implements Rule {

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<Position> positions = findings.positions;
        Set<String> withSubject = new HashSet<>();
        for (Position p : positions) {
            if (p.stance() == Stance.PLEDGED && p.subject() != null) {
                withSubject.add(ActorGroups.key(p.actor()));
            }
        }
        positions.removeIf(p -> p.stance() == Stance.PLEDGED
                && p.subject() == null
                && withSubject.contains(ActorGroups.key(p.actor())));
        Map<String, Integer> pledgersByQuote = new HashMap<>();
        for (Position p : positions) {
            if (p.stance() == Stance.PLEDGED) {
                pledgersByQuote.merge(quote(p), 1, Integer::sum);
            }
        }
        Set<String> alone = new HashSet<>();
        for (Position p : positions) {
            if (p.stance() == Stance.PLEDGED
                    && pledgersByQuote.get(quote(p)) == 1
                    && !ANOTHER_PLEDGE.matcher(quote(p)).find()) {
                alone.add(ActorGroups.key(p.actor()));
            }
        }
        positions.removeIf(p -> p.stance() == Stance.PLEDGED
                && pledgersByQuote.get(quote(p)) > 1
                && alone.contains(ActorGroups.key(p.actor()))
                && oneSum(document, quote(p)));
    }

    /** "Norway also pledged ...", "an additional ...": a pledge of its own beside the joint one, not a share told again. */
    private static final Pattern ANOTHER_PLEDGE = Pattern.compile(
            LexiconFile.read("further-pledge-words.txt").words().stream()
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|", "\\b(?:", ")\\b")),
            Pattern.CASE_INSENSITIVE);
    /** "X pledged $500 million, as did Y": the same sum from each, not one shared. */
    private static final Pattern EACH_THE_SAME =
            Pattern.compile("\\bas (?:did|does|has|have|had|will)\\b", Pattern.CASE_INSENSITIVE);

    /** A sentence with one sum of money at most: several givers share it ("X, Y and Z pledged €2 billion"). */
    private static boolean oneSum(AnnotatedDocument document, String quote) {
        if (EACH_THE_SAME.matcher(quote).find()) {
            return false;
        }
        for (AnnotatedSentence s : document.sentences()) {
            if (s.text().contains(quote) || quote.contains(s.text())) {
                return s.local(FigureKind.MONEY).size() <= 1;
            }
        }
        return false;
    }

    private static String quote(Position p) {
        return p.evidence().isEmpty() ? "" : p.evidence().get(0).quote();
    }
}
