package org.briefingpack.extract.rule.outcome;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.OutcomeNames;

/** Small text helpers for outcome names. */
final class NameText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NameText() {}

    static String[] split(String s) {
        return SPACES.split(s);
    }

    static int words(String s) {
        return SPACES.split(s.strip()).length;
    }

    /** Most words capitalised, at most twelve: a title ("Global Digital Compact"). */
    static boolean isTitle(String label) {
        String[] words = split(label.strip());
        if (words.length > 12) {
            return false;
        }
        int upper = 0;
        for (String w : words) {
            if (!w.isEmpty() && (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                upper++;
            }
        }
        return upper * 2 > words.length;
    }

    /** Single spaces, first letter upper case. */
    private static final java.util.regex.Pattern ACT_OF_A_NAME = java.util.regex.Pattern.compile(
            "^(?i:adoption|launch|signing|unveiling|endorsement|approval|creation|establishment|setting up|development|(?:final )?text) of (?:the |(?i:a|an) )?(?=[\\p{L}\\d])");

    private static final Pattern TRAILING_COMMA = Pattern.compile("[,;]+$");

    /** "the development of a 2050 Strategy": an act of bringing something about, before what it brings about. */
    private static final Pattern BRINGING_ABOUT = Pattern.compile(
            "\\s*(?:the )?(?i:development|creation|establishment|setting up) of (?:the |(?i:a|an) )?(?=\\p{Lu}|\\d)");

    /** Where the name starts after "the development of a ..." at {@code from}, else {@code from}. */
    static int afterBringingAbout(String text, int from) {
        Matcher m = BRINGING_ABOUT.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.end() : from;
    }

    static String tidy(String name) {
        // "a "Declaration on the Question of the Glaciers," on a proposal by ...": the comma inside the quotes ends
        // the sentence's clause, not the name
        String n = TRAILING_COMMA
                .matcher(SPACES.matcher(name.strip()).replaceAll(" "))
                .replaceFirst("");
        // "Adoption of the Lima Action Plan": the act is no part of the name it acts on
        n = ACT_OF_A_NAME.matcher(n).replaceFirst("");
        if (!n.isEmpty() && Character.isLowerCase(n.charAt(0))) {
            n = Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
        return n;
    }

    /** The words from {@code from} to the end of the clause (",", ";", ":" or a full stop), at most fourteen. */
    /** Words that open a phrase of cause or result, which end the clause's name ("amid", "so"). */
    private static final Set<String> NAME_ENDING_WORDS =
            WordSets.copyOf(LexiconFile.read("name-ending-words.txt").words());

    /** The gathering's nouns, lower case: "at the summit" after an act says where it was agreed. */
    private static final Set<String> GATHERING_NOUNS =
            WordSets.copyOf(LexiconFile.read("event-nouns.txt").words().stream()
                    .map(w -> w.toLowerCase(Locale.ROOT))
                    .toList());

    private static final Set<String> WEEKDAYS = WordSets.copyOf(Arrays.stream(DayOfWeek.values())
            .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
            .toList());

    /** How many words "at" may stand before the gathering's noun ("at a tripartite leaders' summit"). */
    private static final int GATHERING_REACH = 4;

    /** "at a tripartite summit", "during the talks", "on Sunday": an adjunct of place or time opens at word k. */
    private static boolean whereOrWhen(String[] words, int k) {
        String w = words[k].toLowerCase(Locale.ROOT);
        if ((w.equals("at") || w.equals("during")) && k + 1 < words.length) {
            for (int g = k + 1; g < words.length && g <= k + GATHERING_REACH; g++) {
                if (GATHERING_NOUNS.contains(words[g].toLowerCase(Locale.ROOT).replaceAll("\\W+$", ""))) {
                    return true;
                }
            }
        }
        return w.equals("on")
                && k + 1 < words.length
                && WEEKDAYS.contains(words[k + 1].toLowerCase(Locale.ROOT).replaceAll("\\W+$", ""));
    }

    static String clause(String text, int from) {
        int end = text.length();
        for (int k = from; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean thousands = c == ','
                    && k > 0
                    && k + 1 < text.length()
                    && Character.isDigit(text.charAt(k - 1))
                    && Character.isDigit(text.charAt(k + 1));
            if (c == ',' && !thousands
                    || c == ';'
                    || c == ':'
                    || (c == '.' && (k + 1 == text.length() || Character.isWhitespace(text.charAt(k + 1))))) {
                end = k;
                break;
            }
        }
        String[] words = split(text.substring(Math.min(from, end), end).strip());
        int keep = Math.min(words.length, 14);
        for (int k = 1; k < keep; k++) {
            String w = words[k].toLowerCase(Locale.ROOT);
            if (NAME_ENDING_WORDS.contains(w)
                    || OutcomeNames.isDay(w.replaceAll("\\W+$", "")) // "signed a pact today which ..."
                    || w.equals("due") && k + 1 < words.length && words[k + 1].equals("to")) {
                keep = k; // "a fresh sale of fish from stocks due to a price slump": why, not what
                break;
            }
            if (whereOrWhen(words, k)) {
                keep = k; // "deepen reef ties at a three-way summit on Friday": the act, not where or when
                break;
            }
        }
        return String.join(" ", Arrays.copyOf(words, keep));
    }
}
