package org.briefingpack.extract.rule;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.model.Actor;
import org.briefingpack.model.OutcomeType;

/**
 * An outcome while the rules still work on it. Offsets are relative to the sentence it was found in.
 */
public final class OutcomeDraft {

    public String name;
    public int start;
    public int end;
    /** The type the rule that found it knows for sure; else the name's keyword decides. */
    public OutcomeType fixedType;

    public FoundFigure money;
    public FoundFigure count;
    public final List<Actor> actors = new ArrayList<>();
    /** Found by its money alone ("Germany pledged $100 million"), not by a name. */
    public boolean moneyOnly;
    /** A "Name: ..." label that opens a list item. */
    public boolean label;
    /** A measure an actor announced ("will establish 10 centres"): its number counts what is built. */
    public boolean measure;
    /**
     * The gathering's own text, brought in by an outcome verb with "a" ("issued a joint communique"): an outcome
     * though its name is a lone keyword.
     */
    public boolean eventDocument;
    /**
     * The title a text mentioned before is given now ("the Declaration - titled “United for Reefs”"): its name is
     * the keyword and the title, and the earlier mention ("a political declaration") is this outcome.
     */
    public String laterTitle;
    /** The type once the outcome is complete (the fixed type, else the name's keyword, money aside). */
    public OutcomeType type;

    public String purpose;
    public AnnotatedSentence sentence;
    /** The quote for the outcome when it is not the whole sentence (a table row of a block of rows). */
    public String evidenceQuote;
    /** Further sentences that speak of the same outcome (a second mention, "the pact"). */
    public final List<AnnotatedSentence> alsoIn = new ArrayList<>();

    public OutcomeDraft(String name, int start, int end) {
        this.name = name;
        this.start = start;
        this.end = end;
    }
}
