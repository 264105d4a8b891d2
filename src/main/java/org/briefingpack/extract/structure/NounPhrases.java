package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingpack.extract.FoundFigure;

/**
 * Cuts the noun phrase that names an outcome out of a sentence: a capitalised name ("Seoul Declaration for
 * Safe, Innovative and Inclusive AI"), a quoted title, or a lower-case phrase headed by an outcome keyword
 * ("new regional defence plans"). Works on tokens, never on backtracking regexes.
 */
final class NounPhrases {

    /** A phrase found at [start, end) of the sentence; {@code possessive} when introduced by "its own" and the like. */
    record Phrase(
            String text,
            int start,
            int end,
            boolean capitalised,
            boolean definite,
            boolean possessive,
            boolean quoted) {}

    private record Token(String text, int start, int end) {
        boolean word() {
            return Character.isLetterOrDigit(text.charAt(0));
        }

        boolean upper() {
            return Character.isUpperCase(text.charAt(0)) || Character.isDigit(text.charAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private static final Set<String> CONNECTORS =
            Set.of("of", "for", "on", "to", "toward", "towards", "and", "&", "in", "the");
    private static final Set<String> LOWER_CONNECTORS = Set.of("of", "for", "on");
    private static final Set<String> EXTENDERS =
            Set.of("calling", "to", "aimed", "committing", "designed", "intended", "on", "for");
    private static final Set<String> QUANTIFIERS = Set.of(
            "up",
            "to",
            "at",
            "least",
            "some",
            "roughly",
            "around",
            "about",
            "nearly",
            "almost",
            "over",
            "more",
            "than",
            "approximately",
            "an",
            "a",
            "additional",
            "extra");
    private static final int MAX_WORDS = 14;
    private static final int WINDOW = 600;
    private static final int MAX_TOKENS = 60;
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "as", "that", "this", "these", "those", "which", "when", "after", "before", "while", "since", "because",
            "where", "than", "once", "until", "if");
    private static final Set<String> DEMONSTRATIVES = Set.of("that", "this", "these", "those");
    private static final Set<String> VERB_WORDS = Set.of(
            "was", "were", "is", "are", "has", "have", "had", "will", "would", "to", "meant", "which", "that", "be",
            "been");

    private final Set<String> stops;
    private final Set<String> determiners;
    private final OutcomeTypes types;

    NounPhrases(List<String> stops, List<String> determiners, OutcomeTypes types) {
        this.stops = Set.copyOf(stops);
        this.determiners = Set.copyOf(determiners);
        this.types = types;
    }

    /**
     * Words (letters and digits, joined by "-", ".", "&amp;" or an apostrophe, with a trailing possessive
     * apostrophe) and single other characters, from {@code from}. A hand-written scanner: it runs for every
     * trigger and clause start, where a regex matcher cost more than the rest of the phrase logic.
     */
    private static List<Token> tokens(String text, int from) {
        List<Token> tokens = new ArrayList<>();
        int start = Math.max(0, Math.min(from, text.length()));
        // a phrase is at most a few dozen words: never tokenize the rest of a huge sentence
        int limit = Math.min(text.length(), start + WINDOW);
        int pos = start;
        // a name is at most MAX_WORDS words (plus punctuation and skipped money): stop well after that
        while (tokens.size() < MAX_TOKENS && pos < limit) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                pos++;
                continue;
            }
            int tokenStart = pos;
            int cp = text.codePointAt(pos);
            pos += Character.charCount(cp);
            if (letterOrNumber(cp)) {
                pos = skipWordChars(text, pos, limit);
                while (pos + 1 < limit
                        && "-.&'’".indexOf(text.charAt(pos)) >= 0
                        && letterOrNumber(text.codePointAt(pos + 1))) {
                    pos = skipWordChars(text, pos + 1 + Character.charCount(text.codePointAt(pos + 1)), limit);
                }
                if (pos < limit
                        && (text.charAt(pos) == '\'' || text.charAt(pos) == '’')
                        && !(pos + 1 < limit && Character.isLetter(text.codePointAt(pos + 1)))) {
                    pos++;
                }
            }
            tokens.add(new Token(text.substring(tokenStart, pos), tokenStart, pos));
        }
        return tokens;
    }

    private static int skipWordChars(String text, int pos, int limit) {
        while (pos < limit) {
            int cp = text.codePointAt(pos);
            if (!letterOrNumber(cp) && !mark(cp)) {
                break;
            }
            pos += Character.charCount(cp);
        }
        return pos;
    }

    /** \p{L} or \p{N}. */
    private static boolean letterOrNumber(int cp) {
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** \p{M}. */
    private static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean inside(List<FoundFigure> money, int offset) {
        for (FoundFigure f : money) {
            if (offset >= f.start() && offset < f.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase that starts at {@code from} (after a trigger), skipping determiners and money figures;
     * null when what follows is no outcome name (a preposition, a pronoun, nothing).
     */
    Phrase after(String text, int from, List<FoundFigure> money) {
        List<Token> toks = tokens(text, from);
        int i = 0;
        boolean definite = false;
        boolean possessive = false;
        // leading determiners, quantities and money
        while (i < toks.size()) {
            Token t = toks.get(i);
            if (inside(money, t.start())) {
                i++;
                continue;
            }
            String l = t.lower();
            if (l.equals("the")) {
                definite = true;
            }
            if (l.equals("its") || l.equals("their") || l.equals("own") || l.equals("his") || l.equals("her")) {
                possessive = true;
            }
            if (t.word()
                    && (determiners.contains(l)
                            || (QUANTIFIERS.contains(l)
                                    && i + 1 < toks.size()
                                    && (inside(money, toks.get(i + 1).start())
                                            || QUANTIFIERS.contains(
                                                    toks.get(i + 1).lower()))))) {
                i++;
                continue;
            }
            break;
        }
        if (i >= toks.size()) {
            return null;
        }
        Token first = toks.get(i);
        if (first.text().equals("“") || first.text().equals("\"")) {
            return quoted(text, toks, i, definite);
        }
        if (!first.word() || stops.contains(first.lower()) || CONNECTORS.contains(first.lower())) {
            return null;
        }
        boolean capitalised = first.upper();
        int startIdx = i;
        int lastIdx = i;
        int words = 0;
        String stoppedBy = null;
        for (; i < toks.size() && words < MAX_WORDS; i++) {
            Token t = toks.get(i);
            if (inside(money, t.start())) {
                break;
            }
            if (!t.word()) {
                if (t.text().equals(",")
                        && capitalised
                        && hasConnector(toks, startIdx, i)
                        && i + 1 < toks.size()
                        && toks.get(i + 1).upper()
                        && toks.get(i + 1).word()) {
                    continue;
                }
                if ((t.text().equals("-") || t.text().equals("&")) && i + 1 < toks.size()) {
                    continue;
                }
                break;
            }
            String l = t.lower();
            if (CONNECTORS.contains(l) && i > startIdx) {
                Token next = nextWord(toks, i);
                boolean nextUpper = next != null && next.upper() && !inside(money, next.start());
                boolean lowerJoin = !capitalised
                        && next != null
                        && !stops.contains(next.lower())
                        && (LOWER_CONNECTORS.contains(l) || l.equals("and") && hasConnector(toks, startIdx, i));
                if (nextUpper || lowerJoin) {
                    continue;
                }
                stoppedBy = l;
                break;
            }
            if (!t.upper() && stops.contains(l)) {
                stoppedBy = l;
                break;
            }
            // "a chair's statement summarising the talks": a participle after the keyword starts a clause
            if (!capitalised
                    && lastIdx > startIdx
                    && l.endsWith("ing")
                    && l.length() > 5
                    && !EXTENDERS.contains(l)
                    && types.typeOf(text.substring(
                                    toks.get(startIdx).start(),
                                    toks.get(lastIdx).end()))
                            != null) {
                stoppedBy = l;
                break;
            }
            // a capitalised name with its keyword is complete: "Seoul Statement of Intent ... sets out"
            if (capitalised
                    && !t.upper()
                    && i > startIdx
                    && types.typeOf(text.substring(
                                    toks.get(startIdx).start(),
                                    toks.get(lastIdx).end()))
                            != null) {
                stoppedBy = l;
                break;
            }
            lastIdx = i;
            words++;
        }
        int start = toks.get(startIdx).start();
        int end = toks.get(lastIdx).end();
        String phrase = text.substring(start, end);
        // a lone keyword ("a declaration calling for ...", "a target to cut ...") takes the rest of its clause
        if (!capitalised
                && lastIdx == startIdx
                && stoppedBy != null
                && EXTENDERS.contains(stoppedBy)
                && types.typeOf(phrase) != null) {
            int clauseEnd = clauseEnd(text, end);
            String rest = text.substring(end, clauseEnd);
            String[] restWords = Words.split(rest.strip());
            int keep = Math.min(restWords.length, 11);
            String extension = String.join(" ", java.util.Arrays.copyOf(restWords, keep));
            phrase = (phrase + " " + extension).strip();
            end = text.indexOf(extension, end) + extension.length();
        }
        if (!capitalised && types.typeOf(phrase) == null) {
            return null;
        }
        return new Phrase(phrase, start, end, capitalised, definite, possessive, false);
    }

    private static boolean hasConnector(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            String l = toks.get(k).lower();
            if (l.equals("for") || l.equals("on") || l.equals("of")) {
                return true;
            }
        }
        return false;
    }

    private static Token nextWord(List<Token> toks, int i) {
        for (int k = i + 1; k < toks.size(); k++) {
            if (!toks.get(k).word()) {
                return null;
            }
            if (!toks.get(k).lower().equals("the")) {
                return toks.get(k);
            }
        }
        return null;
    }

    private static int clauseEnd(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == ','
                    || c == ';'
                    || c == ':'
                    || c == '('
                    || (c == '.' && (k + 1 == text.length() || Character.isWhitespace(text.charAt(k + 1))))) {
                return k;
            }
        }
        return text.length();
    }

    private Phrase quoted(String text, List<Token> toks, int open, boolean definite) {
        int start = toks.get(open).end();
        int close = -1;
        for (int k = start; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '”' || c == '"') {
                close = k;
                break;
            }
        }
        if (close < 0 || close - start < 3 || !Character.isUpperCase(text.charAt(start))) {
            return null;
        }
        return new Phrase(text.substring(start, close), start, close + 1, true, definite, false, true);
    }

    /**
     * The noun phrase that ends right before {@code end} (a passive "X was adopted"): from the start of its
     * clause, after a label colon or the last comma; null when it holds no outcome keyword.
     */
    Phrase before(String text, int end) {
        int from = Math.max(0, end - WINDOW);
        int colon = text.lastIndexOf(": ", end);
        if (colon >= from) {
            from = colon + 2;
        } else {
            int comma = Math.max(text.lastIndexOf(", ", end), text.lastIndexOf("; ", end));
            if (comma >= from) {
                from = comma + 2;
            }
        }
        String raw = text.substring(from, end).strip();
        String[] all = Words.split(raw);
        if (raw.isEmpty() || all.length > 22) {
            return null;
        }
        // "Speaking ... as the declaration": the phrase starts after the last clause word
        int first = 0;
        for (int w = 0; w < all.length; w++) {
            if (CLAUSE_WORDS.contains(all[w].toLowerCase(Locale.ROOT))) {
                first = w + 1;
            }
        }
        // "The Pact was meant to": the phrase ends before its first verb
        int last = all.length;
        for (int w = first; w < all.length; w++) {
            if (VERB_WORDS.contains(all[w].toLowerCase(Locale.ROOT))) {
                last = w;
                break;
            }
        }
        String[] words = java.util.Arrays.copyOfRange(all, first, last);
        int k = 0;
        // "that mechanism", "these plans": a demonstrative refers back
        boolean definite = first > 0 && DEMONSTRATIVES.contains(all[first - 1].toLowerCase(Locale.ROOT));
        while (k < words.length && determiners.contains(words[k].toLowerCase(Locale.ROOT))) {
            definite |= words[k].equalsIgnoreCase("the");
            k++;
        }
        if (k >= words.length) {
            return null;
        }
        String phrase = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
        String firstWord = words[k].toLowerCase(Locale.ROOT);
        if (stops.contains(firstWord) || types.typeOf(phrase) == null) {
            return null;
        }
        int start = text.indexOf(words[k], from);
        return new Phrase(
                phrase,
                start,
                start + phrase.length(),
                Character.isUpperCase(phrase.charAt(0)),
                definite,
                false,
                false);
    }
}
