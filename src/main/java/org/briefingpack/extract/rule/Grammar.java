package org.briefingpack.extract.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;

/** Small questions about the tokens around a position that several rules ask. */
public final class Grammar {

    private static final Set<String> NEGATIONS = WordSets.of("not", "never", "n't", "n’t", "no");

    /** The roles of {@code lexicon/grammar-words.tsv}. */
    enum Word {
        REFUSAL,
        HEDGE,
        INTENTION
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("grammar-words.tsv").wordsByRole(Word.class);
    private static final Set<String> REFUSALS = WORDS.get(Word.REFUSAL);
    /**
     * Words that leave a later act open: "would consider joining", "is weighing whether to sign", "may sign". The
     * modals are grammar and stay here.
     */
    private static final Set<String> HEDGES =
            WordSets.copyOf(Stream.concat(WORDS.get(Word.HEDGE).stream(), Stream.of("may", "might"))
                    .toList());

    /** "its intention to pledge", "its bid for joining", "its application to join": sought, not done. */
    private static final Set<String> INTENTIONS = WORDS.get(Word.INTENTION);

    private static final Set<String> PASSIVE_AUXILIARIES = WordSets.of("was", "were", "is", "are", "be", "been");
    private static final Set<String> FUTURE = WordSets.of("to", "will", "would", "shall");
    private static final Set<String> RELATIVE_PRONOUNS = WordSets.of("who", "which", "whose", "whom");

    private Grammar() {}

    /**
     * "did not sign", "never joined", "refused to endorse", "declined to back the": a negation right before
     * token {@code k}, or with one word between.
     */
    public static boolean negatedBefore(List<Token> tokens, int k) {
        for (int back = 1; back <= 2 && k - back >= 0; back++) {
            Token t = tokens.get(k - back);
            if (!t.word() && !t.lower().startsWith("n")) {
                return false;
            }
            if (NEGATIONS.contains(t.lower())) {
                return true;
            }
            if (t.is("to") && refusalBeforeTo(tokens, k - back)) {
                return true;
            }
        }
        return false;
    }

    /** How many words may stand between a word of refusing and its "to" ("unable for now to pledge"). */
    private static final int REFUSAL_GAP = 3;

    /**
     * "declined to sign", "were unable for now to make pledges": a word of refusing before the "to" at
     * {@code to}, with at most a short phrase of time or manner between them and no clause's edge.
     */
    private static boolean refusalBeforeTo(List<Token> tokens, int to) {
        for (int j = to - 1; j >= 0 && j >= to - 1 - REFUSAL_GAP; j--) {
            Token t = tokens.get(j);
            if (REFUSALS.contains(t.lower())) {
                return true;
            }
            if (!t.word() || t.tag() == Tag.VERB || t.tag() == Tag.AUX) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> BEFORE_COORDINATED = WordSets.of("also", "then", "later");

    /** "... and did not sign", "but then signed": a predicate joined to the one before it, adverbs aside. */
    public static boolean coordinatedBefore(List<Token> tokens, int k) {
        int j = wordBefore(tokens, k, BEFORE_COORDINATED);
        return j >= 0 && (tokens.get(j).is("and") || tokens.get(j).is("but"));
    }

    /** The index of the last token before {@code k} that is none of {@code skipped} (lower case), or -1. */
    public static int wordBefore(List<Token> tokens, int k, Set<String> skipped) {
        int j = k - 1;
        while (j >= 0 && skipped.contains(tokens.get(j).lower())) {
            j--;
        }
        return j;
    }

    /** "would consider joining", "is weighing whether to sign": an act left open, up to three words before {@code k}. */
    public static boolean hedgedBefore(List<Token> tokens, int k) {
        // "may" only as the verb, written lower case: not the month ("on 12 May pledged")
        return wordBefore(tokens, k, 3, HEDGES, false);
    }

    /**
     * "its intention to pledge", "intends to sign", "their intentions to announce new pledges", "its bid to join": an
     * act announced or sought for later, up to four words before {@code k}.
     */
    public static boolean intendedBefore(List<Token> tokens, int k) {
        return wordBefore(tokens, k, 4, INTENTIONS, true);
    }

    /** One of the words within {@code reach} words before {@code k}, with no punctuation between (as written or lower case). */
    private static boolean wordBefore(List<Token> tokens, int k, int reach, Set<String> words, boolean lowerCase) {
        for (int back = 1; back <= reach && k - back >= 0; back++) {
            Token t = tokens.get(k - back);
            if (!t.word()) {
                return false;
            }
            if (words.contains(lowerCase ? t.lower() : t.text())) {
                return true;
            }
        }
        return false;
    }

    /** "was adopted", "has been formally agreed": a form of "be" right before {@code k}, an -ly adverb aside. */
    public static boolean passiveBefore(List<Token> tokens, int k) {
        return auxiliaryAt(tokens, k, PASSIVE_AUXILIARIES) >= 0;
    }

    /**
     * The word at {@code k} stands in a passive ("was granted", "has been given"), not in a progressive after the same
     * auxiliary ("is providing").
     */
    public static boolean passiveAt(List<Token> tokens, int k) {
        return !tokens.get(k).lower().endsWith("ing") && passiveBefore(tokens, k);
    }

    /** The index of the "be" auxiliary before {@code k} (an adverb may stand between: "was also rejected"), or -1. */
    public static int auxiliaryAt(List<Token> tokens, int k, Set<String> words) {
        int j = k - 1;
        if (j >= 0
                && tokens.get(j).word()
                && (tokens.get(j).lower().endsWith("ly") || tokens.get(j).tag() == Tag.ADV)) {
            j--;
        }
        return j >= 0 && words.contains(tokens.get(j).lower()) ? j : -1;
    }

    /**
     * "Today, Fiji and Samoa will sign the accord": a release of the day tells of what happens that day, so its
     * "will sign" is a signing, where "will sign next year" is not.
     */
    public static boolean ofTheDay(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.is("today")) {
                return true;
            }
        }
        return false;
    }

    /** "is to be co-hosted by", "will be hosted by": a future passive before {@code k}. */
    public static boolean futurePassiveBefore(List<Token> tokens, int k) {
        int be = auxiliaryAt(tokens, k, Set.of("be"));
        return be > 0 && FUTURE.contains(tokens.get(be - 1).lower());
    }

    /** Whether any token in [from, to) is a verb (or auxiliary). */
    public static boolean hasVerb(List<Token> tokens, int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, tokens.size()); k++) {
            if (tokens.get(k).tag() == Tag.VERB || tokens.get(k).tag() == Tag.AUX) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause holding token {@code k} ends: the next ";" or sentence-final full stop, else the end. */
    public static int clauseEnd(List<Token> tokens, int k) {
        for (int j = k; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.punctuation(';') || t.punctuation('.') && j == tokens.size() - 1) {
                return j;
            }
        }
        return tokens.size();
    }

    /** "which", "who", "whose", "whom": a word that opens a relative clause after a comma. */
    public static boolean relativePronoun(Token t) {
        return RELATIVE_PRONOUNS.contains(t.lower());
    }
}
