package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Theme;

/**
 * Finds what the event set out to address: the items of a list introduced by a theme lead-in ("The agenda
 * centred on:") or heading ("What was on the table"), else the prose sentences that follow a theme cue.
 */
final class ThemeRecognizer {

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:,-]+");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.;:]+$");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an)\\s+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.;,:]+$");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[,;:]+$");

    /** The themes and the units they came from (so outcome recognition can leave them alone). */
    record Result(List<Theme> themes, Set<Integer> units) {}

    private static final int MAX_WORDS = 14;
    private static final int MAX_PROSE = 6;
    private static final Pattern GENERIC = Pattern.compile(
            "\\b(?:themes|topics|issues|priorities|areas|questions|tasks)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTICIPLE_CLAUSE = Pattern.compile(",\\s+\\p{Ll}+ing\\b.*$");

    private final PhraseMatcher cues;
    private final PhraseMatcher proseLeads;
    private final PhraseMatcher outcomeTriggers;

    ThemeRecognizer(List<String> cues, List<String> proseLeads, PhraseMatcher outcomeTriggers) {
        this.cues = PhraseMatcher.ofLines(cues);
        this.proseLeads = PhraseMatcher.ofLines(proseLeads);
        this.outcomeTriggers = outcomeTriggers;
    }

    Result recognize(List<Unit> units) {
        Result listed = fromList(units);
        if (!listed.themes().isEmpty()) {
            return listed;
        }
        return fromProse(units);
    }

    private Result fromList(List<Unit> units) {
        Unit heading = null;
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.heading()) {
                heading = u;
                continue;
            }
            boolean leadIn = u.plain().endsWith(":") && cues.containsAny(u.text());
            boolean underHeading = heading != null
                    && cues.containsAny(heading.text())
                    && (u.plain().endsWith(":") || isItem(u));
            if (!leadIn && !underHeading) {
                continue;
            }
            int first = u.plain().endsWith(":") ? i + 1 : i;
            List<Theme> themes = new ArrayList<>();
            Set<Integer> used = new TreeSet<>();
            boolean marked = first < units.size() && units.get(first).marker();
            for (int k = first; k < units.size() && isItem(units.get(k)); k++) {
                Unit item = units.get(k);
                if (marked && !item.marker()) {
                    break; // the paragraph after a marked list
                }
                if (hasAddress(item.text())) {
                    break; // "Further information: https://..." closes the list
                }
                if (!marked
                        && k > first
                        && closed(item.plain()) != closed(units.get(first).plain())) {
                    break; // an unmarked list ends where the lines change shape (a paragraph after labels)
                }
                themes.add(new Theme(label(item.plain()), Evidence.of(item.text())));
                used.add(item.index());
                if (k > first
                        && item.plain().endsWith(".")
                        && continues(units.get(k - 1).plain())) {
                    break; // "a;", "b;", "c." : the full stop closes the list
                }
            }
            if (themes.size() >= 2) {
                return new Result(themes, used);
            }
        }
        return new Result(List.of(), Set.of());
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

    private static boolean isItem(Unit u) {
        return !u.heading() && (u.marker() || u.lineItem()) && !u.plain().endsWith(":");
    }

    private Result fromProse(List<Unit> units) {
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.heading() || !cues.containsAny(u.text())) {
                continue;
            }
            List<Theme> inline = inline(u);
            if (!inline.isEmpty()) {
                return new Result(inline, Set.of(u.index()));
            }
            List<Theme> themes = new ArrayList<>();
            Set<Integer> used = new TreeSet<>();
            for (int k = i + 1; k < units.size() && themes.size() < MAX_PROSE; k++) {
                Unit next = units.get(k);
                if (next.heading() || outcomeTriggers.containsAny(next.text())) {
                    break;
                }
                themes.add(new Theme(proseLabel(next.plain()), Evidence.of(next.text())));
                used.add(next.index());
            }
            if (!themes.isEmpty()) {
                return new Result(themes, used);
            }
        }
        return new Result(List.of(), Set.of());
    }

    /** "The summit focused on AI safety, innovation and inclusivity.": the items after the cue. */
    private List<Theme> inline(Unit u) {
        String text = u.plain();
        List<PhraseMatcher.Hit> hits = cues.find(text);
        if (hits.isEmpty()) {
            return List.of();
        }
        int cueEnd = hits.stream().mapToInt(PhraseMatcher.Hit::end).max().orElse(0);
        String rest = LEADING_PUNCTUATION.matcher(text.substring(cueEnd)).replaceFirst("");
        int stop = rest.length();
        for (String end : new String[] {". ", "; ", ", which", ", while", " but ", ", with "}) {
            int at = rest.indexOf(end);
            if (at >= 0 && at < stop) {
                stop = at;
            }
        }
        rest = TRAILING_STOPS.matcher(rest.substring(0, stop)).replaceAll("").strip();
        if (rest.isEmpty() || GENERIC.matcher(rest).find()) {
            return List.of();
        }
        String[] items = rest.split("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+(?=[^,]*$)");
        List<Theme> themes = new ArrayList<>();
        for (String item : items) {
            String label = label(LEADING_ARTICLE.matcher(item).replaceFirst(""));
            if (!label.isBlank()) {
                themes.add(new Theme(label, Evidence.of(u.text())));
            }
        }
        return themes.size() >= 2 ? themes : List.of();
    }

    /** A list item as a short label: up to its first semicolon, at most a dozen words or so. */
    static String label(String item) {
        String s = item.strip();
        int semi = s.indexOf(';');
        if (semi > 0) {
            s = s.substring(0, semi);
        }
        s = TRAILING_MARKS.matcher(s).replaceAll("").strip();
        return firstWords(s, MAX_WORDS);
    }

    private String proseLabel(String sentence) {
        String s = sentence.strip();
        int cut = 0;
        for (PhraseMatcher.Hit hit : proseLeads.find(s)) {
            if (hit.start() < s.length() / 2 && hit.end() > cut) {
                cut = hit.end();
            }
        }
        s = s.substring(cut).strip();
        String[] words = Words.split(s);
        if (words.length > 8) {
            String cutClause = PARTICIPLE_CLAUSE.matcher(s).replaceFirst("");
            if (Words.split(cutClause).length >= 6) {
                s = cutClause;
            }
        }
        return label(s);
    }

    private static String firstWords(String s, int max) {
        String[] words = Words.split(s);
        if (words.length <= max) {
            return s;
        }
        return TRAILING_COMMAS
                .matcher(String.join(" ", java.util.Arrays.copyOf(words, max)))
                .replaceAll("");
    }
}
