package org.briefingpack.extract.rule.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Chunk;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;
import org.briefingpack.model.OutcomeType;

/**
 * An outcome named after a trigger ("launched the X", "the signing of X"); "agreed to ..." and "agreed that
 * ..." give a verbal outcome kept only when nothing named comes. A negation before the trigger ("did not
 * sign") cancels it; a passive ("was launched") is left to {@link PassiveOutcome}.
 */
final class TriggeredOutcome implements OutcomeFinder {

    /** What follows a trigger (column 2 of {@code outcome-triggers.tsv}). */
    enum TriggerKind {
        /** A noun phrase names the outcome. */
        OBJECT,
        /** An "agreed to ..." verb phrase is the outcome. */
        VERB,
        /** An "agreed that ..." clause is the outcome. */
        CLAUSE
    }

    private final PhraseMatcher triggers;

    TriggeredOutcome(LexiconFile rows) {
        List<String[]> entries = new ArrayList<>();
        for (LexiconRow row : rows.rows()) {
            entries.add(new String[] {
                row.text(0),
                row.choice(1, TriggerKind.class, TriggerKind.OBJECT).name()
            });
        }
        this.triggers = new PhraseMatcher(entries, false);
    }

    static TriggeredOutcome fromClasspath() {
        return new TriggeredOutcome(LexiconFile.read("outcome-triggers.tsv"));
    }

    /** "since the creation of", "since its launch": the trigger tells what happened long before. */
    private static boolean sinceBefore(List<Token> tokens, int trigger) {
        int k = trigger - 1;
        if (k >= 0 && tokens.get(k).tag() == Tag.DET || k >= 0 && tokens.get(k).tag() == Tag.PRON) {
            k--;
        }
        return k >= 0 && tokens.get(k).is("since");
    }

    PhraseMatcher triggers() {
        return triggers;
    }

    @Override
    public void find(OutcomeScope scope) {
        String text = scope.text();
        for (PhraseMatcher.Hit hit : triggers.find(scope.tokens())) {
            if (hit.start() < scope.bodyFrom || Grammar.negatedBefore(scope.tokens(), hit.first())) {
                continue;
            }
            if (Grammar.passiveBefore(scope.tokens(), hit.first())) {
                continue; // passive forms are PassiveOutcome's
            }
            if (hit.phrase().startsWith("will ") && !Grammar.ofTheDay(scope.tokens())) {
                continue; // "will sign the accord next year" is still to come
            }
            if (sinceBefore(scope.tokens(), hit.first())) {
                continue; // "a first for the islands since the launch of the Reef Union": a past one's
            }
            TriggerKind kind = TriggerKind.valueOf(hit.label());
            int from = hit.end();
            // "agreed on Friday to a framework ...": when or where comes between the verb and what was agreed
            List<Token> tokens = scope.tokens();
            int k = hit.last();
            if (k > hit.first() && tokens.get(k - 1).is("on") && OutcomeNames.adjunctEnd(scope.sentence, k - 1) > 0) {
                k--; // "agreed on" was "agreed" and a day
            }
            int skipped = k;
            for (int to = OutcomeNames.adjunctEnd(scope.sentence, k);
                    to > k;
                    to = OutcomeNames.adjunctEnd(scope.sentence, k)) {
                k = to;
            }
            if (k > skipped
                    && k + 1 < tokens.size()
                    && tokens.get(k).is("to")
                    && tokens.get(k + 1).tag() == Tag.DET) {
                k++; // "agreed on Friday to a framework": the object after "to"
                kind = TriggerKind.OBJECT;
            }
            if (k < tokens.size() && tokens.get(k).is("without")) {
                continue; // "concluded on Friday without a common statement": nothing was concluded
            }
            if (k > skipped && k < tokens.size()) {
                from = tokens.get(k).start();
            }
            switch (kind) {
                case VERB -> verbal(scope, hit, from);
                case CLAUSE -> {
                    String phrase = NameText.clause(text, from);
                    if (NameText.words(phrase) >= 4) {
                        OutcomeDraft d =
                                new OutcomeDraft("agreement that " + phrase, hit.start(), from + phrase.length() + 1);
                        d.fixedType = OutcomeType.AGREEMENT;
                        scope.verbal.add(d);
                    }
                }
                case OBJECT -> {
                    if (hit.phrase().startsWith("concluded") && gatheringAt(scope, from)) {
                        continue; // "Peru has concluded the Reef Summit it hosted": the gathering, not what it made
                    }
                    // "issued a joint communique and a declaration on tax": each coordinated object is named
                    int drafts = scope.drafts.size();
                    for (int item = 0, at = NameText.afterBringingAbout(text, from);
                            item < MAX_OBJECTS && at >= 0;
                            item++) {
                        int next = nextObject(tokens, scope.sentence.tokenAt(at));
                        named(scope, hit, at, next);
                        at = next;
                    }
                    if (scope.drafts.size() == drafts && hit.phrase().startsWith("agreed to ")) {
                        // "agreed to create a joint coast guard": a thing no outcome word names, what was agreed
                        verbal(scope, hit, tokens.get(hit.first() + 2).start());
                    } else if (scope.drafts.size() == drafts
                            && hit.phrase().equals("agreed on")
                            && k < tokens.size()
                            && tokens.get(k).tag() == Tag.VERB
                            && tokens.get(k).lower().endsWith("ing")) {
                        verbal(scope, hit, tokens.get(k).start()); // "agreed on holding further talks": an act
                    }
                }
            }
        }
    }

    private static final int MAX_OBJECTS = 3;

    /** "agreed to deepen reef cooperation": the verb phrase from {@code from} names what was agreed. */
    private static void verbal(OutcomeScope scope, PhraseMatcher.Hit hit, int from) {
        String phrase = NameText.clause(scope.text(), from);
        if (NameText.words(phrase) >= 3) {
            OutcomeDraft d = new OutcomeDraft(phrase, hit.start(), from + phrase.length() + 1);
            d.fixedType = OutcomeType.OTHER;
            scope.verbal.add(d);
        }
    }

    /** Whether the noun phrase at character {@code from} is headed by a gathering's noun ("the Reef Summit"). */
    private static boolean gatheringAt(OutcomeScope scope, int from) {
        Chunk chunk = scope.sentence.chunkAt(scope.sentence.tokenAt(from));
        return chunk != null
                && PassiveOutcome.EVENT_NOUNS.contains(
                        scope.tokens().get(chunk.head()).lower());
    }

    /** "a joint communique", "a final declaration": a gathering's own text, brought in as something new. */
    static boolean eventDocument(OutcomeNames.Phrase p) {
        return !p.definite()
                && (!p.capitalised() || p.text().indexOf(' ') < 0) // "adopted a Declaration": capitalised, still bare
                && !p.possessive()
                && EVENT_DOCUMENT.matcher(p.text()).matches();
    }
    /** "a joint communique", "a final declaration", "a joint statement": not a lone "statement", anyone's. */
    static final Pattern EVENT_DOCUMENT = Pattern.compile(
            "(?i)(?:(?:joint|final)\\s+)*(?:communiqu[eé]|declaration)|(?:joint|final)(?:\\s+(?:joint|final))?\\s+statement");

    private static final Pattern AND_ANOTHER = Pattern.compile(" and (?:a|an|the) ", Pattern.CASE_INSENSITIVE);

    /** "Fund for coral reefs and a programme" up to "and a": the programme is the next object's. */
    private static OutcomeNames.Phrase beforeConjunction(OutcomeNames.Phrase p, int next) {
        Matcher m = AND_ANOTHER.matcher(p.text());
        if (!m.find()) {
            return p;
        }
        return new OutcomeNames.Phrase(
                p.text().substring(0, m.start()),
                p.start(),
                next,
                p.capitalised(),
                p.definite(),
                p.possessive(),
                p.quoted());
    }

    /** The start of a second object after "and a/the" when a short noun phrase runs up to it; -1 otherwise. */
    private static int nextObject(List<Token> tokens, int first) {
        for (int k = first; k >= 0 && k + 1 < tokens.size() && k < first + 12; k++) {
            Token t = tokens.get(k);
            // "from the Reef Report to the Suva Declaration": a range's second end is a second object
            if (t.is("and") || t.is("to") && OutcomeNames.fromBefore(tokens, first)) {
                return k > first && tokens.get(k + 1).tag() == Tag.DET
                        ? tokens.get(k + 1).start()
                        : -1;
            }
            if (!(t.tag() == Tag.DET
                    || t.tag() == Tag.ADJ
                    || t.tag() == Tag.NOUN
                    || t.tag() == Tag.PROPN
                    || t.tag() == Tag.NUM
                    || t.tag() == Tag.ADP
                    || t.punctuation('-'))) {
                return -1;
            }
        }
        return -1;
    }

    /** A trigger of joining whose object opens with an actor ("joined the UN", "joined the African Union"). */
    private static boolean joinedAnActor(AnnotatedSentence s, PhraseMatcher.Hit hit, OutcomeNames.Phrase p) {
        if (!s.tokens().get(hit.first()).lemma().equals("join")) {
            return false;
        }
        int first = s.tokenAt(p.start());
        while (first < s.tokens().size() && s.tokens().get(first).tag() == Tag.DET) {
            first++;
        }
        int at = first;
        // "joined the World Bank's reef facility" joins the facility
        return s.mentions().stream()
                .anyMatch(m -> m.first() == at
                        && (m.last() >= s.tokens().size()
                                || !s.tokens().get(m.last()).possessiveMark()));
    }

    /** The outcome named by the object at {@code from}, up to the next coordinated object at {@code next}. */
    private static void named(OutcomeScope scope, PhraseMatcher.Hit hit, int from, int next) {
        OutcomeNames.Phrase p = scope.names.after(scope.sentence, from, scope.money);
        if (p != null && joinedAnActor(scope.sentence, hit, p)) {
            return; // "since it joined the UN sixty years ago": a membership, not an outcome of the gathering
        }
        if (p != null && next >= 0 && p.end() > next) {
            p = beforeConjunction(p, next);
        }
        if (p != null && scope.acceptable(p)) {
            OutcomeDraft d = new OutcomeDraft(p.text(), hit.start(), p.end());
            d.eventDocument = eventDocument(p);
            if (p.possessive()) {
                List<Mention> owner = ActorGroups.nearestBefore(scope.sentence, 0, hit.start());
                if (!owner.isEmpty()) {
                    d.name = owner.get(owner.size() - 1).actor().name() + " " + p.text();
                }
            }
            if (p.quoted()) {
                d.fixedType = QuotedTitleOutcome.typeAfterQuote(scope, p.end());
            }
            scope.drafts.add(d);
        }
    }
}
