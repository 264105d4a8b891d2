package org.briefingpack.extract.rule;

import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.Sentence;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.Annotator;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.model.Event;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.Position;
import org.briefingpack.model.Theme;

/** The annotator and every rule over hand-made sentences and figures, or behind the real splitter and figures. */
public final class Structures {

    /** What the rules found in one document, as facts records. */
    public record Structure(Event event, List<Theme> themes, List<Outcome> outcomes, List<Position> positions) {}

    public static final Annotator ANNOTATOR = Annotator.withDefaults();
    private static final RuleEngine RULES = ExtractionRules.defaults(ANNOTATOR.gazetteer());
    private static final RuleBasedSentenceSplitter SPLITTER = new RuleBasedSentenceSplitter();
    private static final RuleBasedFigureRecognizer FIGURES = new RuleBasedFigureRecognizer();

    public Structure recognize(String text, List<Sentence> sentences, List<FoundFigure> figures) {
        AnnotatedDocument doc = ANNOTATOR.annotate(text, sentences, figures);
        Findings found = RULES.run(doc);
        return new Structure(
                FactsAssembler.event(doc, found),
                List.copyOf(found.themes),
                FactsAssembler.outcomes(found),
                List.copyOf(found.positions));
    }

    /** The real splitter and figure recognizer in front of the rules: for rules that need both. */
    public static Structure pipeline(String text) {
        return new Structures().recognize(text, SPLITTER.split(text), FIGURES.recognize(text));
    }

    /** A position as the tests write it: "CODE:STANCE", or "Name:STANCE" for an actor without a code. */
    public static String positionKey(Position p) {
        return (p.actor().code() != null ? p.actor().code() : p.actor().name()) + ":" + p.stance();
    }

    /** The positions the whole pipeline finds in a text, as {@link #positionKey} writes them, each once. */
    public static List<String> positionKeys(String text) {
        return pipeline(text).positions().stream()
                .map(Structures::positionKey)
                .distinct()
                .toList();
    }

    /** Keys written "CL:SIGNED,PE:SIGNED" in a test's row; none for a blank cell. */
    public static List<String> keyList(String keys) {
        return keys.isBlank() ? List.of() : List.of(keys.split(","));
    }

    /** The annotated document of a text, split and with figures as the job does it. */
    public static AnnotatedDocument annotate(String text) {
        return ANNOTATOR.annotate(text, SPLITTER.split(text), FIGURES.recognize(text));
    }
}
