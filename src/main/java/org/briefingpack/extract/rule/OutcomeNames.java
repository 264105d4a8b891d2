package org.briefingpack.extract.rule;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Place;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.model.FigureKind;

/**
 * Cuts the noun phrase that names an outcome out of a sentence's tokens: a capitalised name ("Seoul
 * Declaration for Safe, Innovative and Inclusive AI"), a quoted title, or a lower-case phrase headed by an
 * outcome keyword ("new regional defence plans").
 */
public final class OutcomeNames {

    /** {@code collective-quantifiers.txt}: "a slew of", "a series of" before a plural outcome keyword. */
    private static final Set<String> COLLECTIVES =
            WordSets.copyOf(LexiconFile.read("collective-quantifiers.txt").words());

    /** {@code adjunct-nouns-after-on.txt}: "on the sidelines", "on the last day": no topic of the outcome. */
    private static final Set<String> ADJUNCT_NOUNS =
            WordSets.copyOf(LexiconFile.read("adjunct-nouns-after-on.txt").words());

    private static final Set<String> PARTNER_NOUNS =
            WordSets.copyOf(LexiconFile.read("partner-nouns.txt").words());

    /** How a word takes part in a name (lexicon {@code grammar/phrase-words.tsv}). */
    public enum Role {
        CONNECTOR,
        LOWER_CONNECTOR,
        EXTENDER,
        QUANTIFIER,
        CLAUSE_WORD,
        DEMONSTRATIVE,
        VERB_WORD,
        POSSESSIVE
    }

    /** A phrase at characters [start, end) of the sentence; {@code possessive} when introduced by "its own" and the like. */
    public record Phrase(
            String text,
            int start,
            int end,
            boolean capitalised,
            boolean definite,
            boolean possessive,
            boolean quoted) {}

    private static final int MAX_WORDS = 14;
    private static final int MAX_TOKENS = 60;
    /** The most words before a passive that may still be one phrase. */
    private static final int MAX_CLAUSE_WORDS = 22;
    /** The longest title before a passive ("The Political Declaration on ... in Populated Areas was endorsed"). */
    private static final int MAX_TITLE_WORDS = 30;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Set<String> stops;
    private final Set<String> determiners;
    private final Map<Role, Set<String>> roles;
    private final OutcomeTypes types;

    public OutcomeNames(
            List<String> stops, List<String> determiners, Map<Role, Set<String>> roles, OutcomeTypes types) {
        this.stops = WordSets.copyOf(stops);
        this.determiners = WordSets.copyOf(determiners);
        this.roles = roles;
        this.types = types;
    }

    public static OutcomeNames fromClasspath(OutcomeTypes types) {
        return new OutcomeNames(
                LexiconFile.read("np-stops.txt").words(),
                LexiconFile.read("np-determiners.txt").words(),
                LexiconFile.read("grammar/phrase-words.tsv").wordsByRole(Role.class),
                types);
    }

    public OutcomeTypes types() {
        return types;
    }

    /** A possessive word of {@code grammar/phrase-words.tsv} ("its", "their"): what follows belongs to the actor before. */
    public boolean possessive(String lower) {
        return is(Role.POSSESSIVE, lower);
    }

    private boolean is(Role role, String lower) {
        return roles.get(role).contains(lower);
    }

    private static boolean inside(List<FoundFigure> money, int offset) {
        // by index: called for every word of every name, where an iterator was most of a pass's garbage
        for (int k = 0; k < money.size(); k++) {
            FoundFigure f = money.get(k);
            if (offset >= f.start() && offset < f.end()) {
                return true;
            }
        }
        return false;
    }

    /** How far before a name "from" may stand for a range to follow it ("from the approval of the ..."). */
    private static final int RANGE_REACH = 5;

    /**
     * "from" shortly before token {@code startIdx} ("ran from the approval of the ..."): a "to" after it then opens
     * the range's second end.
     */
    public static boolean fromBefore(List<Token> all, int startIdx) {
        for (int k = startIdx - 1; k >= 0 && k >= startIdx - RANGE_REACH; k--) {
            if (all.get(k).is("from")) {
                return true;
            }
        }
        return false;
    }

    private static boolean possessiveMark(Token t) {
        String s = t.text();
        return s.equals("'s") || s.equals("’s") || s.equals("'") || s.equals("’");
    }

    /** "agreements", "deals": an outcome keyword written in the plural and lower case (not "the 10 Principles"). */
    private boolean pluralKeyword(Token t) {
        return (!t.capitalised() || keywordAcronym(t, null))
                && t.tag() != Tag.VERB
                && (t.lower().endsWith("s") || t.lower().endsWith("a"))
                && t.lower().equals(types.headKeyword(t.lower()));
    }

    /**
     * The phrase that starts at character {@code from} of the sentence (after a trigger), skipping
     * determiners and money figures; null when what follows is no outcome name.
     */
    /** A number joined to a noun by a hyphen: "12-point", "30-page". */
    private static final Pattern SIZE_MODIFIER = Pattern.compile("\\d+-\\p{L}+");

    public Phrase after(AnnotatedSentence sentence, int from, List<FoundFigure> money) {
        List<Token> all = sentence.tokens();
        int i = sentence.tokenAt(from);
        int limit = Math.min(all.size(), i + MAX_TOKENS);
        boolean definite = false;
        boolean possessive = false;
        if (i + 1 < limit
                && dayWord(all.get(i))
                && determiners.contains(all.get(i + 1).lower())) {
            i++; // "issued Tuesday a joint statement": when, before what
        }
        while (i < limit) {
            Token t = all.get(i);
            if (inside(money, t.start())) {
                i++;
                continue;
            }
            String l = t.lower();
            if (l.equals("the")) {
                definite = true;
            }
            if (is(Role.POSSESSIVE, l)) {
                possessive = true;
            }
            if (COLLECTIVES.contains(l) && i + 2 < limit && all.get(i + 1).is("of") && pluralKeyword(all.get(i + 2))) {
                i += 2;
                continue; // "sealed a slew of accords on trade": how many, as "five pacts" says it
            }
            if (t.tag() == Tag.NUM && i + 1 < limit && pluralKeyword(all.get(i + 1))) {
                i++;
                continue; // "signed five agreements on trade": how many, not part of the name
            }
            if (SIZE_MODIFIER.matcher(l).matches()
                    && i + 1 < limit
                    && all.get(i + 1).upperCase()) {
                i++;
                continue; // "the 12-point Suva Declaration": the text's size, not its name
            }
            if (t.word()
                    && (determiners.contains(l)
                            || is(Role.QUANTIFIER, l)
                                    && i + 1 < limit
                                    && (inside(money, all.get(i + 1).start())
                                            || is(
                                                    Role.QUANTIFIER,
                                                    all.get(i + 1).lower())))) {
                i++;
                continue;
            }
            break;
        }
        if (i >= limit) {
            return null;
        }
        Token first = all.get(i);
        if (first.text().equals("“") || first.text().equals("\"")) {
            return quoted(sentence.text(), first.end(), definite);
        }
        if ((first.text().equals("‘") || first.text().equals("'"))
                && i + 1 < limit
                && all.get(i + 1).capitalised()) {
            return singleQuoted(sentence.text(), first.end(), definite); // "endorsed the 'Suva Declaration'"
        }
        if (!first.word() || stops.contains(first.lower()) || is(Role.CONNECTOR, first.lower())) {
            return null;
        }
        // "an MoU on fisheries": a keyword written as an acronym is a common noun, its topic follows as in "a pact on"
        boolean capitalised = first.capitalised() && !keywordAcronym(first, i + 1 < limit ? all.get(i + 1) : null);
        int startIdx = i;
        int lastIdx = i;
        int words = 0;
        String stoppedBy = null;
        int adjunctTo = -1;
        for (; i < limit && words < MAX_WORDS; i++) {
            Token t = all.get(i);
            if (inside(money, t.start())) {
                break;
            }
            if (possessiveMark(t) && i > startIdx && t.start() == all.get(i - 1).end()) {
                lastIdx = i;
                continue; // "the chair's statement": the possessive belongs to its word
            }
            if (!t.word()) {
                if (t.punctuation(',')
                        && capitalised
                        && hasConnector(all, startIdx, i)
                        && i + 1 < limit
                        && all.get(i + 1).capitalised()
                        && all.get(i + 1).word()) {
                    continue;
                }
                if ((t.punctuation('-') || t.text().equals("&")) && i + 1 < limit) {
                    continue;
                }
                if (t.text().equals("/")
                        && i > startIdx
                        && i + 1 < limit
                        && all.get(i - 1).end() == t.start()
                        && all.get(i + 1).start() == t.end()
                        && all.get(i + 1).tag() == Tag.NUM) {
                    continue; // "Resolution 17/01": a number of the text, in one piece
                }
                break;
            }
            String l = t.lower();
            if ((l.equals("in") || l.equals("on") || l.equals("at")) && i > startIdx && placeOrDayAt(sentence, i + 1)) {
                stoppedBy = l;
                adjunctTo = adjunctEnd(sentence, i);
                break; // "the Global Alliance ... in Accra", "... on Friday": where and when, not the name
            }
            if (l.equals("on") && i + 1 < limit && all.get(i + 1).is("behalf")) {
                stoppedBy = null;
                break; // "signed the compact on behalf of his country": for whom, not what (nor its topic)
            }
            // "a framework for restructuring the debts of poor countries": the gerund's object is part of it
            boolean gerundObject = !capitalised
                    && determiners.contains(l)
                    && all.get(i - 1).lower().endsWith("ing")
                    && all.get(i - 1).lower().length() > 5;
            if (i > startIdx
                    && l.equals("with")
                    && PARTNER_NOUNS.contains(all.get(i - 1).lower())) {
                boolean determined =
                        i + 1 < limit && determiners.contains(all.get(i + 1).lower());
                if (determined || i + 1 < limit && all.get(i + 1).capitalised()) {
                    i += determined ? 1 : 0;
                    continue; // "a partnership with the private sector", "with Egypt"; not "with strong targets"
                }
            }
            if (l.equals("to")
                    && capitalised
                    && i > startIdx
                    && fromBefore(all, startIdx)
                    && types.typeOf(sentence.span(startIdx, lastIdx + 1)) != null) {
                stoppedBy = l;
                break; // "ranged from the Reef Report to the Suva Declaration": two texts, not one name
            }
            if (is(Role.CONNECTOR, l) && i > startIdx && !gerundObject) {
                Token next = nextWord(all, i, limit);
                boolean nextUpper = next != null && next.capitalised() && !inside(money, next.start());
                boolean lowerJoin = !capitalised
                        && next != null
                        && !stops.contains(next.lower())
                        && (is(Role.LOWER_CONNECTOR, l)
                                // "a pact on the protection of reefs": the article of the topic after "on"
                                || determiners.contains(l)
                                        && is(
                                                Role.LOWER_CONNECTOR,
                                                all.get(i - 1).lower())
                                        && !ADJUNCT_NOUNS.contains(next.lower())
                                || l.equals("and")
                                        && hasConnector(all, startIdx, i)
                                        && next.tag() != Tag.VERB); // "... research and agreed to": a new clause
                if (nextUpper || lowerJoin) {
                    continue;
                }
                stoppedBy = l;
                break;
            }
            if (!t.capitalised() && stops.contains(l) || !capitalised && i > startIdx && dayWord(t)) {
                stoppedBy = l;
                break; // "signed a fisheries pact Wednesday": when, not what
            }
            // "a chair's statement summarising the talks": a participle after the keyword starts a clause
            if (!capitalised
                    && (lastIdx > startIdx
                            || i == lastIdx + 1
                                    && i + 1 < limit
                                    && (all.get(i + 1).tag() == Tag.ADP
                                            || all.get(i + 1).tag() == Tag.DET))
                    && l.endsWith("ing")
                    && l.length() > 5
                    && !is(Role.EXTENDER, l)
                    && types.typeOf(sentence.span(startIdx, lastIdx + 1)) != null) {
                stoppedBy = l;
                break;
            }
            // "a trust fund managed by the World Bank": a past participle and its agent describe the outcome
            if (!capitalised
                    && i > startIdx
                    && l.endsWith("ed")
                    && i + 1 < limit
                    && all.get(i + 1).is("by")
                    && types.typeOf(sentence.span(startIdx, lastIdx + 1)) != null) {
                stoppedBy = l;
                break;
            }
            // a capitalised name with its keyword is complete: "Seoul Statement of Intent ... sets out"
            if (capitalised
                    && !t.capitalised()
                    && i > startIdx
                    && types.typeOf(sentence.span(startIdx, lastIdx + 1)) != null) {
                stoppedBy = l;
                break;
            }
            lastIdx = i;
            words++;
        }
        int start = all.get(startIdx).start();
        int end = all.get(lastIdx).end();
        String text = sentence.text();
        String phrase = text.substring(start, end);
        // "a declaration on Wednesday committing to ...": when or where it was made is no part of what it says
        int restFrom = end;
        if (adjunctTo >= 0 && adjunctTo < all.size()) {
            stoppedBy = all.get(adjunctTo).lower();
            restFrom = all.get(adjunctTo).start();
        }
        // a lone keyword ("a declaration calling for ...", "a road map for ...") takes the rest of its clause
        if (!capitalised
                && (lastIdx == startIdx || phrase.equalsIgnoreCase(types.headKeyword(phrase)))
                && stoppedBy != null
                && is(Role.EXTENDER, stoppedBy)
                && types.typeOf(phrase) != null) {
            int clauseEnd = clauseEnd(text, restFrom);
            String[] restWords =
                    SPACES.split(text.substring(restFrom, clauseEnd).strip());
            String extension = String.join(" ", Arrays.copyOf(restWords, Math.min(restWords.length, 11)));
            phrase = (phrase + " " + extension).strip();
            end = text.indexOf(extension, restFrom) + extension.length();
        }
        if (!capitalised && types.typeOf(phrase) == null) {
            return null;
        }
        return new Phrase(phrase, start, end, capitalised, definite, possessive, false);
    }

    private static final Set<String> DAYS_AND_MONTHS = WordSets.of(
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");

    private static final PhraseMatcher MANNER =
            PhraseMatcher.of(LexiconFile.read("manner-adjuncts.txt").words());

    /**
     * The token after a time, place or manner adjunct that starts at {@code k} ("on Friday", "in Nairobi", "on 26
     * October 2023", "by acclamation"), or -1 where none starts there.
     */
    public static int adjunctEnd(AnnotatedSentence sentence, int k) {
        List<Token> tokens = sentence.tokens();
        if (k >= tokens.size()) {
            return -1;
        }
        List<PhraseMatcher.Hit> manner = MANNER.find(tokens, k, Math.min(tokens.size(), k + 2));
        if (!manner.isEmpty() && manner.get(0).first() == k) {
            return manner.get(0).last(); // "adopted by acclamation a declaration"
        }
        String l = tokens.get(k).lower();
        if (!(l.equals("in") || l.equals("on") || l.equals("at")) || !placeOrDayAt(sentence, k + 1)) {
            return -1;
        }
        int at = tokens.get(k + 1).is("the") ? k + 2 : k + 1;
        int offset = tokens.get(at).start();
        for (FoundFigure d : sentence.local(FigureKind.DATE)) {
            if (d.start() == offset) {
                return sentence.tokenAt(d.end());
            }
        }
        for (Place p : sentence.places()) {
            if (p.first() == at) {
                return p.last();
            }
        }
        return at + 1;
    }

    /** A weekday, or "today" or "yesterday": a day said without "on". */
    private static boolean dayWord(Token t) {
        return isDay(t.lower());
    }

    /** Whether the lower-case word is a weekday or a day of {@code said-days.txt} ("today"). */
    public static boolean isDay(String lower) {
        return DAYS.contains(lower);
    }

    private static final Set<String> DAYS = WordSets.copyOf(Stream.concat(
                    Arrays.stream(DayOfWeek.values())
                            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                    .toLowerCase(Locale.ROOT)),
                    LexiconFile.read("said-days.txt").words().stream())
            .toList());

    /** A weekday, a month or a known city at token {@code k} ("the" aside). */
    private static boolean placeOrDayAt(AnnotatedSentence sentence, int k) {
        List<Token> tokens = sentence.tokens();
        if (k < tokens.size() && tokens.get(k).is("the")) {
            k++;
        }
        if (k >= tokens.size()) {
            return false;
        }
        if (DAYS_AND_MONTHS.contains(tokens.get(k).lower())) {
            return true;
        }
        int offset = tokens.get(k).start();
        if (sentence.local(FigureKind.DATE).stream().anyMatch(d -> d.start() == offset)) {
            return true; // "... on 26 October 2023"
        }
        int at = k;
        return sentence.places().stream().anyMatch(p -> p.first() == at);
    }

    private boolean hasConnector(List<Token> toks, int from, int to) {
        for (int k = from; k < to; k++) {
            if (is(Role.LOWER_CONNECTOR, toks.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static Token nextWord(List<Token> toks, int i, int limit) {
        for (int k = i + 1; k < limit; k++) {
            if (!toks.get(k).word()) {
                return null;
            }
            if (!toks.get(k).is("the")) {
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

    /**
     * A title in single quotes: it closes at the next single quote that no letter follows (not the apostrophe of
     * "Fiji's" or "don't"); capitalised, as a title in double quotes.
     */
    private Phrase singleQuoted(String text, int start, boolean definite) {
        for (int k = start + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if ((c == '’' || c == '\'') && (k + 1 == text.length() || !Character.isLetter(text.charAt(k + 1)))) {
                if (k - start < 3 || !Character.isUpperCase(text.charAt(start))) {
                    return null;
                }
                return new Phrase(text.substring(start, k), start, k + 1, true, definite, false, true);
            }
        }
        return null;
    }

    private Phrase quoted(String text, int start, boolean definite) {
        int close = -1;
        for (int k = start; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '”' || c == '"') {
                close = k;
                break;
            }
        }
        if (close < 0 || close - start < 3) {
            return null;
        }
        // a title in lower case only where it names a kind of outcome ("a \"blueprint for action\"")
        if (!Character.isUpperCase(text.charAt(start)) && types.typeOf(text.substring(start, close)) == null) {
            return null;
        }
        return new Phrase(text.substring(start, close), start, close + 1, true, definite, false, true);
    }

    /**
     * The noun phrase that ends right before character {@code end} (a passive "X was adopted"): from the start
     * of its clause, after a label colon or the last comma; null when it holds no outcome keyword.
     */
    public Phrase before(String text, int end) {
        int from = Math.max(0, end - 600);
        // from end - 1: a separator that starts at end itself is after the phrase, not before it
        int colon = text.lastIndexOf(": ", end - 1);
        if (colon >= from) {
            from = colon + 2;
        } else {
            int comma = Math.max(text.lastIndexOf(", ", end - 1), text.lastIndexOf("; ", end - 1));
            if (comma >= from) {
                from = comma + 2;
            }
        }
        String raw = text.substring(from, end).strip();
        String[] all = SPACES.split(raw);
        if (raw.isEmpty() || all.length > (titleCased(all) ? MAX_TITLE_WORDS : 22)) {
            return null; // a long title ("The Political Declaration on Strengthening the Protection of ...") is one
            // name
        }
        // "Speaking ... as the declaration": the phrase starts after the last clause word
        int first = 0;
        for (int w = 0; w < all.length; w++) {
            if (is(Role.CLAUSE_WORD, lower(all[w]))) {
                first = w + 1;
            }
        }
        // "The Pact was meant to": the phrase ends before its first verb
        int last = all.length;
        for (int w = first; w < all.length; w++) {
            if (is(Role.VERB_WORD, lower(all[w]))) {
                last = w;
                break;
            }
        }
        String[] words = Arrays.copyOfRange(all, first, last);
        int k = 0;
        // "that mechanism", "these plans": a demonstrative refers back
        boolean definite = first > 0 && is(Role.DEMONSTRATIVE, lower(all[first - 1]));
        while (k < words.length && determiners.contains(lower(words[k]))) {
            definite |= words[k].equalsIgnoreCase("the");
            k++;
        }
        if (k >= words.length) {
            return null;
        }
        String phrase = String.join(" ", Arrays.copyOfRange(words, k, words.length));
        if (stops.contains(lower(words[k])) || types.typeOf(phrase) == null) {
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

    /** Half the words or more capitalised, as a title is written (its small words are not). */
    private static boolean titleCased(String[] words) {
        int upper = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                upper++;
            }
        }
        return upper * 2 >= words.length;
    }

    private static String lower(String s) {
        return s.toLowerCase(java.util.Locale.ROOT);
    }

    /** "MoU", "MoUs" alone: an outcome keyword in mixed capitals, not the first word of a longer name. */
    private boolean keywordAcronym(Token t, Token next) {
        String w = t.text();
        long upper = w.chars().filter(Character::isUpperCase).count();
        return upper >= 2
                && upper < w.length()
                && types.typeOf(t.lower()) != null
                && (next == null || !next.capitalised());
    }
}
