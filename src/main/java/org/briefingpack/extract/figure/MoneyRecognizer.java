package org.briefingpack.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Figure;

/**
 * Money: a number with a currency symbol or code before it ("$400 million", "US$300 billion",
 * "EUR 700m", "KSh5bn", "A $ 3 billion") or a currency word, code or sign after it ("5 million
 * euros", "300 CHF", "100元"); hundredths ("45 cents", "99p", "12 dollars 40 cents"). A range gives
 * both ends as two figures, the first borrowing the second's scale and currency ("$5-10 billion",
 * "between $1 and $2 billion"). A bare scaled number takes the currency of the money before it in
 * its sentence where money-inherit.tsv says so ("4.6 billion dollars, down from 6 billion").
 * Place symbols ("R") are money only in a document that names their place.
 */
final class MoneyRecognizer {

    private static final BigDecimal HUNDREDTH = new BigDecimal("0.01");

    /** A place symbol glued to a whole number below this, without a scale, is a name ("R21"). */
    private static final BigDecimal PLACE_SYMBOL_MIN_WHOLE = BigDecimal.valueOf(1000);

    /**
     * One amount: its number, its value in the currency (a hundredth of the number for "45 cents"),
     * its currency (null if not written), its span in the text and whether it counts hundredths.
     */
    private record Amount(
            NumberReader.Num num, BigDecimal value, String currency, int start, int end, int lastToken, boolean cents) {

        static Amount of(NumberReader.Num num, String currency, int start, int end, int lastToken) {
            return new Amount(num, num.value(), currency, start, end, lastToken, false);
        }
    }

    /** A currency symbol before a number: where it starts and the currency it names. */
    private record Prefix(int start, String currency, boolean place) {}

    /** A currency written after a number: its code, where it ends and whether it names hundredths. */
    private record Suffix(String currency, int end, boolean cents) {}

    /** One document's tokens, and whether the text names the place of a place symbol, found on first need. */
    private final class Doc {
        final Tokens t;
        private Set<String> places;

        Doc(Tokens t) {
            this.t = t;
        }

        boolean namesPlaceOf(String currency) {
            if (places == null) {
                places = placesNamed(t);
            }
            return places.contains(currency);
        }
    }

    private final FigureLexicon lexicon;
    private final NumberReader numbers;

    MoneyRecognizer(FigureLexicon lexicon) {
        this.lexicon = lexicon;
        this.numbers = new NumberReader(lexicon);
    }

    List<FoundFigure> find(Tokens t) {
        Doc doc = new Doc(t);
        List<FoundFigure> out = new ArrayList<>();
        // the currency of the last money figure that states one, until the sentence ends
        String sentenceCurrency = null;
        for (int i = 0; i < t.size(); i++) {
            if (sentenceCurrency != null && sentenceBreakBefore(t, i)) {
                sentenceCurrency = null;
            }
            if (!mayStartNumber(t, i)) {
                continue;
            }
            Amount a = amountAt(doc, i);
            if (a == null) {
                continue;
            }
            if (a.currency() != null) {
                a = withSpacedThousands(doc, a);
                a = withCentsAfter(doc, a);
            }
            Amount b = rangeEnd(doc, a);
            BigDecimal first = b == null ? null : rangeStart(a, b);
            if (b != null && a.currency() == null && first.compareTo(b.value()) > 0) {
                b = null; // "aid for 2024 to $450 million": a bare first end above the second starts no range
            }
            if (b != null) {
                String currency = a.currency() != null ? a.currency() : b.currency();
                out.add(figure(t, a.start(), a.end(), first, currency));
                out.add(figure(t, b.start(), b.end(), b.value(), currency));
                sentenceCurrency = currency;
                i = b.lastToken();
            } else if (a.currency() != null) {
                out.add(figure(t, a.start(), a.end(), a.value(), a.currency()));
                sentenceCurrency = a.currency();
                i = a.lastToken();
            } else if (sentenceCurrency != null && inheritsCurrency(t, a)) {
                out.add(figure(t, a.start(), a.end(), a.value(), sentenceCurrency));
                i = a.lastToken();
            }
        }
        return out;
    }

    private boolean mayStartNumber(Tokens t, int i) {
        byte type = t.type(i);
        return type == Tokens.NUMBER || type == Tokens.MIXED || (type == Tokens.WORD && numbers.mayStartWord(t, i));
    }

    private static FoundFigure figure(Tokens t, int start, int end, BigDecimal value, String currency) {
        return new FoundFigure(Figure.money(t.text.substring(start, end), value, currency), start, end);
    }

    /** The amount whose number starts at token i, with or without a currency; null if i starts no number. */
    private Amount amountAt(Doc doc, int i) {
        Tokens t = doc.t;
        if (t.type(i) == Tokens.WORD && t.length(i) > 12) {
            return null;
        }
        if (t.attached(i) && t.isDash(i - 1) && t.attached(i - 1) && t.type(i - 2) == Tokens.WORD) {
            return null; // "F-16" is a name
        }
        if (t.type(i) == Tokens.MIXED) {
            Amount glued = prefixGlued(doc, i);
            if (glued == null) {
                glued = suffixGlued(t, i);
            }
            if (glued != null) {
                return glued;
            }
        }
        NumberReader.Num num = numbers.read(t, i);
        if (num == null || num.value().signum() == 0) {
            return null;
        }
        int start = t.start(num.first()); // "half a billion" reads back from its scale word
        int end = t.end(num.last());
        int last = num.last();
        String currency = null;
        Prefix prefix = prefixSymbol(doc, i);
        if (prefix != null && prefix.place() && !placeAmount(num)) {
            prefix = null;
        }
        if (prefix != null) {
            currency = prefix.currency();
            start = prefix.start();
        } else if (t.valid(i - 1)
                && t.type(i - 1) == Tokens.WORD
                && t.nearPrevious(i)
                && lexicon.codes.containsKey(t.text(i - 1))) {
            currency = lexicon.codes.get(t.text(i - 1));
            start = t.start(i - 1);
        }
        int after = last + 1;
        Suffix suffix = t.valid(after) && t.nearPrevious(after) ? suffixAt(t, after, num) : null;
        if (suffix == null
                && t.isDash(after)
                && t.attached(after)
                && t.attached(after + 1)
                && t.valid(after + 1)
                && t.type(after + 1) == Tokens.WORD) {
            suffix = suffixAt(t, after + 1, num); // "a 5-million-euro fund", "a 10-billion-dollar plan"
        }
        boolean cents = false;
        if (suffix != null
                && (suffix.cents() ? currency == null : currency == null || currency.equals(suffix.currency()))) {
            currency = suffix.currency();
            cents = suffix.cents();
            end = suffix.end();
            while (t.valid(last + 1) && t.start(last + 1) < end) {
                last++;
            }
        }
        BigDecimal value = cents ? num.value().multiply(HUNDREDTH) : num.value();
        return new Amount(num, value, currency, start, end, last, cents);
    }

    /** The currency written from token k on, right after a number: a code, a hundredth, a word or a sign. */
    private Suffix suffixAt(Tokens t, int k, NumberReader.Num num) {
        if (t.type(k) == Tokens.WORD) {
            if (lexicon.codes.containsKey(t.text(k))) {
                return new Suffix(lexicon.codes.get(t.text(k)), t.end(k), false);
            }
            if (!num.scaled() && !titleCase(t, k)) { // "50 Cent" is a name
                Suffix cents = wordAt(t, k, lexicon.subunitsByFirstWord.get(t.lower(k)), true);
                if (cents != null) {
                    return cents; // before the words: "euro cents" is no "euro"
                }
            }
            return wordAt(t, k, lexicon.wordsByFirstWord.get(t.lower(k)), false);
        }
        if (t.type(k) == Tokens.OTHER && !startsNumber(t, k + 1)) {
            // "100 €"
            for (FigureLexicon.CurrencyForm s :
                    lexicon.symbolsByLastChar.getOrDefault(t.text.charAt(t.start(k)), List.of())) {
                if (s.form().length() == 1) {
                    return new Suffix(s.code(), t.end(k), false);
                }
            }
        }
        return null;
    }

    /** A capital and then small letters ("Cent", not "cents" or "CENTS"). */
    private static boolean titleCase(Tokens t, int k) {
        return t.isCapitalized(k) && t.length(k) > 1 && Character.isLowerCase(t.text.charAt(t.start(k) + 1));
    }

    private static Suffix wordAt(Tokens t, int k, List<FigureLexicon.CurrencyForm> forms, boolean cents) {
        if (forms == null) {
            return null;
        }
        for (FigureLexicon.CurrencyForm w : forms) {
            int end = phraseEnd(t.text, t.start(k), w.form());
            if (end >= 0) {
                return new Suffix(w.code(), end, cents);
            }
        }
        return null;
    }

    /**
     * "USD3 905 655", "€ 12 500": thousands set apart by single spaces, as French and UN documents write them. Only
     * after a currency, and only whole groups of three digits; a scale word after them ends nothing here.
     */
    private static Amount withSpacedThousands(Doc doc, Amount a) {
        Tokens t = doc.t;
        if (a.cents() || a.num().scaled() || a.num().decimal() || a.value().compareTo(THOUSAND) >= 0) {
            return a;
        }
        BigDecimal value = a.value();
        int last = a.lastToken();
        int k = last + 1;
        while (t.valid(k)
                && t.type(k) == Tokens.NUMBER
                && t.length(k) == 3
                && t.start(k) - t.end(k - 1) == 1
                && Character.isSpaceChar(t.text.charAt(t.end(k - 1)))
                && allDigits(t.text(k))) {
            value = value.multiply(THOUSAND).add(new BigDecimal(t.text(k)));
            last = k;
            k++;
        }
        if (last == a.lastToken()) {
            return a;
        }
        return new Amount(a.num(), value, a.currency(), a.start(), t.end(last), last, false);
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Tokens.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** "12 dollars 40 cents", "5 pounds and 20 pence": whole units and the hundredths after them make one amount. */
    private Amount withCentsAfter(Doc doc, Amount a) {
        Tokens t = doc.t;
        if (a.cents() || a.num().scaled() || a.num().decimal()) {
            return a;
        }
        int k = a.lastToken() + 1;
        if (t.isWord(k, "and")) {
            k++;
        }
        if (!t.valid(k) || !t.nearPrevious(k) || !mayStartNumber(t, k)) {
            return a;
        }
        Amount cents = amountAt(doc, k);
        if (cents == null
                || !cents.cents()
                || cents.start() != t.start(k)
                || cents.num().decimal()
                || cents.num().value().compareTo(BigDecimal.valueOf(100)) >= 0) {
            return a;
        }
        return new Amount(
                a.num(), a.value().add(cents.value()), a.currency(), a.start(), cents.end(), cents.lastToken(), false);
    }

    /** "USD2bn", "KSh5bn", "Rs500", "R1.2 billion": a currency code or a lettered symbol glued to its number. */
    private Amount prefixGlued(Doc doc, int i) {
        Tokens t = doc.t;
        if (t.length(i) < 2 || t.length(i) > Tokens.MAX_NUMBER_LENGTH) {
            return null;
        }
        String raw = t.text(i);
        int split = 0;
        while (split < raw.length() && split < 5 && isAsciiLetter(raw.charAt(split))) {
            split++;
        }
        if (split == 0 || split == raw.length() || !Tokens.isDigit(raw.charAt(split))) {
            return null;
        }
        String letters = raw.substring(0, split);
        String currency = lexicon.codes.get(letters);
        if (currency == null) {
            currency = lexicon.symbolCodes.get(letters); // only lettered symbols can equal letters
        }
        int start = t.start(i);
        if (currency == null && start > 0 && t.text.charAt(start - 1) == '$') {
            // "$US5.3 billion", "$NZ40 million": Australian and New Zealand papers glue the letters after the "$"
            currency = lexicon.symbolCodes.get("$" + letters);
            start = currency == null ? start : start - 1;
        }
        boolean place = false;
        if (currency == null) {
            currency = lexicon.placeSymbolCodes.get(letters);
            place = currency != null;
            if (!place || !doc.namesPlaceOf(currency)) {
                return null;
            }
        }
        int end = NumberReader.digitsEnd(raw, split);
        String digits = raw.substring(split, end).replace(",", "");
        BigDecimal factor = end == raw.length() ? BigDecimal.ONE : lexicon.scaleSuffixes.get(raw.substring(end));
        if (factor == null || !NumberReader.wellFormed(digits)) {
            return null;
        }
        NumberReader.Num num = new NumberReader.Num(
                new BigDecimal(digits).multiply(factor), i, i, false, factor, digits.indexOf('.') >= 0);
        if (!num.scaled()) {
            num = numbers.withScaleAfter(t, num); // "USD1.2 billion"
        }
        if (place && !placeAmount(num)) {
            return null;
        }
        return Amount.of(num, currency, start, t.end(num.last()), num.last());
    }

    /** "100元", "5亿元", "99p": digits with a currency sign (after scale characters) or a hundredth glued after them. */
    private Amount suffixGlued(Tokens t, int i) {
        if (t.length(i) > Tokens.MAX_NUMBER_LENGTH) {
            return null;
        }
        String raw = t.text(i);
        int split = NumberReader.digitsEnd(raw, 0);
        if (split == 0 || split == raw.length()) {
            return null;
        }
        String digits = raw.substring(0, split);
        String rest = raw.substring(split);
        String cents = lexicon.subunitSuffixes.get(rest);
        if (cents != null) {
            // at most three plain digits: "1080p" is a screen resolution
            if (split > 3 || !digits.chars().allMatch(c -> Tokens.isDigit((char) c))) {
                return null;
            }
            NumberReader.Num num = new NumberReader.Num(new BigDecimal(digits), i, i, false, BigDecimal.ONE, false);
            return new Amount(num, num.value().multiply(HUNDREDTH), cents, t.start(i), t.end(i), i, true);
        }
        digits = digits.replace(",", "");
        if (!NumberReader.wellFormed(digits)) {
            return null;
        }
        for (FigureLexicon.CurrencyForm sign : lexicon.currencySuffixes) {
            if (rest.endsWith(sign.form())) {
                BigDecimal factor = scaleCharacters(
                        rest.substring(0, rest.length() - sign.form().length()));
                if (factor == null) {
                    return null;
                }
                NumberReader.Num num = new NumberReader.Num(
                        new BigDecimal(digits).multiply(factor), i, i, false, factor, digits.indexOf('.') >= 0);
                return Amount.of(num, sign.code(), t.start(i), t.end(i), i);
            }
        }
        return null;
    }

    /** The factor of scale characters between digits and a currency sign ("亿", "万亿"); 1 for none, null if not scales. */
    private BigDecimal scaleCharacters(String middle) {
        if (middle.isEmpty()) {
            return BigDecimal.ONE;
        }
        BigDecimal whole = lexicon.scaleSuffixes.get(middle);
        if (whole != null) {
            return whole;
        }
        BigDecimal factor = BigDecimal.ONE;
        for (int k = 0; k < middle.length(); k++) {
            char c = middle.charAt(k);
            BigDecimal one = c < 128 ? null : lexicon.scaleSuffixes.get(String.valueOf(c));
            if (one == null) {
                return null;
            }
            factor = factor.multiply(one);
        }
        return factor;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /** A place symbol's amount: scaled, with decimals or of a thousand or more; "R21" alone is a road's name. */
    private static boolean placeAmount(NumberReader.Num num) {
        return num.scaled() || num.decimal() || num.value().compareTo(PLACE_SYMBOL_MIN_WHOLE) >= 0;
    }

    /** The currencies whose place (currency-places.tsv) the text names. */
    private Set<String> placesNamed(Tokens t) {
        Set<String> found = new HashSet<>();
        for (int k = 0; k < t.size(); k++) {
            if (t.type(k) != Tokens.WORD || t.length(k) > 20) {
                continue;
            }
            List<FigureLexicon.CurrencyForm> cues = lexicon.placeCuesByFirstWord.get(t.text(k));
            if (cues == null) {
                continue;
            }
            for (FigureLexicon.CurrencyForm cue : cues) {
                int end = t.start(k) + cue.form().length();
                if (t.text.startsWith(cue.form(), t.start(k))
                        && (end == t.text.length() || !Character.isLetterOrDigit(t.text.charAt(end)))) {
                    found.add(cue.code());
                }
            }
        }
        return found;
    }

    private boolean startsNumber(Tokens t, int i) {
        return t.valid(i) && t.attached(i) && (t.type(i) == Tokens.NUMBER || t.type(i) == Tokens.MIXED);
    }

    /** The currency symbol standing right before token i (one space allowed), or null. */
    private Prefix prefixSymbol(Doc doc, int i) {
        Tokens t = doc.t;
        int numberStart = t.start(i);
        String text = t.text;
        for (int gap = 0; gap <= 1; gap++) {
            int end = numberStart - gap;
            if (gap == 1 && (end <= 0 || !Tokens.isSpace(text.charAt(end)) || text.charAt(end) == '\n')) {
                break;
            }
            if (end <= 0) {
                break;
            }
            char last = text.charAt(end - 1);
            if (Tokens.isSpace(last)) {
                continue; // the common case: a space before the number
            }
            Prefix prefix = symbolEndingAt(text, end, lexicon.symbolsByLastChar.get(last), gap);
            if (prefix != null) {
                return prefix;
            }
            if (Character.isLetter(last)) {
                prefix = symbolEndingAt(text, end, lexicon.placeSymbolsByLastChar.get(last), gap);
                if (prefix != null && doc.namesPlaceOf(prefix.currency())) {
                    return new Prefix(prefix.start(), prefix.currency(), true);
                }
            }
        }
        return null;
    }

    /** The symbol of forms that ends at character end, or null; gap is the space between it and the number. */
    private Prefix symbolEndingAt(String text, int end, List<FigureLexicon.CurrencyForm> forms, int gap) {
        if (forms == null) {
            return null;
        }
        for (FigureLexicon.CurrencyForm symbol : forms) {
            String form = symbol.form();
            int start = end - form.length();
            if (start < 0 || !text.startsWith(form, start)) {
                continue;
            }
            boolean letterLed = Character.isLetter(form.charAt(0));
            if (letterLed && start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                continue;
            }
            Prefix apart = letterLed ? null : lettersApart(text, start, form, gap);
            return apart != null ? apart : new Prefix(start, symbol.code(), false);
        }
        return null;
    }

    /**
     * "A $ 3 billion", "US $5 million", "HK $ 9 million": capital letters written one space apart from
     * the symbol they belong to. A single letter only when the symbol stands apart from the number too:
     * "A $3 billion" starts with the article.
     */
    private Prefix lettersApart(String text, int symbolStart, String form, int gap) {
        int space = symbolStart - 1;
        if (space < 1 || text.charAt(space) != ' ') {
            return null;
        }
        int from = space;
        while (from > 0 && space - from < 3 && text.charAt(from - 1) >= 'A' && text.charAt(from - 1) <= 'Z') {
            from--;
        }
        int letters = space - from;
        if (letters == 0 || (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)))) {
            return null;
        }
        if (letters == 1 && gap == 0) {
            return null;
        }
        String code = lexicon.symbolCodes.get(text.substring(from, space) + form);
        return code == null ? null : new Prefix(from, code, false);
    }

    /** True when the words of phrase stand at position p, case-insensitively, ending at a word boundary. */
    static boolean phraseAt(String text, int p, String phrase) {
        int end = p + phrase.length();
        if (end > text.length() || !text.regionMatches(true, p, phrase, 0, phrase.length())) {
            return false;
        }
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    /**
     * Where the words of phrase end when they stand at p, case-insensitively, at a word boundary, or -1.
     * A short bracketed abbreviation may stand between two of its words ("United States (US) dollars").
     */
    static int phraseEnd(String text, int p, String phrase) {
        int n = text.length();
        int j = p;
        for (int f = 0; f < phrase.length(); f++) {
            char c = phrase.charAt(f);
            if (j >= n) {
                return -1;
            }
            char d = text.charAt(j);
            if (c == ' ') {
                if (!Tokens.isSpace(d) || d == '\n') {
                    return -1;
                }
                j = afterBracketedAbbreviation(text, j + 1);
                continue;
            }
            if (d != c && Character.toLowerCase(d) != Character.toLowerCase(c)) {
                return -1;
            }
            j++;
        }
        return j == n || !Character.isLetterOrDigit(text.charAt(j)) ? j : -1;
    }

    /** Past "(US) " at p: up to eight letters or full stops in brackets and a space; else p. */
    private static int afterBracketedAbbreviation(String text, int p) {
        int n = text.length();
        if (p >= n || text.charAt(p) != '(') {
            return p;
        }
        int close = p + 1;
        while (close < n && close - p <= 8 && (Character.isLetter(text.charAt(close)) || text.charAt(close) == '.')) {
            close++;
        }
        if (close == p + 1 || close + 1 >= n || text.charAt(close) != ')' || text.charAt(close + 1) != ' ') {
            return p;
        }
        return close + 2;
    }

    /** The value of a range's first end: it borrows the second's scale ("5 to 10 million") and cents ("20 to 30 cents"). */
    private static BigDecimal rangeStart(Amount a, Amount b) {
        BigDecimal first = a.value();
        if (!a.num().scaled() && b.num().scaled()) {
            first = first.multiply(b.num().factor());
        }
        if (a.currency() == null && b.cents()) {
            first = first.multiply(HUNDREDTH);
        }
        return first;
    }

    /** The second end of a range that starts with amount a ("$5-10 billion", "between $1 and $2 billion"), or null. */
    private Amount rangeEnd(Doc doc, Amount a) {
        Tokens t = doc.t;
        int c = a.lastToken() + 1;
        if (!t.valid(c)) {
            return null;
        }
        boolean connector = t.isDash(c)
                || t.isWord(c, "to")
                || (t.isWord(c, "and")
                        && t.valid(a.num().first() - 1)
                        && before(t, a).equalsIgnoreCase("between"));
        if (!connector) {
            return null;
        }
        int next = c + 1;
        if (!t.valid(next)) {
            return null;
        }
        Amount b = null;
        for (int k = next; k <= next + 2 && t.valid(k) && b == null; k++) {
            if (t.type(k) == Tokens.NUMBER || t.type(k) == Tokens.MIXED || t.type(k) == Tokens.WORD) {
                Amount candidate = amountAt(doc, k);
                if (candidate != null && candidate.start() <= t.start(next)) {
                    b = candidate;
                }
                if (t.type(k) != Tokens.OTHER) {
                    break;
                }
            }
        }
        if (b == null) {
            return null;
        }
        if (a.currency() != null && b.currency() != null) {
            return a.currency().equals(b.currency()) && a.cents() == b.cents() ? b : null;
        }
        if (a.currency() == null && b.currency() == null) {
            return null;
        }
        if (b.currency() == null) {
            // "$100 million - 10 countries" is no range: the bare end must be written like the first
            boolean bare = b.num().scaled() == a.num().scaled()
                    || (!a.num().scaled() && b.num().scaled());
            return bare && !b.num().words() && !a.cents() ? b : null;
        }
        // "5 to 10 million dollars": the first end borrows the currency
        return a.num().words() == b.num().words() ? b : null;
    }

    /** The word before an amount ("between"), or "". */
    private static String before(Tokens t, Amount a) {
        int k = a.num().first() - 1;
        while (t.valid(k) && t.start(k) >= a.start()) {
            k--;
        }
        return t.valid(k) && t.type(k) == Tokens.WORD ? t.text(k) : "";
    }

    /**
     * A bare scaled number that is money in the currency of the money before it in its sentence:
     * in brackets or after "from", "to", "of" ("down from 6 billion"), or before "each" ("10 billion
     * each"), and followed by nothing that makes it another thing ("6 billion people").
     */
    private boolean inheritsCurrency(Tokens t, Amount a) {
        NumberReader.Num num = a.num();
        if (!num.scaled() || a.cents()) {
            return false;
        }
        int before = num.first() - 1;
        boolean cue = t.is(before, '(')
                || (t.valid(before)
                        && t.type(before) == Tokens.WORD
                        && lexicon.inheritBefore.contains(t.lower(before)));
        int next = num.last() + 1;
        if (t.valid(next) && t.type(next) == Tokens.WORD && lexicon.inheritAfter.contains(t.lower(next))) {
            cue = true;
            next++;
        }
        if (!cue || !t.valid(next)) {
            return cue;
        }
        if (t.type(next) == Tokens.OTHER) {
            return !t.is(next, '%') && !(t.attached(next) && t.isDash(next));
        }
        return t.isLowerWord(next)
                && (lexicon.stopWords.contains(t.lower(next)) || lexicon.inheritFollow.contains(t.lower(next)));
    }

    /** A full stop, question or exclamation mark at token i, or a line break before it, ends a sentence. */
    private static boolean sentenceBreakBefore(Tokens t, int i) {
        if (t.is(i, '.') || t.is(i, '!') || t.is(i, '?')) {
            return true;
        }
        for (int p = i == 0 ? 0 : t.end(i - 1); p < t.start(i); p++) {
            if (t.text.charAt(p) == '\n') {
                return true;
            }
        }
        return false;
    }
}
