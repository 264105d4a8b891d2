package org.briefingpack.extract.rule;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Position;

/**
 * A paragraph that opens on an earlier year than the event's ("In January 2015, the Chancellor hosted a
 * replenishment conference ...") tells the background: the stances and outcomes read from it belong to that
 * earlier gathering, not to this one. The paragraph stays background until a sentence dates itself in the
 * event's year or later, or says "today", "this year" or "this week". A sentence opening on "Since" and an earlier
 * year ("Since 2009, Chile has given ...") is background on its own. Runs after the outcome and stance rules;
 * needs the event's date.
 */
public final class PastParagraphs implements Rule {

    private static final Pattern A_YEAR = Pattern.compile("(?:19|20)\\d\\d");

    /** How far into a sentence the opening date may stand: "In", "Back in", "In early", then the date. */
    private static final int OPENING_TOKENS = 3;

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        if (findings.event.startDate == null) {
            return;
        }
        int eventYear = findings.event.startDate.getYear();
        Set<Integer> past = new HashSet<>();
        boolean inPast = false;
        int lastEnd = 0;
        for (AnnotatedSentence s : document.body()) {
            int lineBreak = document.text().indexOf('\n', Math.min(lastEnd, s.start()));
            if (lineBreak >= 0 && lineBreak < s.start()) {
                inPast = false; // a new line: a new paragraph, list item or heading
            }
            lastEnd = s.end();
            int opening = openingYear(s);
            if (opening != 0) {
                inPast = opening < eventYear;
            } else if (inPast && (latestYear(s) >= eventYear || speaksOfNow(s))) {
                inPast = false;
            }
            int since = sinceYear(s);
            if (inPast || since != 0 && since < eventYear) {
                past.add(s.index()); // "Since Chile joined the fund in 2009, it has given ...": a running total
            }
        }
        if (past.isEmpty()) {
            return;
        }
        List<String> pastTexts = document.sentences().stream()
                .filter(s -> past.contains(s.index()))
                .map(AnnotatedSentence::text)
                .toList();
        findings.positions.removeIf(p -> fromPast(p, pastTexts));
        findings.outcomes.removeIf(o -> o.sentence != null
                && past.contains(o.sentence.index())
                && o.alsoIn.stream().allMatch(a -> past.contains(a.index())));
    }

    private static boolean fromPast(Position position, List<String> pastTexts) {
        List<Evidence> evidence = position.evidence();
        return !evidence.isEmpty()
                && evidence.stream().allMatch(e -> pastTexts.stream().anyMatch(t -> t.contains(e.quote())));
    }

    /**
     * The year of a date the sentence opens on ("In January 2015,", "In 2015,", "Back in March 2014"), or of an opening
     * clause on "During" or "At" ("During the first summit in 2015,"), else 0.
     */
    private static int openingYear(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        if (!tokens.isEmpty() && (tokens.get(0).is("during") || tokens.get(0).is("at"))) {
            return clauseYear(tokens); // "During the first Reef Summit in 2015, Chile pledged ..."
        }
        if (tokens.isEmpty() || !tokens.get(0).is("in") && !tokens.get(0).is("back")) {
            return 0;
        }
        for (FoundFigure f : s.local(FigureKind.DATE)) {
            int k = s.tokenAt(f.start());
            if (k >= 1 && k <= OPENING_TOKENS && f.figure().from() != null) {
                return f.figure().from().getYear();
            }
        }
        for (int k = 1; k <= OPENING_TOKENS && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (A_YEAR.matcher(t.text()).matches()
                    && k + 1 < tokens.size()
                    && tokens.get(k + 1).punctuation(',')) {
                return Integer.parseInt(t.text());
            }
        }
        return 0;
    }

    /** What a year may date in an opening clause ("At its 2015 edition,"): a gathering, not a plan or a goal. */
    private static final Set<String> GATHERINGS =
            WordSets.of("summit", "conference", "forum", "meeting", "session", "edition", "talks", "gathering");

    /**
     * The year in the opening clause, up to its comma, after "in" or dating a gathering ("During the first Reef Summit
     * in 2015,", "At its 2015 edition,"), else 0.
     */
    private static int clauseYear(List<Token> tokens) {
        for (int k = 1; k < tokens.size() && k <= SINCE_CLAUSE_TOKENS; k++) {
            if (tokens.get(k).punctuation(',')) {
                return 0;
            }
            if (A_YEAR.matcher(tokens.get(k).text()).matches()
                    && (tokens.get(k - 1).is("in")
                            || k + 1 < tokens.size()
                                    && GATHERINGS.contains(tokens.get(k + 1).lower()))) {
                for (int j = k + 1; j < tokens.size() && j <= SINCE_CLAUSE_TOKENS; j++) {
                    if (tokens.get(j).punctuation(',')) {
                        return Integer.parseInt(tokens.get(k).text()); // the clause closes: it frames the sentence
                    }
                }
                return 0;
            }
        }
        return 0;
    }

    /** How far into a sentence opening on "Since" its year may stand ("Since Chile joined the fund in 2009,"). */
    private static final int SINCE_CLAUSE_TOKENS = 10;

    /**
     * The year of a clause opening the sentence on "Since" ("Since 2009,", "Since Chile joined the fund in 2009,"),
     * else 0: what has been done since then, not at the event. Only this sentence; the paragraph goes on.
     */
    private static int sinceYear(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        if (tokens.isEmpty() || !tokens.get(0).is("since")) {
            return 0;
        }
        for (int k = 1; k < tokens.size() && k <= SINCE_CLAUSE_TOKENS; k++) {
            Token t = tokens.get(k);
            if (t.punctuation(',')) {
                return 0;
            }
            if (A_YEAR.matcher(t.text()).matches()) {
                return Integer.parseInt(t.text());
            }
        }
        return 0;
    }

    /** "today", "this year", "this week": the story is back at its own event. */
    private static boolean speaksOfNow(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).is("today")
                    || tokens.get(k).is("this")
                            && k + 1 < tokens.size()
                            && (tokens.get(k + 1).is("year")
                                    || tokens.get(k + 1).is("week"))) {
                return true;
            }
        }
        return false;
    }

    private static int latestYear(AnnotatedSentence s) {
        int latest = 0;
        for (FoundFigure f : s.local(FigureKind.DATE)) {
            if (f.figure().to() != null) {
                latest = Math.max(latest, f.figure().to().getYear());
            } else if (f.figure().from() != null) {
                latest = Math.max(latest, f.figure().from().getYear());
            }
        }
        return latest;
    }
}
