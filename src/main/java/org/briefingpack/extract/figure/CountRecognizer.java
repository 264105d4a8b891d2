package org.briefingpack.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.model.Figure;

/**
 * Counts: a whole number (digits or words) followed by the plural noun it counts, with the noun
 * phrase as unit ("31 allies", "four Indo-Pacific partners", "61 nations and organizations",
 * "25 Leopard 1A5 tanks", "two dozen leaders", "a thousand security forces"). A part of a counted
 * whole gives two counts, the part's spanning the whole's ("four of the seven leading donors" is 4,
 * with "seven leading donors" 7 inside it). Not counts: years, ordinals, decimals, numbers inside
 * names ("G20", "COP 28", "F-16", "Article 6"), durations and measurements ("two-day", "three
 * years", "300 GW").
 */
final class CountRecognizer {

    /** What a word of {@code figures/count-recognizer-words.tsv} is. */
    enum Word {
        VOTING_VERB,
        TOTAL_VERB
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("figures/count-recognizer-words.tsv").wordsByRole(Word.class);

    /** At most this many words may describe the counted noun ("Marder infantry fighting vehicles"). */
    private static final int MAX_PHRASE_WORDS = 6;

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2199;

    /** The counted phrase: the first token of its unit and its last token. */
    private record Phrase(int unitStart, int last) {}

    private final FigureLexicon lexicon;
    private final NumberReader numbers;

    CountRecognizer(FigureLexicon lexicon) {
        this.lexicon = lexicon;
        this.numbers = new NumberReader(lexicon);
    }

    List<FoundFigure> find(Tokens t) {
        List<FoundFigure> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            byte type = t.type(i);
            if (type != Tokens.NUMBER && type != Tokens.WORD && type != Tokens.MIXED) {
                continue;
            }
            if (type == Tokens.WORD && !numbers.mayStartWord(t, i)) {
                continue;
            }
            if (type == Tokens.NUMBER && bracketedAfterItsNoun(t, i, out)) {
                i += 1;
                continue;
            }
            if (type == Tokens.NUMBER && tally(t, i, out)) {
                i += 2;
                continue;
            }
            if (type == Tokens.NUMBER) {
                int side = voteSide(t, i, out);
                if (side > i) {
                    i = side;
                    continue;
                }
            }
            NumberReader.Num num = countable(t, i);
            if (num == null) {
                i = Math.max(i, hyphenedCount(t, i, out));
                continue;
            }
            Phrase phrase = phraseAfter(t, afterNumber(t, num));
            if (phrase != null) {
                FoundFigure counted = count(t, i, num, phrase);
                out.add(counted);
                i = elidedCounts(t, phrase.last() + 1, counted.figure().unit(), out);
                i = Math.max(i, breakdown(t, phrase.last() + 1, counted.figure().unit(), out));
                continue;
            }
            if (type == Tokens.NUMBER && total(t, i, num, out)) {
                i = Math.max(
                        num.last(),
                        breakdown(
                                t,
                                num.last() + 1,
                                out.get(out.size() - 1).figure().unit(),
                                out));
                continue;
            }
            // "four of the seven leading donors": a part of a counted whole, the whole counted too
            int whole = wholeAfter(t, num.last() + 1);
            NumberReader.Num wholeNum = whole < 0 ? null : countable(t, whole);
            Phrase wholePhrase = wholeNum == null ? null : phraseAfter(t, afterNumber(t, wholeNum));
            if (wholePhrase != null && num.value().compareTo(wholeNum.value()) <= 0) {
                FoundFigure inner = count(t, whole, wholeNum, wholePhrase);
                out.add(new FoundFigure(
                        Figure.count(
                                t.text.substring(t.start(i), inner.end()),
                                num.value(),
                                inner.figure().unit()),
                        t.start(i),
                        inner.end()));
                out.add(inner);
                i = wholePhrase.last();
            }
        }
        return out;
    }

    /** The largest number in brackets after a plural noun read as how many there are: no year, no page. */
    private static final int MAX_BRACKETED_COUNT = 999;

    /**
     * "a rise in Fijian firms (12) with reef plans", "island states (45) took part": a whole number alone in brackets
     * right after a plural noun in lower case is how many of them there are.
     */
    private boolean bracketedAfterItsNoun(Tokens t, int i, List<FoundFigure> out) {
        if (!t.valid(i + 1)
                || i < 2
                || !t.is(i - 1, '(')
                || !t.is(i + 1, ')')
                || t.type(i - 2) != Tokens.WORD
                || !t.isLowerWord(i - 2)
                || !sameLine(t, i - 2)
                || !t.text(i).chars().allMatch(c -> Tokens.isDigit((char) c))
                || t.length(i) > 3) {
            return false;
        }
        String noun = t.lower(i - 2);
        int value = Integer.parseInt(t.text(i));
        if (!isPlural(noun)
                || value < 2
                || value > MAX_BRACKETED_COUNT
                || lexicon.stopWords.contains(noun)
                || lexicon.excludedUnits.contains(noun)) {
            return false;
        }
        int start = t.start(i - 2);
        int end = t.end(i + 1);
        out.add(new FoundFigure(
                Figure.count(t.text.substring(start, end), BigDecimal.valueOf(value), noun), start, end));
        return true;
    }

    /** Verbs a vote's tally follows ("approved 120-8"). */
    private static final Set<String> VOTING_VERBS = WORDS.get(Word.VOTING_VERB);

    /** How many tokens before a tally its verb of voting may stand ("approved the reef treaty 312-9"). */
    private static final int VERB_REACH = 5;

    /** The largest number a side of a tally may have: a chamber or an assembly, not a sum. */
    private static final int MAX_VOTES = 9999;

    /**
     * "the treaty was approved 120-8", "passed the bill 68-32", "by a vote of 120-8": a vote's tally is two counts,
     * the votes for (the whole tally) and the votes against (its second number).
     */
    private boolean tally(Tokens t, int i, List<FoundFigure> out) {
        if (!t.valid(i + 2) || !t.isDash(i + 1)) {
            return false; // most numbers: no dash after them, so no need to look back for a verb
        }
        boolean afterVote = t.isWord(i - 1, "of") && t.isWord(i - 2, "vote");
        // the verb right before the tally, or before a few words of its object ("passed the bill 68-32")
        for (int j = i - 1; j >= 0 && j >= i - VERB_REACH && !afterVote; j--) {
            int at = j;
            if (VOTING_VERBS.stream().anyMatch(v -> t.isWord(at, v))) {
                afterVote = true;
            } else if (t.type(j) != Tokens.WORD) {
                break;
            }
        }
        if (!afterVote
                || !t.attached(i + 1)
                || !t.attached(i + 2)
                || t.type(i + 2) != Tokens.NUMBER
                || t.valid(i + 3) && t.attached(i + 3) && !t.is(i + 3, '.') && !t.is(i + 3, ',')) {
            return false;
        }
        String forText = t.text.substring(t.start(i), t.end(i)).replace(",", "");
        String againstText = t.text.substring(t.start(i + 2), t.end(i + 2));
        if (!forText.chars().allMatch(Character::isDigit)
                || !againstText.chars().allMatch(Character::isDigit)) {
            return false;
        }
        int votesFor = Integer.parseInt(forText);
        int votesAgainst = Integer.parseInt(againstText);
        if (votesFor > MAX_VOTES || votesAgainst > MAX_VOTES) {
            return false;
        }
        if (forText.length() == 4
                && againstText.length() == 4
                && votesFor >= MIN_YEAR
                && votesAgainst > votesFor
                && votesAgainst <= MAX_YEAR) {
            return false; // "approved the strategy for 2022-2026": a span of years, no tally
        }
        String whole = t.text.substring(t.start(i), t.end(i + 2));
        out.add(new FoundFigure(
                Figure.count(whole, java.math.BigDecimal.valueOf(votesFor), "votes in favour"),
                t.start(i),
                t.end(i + 2)));
        out.add(new FoundFigure(
                Figure.count(againstText, java.math.BigDecimal.valueOf(votesAgainst), "votes against"),
                t.start(i + 2),
                t.end(i + 2)));
        return true;
    }

    /** How many tokens before "N against" a vote must be named ("a recorded vote of 98 in favour to 7 against"). */
    private static final int VOTE_REACH = 8;

    /**
     * "98 in favour", "7 against" after a vote: one side of a recorded vote, counted as votes. "In favour" is a vote's
     * side wherever a number stands right before it; "against" only where a vote or its other side was named just
     * before. The last token read, or -1 when this number is no side of a vote.
     */
    private static int voteSide(Tokens t, int i, List<FoundFigure> out) {
        int last;
        String unit;
        if (t.isWord(i + 1, "in") && (t.isWord(i + 2, "favour") || t.isWord(i + 2, "favor"))) {
            last = i + 2;
            unit = "votes in favour";
        } else if (t.isWord(i + 1, "against") && voteBefore(t, i)) {
            last = i + 1;
            unit = "votes against";
        } else {
            return -1;
        }
        String digits = t.text(i).replace(",", "");
        if (digits.isEmpty() || !digits.chars().allMatch(Character::isDigit) || digits.length() > 4) {
            return -1;
        }
        out.add(new FoundFigure(
                Figure.count(t.text.substring(t.start(i), t.end(last)), new BigDecimal(digits), unit),
                t.start(i),
                t.end(last)));
        return last;
    }

    /**
     * "a five-point plan", "the 27-member bloc": a whole number a hyphen joins to a noun of hyphened-count-nouns.txt
     * counts it ("points", "members"). The last token read, or -1.
     */
    private int hyphenedCount(Tokens t, int i, List<FoundFigure> out) {
        NumberReader.Num num = numbers.read(t, i);
        if (num == null
                || num.value().signum() <= 0
                || num.scaled()
                || num.value().stripTrailingZeros().scale() > 0) {
            return -1;
        }
        int dash = num.last() + 1;
        int noun = dash + 1;
        if (!t.valid(noun)
                || !t.attached(dash)
                || !t.isDash(dash)
                || !t.attached(noun)
                || !lexicon.hyphenedCountNouns.contains(t.lower(noun))
                || t.valid(noun + 1) && t.attached(noun + 1) && t.isDash(noun + 1)) {
            return -1; // not "a 12-member-state bloc" read twice
        }
        out.add(new FoundFigure(
                Figure.count(t.text.substring(t.start(i), t.end(noun)), num.value(), t.lower(noun) + "s"),
                t.start(i),
                t.end(noun)));
        return noun;
    }

    private static boolean voteBefore(Tokens t, int i) {
        for (int j = i - 1; j >= 0 && j >= i - VOTE_REACH; j--) {
            if (t.isWord(j, "vote")
                    || t.isWord(j, "votes")
                    || t.isWord(j, "voted")
                    || t.isWord(j, "favour")
                    || t.isWord(j, "favor")) {
                return true;
            }
            if (t.is(j, '.') || t.is(j, ';')) {
                return false;
            }
        }
        return false;
    }

    /** How many counts a list whose noun is said once may hold ("95 pledges on A, 36 on B, ..."). */
    private static final int MAX_ELIDED = 12;

    /** How many tokens an item of such a list may have after its number ("on sustainable blue economy"). */
    private static final int MAX_ELIDED_ITEM = 8;

    /**
     * "95 commitments on climate, 36 on pollution and 52 on fisheries", "59,000 people, including 6,000 in
     * Syria": after a count whose phrase goes on at token {@code k} with a preposition (or with ", including"
     * and a number), the numbers that repeat the preposition count the same noun. Adds them; returns the last
     * token read.
     */
    private int elidedCounts(Tokens t, int k, String unit, List<FoundFigure> out) {
        int j;
        String preposition;
        if (t.is(k, ',') && t.isWord(k + 1, "including") && t.valid(k + 3) && t.type(k + 3) == Tokens.WORD) {
            j = k + 2;
            preposition = t.lower(k + 3);
        } else if (t.valid(k) && t.type(k) == Tokens.WORD) {
            j = skipItem(t, k + 1);
            preposition = t.lower(k);
        } else {
            return k - 1;
        }
        if (!lexicon.elisionPrepositions.contains(preposition)) {
            return k - 1;
        }
        int last = k - 1;
        for (int items = 0; items < MAX_ELIDED && j >= 0; items++) {
            while (t.is(j, ',') || t.isWord(j, "and")) {
                j++;
            }
            int end = elidedItem(t, j, preposition, unit, out);
            if (end < 0) {
                break;
            }
            last = end;
            j = end + 1;
        }
        return last;
    }

    /** How many parts a breakdown may list. */
    private static final int MAX_PARTS = 6;

    /**
     * "12 new reefs, of which 8 coastal and 4 offshore", "310 reefs (200 coastal, 110 offshore)": the parts of a
     * count, each a number and a lower-case word of kind, two parts at least; each counts its kind of the unit. The
     * last token read, or k - 1 where no breakdown follows.
     */
    private int breakdown(Tokens t, int k, String unit, List<FoundFigure> out) {
        int j = k;
        if (t.is(j, ',') && t.isWord(j + 1, "of") && t.isWord(j + 2, "which")) {
            j += 3;
        } else if (t.is(j, '(') || t.is(j, ':')) {
            j++;
        } else {
            return k - 1;
        }
        List<FoundFigure> parts = new ArrayList<>();
        int last = k - 1;
        while (parts.size() < MAX_PARTS && t.valid(j + 1)) {
            if (t.type(j) != Tokens.NUMBER
                    || t.type(j + 1) != Tokens.WORD
                    || t.isCapitalized(j + 1)
                    || DateRecognizer.isFourDigits(t, j)) {
                break;
            }
            NumberReader.Num num = numbers.read(t, j);
            if (num == null || num.last() != j || num.decimal() || num.value().signum() <= 0) {
                break;
            }
            int next = j + 2;
            if (!(t.is(next, ',')
                    || t.is(next, ')')
                    || t.is(next, '.')
                    || t.is(next, ';')
                    || t.isWord(next, "and")
                    || !t.valid(next))) {
                break; // "8 coastal reefs were ...": a count of its own, read as such
            }
            String kind = t.text(j + 1);
            parts.add(new FoundFigure(
                    Figure.count(t.text.substring(t.start(j), t.end(j + 1)), num.value(), kind + " " + lastWord(unit)),
                    t.start(j),
                    t.end(j + 1)));
            last = j + 1;
            j = next;
            while (t.is(j, ',') || t.isWord(j, "and")) {
                j++;
            }
        }
        if (parts.size() < 2) {
            return k - 1;
        }
        out.addAll(parts);
        return last;
    }

    /** No full stop between two offsets. */
    private static boolean sameSentence(Tokens t, int from, int to) {
        for (int c = Math.max(0, from); c < to && c < t.text.length(); c++) {
            char ch = t.text.charAt(c);
            if (ch == '.' && c + 1 < t.text.length() && Character.isWhitespace(t.text.charAt(c + 1)) || ch == '\n') {
                return false;
            }
        }
        return true;
    }

    private static String lastWord(String unit) {
        return unit.substring(unit.lastIndexOf(' ') + 1);
    }

    /** Verbs that bring a tally to a new total ("bringing the total to 310"). */
    private static final Set<String> TOTAL_VERBS = WORDS.get(Word.TOTAL_VERB);

    /** How many tokens before "to" and the total its verb may stand ("brings the number of sites in Peru to"). */
    private static final int TOTAL_REACH = 24;

    /**
     * "bringing the total to 310", "takes the number of listed reefs to 56": the new total is a
     * count of the things "number of" names, or of "total" where the text names none.
     */
    private static boolean total(Tokens t, int i, NumberReader.Num num, List<FoundFigure> out) {
        if (!t.isWord(i - 1, "to") || num.decimal() || DateRecognizer.isFourDigits(t, i) && !t.isWord(i - 2, "total")) {
            return false;
        }
        int after = num.last() + 1;
        if (num.scaled() || t.is(after, '%') || t.isWord(after, "percent") || t.isWord(after, "per")) {
            return false; // "bringing the total to 5%", "to 2 billion": a share or a sum, read as such
        }
        int verb = -1;
        int numberOf = -1;
        boolean total = false;
        for (int j = i - 2; j >= 0 && j >= i - TOTAL_REACH; j--) {
            if (t.is(j, '.') || t.is(j, ';')) {
                return false;
            }
            if (t.isWord(j, "total")) {
                total = true;
            }
            if (numberOf < 0 && t.isWord(j, "number") && t.isWord(j + 1, "of")) {
                numberOf = j + 2;
            }
            int at = j;
            if (TOTAL_VERBS.stream().anyMatch(v -> t.isWord(at, v))) {
                verb = j;
                break;
            }
        }
        if (verb < 0 || !total && numberOf < 0) {
            return false;
        }
        String unit = "total";
        FoundFigure before = out.isEmpty() ? null : out.get(out.size() - 1);
        if (before != null
                && before.end() > t.start(verb) - TOTAL_REACH * 8
                && sameSentence(t, before.end(), t.start(i))) {
            unit = lastWord(before.figure().unit()); // "added 12 new reefs, bringing the total to 310": reefs
        }
        if (numberOf >= 0) {
            int end = numberOf;
            while (end < i - 1
                    && t.type(end) == Tokens.WORD
                    && !t.isWord(end, "in")
                    && !t.isWord(end, "on")
                    && !t.isWord(end, "across")
                    && !t.isWord(end, "to")) {
                end++;
            }
            if (end > numberOf) {
                unit = t.text.substring(t.start(numberOf), t.end(end - 1));
            }
        }
        out.add(new FoundFigure(
                Figure.count(t.text.substring(t.start(i), t.end(num.last())), num.value(), unit),
                t.start(i),
                t.end(num.last())));
        return true;
    }

    /** The token of the next "," or "and" from {@code j} within an item's reach, or -1 where the clause ends. */
    private static int skipItem(Tokens t, int j) {
        for (int steps = 0; t.valid(j) && steps < MAX_ELIDED_ITEM; steps++, j++) {
            if (t.is(j, ',') || t.isWord(j, "and")) {
                return j;
            }
            if (t.is(j, '.') || t.is(j, ';') || !sameLine(t, j)) {
                return -1;
            }
        }
        return -1;
    }

    /** "36 on marine pollution" at token j: adds its count and returns its last token; -1 where none stands. */
    private int elidedItem(Tokens t, int j, String preposition, String unit, List<FoundFigure> out) {
        if (!t.valid(j) || t.type(j) != Tokens.NUMBER || t.attached(j) || !t.isWord(j + 1, preposition)) {
            return -1;
        }
        NumberReader.Num num = numbers.read(t, j);
        if (num == null
                || num.last() != j
                || num.decimal()
                || num.value().signum() <= 0
                || DateRecognizer.isFourDigits(t, j)) {
            return -1; // "30 pledges in 2023 and 2024 in ...": years, not counts
        }
        int end = j + 2;
        while (t.valid(end + 1)
                && !t.is(end + 1, ',')
                && !t.isWord(end + 1, "and")
                && !t.is(end + 1, '.')
                && !t.is(end + 1, ';')
                && end - j < MAX_ELIDED_ITEM) {
            end++;
        }
        if (!t.valid(end)) {
            return -1;
        }
        out.add(new FoundFigure(
                Figure.count(t.text.substring(t.start(j), t.end(end)), num.value(), unit), t.start(j), t.end(end)));
        return end;
    }

    private static FoundFigure count(Tokens t, int first, NumberReader.Num num, Phrase phrase) {
        int start = t.start(first);
        int end = t.end(phrase.last());
        String unit = t.text.substring(t.start(phrase.unitStart()), end);
        return new FoundFigure(Figure.count(t.text.substring(start, end), num.value(), unit), start, end);
    }

    /** The token after a number, past a glued plus ("20+ countries"). */
    private static int afterNumber(Tokens t, NumberReader.Num num) {
        int after = num.last() + 1;
        if (num.words()
                && t.is(after, '(')
                && t.valid(after + 2)
                && t.type(after + 1) == Tokens.NUMBER
                && t.is(after + 2, ')')
                && t.text(after + 1).equals(num.value().toPlainString())) {
            return after + 3; // "thirty-one (31) island States": the digits in brackets say the number again
        }
        return t.is(after, '+') && t.attached(after) ? after + 1 : after;
    }

    /**
     * After a number, "of", a word that introduces a whole (count-unit-words.tsv: "the", "its") and at
     * most two words that describe it ("top", "remaining"): the token where the whole's number may stand
     * ("9 of the top 20 emitters"), or -1.
     */
    private int wholeAfter(Tokens t, int k) {
        if (!t.isWord(k, "of") || !t.valid(k + 1) || !lexicon.wholeWords.contains(t.lower(k + 1))) {
            return -1;
        }
        int w = k + 2;
        for (int words = 0; words < 2 && t.isLowerWord(w); words++) {
            String lower = t.lower(w);
            if (lexicon.stopWords.contains(lower) || lexicon.numberWords.containsKey(lower)) {
                break;
            }
            w++;
        }
        return t.valid(w) && sameLine(t, w) ? w : -1;
    }

    /** The number at token i if it can be a count at all, else null. */
    private NumberReader.Num countable(Tokens t, int i) {
        if (t.attached(i) && !isOpening(t, i - 1)) {
            return null; // "$5", "F-16", "-3", "1/2"
        }
        if (t.valid(i - 1)) {
            int p = i - 1;
            if (t.is(p, '.') && t.attached(p)) {
                p--; // "No. 10"
            }
            if (t.valid(p) && t.type(p) == Tokens.WORD && isNamePrefix(t, p)) {
                return null;
            }
            if ((t.type(i - 1) == Tokens.NUMBER || t.is(i - 1, '+')) && t.nearPrevious(i)) {
                return null; // "+44 20 7946 0000", "2023 20 ..."
            }
            if (isRatio(t, i)) {
                return null; // "1 in 5 adults", "3 out of 4 voters"
            }
        }
        NumberReader.Num num = numbers.read(t, i);
        if (num == null || num.value().signum() <= 0) {
            return null;
        }
        if (num.words() && !num.scaled() && num.value().compareTo(BigDecimal.ONE) <= 0) {
            return null; // "one of", "One Earth"
        }
        if (num.decimal() && !num.scaled() || num.value().stripTrailingZeros().scale() > 0) {
            return null; // "1.5 degrees"
        }
        if (!num.words() && !num.scaled() && DateRecognizer.isFourDigits(t, i)) {
            int year = Integer.parseInt(t.text(i));
            boolean approximated = t.valid(i - 1) && lexicon.countApproximators.contains(t.lower(i - 1));
            if (year >= MIN_YEAR && year <= MAX_YEAR && !approximated) {
                return null; // but "some 2000 participants"
            }
        }
        int after = num.last() + 1;
        if (t.attached(after)
                && (t.isDash(after)
                        || t.is(after, '%')
                        || t.is(after, '°')
                        || t.is(after, ':')
                        || t.is(after, '/')
                        || t.is(after, '\'')
                        || t.is(after, '’'))) {
            return null; // "two-day", "27-member", "10:30", "24/7", "1990's"
        }
        return num;
    }

    /** "Article 6", "No. 10", "Group of Seven": the word(s) before a number that make it part of a name. */
    private boolean isNamePrefix(Tokens t, int p) {
        String last = t.lower(p);
        if (lexicon.namePrefixes.contains(last)) {
            return true;
        }
        for (String phrase : lexicon.namePrefixPhrases.getOrDefault(last, List.of())) {
            int start = t.end(p) - phrase.length();
            // a name of several words is capitalised ("Group of 20 nations"); "a group of 35 countries" counts
            if (start >= 0
                    && t.text.regionMatches(true, start, phrase, 0, phrase.length())
                    && Character.isUpperCase(t.text.charAt(start))
                    && (start == 0 || !Character.isLetterOrDigit(t.text.charAt(start - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRatio(Tokens t, int i) {
        int p = i - 1;
        if (t.isWord(p, "of") && t.isWord(p - 1, "out")) {
            p -= 2;
        } else if (t.isWord(p, "in")) {
            p -= 1;
        } else {
            return false;
        }
        return t.valid(p) && (t.type(p) == Tokens.NUMBER || false);
    }

    private static boolean isOpening(Tokens t, int k) {
        return t.is(k, '(')
                || t.is(k, '[')
                || t.is(k, '"')
                || t.is(k, '“')
                || t.is(k, '‘')
                || t.is(k, '*')
                || t.is(k, '_');
    }

    /** The counted noun phrase starting at token k, or null when none follows. */
    private Phrase phraseAfter(Tokens t, int k) {
        if (!t.valid(k) || !sameLine(t, k)) {
            return null;
        }
        int[] head = headFrom(t, k, MAX_PHRASE_WORDS, true);
        if (head == null) {
            return null;
        }
        int last = head[1];
        // "5,000 police officers", "10 sales representatives": a second plural noun heads the phrase
        int next = last + 1;
        if (t.valid(next)
                && t.type(next) == Tokens.WORD
                && sameLine(t, next)
                && isPlural(t.lower(next))
                && !lexicon.stopWords.contains(t.lower(next))
                && !lexicon.excludedUnits.contains(t.lower(next))) {
            head[1] = next;
            last = next;
        }
        // "nations and organizations": a second plural noun joined by and/or
        int c = last + 1;
        if ((t.isWord(c, "and") || t.isWord(c, "or")) && sameLine(t, c) && t.valid(c + 1) && sameLine(t, c + 1)) {
            int[] second = headFrom(t, c + 1, 3, false);
            if (second != null) {
                last = second[1];
            }
        }
        int unitStart = k;
        // "three linked priorities", "a further 12 countries": words that qualify the count, not the noun
        while (unitStart < head[0]
                && t.isLowerWord(unitStart)
                && (t.text(unitStart).endsWith("ed") || lexicon.unitDropWords.contains(t.lower(unitStart)))) {
            unitStart++;
        }
        int unitEnd = t.end(last);
        // "heads of state"
        if (t.valid(last + 1) && sameLine(t, last + 1)) {
            for (String tail : lexicon.unitTails) {
                if (MoneyRecognizer.phraseAt(t.text, t.start(last + 1), tail)) {
                    unitEnd = t.start(last + 1) + tail.length();
                    while (t.valid(last + 1) && t.start(last + 1) < unitEnd) {
                        last++;
                    }
                    break;
                }
            }
        }
        return new Phrase(unitStart, last);
    }

    /**
     * Scans at most maxWords words from token k for a plural noun; returns {head token start, head
     * token end} or null. Stops at punctuation, numbers and stop words; a measurement word or a
     * month rejects the phrase.
     */
    private int[] headFrom(Tokens t, int k, int maxWords, boolean allowAnd) {
        int w = k;
        for (int words = 0; words < maxWords && t.valid(w); words++) {
            if (words > 0 && !sameLine(t, w)) {
                return null;
            }
            byte type = t.type(w);
            if (type != Tokens.WORD && type != Tokens.MIXED) {
                return null;
            }
            int wordEnd = w;
            // hyphenated compounds are one word: "Indo-Pacific", "low-income"; an em dash sets off an aside
            // ("thirty countries—including ...")
            while (t.isDash(wordEnd + 1)
                    && !t.is(wordEnd + 1, '—')
                    && t.attached(wordEnd + 1)
                    && t.attached(wordEnd + 2)
                    && (t.type(wordEnd + 2) == Tokens.WORD || t.type(wordEnd + 2) == Tokens.MIXED)) {
                wordEnd += 2;
            }
            String lower = t.lower(wordEnd);
            if (type == Tokens.WORD && wordEnd == w) {
                if (lexicon.stopWords.contains(lower)
                        || lexicon.numberWords.containsKey(lower)
                        || lexicon.months.containsKey(t.text(w))) {
                    return null;
                }
                if (lower.equals("and") || lower.equals("or")) {
                    if (!allowAnd || words == 0) {
                        return null;
                    }
                    w = wordEnd + 1;
                    continue;
                }
            }
            if (lexicon.excludedUnits.contains(lower) || lexicon.scaleWords.containsKey(lower)) {
                return null;
            }
            if (t.type(wordEnd) == Tokens.WORD && (isPlural(lower) || acronymPlural(t.text(wordEnd)))) {
                return new int[] {w, wordEnd};
            }
            w = wordEnd + 1;
        }
        return null;
    }

    /** "MoUs", "NGOs", "SMEs": an acronym (two capitals or more) with a plural's "s". */
    private static boolean acronymPlural(String word) {
        int n = word.length();
        if (n < 3 || word.charAt(n - 1) != 's' || !Character.isUpperCase(word.charAt(n - 2))) {
            return false;
        }
        return word.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private boolean isPlural(String lower) {
        if (lexicon.irregularPlurals.contains(lower)) {
            return true;
        }
        if (lower.length() < 3 || lexicon.notPlural.contains(lower) || !lower.endsWith("s")) {
            return false;
        }
        return !(lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is"));
    }

    /** Token k follows the previous one on the same line, with at most a few spaces between. */
    private static boolean sameLine(Tokens t, int k) {
        int from = t.end(k - 1);
        int to = t.start(k);
        if (to - from > 3) {
            return false;
        }
        for (int p = from; p < to; p++) {
            char c = t.text.charAt(p);
            if (c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
