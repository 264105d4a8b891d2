package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;

/**
 * "The leaders' declaration was agreed", "a fund has been set up": the noun phrase before a passive
 * participle. In the present tense ("plans are adopted") only a capitalised name counts, as without an
 * auxiliary ("the Accra Declaration launched today", "the Reef Compact, adopted at the summit,"), where the name
 * must also be of an outcome's kind and the participle end its clause or lead to when or where.
 */
final class PassiveOutcome implements OutcomeFinder {

    private static final Set<String> BE = WordSets.of("was", "were", "is", "are", "be", "been");
    private static final Set<String> PRESENT = WordSets.of("is", "are");
    private static final Set<String> PERFECT = WordSets.of("has", "have", "had");
    /** After a participle with no auxiliary: words that say when, so it describes the name before. */
    private static final Set<String> ADJUNCT =
            WordSets.copyOf(LexiconFile.read("participle-adjuncts.txt").words());

    /** How a text was agreed ("by consensus", "unanimously"), as a reduced relative may say it of the name before. */
    private static final PhraseMatcher MANNER =
            PhraseMatcher.of(LexiconFile.read("manner-adjuncts.txt").words());

    /** A gathering's nouns, lower case ("summit", "conference"); {@link TriggeredOutcome} reads them too. */
    static final Set<String> EVENT_NOUNS = LexiconFile.read("event-nouns.txt").words().stream()
            .map(w -> w.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    /** How far after "at" or "during" the gathering's noun may stand ("launched at the Lima summit"). */
    private static final int GATHERING_WITHIN = 4;

    private final PhraseMatcher participles;

    PassiveOutcome(List<String> participles) {
        this.participles = PhraseMatcher.of(participles);
    }

    static PassiveOutcome fromClasspath() {
        return new PassiveOutcome(LexiconFile.read("passive-participles.txt").words());
    }

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (PhraseMatcher.Hit hit : participles.find(tokens)) {
            int aux = Grammar.auxiliaryAt(tokens, hit.first(), BE);
            if (hit.start() < scope.bodyFrom) {
                continue;
            }
            if (aux < 0) {
                reducedRelative(scope, hit);
                continue;
            }
            if (tokens.get(aux).is("been")
                    && aux > 0
                    && PERFECT.contains(tokens.get(aux - 1).lower())) {
                aux--;
            }
            OutcomeNames.Phrase p =
                    scope.names.before(scope.text(), tokens.get(aux).start());
            if (aux > 1
                    && tokens.get(aux - 1).is("which")
                    && tokens.get(aux - 2).punctuation(',')) {
                // "the Coral Futures Fund (CFF), which was set up on the last day": the name the clause is about
                int end = aux - 2;
                if (end > 2
                        && tokens.get(end - 1).punctuation(')')
                        && tokens.get(end - 3).punctuation('(')) {
                    end -= 3;
                }
                OutcomeNames.Phrase named =
                        scope.names.before(scope.text(), tokens.get(end).start());
                p = named != null && named.capitalised() ? named : null;
            }
            if (p == null && aux > 0 && tokens.get(aux - 1).punctuation(',')) {
                // "A new fund, the Global Shield, was launched": the name in apposition before the comma
                OutcomeNames.Phrase named =
                        scope.names.before(scope.text(), tokens.get(aux - 1).start());
                p = named != null && named.capitalised() ? named : null;
            }
            if ((p == null || !scope.acceptable(p))
                    && !PRESENT.contains(tokens.get(aux).lower())
                    && describedByPurpose(scope, aux, hit)) {
                continue;
            }
            boolean generic = PRESENT.contains(tokens.get(aux).lower()) && p != null && !p.capitalised();
            if (p != null && !generic && scope.acceptable(p) && !scope.overlaps(p.start(), p.end())) {
                // "the world's first agreement on reefs was adopted": the superlative describes, it does not name
                String name = SUPERLATIVE.matcher(p.text()).replaceFirst("");
                String topic = NameText.words(name) == 1 ? topicAfterParties(tokens, hit.last()) : null;
                if (topic != null) {
                    name = name + " " + topic; // "an accord was signed between Fiji and Chile on fisheries"
                }
                Matcher joined = JOINED_NAME.matcher(name);
                if (joined.find()
                        && scope.names.types().typeOf(name.substring(0, joined.start())) != null
                        && scope.names.types().typeOf(name.substring(joined.end())) != null) {
                    // "the Declaration of Suva and its Work Programme were adopted": two texts, each by its name
                    scope.drafts.add(new OutcomeDraft(name.substring(0, joined.start()), p.start(), hit.end()));
                    scope.drafts.add(
                            new OutcomeDraft(name.substring(joined.end()), p.start() + joined.end(), hit.end()));
                    continue;
                }
                OutcomeDraft d = new OutcomeDraft(
                        Character.toUpperCase(name.charAt(0)) + name.substring(1), p.start(), hit.end());
                d.eventDocument = TriggeredOutcome.eventDocument(p);
                scope.drafts.add(d);
            }
        }
    }

    /** Two capitalised names joined: "Declaration of Suva and its Work Programme", "... and the Suva Charter". */
    private static final Pattern JOINED_NAME =
            Pattern.compile("(?<=\\p{L}|\\d) and (?:its |their |the |a |an )?(?=\\p{Lu})");

    /** How many tokens the parties after "between" and the words of a topic after "on" may take. */
    private static final int PARTIES_WITHIN = 12;

    private static final int TOPIC_WORDS = 10;

    /**
     * "signed between Fiji and Chile on fisheries access": after the participle, "between" and the
     * parties, the topic from "on" to the end of its clause ("on fisheries access"); null where none.
     */
    private static String topicAfterParties(List<Token> tokens, int after) {
        if (after >= tokens.size() || !tokens.get(after).is("between")) {
            return null;
        }
        int on = -1;
        for (int k = after + 1; k < tokens.size() && k <= after + PARTIES_WITHIN; k++) {
            Token t = tokens.get(k);
            if (t.is("on")) {
                on = k;
                break;
            }
            if (!t.word() && !t.punctuation(',') && !t.possessiveMark()) {
                return null;
            }
        }
        if (on < 0) {
            return null;
        }
        int end = on + 1;
        while (end < tokens.size()
                && end - on <= TOPIC_WORDS
                && tokens.get(end).word()
                && !(tokens.get(end).is("as")
                        && end + 1 < tokens.size()
                        && tokens.get(end + 1).is("well"))) {
            end++;
        }
        if (end == on + 1 || end - on > TOPIC_WORDS) {
            return null;
        }
        StringBuilder topic = new StringBuilder();
        for (int k = on; k < end; k++) {
            topic.append(k > on ? " " : "").append(tokens.get(k).text());
        }
        return topic.toString();
    }

    /** How many tokens a purpose between an outcome's noun and its passive verb may take. */
    private static final int PURPOSE_WITHIN = 16;

    /**
     * "the world's first agreement aimed at prevention, preparedness and response was adopted": the noun before a
     * purpose ("aimed at", "designed to") that stands between it and the passive verb, its commas too, named
     * with that purpose. Adds the outcome; false where none stands so.
     */
    private static boolean describedByPurpose(OutcomeScope scope, int aux, PhraseMatcher.Hit hit) {
        List<Token> tokens = scope.tokens();
        for (int k = aux - 2; k > 0 && k >= aux - PURPOSE_WITHIN; k--) {
            Token t = tokens.get(k);
            if (t.punctuation(';') || t.tag() == Tag.AUX) {
                return false;
            }
            if (!PURPOSE_PARTICIPLES.contains(t.lower())
                    || !(tokens.get(k + 1).is("at") || tokens.get(k + 1).is("to"))) {
                continue;
            }
            OutcomeNames.Phrase p = scope.names.before(scope.text(), t.start());
            if (p == null || !scope.acceptable(p) || scope.overlaps(p.start(), hit.end())) {
                return false;
            }
            String name = SUPERLATIVE.matcher(p.text()).replaceFirst("") + " " + scope.sentence.span(k, aux);
            scope.drafts.add(
                    new OutcomeDraft(Character.toUpperCase(name.charAt(0)) + name.substring(1), p.start(), hit.end()));
            return true;
        }
        return false;
    }

    /** What a word of {@code passive-outcome-words.tsv} is. */
    enum Word {
        PURPOSE_PARTICIPLE
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("passive-outcome-words.tsv").wordsByRole(Word.class);

    /** "aimed at", "designed to": participles that open a purpose after a noun. */
    private static final Set<String> PURPOSE_PARTICIPLES = WORDS.get(Word.PURPOSE_PARTICIPLE);

    /** "world's first", "the first": a superlative before an outcome's noun, no part of its name. */
    private static final java.util.regex.Pattern SUPERLATIVE =
            java.util.regex.Pattern.compile("^(?i)(?:the\\s+)?(?:world[’']s\\s+)?first\\s+");

    /** "the Accra Declaration on Clean Water launched today": a named outcome the participle describes. */
    private static void reducedRelative(OutcomeScope scope, PhraseMatcher.Hit hit) {
        List<Token> tokens = scope.tokens();
        int before = hit.first() - 1;
        if (before >= 0 && tokens.get(before).punctuation(',')) {
            before--;
        }
        Token next = hit.last() < tokens.size() ? tokens.get(hit.last()) : null;
        if (before < 0
                || !tokens.get(before).capitalised()
                || next != null
                        && !next.punctuation(',')
                        && !next.punctuation('.')
                        && !ADJUNCT.contains(next.lower())
                        && !atTheGathering(tokens, hit.last())
                        && MANNER.find(tokens, hit.last(), Math.min(tokens.size(), hit.last() + 3)).stream()
                                .noneMatch(m -> m.first() == hit.last())) {
            return; // "established in 2010", "adopted by 196 parties", "approved on Monday a new window"; but
            // "the Suva Charter adopted by consensus"
        }
        int first = nameEndingAt(tokens, before);
        if (!addName(scope, tokens, first, before, hit)) {
            return;
        }
        // "the Declaration of Suva and its Work Programme adopted by consensus": the name joined before it too
        int and = first - 1;
        if (and > 1 && JOINED_BY.contains(tokens.get(and).lower())) {
            and--;
        }
        if (and > 1 && tokens.get(and).is("and") && tokens.get(and - 1).capitalised()) {
            addName(scope, tokens, nameEndingAt(tokens, and - 1), and - 1, hit);
        }
    }

    /** Words between "and" and the second of two joined names ("and its Work Programme"). */
    private static final Set<String> JOINED_BY = WordSets.of("its", "their", "the");

    /** The first token of the capitalised name that ends at token {@code last}, small joining words inside it. */
    private static int nameEndingAt(List<Token> tokens, int last) {
        // "Declaration on Clean Water"
        int first = last;
        while (first > 0
                && (tokens.get(first - 1).capitalised()
                        || JOINERS.contains(tokens.get(first - 1).lower())
                                && first > 1
                                && tokens.get(first - 2).capitalised())) {
            first--;
        }
        while (first < last && !tokens.get(first).upperCase()) {
            first++;
        }
        if (first < last && tokens.get(first).is("the")) {
            first++;
        }
        return first;
    }

    /** Adds the name over tokens [first, last] as an outcome where it names one; whether it did. */
    private static boolean addName(OutcomeScope scope, List<Token> tokens, int first, int last, PhraseMatcher.Hit hit) {
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        String name = scope.text().substring(start, end);
        if (first == last
                || scope.names.types().typeOf(name) == null
                || scope.overlaps(start, end)
                || gatheringOf(tokens, first)) {
            return false;
        }
        scope.drafts.add(new OutcomeDraft(name, start, hit.end()));
        return true;
    }

    /**
     * "The second summit of the Reef Council concluded here": the name is whose gathering it is, and the participle
     * the gathering's own verb, not a clause on the name.
     */
    private static boolean gatheringOf(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        return k > 0
                && tokens.get(k).is("of")
                && EVENT_NOUNS.contains(tokens.get(k - 1).lower());
    }

    /** "at the summit", "during the Lima conference": a participle's adjunct that places it at the gathering. */
    private static boolean atTheGathering(List<Token> tokens, int k) {
        if (!tokens.get(k).is("at") && !tokens.get(k).is("during")) {
            return false;
        }
        for (int n = k + 1; n < Math.min(tokens.size(), k + 1 + GATHERING_WITHIN); n++) {
            if (EVENT_NOUNS.contains(tokens.get(n).lower())) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> JOINERS = WordSets.of("of", "on", "for", "to", "and", "the");
}
