package org.briefingpack.extract.figure;

import java.math.BigDecimal;
import java.util.BitSet;

/**
 * Reads one number starting at a token: digits ("1,200", "17.5"), digits with an attached scale
 * ("30bn", "100m"), number words ("Sixteen", "twenty-eight", "two hundred", "two dozen"), a scale
 * word after "a" ("a thousand", "half a billion") and a following scale word ("400 million", "1.5
 * trillion", "500 crore"), or two where the second is larger ("1.5 lakh crore").
 */
final class NumberReader {

    /**
     * A number as read: its value (scale applied), its first and last token, and how it was written.
     * {@code scaled} says a scale word or abbreviation was applied, {@code words} that it was spelled out.
     */
    record Num(BigDecimal value, int first, int last, boolean words, BigDecimal factor, boolean decimal) {
        boolean scaled() {
            return factor.compareTo(BigDecimal.ONE) != 0;
        }
    }

    private final FigureLexicon lexicon;

    /**
     * The hashes of the number and scale words: nearly every word is ruled out by one bit, without its text being
     * cut out of the document.
     */
    private final BitSet wordHashes = new BitSet(WORD_FILTER_SIZE);

    private static final int WORD_FILTER_SIZE = 1 << 14;

    NumberReader(FigureLexicon lexicon) {
        this.lexicon = lexicon;
        lexicon.numberWords.keySet().forEach(w -> wordHashes.set(w.hashCode() & (WORD_FILTER_SIZE - 1)));
        lexicon.scaleWords.keySet().forEach(w -> wordHashes.set(w.hashCode() & (WORD_FILTER_SIZE - 1)));
    }

    /** The number that starts at token i, or null. */
    Num read(Tokens t, int i) {
        if (!t.valid(i)) {
            return null;
        }
        Num base = switch (t.type(i)) {
            case Tokens.NUMBER -> digits(t, i);
            case Tokens.MIXED -> digitsWithSuffix(t, i);
            case Tokens.WORD -> {
                Num spelled = words(t, i);
                yield spelled != null ? spelled : afterArticle(t, i);
            }
            default -> null;
        };
        if (base == null || base.scaled()) {
            return base == null ? null : largerScaleAfter(t, base);
        }
        return withScaleAfter(t, base);
    }

    /** True when a number may start at word token i: a number word, or a scale word after "a". */
    boolean mayStartWord(Tokens t, int i) {
        byte known = t.numberStart(i);
        if (known != 0) {
            return known == 2;
        }
        boolean yes = false;
        if (t.length(i) <= 12 && wordHashes.get(t.lowerHash(i) & (WORD_FILTER_SIZE - 1))) {
            String lower = t.lower(i);
            yes = lexicon.numberWords.containsKey(lower)
                    || (t.isWord(i - 1, "a") && t.nearPrevious(i) && lexicon.scaleWords.containsKey(lower));
        }
        t.rememberNumberStart(i, yes);
        return yes;
    }

    /** "a hundred", "a thousand", "a million": a scale word after the article stands for one of it. */
    private Num afterArticle(Tokens t, int i) {
        if (!t.isWord(i - 1, "a") || !t.nearPrevious(i) || t.length(i) > 12) {
            return null;
        }
        if (isKind(t, i, "hundred")) {
            return hundreds(t, i, 1, i); // "a hundred and fifty"
        }
        BigDecimal factor = lexicon.scaleWords.get(t.lower(i));
        if (factor == null) {
            return null;
        }
        if (t.isWord(i - 2, "half") && t.nearPrevious(i - 1)) {
            return new Num(factor.multiply(HALF), i - 2, i, true, factor, true); // "half a billion"
        }
        return new Num(factor, i, i, true, factor, false);
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Num digits(Tokens t, int i) {
        String raw = t.text(i);
        if (t.is(i + 1, ',')
                && t.attached(i + 1)
                && t.attached(i + 2)
                && t.type(i + 2) == Tokens.NUMBER
                && t.length(i + 2) <= 2
                && raw.indexOf(',') < 0
                && raw.indexOf('.') < 0
                && shortWordAfterOneSpace(t, i + 3)
                && lexicon.scaleWords.containsKey(t.lower(i + 3))) {
            // "13,6 billion euros": a decimal comma, as much of Europe writes it, before a scale word
            return new Num(new BigDecimal(raw + "." + t.text(i + 2)), i, i + 2, false, BigDecimal.ONE, true);
        }
        return new Num(new BigDecimal(raw.replace(",", "")), i, i, false, BigDecimal.ONE, raw.indexOf('.') >= 0);
    }

    /** "30bn", "2.3bn", "100m": digits with an attached scale abbreviation. */
    private Num digitsWithSuffix(Tokens t, int i) {
        if (t.length(i) > Tokens.MAX_NUMBER_LENGTH + 3) {
            return null;
        }
        String raw = t.text(i);
        int split = digitsEnd(raw, 0);
        if (split == 0 || split == raw.length()) {
            return null;
        }
        String number = raw.substring(0, split).replace(",", "");
        BigDecimal factor = lexicon.scaleSuffixes.get(raw.substring(split));
        if (factor == null || !wellFormed(number)) {
            return null;
        }
        return new Num(new BigDecimal(number).multiply(factor), i, i, false, factor, number.indexOf('.') >= 0);
    }

    /** Where the run of digits, full stops and commas that starts at from ends in raw ("2.3bn" gives 3). */
    static int digitsEnd(String raw, int from) {
        int end = from;
        while (end < raw.length()
                && (Tokens.isDigit(raw.charAt(end)) || raw.charAt(end) == '.' || raw.charAt(end) == ',')) {
            end++;
        }
        return end;
    }

    /** Digits without commas that BigDecimal reads as a number: a digit first, at most one full stop, not last. */
    static boolean wellFormed(String digits) {
        return !digits.isEmpty()
                && Tokens.isDigit(digits.charAt(0))
                && !digits.endsWith(".")
                && digits.indexOf('.') == digits.lastIndexOf('.');
    }

    /**
     * A spelled-out number: "two", "Twenty-two", "two hundred and fifty", "two dozen"; "a dozen" is
     * read from "dozen".
     */
    private Num words(Tokens t, int i) {
        FigureLexicon.NumberWord first = numberWord(t, i);
        if (first == null) {
            return null;
        }
        int value;
        int last = i;
        switch (first.kind()) {
            case "group", "teen", "unit" -> value = first.value();
            case "tens" -> {
                value = first.value();
                if (t.isDash(i + 1) && t.attached(i + 1) && t.attached(i + 2) && isKind(t, i + 2, "unit")) {
                    value += numberWord(t, i + 2).value();
                    last = i + 2;
                } else if (!t.attached(i + 1) && isKind(t, i + 1, "unit") && !isKind(t, i + 2, "hundred")) {
                    value += numberWord(t, i + 1).value(); // "twenty one"
                    last = i + 1;
                }
            }
            default -> {
                return null;
            }
        }
        // "two dozen", "three dozen": a group word multiplies the number before it
        if (!first.kind().equals("group") && isKind(t, last + 1, "group")) {
            return new Num(
                    BigDecimal.valueOf((long) value * numberWord(t, last + 1).value()),
                    i,
                    last + 1,
                    true,
                    BigDecimal.ONE,
                    false);
        }
        // "two hundred", "two hundred and fifty", "three hundred twenty"
        if (!first.kind().equals("group") && value < 10 && isKind(t, last + 1, "hundred")) {
            return hundreds(t, i, value, last + 1);
        }
        return new Num(BigDecimal.valueOf(value), i, last, true, BigDecimal.ONE, false);
    }

    /** A number from token i whose hundreds word is at token hundred, with the tens and units after it ("and fifty"). */
    private Num hundreds(Tokens t, int i, int count, int hundred) {
        int value = count * 100;
        int last = hundred;
        int next = t.isWord(last + 1, "and") ? last + 2 : last + 1;
        Num rest =
                isKind(t, next, "unit") || isKind(t, next, "teen") || isKind(t, next, "tens") ? words(t, next) : null;
        if (rest != null && rest.value().intValue() < 100 && !isKind(t, rest.last() + 1, "hundred")) {
            value += rest.value().intValue();
            last = rest.last();
        }
        return new Num(BigDecimal.valueOf(value), i, last, true, BigDecimal.ONE, false);
    }

    private boolean isKind(Tokens t, int i, String kind) {
        FigureLexicon.NumberWord w = numberWord(t, i);
        return w != null && w.kind().equals(kind);
    }

    private FigureLexicon.NumberWord numberWord(Tokens t, int i) {
        if (!t.valid(i) || t.type(i) != Tokens.WORD || t.length(i) > 12) {
            return null;
        }
        return lexicon.numberWords.get(t.lower(i));
    }

    /** "400 million", "1.5 trillion", "5 bn": a scale word after one space; "1.5-billion"; "1.5 lakh crore". */
    Num withScaleAfter(Tokens t, Num base) {
        Num scaled = scaleAfter(t, base);
        return scaled == base ? base : largerScaleAfter(t, scaled);
    }

    /** "lakh crore", "thousand crore", "thousand million": a second, larger scale word multiplies the first. */
    private Num largerScaleAfter(Tokens t, Num num) {
        int next = num.last() + 1;
        if (!shortWordAfterOneSpace(t, next)) {
            return num;
        }
        BigDecimal factor = lexicon.scaleWords.get(t.lower(next));
        if (factor == null || factor.compareTo(num.factor()) <= 0) {
            return num;
        }
        return new Num(
                num.value().multiply(factor),
                num.first(),
                next,
                num.words(),
                num.factor().multiply(factor),
                num.decimal());
    }

    private Num scaleAfter(Tokens t, Num base) {
        int next = base.last() + 1;
        if (t.isDash(next)
                && t.attached(next)
                && t.attached(next + 1)
                && t.valid(next + 1)
                && lexicon.scaleWords.containsKey(t.lower(next + 1))) {
            // "$1.5-billion", "a $2-million grant"
            return new Num(
                    base.value().multiply(lexicon.scaleWords.get(t.lower(next + 1))),
                    base.first(),
                    next + 1,
                    base.words(),
                    lexicon.scaleWords.get(t.lower(next + 1)),
                    base.decimal());
        }
        if (!shortWordAfterOneSpace(t, next)) {
            return base;
        }
        String word = t.text(next);
        BigDecimal factor = lexicon.scaleWords.get(t.lower(next));
        if (factor == null && word.length() > 1) {
            factor = lexicon.scaleSuffixes.get(word);
        }
        if (factor == null) {
            return base;
        }
        return new Num(base.value().multiply(factor), base.first(), next, base.words(), factor, base.decimal());
    }

    /** Token k is a word of at most 12 letters, one space after the token before it: where a scale word stands. */
    private static boolean shortWordAfterOneSpace(Tokens t, int k) {
        return t.valid(k) && t.type(k) == Tokens.WORD && t.nearPrevious(k) && !t.attached(k) && t.length(k) <= 12;
    }

    /** The ordinal suffix of a token like "21st", or null. */
    static String ordinalSuffix(Tokens t, int i) {
        if (!t.valid(i) || t.type(i) != Tokens.MIXED || t.length(i) > 4) {
            return null;
        }
        String raw = t.text(i);
        int split = 0;
        while (split < raw.length() && Tokens.isDigit(raw.charAt(split))) {
            split++;
        }
        String suffix = raw.substring(split);
        if (split == 0 || !(suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
            return null;
        }
        return suffix;
    }

    /** The digits of an ordinal token ("21st" is 21), or -1. */
    static int ordinalValue(Tokens t, int i) {
        String suffix = ordinalSuffix(t, i);
        if (suffix == null) {
            return -1;
        }
        String raw = t.text(i);
        return Integer.parseInt(raw.substring(0, raw.length() - suffix.length()));
    }
}
