package org.briefingpack.extract.rule.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.PartKind;
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
        for (AnnotatedSentence u : units) {
            List<String> items = inlineItems(u.plain());
            if (items.size() >= 2 && cues.containsAny(u.tokens())) {
                // "four priority areas: (a) reef funding (b) fishing quotas (c) ...": a list run into one sentence
                items.forEach(item -> findings.themes.add(new Theme(item, Evidence.of(u.text()))));
                findings.themeSentences.add(u.index());
                return;
            }
        }
        AnnotatedSentence heading = null;
        for (int i = 0; i < units.size(); i++) {
            AnnotatedSentence u = units.get(i);
            if (u.part() == PartKind.HEADLINE) {
                continue; // "Reef summit closes with 12-point agenda": a headline heads no list of themes
            }
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
    /** "(a)", "(b)", ... or "(i)", "(ii)", ... in order (or "a)", "b)"), each followed by its item's text. */
    private static final Pattern INLINE_MARKER =
            Pattern.compile("(?:\\(|(?<![\\p{L}\\d(]))([a-h]|i{1,3}|iv|v|vi{1,3})\\)\\s+");

    /** The items of a list written inside one sentence after "(a)", "(b)" markers, the joining "and" left out. */
    static List<String> inlineItems(String text) {
        if (text.indexOf("a)") < 0 && text.indexOf("i)") < 0) {
            return List.of(); // most sentences: no list, and no pattern run over them
        }
        Matcher m = INLINE_MARKER.matcher(text);
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        String first = null;
        while (m.find()) {
            first = first == null ? m.group(1) : first;
            starts.add(m.start());
            ends.add(m.end());
        }
        List<String> items = new ArrayList<>();
        if (starts.size() < 2 || !"a".equals(first) && !"i".equals(first)) {
            return items;
        }
        for (int k = 0; k < starts.size(); k++) {
            int end = k + 1 < starts.size() ? starts.get(k + 1) : text.length();
            String item = text.substring(ends.get(k), end).strip();
            item = TRAILING_JOIN.matcher(item).replaceFirst("");
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private static final Pattern TRAILING_JOIN = Pattern.compile("(?:[;,.]|\\s+and|\\s+or)+\\s*$");

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
