package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.model.Stance;

/**
 * The stance triggers of {@code stances.tsv}, read once for the rules that look for them: each phrase
 * with its stance and where its actors stand. A phrase listed twice keeps its first reading.
 */
final class StanceTriggers {

    record Trigger(Stance stance, StanceMode mode) {}

    final PhraseMatcher matcher;
    private final Map<String, Trigger> byPhrase = new HashMap<>();

    StanceTriggers(LexiconFile rows, List<String> adverbs) {
        List<String[]> entries = new ArrayList<>();
        for (LexiconRow row : rows.rows()) {
            String phrase = row.text(1);
            String key = phrase.toLowerCase(Locale.ROOT);
            byPhrase.putIfAbsent(
                    key, new Trigger(row.choice(0, Stance.class), row.choice(2, StanceMode.class, StanceMode.BEFORE)));
            entries.add(new String[] {phrase, key});
        }
        // "will also provide", "has now signed": an adverb inside a trigger does not break it
        this.matcher = new PhraseMatcher(entries, false, Set.copyOf(adverbs));
    }

    static StanceTriggers fromClasspath() {
        return new StanceTriggers(
                LexiconFile.read("stances.tsv"),
                LexiconFile.read("stance-inner-adverbs.txt").words());
    }

    /**
     * The stance of a verb given by its lemma after "to" ("the countries to endorse ..."): the reading of its regular
     * past form where that is a trigger of its own ("endorsed", "signed", "ratified"), or null.
     */
    Trigger ofInfinitive(String lemma) {
        String stem = lemma.endsWith("y") ? lemma.substring(0, lemma.length() - 1) + "i" : lemma;
        for (String past : new String[] {stem + "ed", lemma + "d"}) {
            Trigger t = byPhrase.get(past);
            if (t != null && t.mode() == StanceMode.BEFORE) {
                return t;
            }
        }
        return null;
    }

    /** The reading of a hit of {@link #matcher} (its label). */
    Trigger of(PhraseMatcher.Hit hit) {
        return byPhrase.get(hit.label());
    }
}
