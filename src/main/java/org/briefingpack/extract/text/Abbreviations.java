package org.briefingpack.extract.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;

/** What a full stop after a given word means, and which words open sentences: both from data files. */
final class Abbreviations {

    /** How a full stop after an abbreviation behaves (see {@code lexicon/text/abbreviations.tsv}). */
    enum Kind {
        NEVER,
        NUMBER,
        STARTER
    }

    /** Words longer than this are never abbreviations; bounds the look-back. */
    static final int MAX_LENGTH = 12;

    private final Map<String, Kind> kinds;
    private final Set<String> starters;

    Abbreviations(Map<String, Kind> kinds, Set<String> starters) {
        this.kinds = WordSets.copyOf(kinds);
        this.starters = WordSets.copyOf(starters);
    }

    static Abbreviations load() {
        Map<String, Kind> kinds = new HashMap<>();
        for (LexiconRow row : LexiconFile.read("text/abbreviations.tsv").rows()) {
            kinds.put(row.text(0).toLowerCase(Locale.ROOT), row.choice(1, Kind.class));
        }
        Set<String> starters = new HashSet<>();
        for (String word : LexiconFile.read("text/sentence-starters.txt").words()) {
            starters.add(word.toLowerCase(Locale.ROOT));
        }
        return new Abbreviations(kinds, starters);
    }

    /** The kind of a word written before a full stop (without that full stop), or null. */
    Kind kindOf(String word) {
        Kind listed = kinds.get(word.toLowerCase(Locale.ROOT));
        if (listed != null) {
            return listed;
        }
        if (isInitial(word) || isDottedAcronym(word)) {
            return Kind.STARTER;
        }
        return null;
    }

    boolean isStarter(String word) {
        return !word.isEmpty()
                && Character.isUpperCase(word.charAt(0))
                && starters.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isInitial(String word) {
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** "U.S", "N.Y", "a.m": single letters joined by full stops. */
    private static boolean isDottedAcronym(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean letterPlace = i % 2 == 0;
            if (letterPlace ? !Character.isLetter(c) : c != '.') {
                return false;
            }
        }
        return word.length() % 2 == 1;
    }
}
