package org.briefingpack.extract.rule.theme;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Place;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Theme;

/**
 * The last word on themes, whichever rule found them: a label is cut before where or when it was talked about
 * ("tourism during this session", "trade links at the Reef Summit today"), and a label that names no topic once cut
 * (a number, "was", "it", a bare "forum") is dropped.
 */
public final class ThemeTidy implements Rule {

    /**
     * "at the Reef Summit", "on the Suva Forum today": "at", "on" or "during", capitalised words, and what follows; the
     * gathering a topic was talked about at where the last capitalised word (group 1) is a gathering's noun.
     */
    private static final Pattern AT_THE_GATHERING = Pattern.compile(
            "\\s+(?:at|on|during)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}\\d'’-]*\\s+){0,5}(\\p{Lu}\\p{L}+)\\b.*$");

    private final Pattern adjuncts;
    private final Set<String> emptyWords;
    private final Set<String> eventNouns;

    /** "nine main points": a count of topics, not a topic. */
    private final Pattern countedTopics;

    ThemeTidy(List<String> adjuncts, List<String> emptyWords, List<String> eventNouns, List<String> containers) {
        this.adjuncts = ThemeLabels.adjuncts(adjuncts);
        this.emptyWords = WordSets.copyOf(emptyWords);
        this.countedTopics =
                Pattern.compile("(?i)^(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                        + "|several|many|some|a few)\\s+(?:(?:main|key|major|core|central|principal)\\s+)?(?:"
                        + String.join(
                                "|", containers.stream().map(Pattern::quote).toList())
                        + ")$");
        this.eventNouns = WordSets.copyOf(
                eventNouns.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
    }

    public static ThemeTidy fromClasspath() {
        return new ThemeTidy(
                LexiconFile.read("theme-trailing-adjuncts.txt").words(),
                LexiconFile.read("theme-empty-words.txt").words(),
                LexiconFile.read("event-nouns.txt").words(),
                LexiconFile.read("theme-container-nouns.txt").words());
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<String> dates = document.figures().stream()
                .filter(f -> f.figure().kind() == FigureKind.DATE)
                .map(f -> f.figure().text())
                .toList();
        if (findings.themes.isEmpty()) {
            return;
        }
        List<Theme> tidied = findings.themes.stream()
                .map(t -> new Theme(tidy(t.text()), t.evidence()))
                .filter(t -> namesATopic(t.text())
                        && !onlyADate(t.text(), dates)
                        && !onlyANameTheTextGives(THE.matcher(t.text().strip()).replaceFirst(""), document)
                        && !ATTRIBUTION.matcher(t.text()).find()
                        && !NO_TOPIC_OPENING.matcher(t.text()).lookingAt()
                        && !countedTopics.matcher(t.text().strip()).matches())
                .toList();
        findings.themes.clear();
        findings.themes.addAll(tidied);
    }

    private static final Pattern THE = Pattern.compile("^(?i:the)\\s+");

    /**
     * "to the participants of ...": whom something was addressed to; "hammered out by officials ...": who made it. A
     * label that opens so describes a text or a message, not a topic.
     */
    private static final Pattern NO_TOPIC_OPENING =
            Pattern.compile("(?:to\\s+(?:the|a|an|all)\\s|\\p{Ll}+(?:ed|en|wn)(?:\\s+(?:out|up))?\\s+by\\s)");

    /**
     * "..., the Reef Press Agency reported": a list's last item that is the source of the list, not a topic of it.
     */
    private static final Pattern ATTRIBUTION = Pattern.compile("\\s(?:reported|said|says|added|noted|reports)$");

    /**
     * Whether the label is only how the text writes one of its actors or places ("Lebanon", "the ACS"): it names who or
     * where, not what was talked about ("ways to stop the fighting in Gaza, Lebanon and ..." cut at commas).
     */
    private static boolean onlyANameTheTextGives(String label, AnnotatedDocument document) {
        for (AnnotatedSentence s : document.sentences()) {
            for (Mention m : s.mentions()) {
                if (m.end() - m.start() == label.length() && s.text().startsWith(label, m.start())) {
                    return true;
                }
            }
            for (Place p : s.places()) {
                if (p.end() - p.start() == label.length() && s.text().startsWith(label, p.start())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "... today" in lower case: the day it was said; a title's "Act for Reefs Today" keeps its word. */
    private static final Pattern TODAY = Pattern.compile("\\s+today$");

    /**
     * "... victims in island states have welcomed the offer": a purpose that ran on into its sentence's main verb (an
     * auxiliary and a past participle after a noun, no "that" or "which" before them); the topic ends before it.
     */
    private static final Pattern MAIN_VERB = Pattern.compile(
            "(?<=\\p{Ll}{3})(?<!\\b(?:that|which|who|they|it|we))\\s+(?:have|has|had|were|was)\\s+\\p{Ll}+ed\\b.*$");

    /** A dash or colon a list's first item kept from the cue before it ("priorities – security"). */
    private static final Pattern LEADING_MARK = Pattern.compile("^[-–—:]\\s*");

    /** ", he said" and what follows: whose words the label was, not its topic. */
    private static final Pattern SAID_AFTER =
            Pattern.compile(",\\s+(?:he|she|they|it|officials|ministers)\\s+(?:said|says|added|noted)\\b.*$");

    /** " after four years of talks": how long it took, not what it was about. */
    private static final Pattern AFTER_A_SPAN =
            Pattern.compile("\\s+after\\s+(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|many)"
                    + "\\s+(?:years|months|weeks|days|rounds|decades)\\b.*$");

    private String tidy(String label) {
        String said =
                SAID_AFTER.matcher(LEADING_MARK.matcher(label).replaceFirst("")).replaceFirst("");
        String cut = TODAY.matcher(
                        ThemeLabels.withoutAdjunct(AFTER_A_SPAN.matcher(said).replaceFirst(""), adjuncts))
                .replaceFirst("");
        String beforeVerb = MAIN_VERB.matcher(cut).replaceFirst("");
        if (beforeVerb.strip().contains(" ")) {
            cut = beforeVerb; // but "fair was set up to boost trade": one word before the verb is its subject
        }
        Matcher at = AT_THE_GATHERING.matcher(cut);
        if (!at.find() || at.start() == 0 || !eventNouns.contains(at.group(1).toLowerCase(Locale.ROOT))) {
            return cut;
        }
        return cut.substring(0, at.start()).strip();
    }

    /** Words that join two dates of one span ("3 and 4 June 2026", "from 3 to 5 May"). */
    private static final Pattern DATE_JOINERS = Pattern.compile("(?i)\\b(?:and|to|from|until|till)\\b|[-–—,]");

    /**
     * "talks on 9 and 10 June 2026": a label that is a date the text gives (or two days of one), with nothing but
     * joining words besides, is when something was talked about, not what.
     */
    private static boolean onlyADate(String label, List<String> dates) {
        String rest = label;
        for (String date : dates) {
            if (date.contains(label.strip())) {
                return true; // "4 June 2026" of "3 and 4 June 2026", a list cut at its "and"
            }
            rest = rest.replace(date, " ");
        }
        if (rest.length() == label.length()) {
            return false;
        }
        rest = DATE_JOINERS.matcher(rest).replaceAll(" ");
        return rest.chars().noneMatch(Character::isLetter);
    }

    private boolean namesATopic(String label) {
        if (label.chars().noneMatch(Character::isLetter)) {
            return false; // "2063"
        }
        String lower = label.strip().toLowerCase(Locale.ROOT);
        return lower.contains(" ") || !emptyWords.contains(lower) && !eventNouns.contains(lower);
    }
}
