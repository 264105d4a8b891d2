package org.briefingpack.extract.rule.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Dateline;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.OtherGatherings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.FigureKind;

/**
 * The event's dates: the first date near the start that is not a publication or other cue's date, a single
 * opening day replaced by the range that follows it closely, and the end stretched to a later closing date
 * when the text says the event overran.
 */
public final class EventDatesRule implements Rule {

    /** What a word of {@code event-date-words.tsv} is. */
    enum Word {
        MEETING_VERB,
        ISSUE_LABEL
    }

    /** What a date cue in {@code date-cues.tsv} says about the dates of its sentence. */
    public enum DateCue {
        /** The sentence's dates are not the event's ("published on", "updated"). */
        SKIP,
        /** A later date in the sentence is when the event closed ("overran", "closed on"). */
        CLOSE
    }

    private static final int MAX_EVENT_DAYS = 31;
    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "(?i)\\b(two|three|four|five|six|seven|[2-7])[- ]day\\s+(?-i:\\p{Lu}[\\p{L}'-]*\\s+){0,4}(?:event|summit|conference|meeting|gathering|forum|session|talks|convening)"
                    + "|\\bover\\s+(?:the\\s+(?:past|last|next)\\s+)?(two|three|four|five|[2-5])\\s+days\\b"
                    + "|\\b(?:spans?|spanning|lasts?|lasting|runs|running)\\s+(?:for\\s+|over\\s+)?(two|three|four|five|[2-5])\\s+days\\b");
    /** The sentence's one date is the last day: "closed on Thursday", "at the close of the talks on 4 May". */
    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:closed|ended|concluded|wrapped up|drew to a close|came to a close|at the close of)(?![-\\w])");

    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
            "(?i)\\b(?:opened|opens|began|begins|started|starts|kicked off|kicks off|got under way|got underway|gets under way|gets underway)\\b");
    /** The gathering met before the day the story was filed: "met last week", "earlier this month". */
    private static final java.util.regex.Pattern EARLIER =
            java.util.regex.Pattern.compile("(?i)\\b(?:last|earlier this|previous)\\s+(?:week|month)\\b");

    private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven");

    /** How many days the text gives the event, and the sentence that says so. */
    private record Duration(int days, AnnotatedSentence sentence) {}

    /** The length in days the text gives the event ("the two-day summit", "over the past three days"), or null. */
    private static Duration duration(List<AnnotatedSentence> sentences) {
        for (AnnotatedSentence s : sentences.subList(0, Math.min(sentences.size(), 8))) {
            java.util.regex.Matcher m = DURATION.matcher(s.text());
            if (m.find()) {
                String n = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3))
                        .toLowerCase(java.util.Locale.ROOT);
                return new Duration(
                        Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : NUMBER_WORDS.indexOf(n) + 2, s);
            }
        }
        return null;
    }

    /** Participles that open a sentence about a gathering just named: "Held in Suva on 3 May, it drew ...". */
    private static final Set<String> HOLDING_PARTICIPLES =
            WordSets.of("held", "hosted", "convened", "organised", "organized", "staged");

    /** How many sentences from the top a date may stand in without a gathering named beside it. */
    private static final int LEAD = 8;

    /**
     * "by 31 December 2015": the word before the date makes it a deadline; "on the lines of 4 June 1967": a date
     * after "of" belongs to the noun before it, unless that noun is the gathering ("the session of 4 May").
     */
    private boolean dateOfSomethingElse(AnnotatedSentence s, FoundFigure date) {
        int k = s.tokenAt(date.start()) - 1;
        if (k >= 1 && s.tokens().get(k).is("of")) {
            return !eventNouns.containsAny(s.tokens().subList(k - 1, k))
                    && !PARTS_OF_A_DAY.contains(s.tokens().get(k - 1).lower()); // "on the morning of 23 March"
        }
        return k >= 0 && s.tokens().get(k).is("by") || namedAsADay(s, date);
    }

    /** How many words after "as" the day's name may end ("as World Reef Day", "as the International Day of ..."). */
    private static final int DAY_NAME_WORDS = 4;

    /** "proclaim 8 June as World Reef Day": the date a day of observance is set on, not a day anyone met. */
    private static boolean namedAsADay(AnnotatedSentence s, FoundFigure date) {
        List<Token> tokens = s.tokens();
        int as = s.tokenAt(date.start());
        while (as < tokens.size() && tokens.get(as).start() < date.end()) {
            as++; // the token after the date
        }
        if (as >= tokens.size() || !tokens.get(as).is("as")) {
            return false;
        }
        for (int k = as + 1; k < tokens.size() && k <= as + DAY_NAME_WORDS; k++) {
            if (tokens.get(k).text().equals("Day")) {
                return true;
            }
        }
        return false;
    }

    /** How far before a date the "which" of "..., which begins on 12 October" may stand. */
    private static final int RELATIVE_REACH = 4;

    /**
     * "as the council prepares its Reef Conference, which begins on 12 October": a date in a relative clause on a
     * gathering whose last two words the story's event name does not hold is that gathering's day.
     */
    private boolean anotherGatheringsDay(AnnotatedSentence s, FoundFigure date, String eventName) {
        if (eventName == null) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int at = s.tokenAt(date.start());
        if (namedGatheringRightBefore(s, at, eventName)) {
            return true;
        }
        for (int k = at - 1; k >= 2 && k >= at - RELATIVE_REACH; k--) {
            if (!RELATIVE.contains(tokens.get(k).lower())) {
                continue;
            }
            int noun = k - 1;
            if (tokens.get(noun).punctuation(',')) {
                noun--;
            }
            if (noun < 1 || !eventNouns.containsAny(tokens, noun, noun + 1)) {
                return false;
            }
            String lastWords = tokens.get(noun - 1).word()
                            && !DETERMINERS.contains(tokens.get(noun - 1).lower())
                    ? s.span(noun - 1, noun + 1)
                    : s.span(noun, noun + 1);
            return !eventName.toLowerCase(Locale.ROOT).contains(lastWords.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * "hosting the 3rd Ocean Forum on 4 May": the date follows a gathering's noun and "on" or "in", and that
     * gathering is named as another than the story's.
     */
    private boolean namedGatheringRightBefore(AnnotatedSentence s, int at, String eventName) {
        List<Token> tokens = s.tokens();
        int noun = at - 2;
        return noun >= 1
                && (tokens.get(at - 1).is("on") || tokens.get(at - 1).is("in"))
                && eventNouns.containsAny(tokens, noun, noun + 1)
                && OtherGatherings.namedBefore(s, noun, eventName);
    }

    private static final Set<String> DETERMINERS = WordSets.of("the", "a", "an", "its", "their", "this", "that", "our");

    private static final Set<String> RELATIVE = WordSets.of("which", "that", "who", "where");
    private static final Set<String> PARTS_OF_A_DAY =
            WordSets.of("morning", "afternoon", "evening", "night", "eve", "day", "days", "week", "weekend", "dates");
    private static final Map<String, DayOfWeek> WEEKDAYS = Arrays.stream(DayOfWeek.values())
            .collect(Collectors.toUnmodifiableMap(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH), d -> d));

    /** A line of a place and a date only ("SUVA, Fiji, 14 November 2024"): when and where a release was issued. */
    private static boolean placeAndDate(AnnotatedSentence s, FoundFigure date) {
        if (date.end() < s.plain().strip().length()) {
            return false;
        }
        for (Token t : s.tokens()) {
            if (t.start() < date.start() && t.tag() != Tag.PROPN && t.tag() != Tag.PUNCT) {
                return false;
            }
        }
        return true;
    }

    /** The sentence tells of the gathering's close and not of its opening ("the talks ended on 4 May"). */
    private static boolean closes(AnnotatedSentence s) {
        return CLOSING.matcher(s.text()).find() && !OPENING.matcher(s.text()).find();
    }

    /** The sentence tells of the gathering's opening and not of its close ("the conference opened on 12 May"). */
    private static boolean opens(AnnotatedSentence s) {
        return OPENING.matcher(s.text()).find() && !CLOSING.matcher(s.text()).find();
    }

    /** The day of the weekday a sentence names ("on Tuesday"), on or before the day a story was filed. */
    private static LocalDate weekdayOnOrBefore(AnnotatedSentence u, LocalDate filed) {
        List<Token> tokens = u.tokens();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (RELATIVE.contains(tokens.get(k).lower())) {
                break; // "..., which closes on Saturday": another clause's day
            }
            DayOfWeek day = WEEKDAYS.get(tokens.get(k + 1).text());
            boolean ahead = k > 0 && tokens.get(k - 1).tag() == Tag.AUX; // "will close on Saturday"
            if (tokens.get(k).is("on") && day != null && !ahead) {
                return filed.with(TemporalAdjusters.previousOrSame(day));
            }
        }
        return filed;
    }

    /** "yesterday" in the sentence's own words, and no "today" beside it. */
    private static boolean saysYesterday(AnnotatedSentence u) {
        boolean yesterday = false;
        for (Token t : u.tokens()) {
            if (t.start() < u.bodyFrom()) {
                continue;
            }
            if (t.is("today")) {
                return false;
            }
            yesterday |= t.is("yesterday");
        }
        return yesterday;
    }

    /** How many sentences after the dateline's a sentence about the gathering may stand to take its day. */
    private static final int TOLD_AFTER_DATELINE = 2;

    /** The first of the next sentences that names a gathering and gives no date of its own, or null. */
    private AnnotatedSentence gatheringSoonAfter(List<AnnotatedSentence> sentences, int i) {
        for (int k = i + 1; k < Math.min(sentences.size(), i + 1 + TOLD_AFTER_DATELINE); k++) {
            AnnotatedSentence c = sentences.get(k);
            if (eventNouns.containsAny(c.tokens())) {
                return c.local(FigureKind.DATE).isEmpty() && !skipCues.containsAny(c.tokens()) ? c : null;
            }
        }
        return null;
    }

    private final PhraseMatcher eventNouns;
    private final Set<String> participants;
    private final PhraseMatcher skipCues;
    private final PhraseMatcher closeCues;

    /** Verbs of meeting that tie "today" or "yesterday" under a dated line to the gathering ("met today"). */
    private final Set<String> met;
    /** Labels a line may put before the day it was issued ("news release 4 May 2025"). */
    private final java.util.regex.Pattern issueLabel;

    EventDatesRule(LexiconFile dateCues, List<String> eventNouns, List<String> participants, LexiconFile words) {
        this.met = words.wordsByRole(Word.class).get(Word.MEETING_VERB);
        this.issueLabel = issueLabel(words);
        this.eventNouns = PhraseMatcher.of(eventNouns);
        this.participants = WordSets.copyOf(participants);
        List<LexiconRow> rows = dateCues.rows();
        this.skipCues = PhraseMatcher.of(rows.stream()
                .filter(r -> r.choice(1, DateCue.class) == DateCue.SKIP)
                .map(r -> r.text(0))
                .toList());
        this.closeCues = PhraseMatcher.of(rows.stream()
                .filter(r -> r.choice(1, DateCue.class) == DateCue.CLOSE)
                .map(r -> r.text(0))
                .toList());
    }

    public static EventDatesRule fromClasspath() {
        return new EventDatesRule(
                LexiconFile.read("date-cues.tsv"),
                LexiconFile.read("event-nouns.txt").words(),
                LexiconFile.read("participant-nouns.txt").words(),
                LexiconFile.read("event-date-words.tsv"));
    }

    /** The labels as alternatives in the file's order, their words apart by any spaces, then any separators. */
    private static java.util.regex.Pattern issueLabel(LexiconFile words) {
        String labels = words.phrasesByRole(Word.class).get(Word.ISSUE_LABEL).stream()
                .map(label -> Arrays.stream(label.split(" "))
                        .map(java.util.regex.Pattern::quote)
                        .collect(Collectors.joining("\\s+")))
                .collect(Collectors.joining("|"));
        return java.util.regex.Pattern.compile("(?i)(?:" + labels + ")[\\s:|,–-]*");
    }

    /** How many sentences after a line that is only a date a gathering's date range may stand. */
    private static final int RANGE_AFTER_DATE_LINE = 8;

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<AnnotatedSentence> sentences = document.sentences();
        Dated metOnTheDay = null;
        Dateline dateline = document.dateline();
        for (int i = 0; i < sentences.size(); i++) {
            AnnotatedSentence u = sentences.get(i);
            AnnotatedSentence sentence = u;
            // "by 31 December 2015", "the lines of 4 June 1967": a deadline or another thing's date, not when anyone
            // met
            List<FoundFigure> ds = u.local(FigureKind.DATE).stream()
                    .filter(f -> !dateOfSomethingElse(sentence, f))
                    .filter(f -> !anotherGatheringsDay(sentence, f, findings.event.name))
                    .toList();
            if (ds.isEmpty() || skipCues.containsAny(u.tokens())) {
                continue;
            }
            // a date deep in the story, in a sentence about no gathering ("hit by an earthquake on 25 April")
            boolean opensWithDateline = dateline != null && dateline.start() >= u.start() && dateline.end() <= u.end();
            if (i >= LEAD
                    && !opensWithDateline
                    && !eventNouns.containsAny(u.tokens())
                    && !(!u.tokens().isEmpty()
                            && HOLDING_PARTICIPLES.contains(u.tokens().get(0).lower())
                            && eventNouns.containsAny(sentences.get(i - 1).tokens()))) {
                // the dateline's sentence may stand lower, under a headline and summary points; so may "Held in
                // Suva on 3-8 March, ..." right after a sentence about the gathering, its subject
                continue;
            }
            FoundFigure first = ds.get(0);
            // a single opening day may be followed closely by the range itself
            // a line that is only a date (when the story was published) may be followed further on by the range
            // a sentence about the gathering gives ("Held in Athens from 16-17 April, the conference ...")
            boolean dateLine = first.start() <= 1 // "(6 May 2025) The ministers signed ...": when it was issued
                            && (first.end() >= u.plain().strip().length() || first.start() == 1)
                    || first.start() == 0 // "30 November 2017: Leaders adopted ...": the day of the item
                            && u.plain().startsWith(":", first.end())
                    || first.end() >= u.plain().strip().length() // "news release 4 May 2025"
                            && issueLabel
                                    .matcher(u.plain().substring(0, first.start()))
                                    .matches()
                    || placeAndDate(u, first)
                    // "Singapore, 9 December 2024" above a release: when it was issued, as a date alone
                    || dateline != null
                            && u.start() + first.start() >= dateline.start()
                            && u.start() + first.end() <= dateline.end()
                            && dateline.end() >= u.start() + u.plain().strip().length();
            if (first.figure().from().equals(first.figure().to())) {
                for (int k = i; k < Math.min(sentences.size(), i + (dateLine ? RANGE_AFTER_DATE_LINE : 3)); k++) {
                    for (FoundFigure f : sentences.get(k).local(FigureKind.DATE)) {
                        if (!f.figure().from().equals(f.figure().to())
                                && (k < i + 3
                                        || eventNouns.containsAny(
                                                sentences.get(k).tokens()))
                                && !skipCues.containsAny(sentences.get(k).tokens())) {
                            first = f;
                            u = sentences.get(k);
                            i = k;
                            break;
                        }
                    }
                    if (!first.figure().from().equals(first.figure().to())) {
                        break;
                    }
                }
            }
            if (dateLine && first.figure().from().equals(first.figure().to())) {
                // "14 May 2025" above the story, then "12 May 2025: At a meeting in Quito ...": the day
                // posted, then the day the gathering met
                Dated met = metBeforePosting(sentences, i, first.figure().from());
                if (met != null) {
                    findings.event.startDate = met.day();
                    findings.event.endDate = met.day();
                    findings.event.dateSentence = met.sentence();
                    return;
                }
            }
            LocalDate from = first.figure().from();
            LocalDate to = first.figure().to();
            if (from.equals(to) && EARLIER.matcher(u.text()).find()) {
                return; // "9 December 2024 - Delegates met last week in Suva": the day filed, not the day met
            }
            if (from.equals(to) && opensWithDateline && !eventNouns.containsAny(u.tokens())) {
                // "LAUTOKA, June 26 (Wire) - The bloc ...", then "At a summit on Thursday, ...": the day filed
                // dates the gathering the next sentences tell of, on the weekday they name
                AnnotatedSentence told = gatheringSoonAfter(sentences, i);
                if (told != null) {
                    from = weekdayOnOrBefore(told, from);
                    findings.event.startDate = from;
                    findings.event.endDate = from;
                    findings.event.dateSentence = told;
                    return;
                }
            }
            if (from.equals(to)
                    && !dateLine
                    && !eventNouns.containsAny(u.tokens())
                    && !OPENING.matcher(u.text()).find()
                    && !CLOSING.matcher(u.text()).find()) {
                if (metOnTheDay == null
                        && i < LEAD
                        && hasParticipants(u)
                        && YEAR.matcher(u.text().substring(first.start(), first.end()))
                                .find()) {
                    metOnTheDay = new Dated(u, from); // the day leaders acted, if no gathering's date comes
                }
                continue; // "Ministers backed a glacier plan on Saturday": the day of an act, not of a gathering
            }
            if (dateline != null
                    && from.equals(to)
                    && u.start() + first.start() >= dateline.start()
                    && u.start() + first.end() <= dateline.end()) {
                // "LIMA, 27 November (Reuters) - Leaders on Tuesday opened ...": the story was filed that day, the
                // gathering met on the weekday it names
                LocalDate filed = from;
                from = weekdayOnOrBefore(u, from);
                if (from.equals(filed) && saysYesterday(u)) {
                    from = filed.minusDays(1); // "SUVA, April 20 - Envoys gathered yesterday ..."
                }
                to = from;
            }
            // "scheduled to run ... but overran", "due to close on 22 November, but ... 24 November"
            for (int k = i; k < Math.min(sentences.size(), i + 2); k++) {
                AnnotatedSentence c = sentences.get(k);
                if (!closeCues.containsAny(c.tokens())) {
                    continue;
                }
                for (FoundFigure f : c.local(FigureKind.DATE)) {
                    LocalDate end = f.figure().to();
                    if (end.isAfter(to) && ChronoUnit.DAYS.between(from, end) <= MAX_EVENT_DAYS) {
                        to = end;
                    }
                }
            }
            if (from.equals(to)) {
                // "the two-day summit" opening on one stated day, or closing on it ("closed on Thursday")
                Duration d = duration(sentences);
                // the closing may be told apart from the date only where the date is the story's dateline
                boolean datelineDate = dateline != null && dateline.start() >= u.start() && dateline.end() <= u.end();
                boolean closing = !OPENING.matcher(u.text()).find()
                        && (CLOSING.matcher(u.text()).find()
                                || datelineDate
                                        && d != null
                                        && CLOSING.matcher(d.sentence().text()).find());
                if (d != null && closing) {
                    from = to.minusDays(d.days() - 1);
                } else if (d != null) {
                    to = from.plusDays(d.days() - 1);
                } else if (closes(u) || dateLine && i + 1 < sentences.size() && closes(sentences.get(i + 1))) {
                    // "the talks ended on 4 May", "4 May: The talks have concluded": the last day, the first one the
                    // text does not give
                    from = null;
                } else if (opens(u) || dateLine && i + 1 < sentences.size() && opens(sentences.get(i + 1))) {
                    to = null; // "the conference opened on 12 May"
                }
            }
            findings.event.startDate = from;
            findings.event.endDate = to;
            findings.event.dateSentence = u;
            return;
        }
        if (metOnTheDay != null && findings.event.name != null) {
            // "Reef leaders on Sunday 3 May adopted a plan", the one-day summit named next: that day, where no
            // sentence gives the gathering's own date
            findings.event.startDate = metOnTheDay.day();
            findings.event.endDate = metOnTheDay.day();
            findings.event.dateSentence = metOnTheDay.sentence();
        }
    }

    /**
     * The single day, in the sentences under a line that is only a date, of a sentence about the gathering, on or
     * up to a month before that line's day, or the day before where the lead says "yesterday"; null where none.
     */
    private Dated metBeforePosting(List<AnnotatedSentence> sentences, int dateLineIndex, LocalDate posted) {
        for (int k = dateLineIndex + 1; k < Math.min(sentences.size(), dateLineIndex + RANGE_AFTER_DATE_LINE); k++) {
            AnnotatedSentence c = sentences.get(k);
            boolean gathering = eventNouns.containsAny(c.tokens());
            if (!gathering && !c.tokens().stream().anyMatch(t -> met.contains(t.lower()))
                    || skipCues.containsAny(c.tokens())) {
                continue;
            }
            if (k <= dateLineIndex + TOLD_AFTER_DATELINE
                    && c.local(FigureKind.DATE).isEmpty()) {
                if (c.tokens().stream().anyMatch(t -> t.is("yesterday"))) {
                    return new Dated(c, posted.minusDays(1)); // "Yesterday, leaders gathered for the summit"
                }
                if (c.tokens().stream().anyMatch(t -> t.is("today"))
                        && c.tokens().stream().anyMatch(t -> met.contains(t.lower()))) {
                    // "The ministers met today with peers from Chile"; not "the summit kicks off today", which opens it
                    return new Dated(c, posted);
                }
            }
            if (!gathering) {
                continue;
            }
            for (FoundFigure f : c.local(FigureKind.DATE)) {
                LocalDate day = f.figure().from();
                if (day.equals(f.figure().to())
                        && !day.isAfter(posted)
                        && ChronoUnit.DAYS.between(day, posted) <= MAX_EVENT_DAYS
                        && !dateOfSomethingElse(c, f)) {
                    return new Dated(c, day);
                }
            }
        }
        return null;
    }

    /** A year the date writes itself: a day taken from its weekday alone is too weak for this fallback. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private record Dated(AnnotatedSentence sentence, LocalDate day) {}

    /** Whether the sentence's subject is those who took part ("Reef leaders on Sunday adopted ..."). */
    private boolean hasParticipants(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (int k = s.tokenAt(s.bodyFrom()); k < Math.min(tokens.size(), s.tokenAt(s.bodyFrom()) + 4); k++) {
            if (participants.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
