package org.briefingpack.extract.rule.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.OutcomeTypes;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Theme;

/**
 * Themes from a list: the items after a lead-in that ends in a colon and holds a theme cue ("The agenda
 * centred on:"), or under a heading that holds one ("What was on the table"). A marked list ends at the
 * first unmarked line; an unmarked one where the lines change shape.
 */
public final class ThemeListRule implements Rule {

    private final PhraseMatcher cues;
    private final OutcomeTypes outcomeTypes;

    ThemeListRule(List<String> cues, OutcomeTypes outcomeTypes) {
        this.cues = PhraseMatcher.of(cues);
        this.outcomeTypes = outcomeTypes;
    }

    public static ThemeListRule fromClasspath(OutcomeTypes outcomeTypes) {
        return new ThemeListRule(LexiconFile.read("theme-cues.txt").words(), outcomeTypes);
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        if (!findings.themes.isEmpty()) {
            return;
        }
        List<AnnotatedSentence> units = document.sentences();
        AnnotatedSentence heading = null;
        for (int i = 0; i < units.size(); i++) {
            AnnotatedSentence u = units.get(i);
            if (u.heading()) {
                heading = u;
                continue;
            }
            boolean leadIn = u.plain().endsWith(":") && cues.containsAny(u.tokens());
            boolean underHeading = heading != null
                    && cues.containsAny(heading.tokens())
                    && (u.plain().endsWith(":") || isItem(u));
            if (!leadIn && !underHeading) {
                continue;
            }
            int first = u.plain().endsWith(":") ? i + 1 : i;
            List<Theme> themes = new ArrayList<>();
            Set<Integer> used = new TreeSet<>();
            boolean marked = first < units.size() && units.get(first).marker();
            for (int k = first; k < units.size() && isItem(units.get(k)); k++) {
                AnnotatedSentence item = units.get(k);
                if (marked && !item.marker()) {
                    break; // the paragraph after a marked list
                }
                if (hasAddress(item.text())) {
                    break; // "Further information: https://..." closes the list
                }
                if (!marked
                        && k > first
                        && item.newBlock()
                        && !units.get(first + 1).newBlock()) {
                    break; // lines of a list held together, then a paragraph after a blank line
                }
                if (!marked
                        && k > first
                        && closed(item.plain()) != closed(units.get(first).plain())) {
                    break; // an unmarked list ends where the lines change shape (a paragraph after labels)
                }
                String label = ThemeLabels.labelBeforeColon(item.plain());
                if (label != null && namesAnInstrument(label)) {
                    // "Reef Fund: leaders endorsed ...": a text or body the meeting made, left to the outcomes
                } else {
                    String text = label != null ? label : ThemeLabels.label(item.plain());
                    themes.add(new Theme(text, Evidence.of(item.text())));
                    used.add(item.index());
                }
                if (k > first
                        && item.plain().endsWith(".")
                        && continues(units.get(k - 1).plain())) {
                    break; // "a;", "b;", "c." : the full stop closes the list
                }
            }
            if (themes.size() >= 2) {
                findings.themes.addAll(themes);
                findings.themeSentences.addAll(used);
                return;
            }
        }
    }

    /** A label in title case whose head is an outcome's keyword: "Coral Reef Declaration", "Reef Fund (RF)". */
    private boolean namesAnInstrument(String label) {
        String name = label.replaceFirst("\\s*\\([A-Z][A-Za-z0-9]{1,9}\\)$", ""); // "(RF)" is no head noun
        return Character.isUpperCase(name.charAt(0))
                && !name.contains("&") // "Nuclear legacy & Rarotonga Treaty": a topic that takes in a text
                && outcomeTypes.typeOf(name) != null
                && name.chars().filter(Character::isUpperCase).count() >= 2;
    }

    private static boolean continues(String text) {
        return text.endsWith(";") || text.endsWith(",") || text.endsWith("; and") || text.endsWith(", and");
    }

    private static boolean hasAddress(String text) {
        return text.contains("://") || text.contains("www.");
    }

    private static boolean closed(String text) {
        return !text.isEmpty() && ".!?;,".indexOf(text.charAt(text.length() - 1)) >= 0;
    }

    static boolean isItem(AnnotatedSentence u) {
        return !u.heading() && (u.marker() || u.lineItem()) && !u.plain().endsWith(":");
    }
}
