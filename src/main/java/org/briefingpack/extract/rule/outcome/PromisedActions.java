package org.briefingpack.extract.rule.outcome;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * Outcomes that are actions promised: "leaders promised to protect forests, cut methane and help Ghana
 * phase out coal" gives one outcome per coordinated verb phrase ("Promise to cut methane"); "the commitment
 * by 40 countries to end overfishing" gives "Commitment to end overfishing". A verb's promises count only
 * where the sentence names no outcome; a noun's always.
 */
final class PromisedActions implements OutcomeFinder {

    /** Whether a promise word is a verb ("vowed to") or a noun ("a pledge by X to"). */
    enum Form {
        VERB,
        NOUN
    }

    private record PromiseWord(Form form, String prefix, OutcomeType type) {}

    private static final int MAX_BY_PHRASE = 10;
    private static final int MAX_WORDS = 14;

    private final Map<String, PromiseWord> words = new HashMap<>();

    PromisedActions(LexiconFile rows) {
        for (LexiconRow row : rows.rows()) {
            words.put(
                    row.text(0).toLowerCase(java.util.Locale.ROOT),
                    new PromiseWord(row.choice(1, Form.class), row.text(2), row.choice(3, OutcomeType.class)));
        }
    }

    static PromisedActions fromClasspath() {
        return new PromisedActions(LexiconFile.read("promise-words.tsv"));
    }

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        // "They committed to ..." right after a sentence that named an outcome: what that outcome commits to
        boolean elaboration = !tokens.isEmpty()
                && tokens.get(0).tag() == Tag.PRON
                && scope.earlier.stream().anyMatch(o -> o.sentence.index() == scope.sentence.index() - 1);
        for (int k = 0; k + 2 < tokens.size(); k++) {
            Token word = tokens.get(k);
            Tag tag = word.tag();
            PromiseWord w = tag == Tag.VERB || tag == Tag.NOUN ? words.get(word.lower()) : null;
            if (w == null || word.start() < scope.bodyFrom || Grammar.negatedBefore(tokens, k)) {
                continue;
            }
            if (scope.sentence.quoted(word.start())) {
                continue; // "'It signals a global commitment to end TB,' he said": a speaker's words about a promise
            }
            // a bare number ("30" of "a 30% increase") names nothing, it is dropped later; nor does a name that ends
            // in the promise word ("closed with countries making commitments to ...")
            boolean named = elaboration
                    || scope.drafts.stream()
                            .anyMatch(d -> d.name != null
                                    && d.name.chars().anyMatch(Character::isLetter)
                                    && !(d.start < word.end() && word.end() == d.end));
            int to = k + 1;
            if (w.form() == Form.NOUN) {
                if (tokens.get(k).tag() != Tag.NOUN && tokens.get(k).tag() != Tag.PROPN) {
                    continue;
                }
                if (k > 0
                        && (tokens.get(k - 1).tag() == Tag.PRON
                                || scope.names.possessive(tokens.get(k - 1).lower()))) {
                    continue; // "affirmed their commitment to ...": a promise restated, not made here
                }
                if (word.is("decision") && ownedByAState(scope, k)) {
                    continue; // "after Tonga's decision to quit the pact": one state's move, not the gathering's
                }
                boolean madeBy = to + 2 < tokens.size()
                        && (tokens.get(to).is("were") || tokens.get(to).is("was"))
                        && tokens.get(to + 1).tag() == Tag.VERB
                        && tokens.get(to + 2).is("by");
                if (madeBy) {
                    to += 2; // "300 commitments were made by banks and firms to protect reefs"
                }
                if (word.lower().endsWith("s") && !madeBy && !countedOrMade(tokens, k)) {
                    continue; // "praised the strong commitments to keep reefs alive": praise, no promise made
                }
                if (tokens.get(to).is("by")) {
                    boolean listed = to > k + 1; // after "were made by", a list of makers may run with commas
                    int j = to + 1;
                    while (j < tokens.size()
                            && j - to <= MAX_BY_PHRASE
                            && !tokens.get(j).is("to")
                            && tokens.get(j).tag() != Tag.VERB
                            && (listed || !tokens.get(j).punctuation(','))) {
                        j++;
                    }
                    to = j;
                }
            }
            if (named) {
                continue; // the sentence names its outcome: the promise is that outcome's content
            }
            if (to + 1 >= tokens.size() || !tokens.get(to).is("to")) {
                continue;
            }
            if (!baseVerb(tokens.get(to + 1))) {
                // "Kenya committed to a 30% increase in ...": a promised result rather than an action
                if (w.form() == Form.VERB
                        && (tokens.get(to + 1).is("a") || tokens.get(to + 1).is("an"))) {
                    int end = phraseEnd(tokens, to + 1);
                    int stop = Math.min(end, to + 1 + MAX_WORDS);
                    int from = tokens.get(to + 1).start();
                    int until = tokens.get(stop - 1).end();
                    scope.drafts.removeIf(d -> d.start < until
                            && from < d.end
                            && (d.name == null || d.name.chars().noneMatch(Character::isLetter)));
                    if (stop - to > 3 && !scope.overlaps(from, until)) {
                        OutcomeDraft d = new OutcomeDraft(
                                w.prefix() + " to " + scope.sentence.span(to + 1, stop),
                                tokens.get(k).start(),
                                tokens.get(stop - 1).end());
                        d.fixedType = OutcomeType.OTHER; // one party's target, not an agreement between parties
                        scope.drafts.add(d);
                    }
                }
                continue;
            }
            int from = to + 1;
            while (from < tokens.size()) {
                int end = phraseEnd(tokens, from);
                int created = createdBody(tokens, from);
                if (created > 0
                        && !scope.overlaps(
                                tokens.get(from).start(), tokens.get(end - 1).end())) {
                    // "promising to establish a new fund to help farmers": the body to be set up is the outcome
                    int stop = clauseEnd(tokens, created, created + MAX_WORDS);
                    String name = scope.sentence.span(created, stop);
                    OutcomeDraft d = new OutcomeDraft(
                            Character.toUpperCase(name.charAt(0)) + name.substring(1),
                            tokens.get(k).start(),
                            tokens.get(stop - 1).end());
                    d.fixedType = OutcomeType.INSTITUTION;
                    scope.drafts.add(d);
                    break;
                }
                if (end - from >= 2
                        && !scope.overlaps(
                                tokens.get(from).start(), tokens.get(end - 1).end())) {
                    String action = scope.sentence.span(from, Math.min(end, from + MAX_WORDS));
                    int stop = tokens.get(end - 1).end();
                    scope.drafts.removeIf(d -> d.start < word.end() && word.end() == d.end);
                    OutcomeDraft d = new OutcomeDraft(
                            w.prefix() + " to " + action, tokens.get(k).start(), stop);
                    int actionStart = tokens.get(from).start();
                    // "vowed to provide $10 billion": a promise of money is a pledge of funding
                    boolean money = scope.money.stream().anyMatch(f -> f.start() >= actionStart && f.end() <= stop);
                    d.fixedType = money ? OutcomeType.FUNDING : w.type();
                    scope.drafts.add(d);
                }
                // the next coordinated verb phrase: ", cut methane" or "and help Ghana"
                int next = end;
                if (next < tokens.size()
                        && (tokens.get(next).punctuation(',')
                                || tokens.get(next).is("and"))) {
                    next++;
                    if (next < tokens.size() && tokens.get(next).is("and")) {
                        next++;
                    }
                }
                boolean purpose = end < tokens.size() && tokens.get(end).is("to");
                if (!purpose
                        && w.form() == Form.VERB
                        && next < tokens.size()
                        && next > end
                        && baseVerb(tokens.get(next))) {
                    from = next;
                } else {
                    break;
                }
            }
        }
    }

    /** A state's possessive right before token {@code k} ("Tonga's", "Chile’s"). */
    private static boolean ownedByAState(OutcomeScope scope, int k) {
        List<Token> tokens = scope.tokens();
        if (k < 2 || !tokens.get(k - 1).possessiveMark()) {
            return false;
        }
        for (Mention m : scope.sentence.mentions()) {
            if (m.last() == k - 1 && m.kind() == MentionKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    /**
     * "establish a new organization", "set up a new fund": where the promised action creates a new body, the
     * token of "new" that opens its name; else -1.
     */
    private static int createdBody(List<Token> tokens, int from) {
        int k = from + 1;
        if (k < tokens.size() && tokens.get(from).is("set") && tokens.get(k).is("up")) {
            k++;
        } else if (!CREATING.contains(tokens.get(from).lower())) {
            return -1;
        }
        return k + 2 < tokens.size()
                        && (tokens.get(k).is("a") || tokens.get(k).is("an"))
                        && tokens.get(k + 1).is("new")
                ? k + 1
                : -1;
    }

    /** What a word of {@code promised-action-words.tsv} is. */
    enum Word {
        CREATING_VERB
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("promised-action-words.tsv").wordsByRole(Word.class);

    /** Verbs of a promised action that create a new body ("establish a new organization"). */
    private static final Set<String> CREATING = WORDS.get(Word.CREATING_VERB);

    /** "300 commitments", "countries making commitments", "made new pledges": plural promises counted or made. */
    private static boolean countedOrMade(List<Token> tokens, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 2; j--) {
            if (tokens.get(j).tag() == Tag.NUM || tokens.get(j).lemma().equals("make")) {
                return true;
            }
        }
        return false;
    }

    /** The end of a name that may hold its purpose: a comma, a semicolon, a full stop or a dash, within a limit. */
    private static int clauseEnd(List<Token> tokens, int from, int limit) {
        for (int j = from + 1; j < Math.min(tokens.size(), limit); j++) {
            Token t = tokens.get(j);
            if (suspendedHyphen(tokens, j) || j > 0 && suspendedHyphen(tokens, j - 1)) {
                continue; // "in small- and mid-sized towns": one phrase
            }
            if (t.punctuation(',')
                    || t.punctuation(';')
                    || t.punctuation('.')
                    || t.text().equals("—")) {
                return j;
            }
        }
        return Math.min(tokens.size(), limit);
    }

    private static boolean baseVerb(Token t) {
        return t.word()
                && Character.isLowerCase(t.text().charAt(0))
                && t.lemma().equals(t.lower())
                && t.tag() == Tag.VERB
                && !participle(t);
    }

    /** "fishing" in "reefs and fishing grounds": an -ing form the lexicon lacks keeps its form as lemma. */
    private static boolean participle(Token t) {
        return t.lower().endsWith("ing") && t.lower().length() > SHORT_ING_VERB;
    }

    /** The longest base verb that ends in "ing" ("bring", "sting"). */
    private static final int SHORT_ING_VERB = 5;

    /** A hyphen written against the word before it and followed by "and" or "or": "small- and mid-sized". */
    private static boolean suspendedHyphen(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return k > 0
                && k + 1 < tokens.size()
                && t.hyphen()
                && t.start() == tokens.get(k - 1).end()
                && (tokens.get(k + 1).is("and") || tokens.get(k + 1).is("or"));
    }

    /** Where a verb phrase ends: a comma, a semicolon, a dash, a full stop, or "and" before another verb. */
    private static int phraseEnd(List<Token> tokens, int from) {
        for (int j = from + 1; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (suspendedHyphen(tokens, j) || j > 0 && suspendedHyphen(tokens, j - 1)) {
                continue; // "in small- and mid-sized towns": one phrase
            }
            if (t.punctuation(',')
                    || t.punctuation(';')
                    || t.punctuation('.')
                    || t.punctuation('-')
                    || t.punctuation('(')
                    || t.text().equals("--")
                    || t.text().equals("—")
                    || t.text().equals("–")) {
                return j;
            }
            if (t.is("and")
                    && j + 1 < tokens.size()
                    && tokens.get(j + 1).tag() == Tag.VERB
                    && (baseVerb(tokens.get(j + 1)) || tokens.get(j + 1).lower().endsWith("ed"))) {
                return j; // "... and train nurses": the next promise; "... and introduced": the subject's next act
            }
            if (t.is("to") && j > from + 1 && j + 1 < tokens.size() && baseVerb(tokens.get(j + 1))) {
                return j; // "raise $600 billion ... to finance roads and counter ...": what for, not a second promise
            }
        }
        return tokens.size();
    }
}
