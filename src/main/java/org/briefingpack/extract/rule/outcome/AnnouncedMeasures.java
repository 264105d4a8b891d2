package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * Measures an actor announces it will take: "Norway will establish 12 training centres in the region and
 * double its scholarships" gives "12 training centres in the region" and "Doubling of its scholarships". The
 * subject must be a named actor right before "will", "plans to" or "intends to" (or "is providing"); the object, a noun phrase
 * without a sum of money, names the outcome (sums are pledges, found by the money finder).
 */
final class AnnouncedMeasures implements OutcomeFinder {

    private record MeasureVerb(String prefix, OutcomeType type) {}

    private static final int MAX_WORDS = 12;
    private static final List<String> DETERMINERS = List.of("a", "an", "the", "its", "their", "his", "her", "new");

    private final Map<String, MeasureVerb> verbs;

    AnnouncedMeasures(LexiconFile rows) {
        this.verbs = rows.rows().stream()
                .collect(Collectors.toUnmodifiableMap(
                        r -> r.text(0).toLowerCase(Locale.ROOT),
                        (LexiconRow r) -> new MeasureVerb(
                                r.text(1).equals("-") ? "" : r.text(1), r.choice(2, OutcomeType.class))));
    }

    static AnnouncedMeasures fromClasspath() {
        return new AnnouncedMeasures(LexiconFile.read("measure-verbs.tsv"));
    }

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (Mention actor : scope.actors()) {
            int k = actor.last();
            if (k < tokens.size() && tokens.get(k).is("also")) {
                k++;
            }
            int verb = modalEnd(tokens, k);
            if (verb < 0 || tokens.get(verb - 1).start() < scope.bodyFrom || Grammar.negatedBefore(tokens, verb)) {
                continue;
            }
            while (verb < tokens.size()) {
                int objectFrom = verb + 1;
                MeasureVerb m = verbs.get(tokens.get(verb).lemma());
                if (m == null && verb + 1 < tokens.size()) {
                    m = verbs.get(tokens.get(verb).lemma() + " "
                            + tokens.get(verb + 1).lower());
                    objectFrom = verb + 2;
                }
                if (m == null) {
                    break;
                }
                int end = objectEnd(tokens, objectFrom);
                int from = objectFrom;
                while (from < end && DETERMINERS.contains(tokens.get(from).lower())) {
                    from++;
                }
                if (end - from >= 1 && startsANounPhrase(tokens.get(from)) && !holdsMoney(scope, tokens, from, end)) {
                    int stop = Math.min(end, from + MAX_WORDS);
                    int startChar = tokens.get(from).start();
                    int endChar = tokens.get(stop - 1).end();
                    if (!scope.overlaps(startChar, endChar)) {
                        String object = scope.sentence.span(from, stop);
                        String name = m.prefix().isEmpty()
                                ? Character.toUpperCase(object.charAt(0)) + object.substring(1)
                                : m.prefix() + " " + object;
                        OutcomeDraft d = new OutcomeDraft(name, startChar, endChar);
                        d.fixedType = m.type();
                        d.measure = true;
                        scope.drafts.add(d);
                    }
                }
                // "... and provide 10,000 places": the next coordinated verb of the same subject
                if (end + 1 < tokens.size() && tokens.get(end).is("and") && isVerb(tokens.get(end + 1))) {
                    verb = end + 1;
                } else {
                    break;
                }
            }
        }
    }

    /** The token after "will", "would", "plans to", "intends to" or "is to" at {@code k}; -1 when none. */
    private static int modalEnd(List<Token> tokens, int k) {
        if (k + 1 < tokens.size() && (tokens.get(k).is("will") || tokens.get(k).is("would"))) {
            // "will also introduce", "will soon open": an adverb between the modal and its verb
            return k + 2 < tokens.size() && tokens.get(k + 1).tag() == Tag.ADV ? k + 2 : k + 1;
        }
        if (k + 2 < tokens.size()
                && (tokens.get(k).is("plans")
                        || tokens.get(k).is("intends")
                        || tokens.get(k).is("is"))
                && tokens.get(k + 1).is("to")) {
            return k + 2;
        }
        if (k + 1 < tokens.size()
                && (tokens.get(k).is("is") || tokens.get(k).is("are"))
                && tokens.get(k + 1).lower().endsWith("ing")) {
            return k + 1; // "the EU is providing 1,000 generators"
        }
        return -1;
    }

    private boolean isVerb(Token t) {
        return t.tag() == Tag.VERB
                || verbs.containsKey(t.lemma())
                        && Character.isLowerCase(t.text().charAt(0));
    }

    private static boolean startsANounPhrase(Token t) {
        return t.tag() == Tag.NUM
                || t.tag() == Tag.NOUN
                || t.tag() == Tag.PROPN
                || t.tag() == Tag.ADJ
                || t.quoteMark()
                || t.is("more");
    }

    private static boolean holdsMoney(OutcomeScope scope, List<Token> tokens, int from, int end) {
        int a = tokens.get(from).start();
        int b = tokens.get(end - 1).end();
        return scope.money.stream().anyMatch(f -> f.start() < b && a < f.end());
    }

    /** The object runs to a comma, a semicolon, a full stop, "to" before a verb, or "and" before a verb. */
    private int objectEnd(List<Token> tokens, int from) {
        for (int j = from; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.punctuation(',')
                    || t.punctuation(';')
                    || t.punctuation('.')
                    || t.punctuation(':')
                    || t.text().equals("—")
                    || t.text().equals("–")) {
                return j;
            }
            boolean verbNext = j + 1 < tokens.size() && isVerb(tokens.get(j + 1));
            if ((t.is("and") || t.is("to")) && verbNext) {
                return j;
            }
            if (t.is("within")
                    || t.is("over")
                    || t.is("starting")
                    || t.is("by") && j + 1 < tokens.size() && tokens.get(j + 1).tag() == Tag.NUM) {
                return j; // "within this year", "over the next three years": when, not what
            }
        }
        return tokens.size();
    }
}
