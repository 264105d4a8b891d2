package org.briefingpack.extract.annotate;

import java.util.HashMap;
import java.util.Map;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;

/** The small whole number a token writes, in digits or in words: the size of a group a text counts. */
public final class CountWords {

    /** Number words up to nineteen with their values ("fourteen"), from {@code figures/number-words.tsv}. */
    private static final Map<String, Integer> NUMBER_WORDS = numberWords();

    private CountWords() {}

    /** The count a token writes ("14", "fourteen"; up to 99 in digits, nineteen in words), or 0. */
    public static int valueOf(Token t) {
        String text = t.text();
        if (!text.isEmpty() && text.length() <= 2 && text.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(text);
        }
        return NUMBER_WORDS.getOrDefault(t.lower(), 0);
    }

    private static Map<String, Integer> numberWords() {
        Map<String, Integer> out = new HashMap<>();
        for (LexiconRow row : LexiconFile.read("figures/number-words.tsv").rows()) {
            if (row.text(2).equals("unit") || row.text(2).equals("teen")) {
                out.put(row.text(0), Integer.parseInt(row.text(1)));
            }
        }
        return Map.copyOf(out);
    }
}
