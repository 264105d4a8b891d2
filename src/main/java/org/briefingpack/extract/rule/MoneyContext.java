package org.briefingpack.extract.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.model.FigureKind;

/**
 * What the words around a money figure say about it, for the rules that turn money into pledges: a figure
 * given for comparison ("down from $6 billion", "higher than $2 billion"), money sought rather than pledged
 * ("its $18 billion target"), or the same amount converted ("€5.5 billion ($5.95 billion)").
 */
public final class MoneyContext {

    /** The roles of {@code lexicon/money-context.tsv}. */
    private enum Role {
        APPROXIMATOR,
        TARGET,
        TREND,
        NEED,
        CHANGE
    }

    private static final Map<Role, Set<String>> WORDS =
            LexiconFile.read("money-context.tsv").wordsByRole(Role.class);
    /** "more than $5 billion" is an amount; "higher than $5 billion" a comparison. */
    private static final Set<String> APPROXIMATORS = WORDS.get(Role.APPROXIMATOR);
    /** "its $18 billion target": money that was sought, not pledged. */
    private static final Set<String> TARGETS = WORDS.get(Role.TARGET);

    private static final Set<String> TRENDS = WORDS.get(Role.TREND);
    private static final Set<String> NEEDS = WORDS.get(Role.NEED);
    private static final Set<String> CHANGES = WORDS.get(Role.CHANGE);

    /** A sum told before, broken into shares after a colon ("the funds will go to these appeals: ..."). */
    private static final Pattern BREAKDOWN = Pattern.compile(
            "(?i)\\b(?:(?:would|will)\\s+go\\s+to|allocated\\s+(?:to|among|as)|earmarked\\s+for|as\\s+follows|broken\\s+down)\\b");

    private MoneyContext() {}

    /**
     * Whether the money figure (offsets relative to the sentence) is a comparison, a target or a conversion
     * of the money right before it: not a pledge of its own.
     */
    public static boolean notAPledge(AnnotatedSentence sentence, FoundFigure f) {
        List<Token> tokens = sentence.tokens();
        int k = sentence.tokenAt(f.start());
        int after = sentence.tokenAt(f.end());
        Token before = k >= 1 ? tokens.get(k - 1) : null;
        Token beforeThat = k >= 2 ? tokens.get(k - 2) : null;
        if (before != null && before.is("from") && beforeThat != null && TRENDS.contains(beforeThat.lower())) {
            return true;
        }
        if (before != null && before.is("than") && beforeThat != null && !APPROXIMATORS.contains(beforeThat.lower())) {
            return true;
        }
        if (before != null && before.is("the") && beforeThat != null && beforeThat.is("than")) {
            return true; // "a smaller sum than the $2.4 billion raised before": the sum compared with
        }
        if (before != null && before.is("of") && beforeThat != null && CHANGES.contains(beforeThat.lemma())) {
            return true; // "a decrease of $35 million from last year": a change, not a sum given
        }
        if (before != null && before.is("of") && beforeThat != null && TARGETS.contains(beforeThat.lemma())) {
            return true; // "went past the target of €2 billion": money sought, not pledged
        }
        if (before != null && (before.is("of") || before.is("the")) && shortOf(tokens, k)) {
            return true; // "far short of the $4 billion": the sum measured against
        }
        if (neededAfter(tokens, after)) {
            return true; // "the $4 billion the UN says is needed": money sought
        }
        if (needed(tokens, k)) {
            return true; // "is seeking $5 billion", "wants to drum up $3 billion": money sought
        }
        Matcher share = BREAKDOWN.matcher(sentence.text());
        if (share.find() && share.end() <= f.start() && sentence.text().lastIndexOf(':', f.start()) > share.end()) {
            return true; // "the funds would go to these appeals: schools: $5m, clinics: $2m": shares of a sum told
        }
        if (before != null
                && (before.is("versus") || before.punctuation('(') && moneyEndsAt(sentence, before.start()))) {
            return true; // "€5.5 billion ($5.95 billion)": the same money in another currency
        }
        if (before != null && before.punctuation(',') && conversionBracketBefore(sentence, k)) {
            return true; // "8 million pounds ($10.2 million, 9.4 million euros)": a second currency, the same money
        }
        return after < tokens.size() && TARGETS.contains(tokens.get(after).lemma());
    }

    /**
     * Whether token k stands inside a bracket opened right after a money figure, a few tokens back and no bracket
     * closed between: after a first conversion, another one of the same money.
     */
    private static boolean conversionBracketBefore(AnnotatedSentence sentence, int k) {
        List<Token> tokens = sentence.tokens();
        for (int j = k - 1; j >= 0 && k - j <= MAX_CONVERSION_TOKENS; j--) {
            Token t = tokens.get(j);
            if (t.punctuation(')')) {
                return false;
            }
            if (t.punctuation('(')) {
                return moneyEndsAt(sentence, t.start());
            }
        }
        return false;
    }

    /** How many tokens the bracket and a first conversion may take before a second ("($10.2 million, "). */
    private static final int MAX_CONVERSION_TOKENS = 8;

    /** "would need investment of around $4 trillion": money needed or estimated, not committed. */
    public static boolean needed(List<Token> tokens, int noun) {
        for (int j = noun - 1; j >= Math.max(0, noun - 2); j--) {
            if (NEEDS.contains(tokens.get(j).lemma())) {
                return true;
            }
        }
        return false;
    }

    private static boolean shortOf(List<Token> tokens, int money) {
        int k = money - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        return k >= 1 && tokens.get(k).is("of") && tokens.get(k - 1).is("short");
    }

    /** A verb of needing in the clause right after the money ("... the UN says is needed", "... required"). */
    private static boolean neededAfter(List<Token> tokens, int after) {
        for (int j = after; j < Math.min(tokens.size(), after + 6); j++) {
            Token t = tokens.get(j);
            if (t.punctuation(',')
                    || t.punctuation(';')
                    || t.punctuation('.')
                    || t.is("to")
                    || t.is("for")
                    || t.is("that")
                    || t.tag() == Tag.CCONJ
                    || t.tag() == Tag.SCONJ) {
                return false; // "pledged $10 million and the UN estimated that more was needed": another clause
            }
            if (t.tag() == Tag.VERB && NEEDS.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of what is given ({@code pledge-nouns.txt}); in the plural, what several gave ("commitments"). */
    private static final Set<String> PLEDGE_NOUNS =
            WordSets.copyOf(LexiconFile.read("pledge-nouns.txt").words());

    /** Owners before a plural pledge noun that make it one giver's ("its pledges"). */
    private static final Set<String> OWNERS = WordSets.of("its", "their", "our", "his", "her");

    /** How far before the summing verb its plural subject may stand ("pledges made at the talks amount to"). */
    private static final int TOTAL_SUBJECT_REACH = 6;

    /**
     * Whether the money figure (offsets relative to the sentence) is what plural pledges with no owner sum to
     * ("announced that pledges made at the talks amount to €10 billion"): the gathering's total, an outcome,
     * but no pledge of the one who announced it; not "its pledges amount to", one giver's.
     */
    public static boolean totalOfPledges(AnnotatedSentence sentence, FoundFigure f) {
        List<Token> tokens = sentence.tokens();
        int k = sentence.tokenAt(f.start());
        int verb = k - 1;
        while (verb >= 0
                && (APPROXIMATORS.contains(tokens.get(verb).lower())
                        || tokens.get(verb).is("than"))) {
            verb--; // "amount to over", "totalled more than"
        }
        if (verb >= 1 && tokens.get(verb).is("to")) {
            verb--;
        }
        if (verb < 1
                || !tokens.get(verb).lemma().equals("amount")
                        && !tokens.get(verb).lower().startsWith("total")) {
            return false;
        }
        for (int j = verb - 1; j >= 0 && verb - j <= TOTAL_SUBJECT_REACH; j--) {
            Token t = tokens.get(j);
            if (PLEDGE_NOUNS.contains(t.lemma()) && !t.lower().equals(t.lemma())) {
                Token owner = j > 0 ? tokens.get(j - 1) : null;
                return owner == null || !(owner.possessiveMark() || OWNERS.contains(owner.lower()));
            }
        }
        return false;
    }

    private static boolean moneyEndsAt(AnnotatedSentence sentence, int offset) {
        for (FoundFigure g : sentence.local(FigureKind.MONEY)) {
            if (g.end() <= offset && sentence.text().substring(g.end(), offset).isBlank()) {
                return true;
            }
        }
        return false;
    }
}
