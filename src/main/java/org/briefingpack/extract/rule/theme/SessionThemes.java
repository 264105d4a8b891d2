package org.briefingpack.extract.rule.theme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Theme;

/**
 * A programme written as numbered lines, each a part of the gathering and its subject ("Session 1: Restoring Damaged
 * Reefs", "Leaders' Dialogue 2: Financing Coastal Protection"): each subject is a theme, beside those other rules
 * found. Two such lines at least, so that one "Panel 3: ..." caption makes no programme.
 */
public final class SessionThemes implements Rule {

    private static final int MIN_LINES = 2;

    private final Pattern line;

    SessionThemes(List<String> sessionNouns) {
        String nouns = String.join(
                "|",
                sessionNouns.stream()
                        .map(n -> Pattern.quote(n.toLowerCase(Locale.ROOT)).replace(" ", "\\E\\s+\\Q"))
                        .toList());
        // up to two words before the noun ("Leaders' Dialogue"), a number or numeral after it, then a colon or dash
        this.line = Pattern.compile(
                "^(?:[\\p{L}'’]+\\s+){0,2}(?:" + nouns
                        + ")\\s+(?:\\d{1,2}|[IVX]{1,4}|[A-H])\\s*[:–—-]\\s+(\\p{Lu}.{2,150}?)[.;]?$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** How far into a line the colon or dash after "Leaders' Dialogue 12" may stand. */
    private static final int SEPARATOR_REACH = 40;

    /** A colon or a dash within the first {@link #SEPARATOR_REACH} characters. */
    private static boolean separatorNearStart(String plain) {
        for (int i = 0; i < plain.length() && i < SEPARATOR_REACH; i++) {
            char c = plain.charAt(i);
            if (c == ':' || c == '-' || c == '–' || c == '—') {
                return true;
            }
        }
        return false;
    }

    public static SessionThemes fromClasspath() {
        return new SessionThemes(LexiconFile.read("session-nouns.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<Theme> found = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (AnnotatedSentence s : document.sentences()) {
            if (!separatorNearStart(s.plain())) {
                continue; // most sentences: no colon or dash after their first few words
            }
            Matcher m = line.matcher(s.plain().strip());
            if (m.matches()) {
                found.add(new Theme(m.group(1).strip(), Evidence.of(s.text())));
                lines.add(s.index());
            }
        }
        if (found.size() < MIN_LINES) {
            return;
        }
        for (Theme theme : found) {
            boolean known = findings.themes.stream().anyMatch(t -> t.text().equalsIgnoreCase(theme.text()));
            if (!known) {
                findings.themes.add(theme);
            }
        }
        findings.themeSentences.addAll(lines);
    }
}
