package org.briefingpack.extract.figure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Figure;

/**
 * Money: a number with a currency symbol or code before it ("$400 million", "US$300 billion",
 * "EUR 700m") or a currency word or code after it ("5 million euros", "300 CHF"). A range gives
 * both ends as two figures, the first borrowing the second's scale and currency
 * ("$5-10 billion", "between $1 and $2 billion").
 */
final class MoneyRecognizer {

    /** One amount: its number, its currency (null if not written) and its span in the text. */
    private record Amount(NumberReader.Num num, String currency, int start, int end, int lastToken) {}

    private final FigureLexicon lexicon;
    private final NumberReader numbers;

    MoneyRecognizer(FigureLexicon lexicon) {
        this.lexicon = lexicon;
        this.numbers = new NumberReader(lexicon);
    }

    List<FoundFigure> find(Tokens t) {
        List<FoundFigure> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!mayStartNumber(t, i)) {
                continue;
            }
            Amount a = amountAt(t, i);
            if (a == null) {
                continue;
            }
            Amount b = rangeEnd(t, a);
            if (b != null) {
                String currency = a.currency() != null ? a.currency() : b.currency();
                BigDecimal first = a.num().value();
                if (!a.num().scaled() && b.num().scaled()) {
                    first = first.multiply(b.num().factor());
                }
                out.add(figure(t, a.start(), a.end(), first, currency));
                out.add(figure(t, b.start(), b.end(), b.num().value(), currency));
                i = b.lastToken();
            } else if (a.currency() != null) {
                out.add(figure(t, a.start(), a.end(), a.num().value(), a.currency()));
                i = a.lastToken();
            }
        }
        return out;
    }

    private boolean mayStartNumber(Tokens t, int i) {
        byte type = t.type(i);
        return type == Tokens.NUMBER
                || type == Tokens.MIXED
                || (type == Tokens.WORD && t.length(i) <= 12 && lexicon.numberWords.containsKey(t.lower(i)));
    }

    private static FoundFigure figure(Tokens t, int start, int end, BigDecimal value, String currency) {
        return new FoundFigure(Figure.money(t.text.substring(start, end), value, currency), start, end);
    }

    /** The amount whose number starts at token i, with or without a currency; null if i starts no number. */
    private Amount amountAt(Tokens t, int i) {
        if (t.type(i) == Tokens.WORD && t.length(i) > 12) {
            return null;
        }
        if (t.attached(i) && t.isDash(i - 1) && t.attached(i - 1) && t.type(i - 2) == Tokens.WORD) {
            return null; // "F-16" is a name
        }
        if (t.type(i) == Tokens.MIXED) {
            Amount glued = codeGlued(t, i);
            if (glued != null) {
                return glued;
            }
        }
        NumberReader.Num num = numbers.read(t, i);
        if (num == null || num.value().signum() == 0) {
            return null;
        }
        int start = t.start(i);
        int end = t.end(num.last());
        int last = num.last();
        String currency = null;
        Prefix prefix = prefixSymbol(t, i);
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
        String suffixCurrency = null;
        int suffixEnd = -1;
        if (t.valid(after) && t.nearPrevious(after)) {
            if (t.type(after) == Tokens.WORD && lexicon.codes.containsKey(t.text(after))) {
                suffixCurrency = lexicon.codes.get(t.text(after));
                suffixEnd = t.end(after);
            } else if (t.type(after) == Tokens.WORD) {
                for (FigureLexicon.CurrencyForm w : lexicon.wordsByFirstWord.getOrDefault(t.lower(after), List.of())) {
                    if (phraseAt(t.text, t.start(after), w.form())) {
                        suffixCurrency = w.code();
                        suffixEnd = t.start(after) + w.form().length();
                        break;
                    }
                }
            } else if (t.type(after) == Tokens.OTHER && !startsNumber(t, after + 1)) {
                // "100 €"
                for (FigureLexicon.CurrencyForm s :
                        lexicon.symbolsByLastChar.getOrDefault(t.text.charAt(t.start(after)), List.of())) {
                    if (s.form().length() == 1) {
                        suffixCurrency = s.code();
                        suffixEnd = t.end(after);
                        break;
                    }
                }
            }
        }
        if (suffixCurrency != null && (currency == null || currency.equals(suffixCurrency))) {
            currency = suffixCurrency;
            end = suffixEnd;
            while (t.valid(last + 1) && t.start(last + 1) < end) {
                last++;
            }
        }
        return new Amount(num, currency, start, end, last);
    }

    /** "USD2bn", "EUR700m": a currency code glued to its number. */
    private Amount codeGlued(Tokens t, int i) {
        if (t.length(i) < 4 || t.length(i) > Tokens.MAX_NUMBER_LENGTH) {
            return null;
        }
        String raw = t.text(i);
        String currency = lexicon.codes.get(raw.substring(0, 3));
        if (currency == null || !Tokens.isDigit(raw.charAt(3))) {
            return null;
        }
        int split = 3;
        while (split < raw.length()
                && (Tokens.isDigit(raw.charAt(split)) || raw.charAt(split) == '.' || raw.charAt(split) == ',')) {
            split++;
        }
        String digits = raw.substring(3, split).replace(",", "");
        BigDecimal factor = split == raw.length() ? BigDecimal.ONE : lexicon.scaleSuffixes.get(raw.substring(split));
        if (factor == null || digits.indexOf('.') != digits.lastIndexOf('.') || digits.endsWith(".")) {
            return null;
        }
        NumberReader.Num num = new NumberReader.Num(
                new BigDecimal(digits).multiply(factor), i, i, false, factor, digits.indexOf('.') >= 0);
        if (!num.scaled()) {
            num = numbers.withScaleAfter(t, num); // "USD1.2 billion"
        }
        return new Amount(num, currency, t.start(i), t.end(num.last()), num.last());
    }

    private boolean startsNumber(Tokens t, int i) {
        return t.valid(i) && t.attached(i) && (t.type(i) == Tokens.NUMBER || t.type(i) == Tokens.MIXED);
    }

    /** A currency symbol before a number: where it starts and the currency it names. */
    private record Prefix(int start, String currency) {}

    /** The currency symbol standing right before token i (one space allowed), or null. */
    private Prefix prefixSymbol(Tokens t, int i) {
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
            for (FigureLexicon.CurrencyForm symbol :
                    lexicon.symbolsByLastChar.getOrDefault(text.charAt(end - 1), List.of())) {
                String form = symbol.form();
                int start = end - form.length();
                if (start < 0 || !text.startsWith(form, start)) {
                    continue;
                }
                boolean letterLed = Character.isLetter(form.charAt(0));
                if (letterLed && start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
                    continue;
                }
                return new Prefix(start, symbol.code());
            }
        }
        return null;
    }

    /** True when the words of phrase stand at position p, case-insensitively, ending at a word boundary. */
    static boolean phraseAt(String text, int p, String phrase) {
        int end = p + phrase.length();
        if (end > text.length() || !text.regionMatches(true, p, phrase, 0, phrase.length())) {
            return false;
        }
        return end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    /** The second end of a range that starts with amount a ("$5-10 billion", "between $1 and $2 billion"), or null. */
    private Amount rangeEnd(Tokens t, Amount a) {
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
                Amount candidate = amountAt(t, k);
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
            return a.currency().equals(b.currency()) ? b : null;
        }
        if (a.currency() == null && b.currency() == null) {
            return null;
        }
        if (b.currency() == null) {
            // "$100 million - 10 countries" is no range: the bare end must be written like the first
            boolean bare = b.num().scaled() == a.num().scaled()
                    || (!a.num().scaled() && b.num().scaled());
            return bare && !b.num().words() ? b : null;
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
}
