package org.briefingpack.extract.figure;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Figure;

/**
 * Calendar days and ranges of days in UK and US styles ("10–11 February 2025", "February 10-11,
 * 2025", "21 and 22 May 2024", "30 November to 12 December 2023", "June 30 and July 3, 2025",
 * "Monday, 10 July 2023", "Wednesday (June 25)", "Sept. 9", "December 13th", "on the 21st"). A
 * missing year comes from the nearest date before (else after) that states one, else from the year
 * the text mentions most; in a text that states no year at all, a date with a weekday takes the
 * latest year, up to the reference day, in which it falls on that weekday, and the other dates take
 * their year from it. A day without a month ("on the 21st") takes the month of the date before it.
 * Where the file name gives the document a year, a date with no dated date before it takes that year
 * instead of one the text merely mentions, and a weekday is looked for up to the end of that year (a day
 * that does not fall on its weekday then takes the latest earlier year in which it does). Bare months, years and weekdays are no dates.
 */
final class DateRecognizer {

    /**
     * A date as written, at characters start..end; year 0 and month 0 mean "not stated", weekday is
     * the ISO number of the weekday written before its first day, 0 for none.
     */
    record Mention(
            int start,
            int end,
            int fromDay,
            int fromMonth,
            int fromYear,
            int toDay,
            int toMonth,
            int toYear,
            int weekday) {
        boolean hasYear() {
            return fromYear != 0 || toYear != 0;
        }

        int statedYear() {
            return toYear != 0 ? toYear : fromYear;
        }
    }

    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2199;

    /** Two days of different months joined by "and" are a range when at most this many days apart. */
    private static final int MAX_AND_RANGE_DAYS = 7;

    /** How far back a weekday looks for its year: Feb 29 falls on a given weekday at least once in 40 years. */
    private static final int WEEKDAY_YEARS_BACK = 40;

    private final FigureLexicon lexicon;
    private final Clock clock;

    /** Dates a weekday by the system clock's today. */
    DateRecognizer(FigureLexicon lexicon) {
        this(lexicon, Clock.systemDefaultZone());
    }

    /** Dates a weekday in a text without a year by the clock's today: the latest such day not after it. */
    DateRecognizer(FigureLexicon lexicon, Clock clock) {
        this.lexicon = lexicon;
        this.clock = clock;
    }

    /** Every date in t; positions for which {@code excluded} holds (inside URLs) are skipped. */
    List<FoundFigure> find(Tokens t, IntPredicate excluded) {
        return find(t, excluded, 0);
    }

    /**
     * Every date in t, a date that states no year and has no dated date near it placed in {@code documentYear}
     * (0: none) rather than in a year the text merely mentions.
     */
    List<FoundFigure> find(Tokens t, IntPredicate excluded, int documentYear) {
        List<Mention> mentions = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            List<Mention> found = parseAt(t, i);
            if (found.isEmpty()) {
                continue;
            }
            Mention last = found.get(found.size() - 1);
            for (Mention m : found) {
                if (!excluded.test(m.start()) && !excluded.test(m.end() - 1)) {
                    mentions.add(m);
                }
            }
            while (t.valid(i + 1) && t.start(i + 1) < last.end()) {
                i++;
            }
        }
        return resolve(t, mentions, excluded, documentYear);
    }

    // ---- reading one date ----------------------------------------------------------------

    private List<Mention> parseAt(Tokens t, int i) {
        int j = i;
        int weekdayNumber = weekday(t, i);
        boolean weekday = weekdayNumber != 0;
        boolean bracket = false;
        if (weekday) {
            j = i + 1;
            if (t.is(j, '.') && t.attached(j)) {
                j++;
            }
            if (t.is(j, ',')) {
                j++;
            } else if (t.is(j, '(')) {
                bracket = true; // "Wednesday (June 25)"
                j++;
            }
        }
        List<Mention> found = dayFirst(t, j);
        if (found.isEmpty()) {
            found = monthFirst(t, j);
        }
        if (found.isEmpty() && !weekday) {
            found = dayReference(t, j);
        }
        if (found.isEmpty() && !weekday) {
            found = iso(t, j);
        }
        if (found.isEmpty()) {
            found = numeric(t, j);
        }
        if (found.isEmpty()) {
            found = dotted(t, j);
        }
        if (weekday && !found.isEmpty()) {
            Mention m = found.get(0);
            int end = m.end();
            if (bracket && found.size() == 1 && end < t.text.length() && t.text.charAt(end) == ')') {
                end++;
            }
            found = new ArrayList<>(found);
            found.set(
                    0,
                    new Mention(
                            t.start(i),
                            end,
                            m.fromDay(),
                            m.fromMonth(),
                            m.fromYear(),
                            m.toDay(),
                            m.toMonth(),
                            m.toYear(),
                            weekdayNumber));
        }
        return found;
    }

    /** "21 May", "21–22 May 2024", "11 and 12 July 2023", "30 November to 12 December 2023", "21st of May". */
    private List<Mention> dayFirst(Tokens t, int j) {
        int d1 = day(t, j);
        if (d1 < 0 || gluedToName(t, j)) {
            return List.of();
        }
        int k = j + 1;
        if (t.isWord(k, "of") && month(t, k + 1) > 0) {
            k++;
        }
        int m1 = month(t, k);
        if (m1 > 0 && t.nearPrevious(k)) {
            int e = monthEnd(t, k);
            int[] y1 = yearAfter(t, e);
            int last = y1[1];
            // a second full date: "30 November to 12 December 2023", "1 May 2024 – 3 May 2024",
            // "30 June and 3 July 2025"
            int c = last + 1;
            if (isDayConnector(t, c) && day(t, c + 1) > 0) {
                int k2 = c + 2;
                if (t.isWord(k2, "of")) {
                    k2++;
                }
                int m2 = month(t, k2);
                int d2 = day(t, c + 1);
                if (m2 > 0 && (!isPairWord(t, c) || andRange(t, j, d1, m1, d2, m2))) {
                    int[] y2 = yearAfter(t, monthEnd(t, k2));
                    return List.of(mention(t, j, y2[1], d1, m1, y1[0], d2, m2, y2[0]));
                }
            }
            return List.of(mention(t, j, last, d1, m1, y1[0], d1, m1, y1[0]));
        }
        // "21–22 May 2024", "11 and 12 July", "the 3rd to the 5th of June"
        int second = t.isWord(k + 1, "the") ? k + 2 : k + 1;
        if (isDayConnector(t, k) && day(t, second) > 0) {
            int d2 = day(t, second);
            int mk = second + 1;
            if (t.isWord(mk, "of")) {
                mk++;
            }
            int m = month(t, mk);
            if (m > 0 && d2 > d1) {
                int[] y = yearAfter(t, monthEnd(t, mk));
                if (isPairWord(t, k) && d2 != d1 + 1 && !t.isWord(j - 1, "between")) {
                    // "5 and 9 June" names two days, not a range
                    return List.of(
                            mention(t, j, j, d1, m, y[0], d1, m, y[0]),
                            mention(t, second, y[1], d2, m, y[0], d2, m, y[0]));
                }
                return List.of(mention(t, j, y[1], d1, m, y[0], d2, m, y[0]));
            }
        }
        return List.of();
    }

    /** "May 21", "Sept. 9-10, 2023", "September 20–21", "May 21 to June 3, 2024", "December 13th". */
    private List<Mention> monthFirst(Tokens t, int j) {
        int m1 = month(t, j);
        if (m1 == 0) {
            return List.of();
        }
        int e = monthEnd(t, j);
        int dk = e + 1;
        // "September, 11th and 12th 2024": a comma after the month before an ordinal day (not "In May, 11 states")
        boolean commaThenOrdinal =
                t.is(dk, ',') && t.valid(dk + 1) && NumberReader.ordinalValue(t, dk + 1) > 0 && t.nearPrevious(dk + 1);
        if (commaThenOrdinal) {
            dk++;
        }
        int d1 = day(t, dk);
        if (d1 < 0 || !commaThenOrdinal && !t.nearPrevious(dk) || t.attached(dk)) {
            return List.of();
        }
        if (t.valid(dk + 1)
                && t.attached(dk + 1)
                && (isClockColon(t, dk + 1) || t.is(dk + 1, '%') || t.is(dk + 1, '/'))) {
            return List.of();
        }
        int c = dk + 1;
        if (isDayConnector(t, c)) {
            // "May 21 to June 3", "June 30 and July 3, 2025"
            int m2 = month(t, c + 1);
            int d2k = monthEnd(t, c + 1) + 1;
            if (m2 > 0 && day(t, d2k) > 0 && (!isPairWord(t, c) || andRange(t, j, d1, m1, day(t, d2k), m2))) {
                int[] y = yearAfter(t, d2k);
                // the year after the second day is its own: "December 30 to January 2, 2025" starts in 2024
                return List.of(mention(t, j, y[1], d1, m1, 0, day(t, d2k), m2, y[0]));
            }
            int d2 = day(t, c + 1);
            if (d2 > d1 && month(t, c + 2) == 0) {
                int[] y = yearAfter(t, c + 1);
                if (isPairWord(t, c) && d2 != d1 + 1 && !t.isWord(j - 1, "between")) {
                    return List.of(
                            mention(t, j, dk, d1, m1, y[0], d1, m1, y[0]),
                            mention(t, c + 1, y[1], d2, m1, y[0], d2, m1, y[0]));
                }
                return List.of(mention(t, j, y[1], d1, m1, y[0], d2, m1, y[0]));
            }
        }
        int[] y1 = yearAfter(t, dk);
        // "December 30, 2023 – January 2, 2024"
        int r = y1[1] + 1;
        if (y1[0] != 0 && isRangeWord(t, r) && month(t, r + 1) > 0) {
            int d2k = monthEnd(t, r + 1) + 1;
            int d2 = day(t, d2k);
            if (d2 > 0) {
                int[] y2 = yearAfter(t, d2k);
                if (y2[0] != 0) {
                    return List.of(mention(t, j, y2[1], d1, m1, y1[0], d2, month(t, r + 1), y2[0]));
                }
            }
        }
        return List.of(mention(t, j, y1[1], d1, m1, y1[0], d1, m1, y1[0]));
    }

    /** "on the 21st": a day whose month the date before it gives. */
    private List<Mention> dayReference(Tokens t, int j) {
        if (!t.isWord(j, "the") || !t.valid(j - 1) || !lexicon.dayReferenceBefore.contains(t.lower(j - 1))) {
            return List.of();
        }
        int d = NumberReader.ordinalValue(t, j + 1);
        if (d < 1 || d > 31) {
            return List.of();
        }
        int next = j + 2;
        if (t.isWord(next, "of") && month(t, next + 1) > 0) {
            return List.of();
        }
        if (isDayConnector(t, next) && !dayFirst(t, j + 1).isEmpty()) {
            return List.of(); // "on the 3rd and 4th of March": a range the day-first form reads whole
        }
        int last = j + 1;
        int lastDay = d;
        if (isDayConnector(t, next)) {
            // "on the 6th and 7th", "the 3rd to the 5th": days of the month the date before them gives
            int second = t.isWord(next + 1, "the") ? next + 2 : next + 1;
            int d2 = NumberReader.ordinalValue(t, second);
            boolean range = isPairWord(t, next) ? d2 == d + 1 : d2 > d && d2 <= 31; // "the 3rd and 10th": two days
            if (range) {
                last = second;
                lastDay = d2;
                next = second + 1;
            }
        }
        boolean ends = !t.valid(next)
                || (t.type(next) == Tokens.OTHER && !t.isDash(next))
                || (t.isLowerWord(next)
                        && (lexicon.dayReferenceFollow.contains(t.lower(next))
                                || lexicon.stopWords.contains(t.lower(next))));
        if (!ends) {
            return List.of();
        }
        return List.of(mention(t, j, last, d, 0, 0, lastDay, 0, 0));
    }

    /** "2023-11-01". */
    private List<Mention> iso(Tokens t, int j) {
        if (!isFourDigits(t, j)
                || !(t.isDash(j + 1) && t.attached(j + 1))
                || !(t.attached(j + 2) && t.type(j + 2) == Tokens.NUMBER && t.length(j + 2) == 2)
                || !(t.isDash(j + 3) && t.attached(j + 3))
                || !(t.attached(j + 4) && t.type(j + 4) == Tokens.NUMBER && t.length(j + 4) == 2)) {
            return List.of();
        }
        int y = Integer.parseInt(t.text(j));
        int m = Integer.parseInt(t.text(j + 2));
        int d = Integer.parseInt(t.text(j + 4));
        if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1 || d > 31) {
            return List.of();
        }
        return List.of(mention(t, j, j + 4, d, m, y, d, m, y));
    }

    /**
     * "14/05/2024", "02-03/04/2014" (2 and 3 April): day, month and a four-digit year joined by slashes, the day
     * first as most of the world writes it; month first only where the first number cannot be a month
     * ("05/14/2024") and no range of days stands before. A two-digit year ("9/14/18") only where one of the first
     * two numbers cannot be a month.
     */
    private List<Mention> numeric(Tokens t, int j) {
        if (!oneOrTwoDigits(t, j)) {
            return List.of();
        }
        int first = Integer.parseInt(t.text(j));
        int second = first;
        int k = j + 1;
        boolean range = false;
        if (t.isDash(k) && t.attached(k) && t.attached(k + 1) && oneOrTwoDigits(t, k + 1)) {
            second = Integer.parseInt(t.text(k + 1));
            range = true;
            k += 2;
        }
        if (!(t.is(k, '/') && t.attached(k) && t.attached(k + 1) && oneOrTwoDigits(t, k + 1))
                || !(t.is(k + 2, '/')
                        && t.attached(k + 2)
                        && t.attached(k + 3)
                        && (isFourDigits(t, k + 3) || t.length(k + 3) == 2 && oneOrTwoDigits(t, k + 3)))) {
            return List.of();
        }
        int month = Integer.parseInt(t.text(k + 1));
        int y = Integer.parseInt(t.text(k + 3));
        if (t.length(k + 3) == 2) {
            // "9/14/18": a two-digit year only where the order of day and month is beyond doubt
            if (range || (first > 12) == (month > 12) || t.valid(k + 4) && t.attached(k + 4) && t.is(k + 4, '/')) {
                return List.of();
            }
            y += y < TWO_DIGIT_PIVOT ? 2000 : 1900;
        }
        if (y < MIN_YEAR || y > MAX_YEAR) {
            return List.of();
        }
        if (month > 12 && !range && first <= 12 && month <= 31) {
            return List.of(mention(t, j, k + 3, month, first, y, month, first, y)); // "05/14/2024"
        }
        if (month < 1 || month > 12 || first < 1 || second > 31 || second < first) {
            return List.of();
        }
        return List.of(mention(t, j, k + 3, first, month, y, second, month, y));
    }

    /** Day, month and a four-digit year joined by full stops, one piece as the tokens read it. */
    private static final java.util.regex.Pattern DOTTED =
            java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

    /** "20.12.2020": day, month and year joined by full stops, as much of Europe and Africa writes them. */
    private List<Mention> dotted(Tokens t, int j) {
        if (!t.valid(j) || t.type(j) != Tokens.JUNK) {
            return List.of();
        }
        java.util.regex.Matcher m = DOTTED.matcher(t.text(j));
        if (!m.matches()) {
            return List.of();
        }
        int d = Integer.parseInt(m.group(1));
        int mo = Integer.parseInt(m.group(2));
        int y = Integer.parseInt(m.group(3));
        if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12 || d < 1 || d > 31) {
            return List.of();
        }
        return List.of(mention(t, j, j, d, mo, y, d, mo, y));
    }

    /** "9/14/18" is 2018, "3/25/97" 1997. */
    private static final int TWO_DIGIT_PIVOT = 70;

    private static boolean oneOrTwoDigits(Tokens t, int k) {
        return t.valid(k)
                && t.type(k) == Tokens.NUMBER
                && t.length(k) <= 2
                && t.text(k).chars().allMatch(Character::isDigit);
    }

    private static Mention mention(Tokens t, int first, int last, int fd, int fm, int fy, int td, int tm, int ty) {
        return new Mention(t.start(first), t.end(last), fd, fm, fy, td, tm, ty, 0);
    }

    /**
     * Two days of different months joined by "and" ("June 30 and July 3") are a range when the second
     * comes at most a week after the first, or after "between"; else, and in the same month written
     * twice ("12 July and 13 July"), they name two days.
     */
    private static boolean andRange(Tokens t, int first, int d1, int m1, int d2, int m2) {
        if (m1 == m2) {
            return false; // "12 July and 13 July" names two days
        }
        if (t.isWord(first - 1, "between")) {
            return true;
        }
        try {
            LocalDate from = LocalDate.of(2000, m1, d1); // a leap year, so that 29 February is a day
            LocalDate to = LocalDate.of(m2 < m1 ? 2001 : 2000, m2, d2);
            long days = ChronoUnit.DAYS.between(from, to);
            return days > 0 && days <= MAX_AND_RANGE_DAYS;
        } catch (DateTimeException e) {
            return false;
        }
    }

    // ---- token tests ---------------------------------------------------------------------

    /** The day of month at token k (1-31, digits or "21st"), or -1. */
    private static int day(Tokens t, int k) {
        if (!t.valid(k)) {
            return -1;
        }
        int value;
        if (t.type(k) == Tokens.NUMBER && t.length(k) <= 2) {
            value = Integer.parseInt(t.text(k));
        } else {
            value = NumberReader.ordinalValue(t, k);
        }
        return value >= 1 && value <= 31 ? value : -1;
    }

    /** Digits glued to a name or a number before them ("F-16", "1.5", "3/4"). */
    private static boolean gluedToName(Tokens t, int k) {
        if (!t.attached(k)) {
            return false;
        }
        return t.type(k - 1) != Tokens.OTHER
                || t.isDash(k - 1)
                || t.is(k - 1, '/')
                || t.is(k - 1, '.')
                || t.is(k - 1, ',')
                || t.is(k - 1, ':')
                || t.is(k - 1, '$')
                || t.is(k - 1, '£')
                || t.is(k - 1, '€');
    }

    /** The month at token k (1-12), written capitalised ("May", "Sept", "SEPTEMBER"), or 0. */
    private int month(Tokens t, int k) {
        if (!t.valid(k) || t.type(k) != Tokens.WORD || t.length(k) > 9 || !t.isCapitalized(k)) {
            return 0;
        }
        if (lexicon.monthInitials.indexOf(t.text.charAt(t.start(k))) < 0) {
            return 0; // no month's initial: decided without cutting the word out
        }
        String word = t.text(k);
        Integer m = lexicon.months.get(word);
        if (m == null && word.length() > 3 && !word.equals("MAY")) {
            String title = word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
            if (word.equals(word.toUpperCase(java.util.Locale.ROOT)) && title.length() >= 4) {
                m = lexicon.months.get(title);
            }
        }
        return m == null ? 0 : m;
    }

    /** The last token of the month at k: an abbreviation may carry a full stop ("Sept."). */
    private int monthEnd(Tokens t, int k) {
        return t.is(k + 1, '.') && t.attached(k + 1) && lexicon.monthAbbreviations.contains(t.text(k)) ? k + 1 : k;
    }

    /** {year, last token}: a year right after token k ("May 2024", "May 21, 2024"), or {0, k}. */
    private static int[] yearAfter(Tokens t, int k) {
        int y = k + 1;
        if (t.is(y, ',')) {
            y++;
        }
        if (isFourDigits(t, y) && !t.attached(y) && t.nearPrevious(y)) {
            int year = Integer.parseInt(t.text(y));
            boolean glued = t.valid(y + 1) && t.attached(y + 1) && (t.isDash(y + 1) || t.is(y + 1, '/'));
            if (year >= MIN_YEAR && year <= MAX_YEAR && !glued) {
                return new int[] {year, y};
            }
        }
        return new int[] {0, k};
    }

    static boolean isFourDigits(Tokens t, int k) {
        if (!t.valid(k) || t.type(k) != Tokens.NUMBER || t.length(k) != 4) {
            return false;
        }
        for (int p = t.start(k); p < t.end(k); p++) {
            if (!Tokens.isDigit(t.text.charAt(p))) {
                return false;
            }
        }
        return true;
    }

    /** The ISO number of the weekday at token k, written capitalised ("Monday", "Tues"), or 0. */
    private int weekday(Tokens t, int k) {
        if (!t.valid(k) || t.type(k) != Tokens.WORD || t.length(k) > 9 || !t.isCapitalized(k)) {
            return 0;
        }
        if (lexicon.weekdayInitials.indexOf(t.text.charAt(t.start(k))) < 0) {
            return 0; // no weekday's initial
        }
        Integer number = lexicon.weekdays.get(t.text(k));
        return number == null ? 0 : number;
    }

    private static boolean isRangeWord(Tokens t, int k) {
        return t.isDash(k)
                || t.isWord(k, "to")
                || t.isWord(k, "until")
                || t.isWord(k, "through")
                || t.isWord(k, "till");
    }

    private static boolean isPairWord(Tokens t, int k) {
        return t.isWord(k, "and") || t.is(k, '&');
    }

    /** A colon between hours and minutes ("May 16:30"), not one that ends a dateline ("Bali, November 16th:"). */
    private static boolean isClockColon(Tokens t, int k) {
        return t.is(k, ':') && t.valid(k + 1) && t.attached(k + 1) && t.type(k + 1) == Tokens.NUMBER;
    }

    private static boolean isDayConnector(Tokens t, int k) {
        return isRangeWord(t, k) || isPairWord(t, k);
    }

    // ---- years and months from context ---------------------------------------------------

    private List<FoundFigure> resolve(Tokens t, List<Mention> mentions, IntPredicate excluded, int documentYear) {
        int fallbackYear = mostMentionedYear(t, excluded);
        int[] nameYears = nameYears(t, excluded);
        int[] context = contextYears(mentions, fallbackYear, nameYears, 0);
        List<Mention> anchored = yearsFromWeekdays(mentions, context, documentYear);
        if (anchored != mentions || documentYear != 0) {
            mentions = anchored;
            context = contextYears(mentions, fallbackYear, nameYears, documentYear);
        }
        List<FoundFigure> out = new ArrayList<>();
        LocalDate[] previous = null;
        for (int idx = 0; idx < mentions.size(); idx++) {
            Mention m = mentions.get(idx);
            LocalDate[] range;
            if (m.fromMonth() == 0) {
                range = previous == null ? null : dayOfPrevious(m.fromDay(), m.toDay(), previous);
            } else {
                int year = m.hasYear() ? m.statedYear() : context[idx];
                range = year == 0 ? null : dates(m, year);
            }
            if (range != null) {
                previous = range;
                String text = t.text.substring(m.start(), m.end());
                out.add(new FoundFigure(Figure.date(text, range[0], range[1]), m.start(), m.end()));
            }
        }
        return out;
    }

    /**
     * The mentions, each date with a weekday and no year from the document ("Tuesday, 2 November")
     * given the latest year, not after today, in which its first day falls on that weekday; the same
     * list when there is none.
     */
    private List<Mention> yearsFromWeekdays(List<Mention> mentions, int[] context, int documentYear) {
        List<Mention> out = mentions;
        LocalDate today = null;
        for (int k = 0; k < mentions.size(); k++) {
            Mention m = mentions.get(k);
            if (m.weekday() == 0 || m.hasYear() || context[k] != 0 || m.fromMonth() == 0) {
                continue;
            }
            if (today == null) {
                today = LocalDate.now(clock);
                if (documentYear != 0) {
                    today = LocalDate.of(documentYear, 12, 31); // the weekday's year is the file's, or just before
                }
            }
            int year = latestYearOnWeekday(m.fromMonth(), m.fromDay(), m.weekday(), today);
            if (year == 0) {
                continue;
            }
            if (out == mentions) {
                out = new ArrayList<>(mentions);
            }
            out.set(
                    k,
                    new Mention(
                            m.start(),
                            m.end(),
                            m.fromDay(),
                            m.fromMonth(),
                            year,
                            m.toDay(),
                            m.toMonth(),
                            0,
                            m.weekday()));
        }
        return out;
    }

    /** The latest year, with the day not after today, in which month/day falls on the ISO weekday; 0 if none. */
    static int latestYearOnWeekday(int month, int day, int weekday, LocalDate today) {
        for (int year = today.getYear(); year > today.getYear() - WEEKDAY_YEARS_BACK; year--) {
            try {
                LocalDate date = LocalDate.of(year, month, day);
                if (!date.isAfter(today) && date.getDayOfWeek().getValue() == weekday) {
                    return year;
                }
            } catch (DateTimeException e) {
                // no such day in this year (29 February); try the one before
            }
        }
        return 0;
    }

    /** The from and to days of m, the year being the year of its end unless stated for the start. */
    private static LocalDate[] dates(Mention m, int toYear) {
        int ty = m.toYear() != 0 ? m.toYear() : toYear;
        int fy = m.fromYear() != 0 ? m.fromYear() : (m.fromMonth() > m.toMonth() ? ty - 1 : ty);
        if (m.toYear() == 0 && m.fromYear() != 0) {
            ty = m.fromMonth() > m.toMonth() ? fy + 1 : fy;
        }
        try {
            LocalDate from = LocalDate.of(fy, m.fromMonth(), m.fromDay());
            LocalDate to = LocalDate.of(ty, m.toMonth(), m.toDay());
            return to.isBefore(from) ? null : new LocalDate[] {from, to};
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Days day to lastDay ("the 6th and 7th") in the month of the date before them. */
    private static LocalDate[] dayOfPrevious(int day, int lastDay, LocalDate[] previous) {
        LocalDate from = previous[0];
        LocalDate to = previous[1];
        LocalDate base = day < from.getDayOfMonth() && (to.getMonthValue() != from.getMonthValue()) ? to : from;
        try {
            LocalDate d = LocalDate.of(base.getYear(), base.getMonthValue(), day);
            return new LocalDate[] {d, d.withDayOfMonth(lastDay)};
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * For each mention, the stated year of the nearest date before it, else the year of an event name
     * before it ("LAGOS, Aug. 24 - ... the 2031 Trade Summit"), else the stated year of the nearest date
     * after it, else the fallback. {@code nameYears} holds offset and year pairs, in order. A document year
     * (not 0) comes right after the nearest dated date before: "the 2022 eruption" names a past event.
     */
    private static int[] contextYears(List<Mention> mentions, int fallback, int[] nameYears, int documentYear) {
        int n = mentions.size();
        int[] years = new int[n];
        int[] nextAt = new int[n];
        int next = 0;
        int nextStart = Integer.MAX_VALUE;
        for (int k = n - 1; k >= 0; k--) {
            years[k] = next;
            nextAt[k] = nextStart;
            if (mentions.get(k).hasYear()) {
                next = mentions.get(k).statedYear();
                nextStart = mentions.get(k).start();
            }
        }
        int previous = 0;
        for (int k = 0; k < n; k++) {
            int after = years[k];
            // a name's year before the date, else the first one before the next dated date
            int named = 0;
            for (int y = 0; y + 1 < nameYears.length && nameYears[y] < nextAt[k]; y += 2) {
                if (named == 0 || nameYears[y] < mentions.get(k).end()) {
                    named = nameYears[y + 1];
                }
            }
            if (documentYear != 0) {
                // a later date's year is often a deadline ("in force from 1 January 2027"), not the meeting's
                years[k] = previous != 0 ? previous : documentYear;
            } else {
                years[k] = previous != 0 ? previous : named != 0 ? named : after != 0 ? after : fallback;
            }
            if (mentions.get(k).hasYear()) {
                previous = mentions.get(k).statedYear();
            }
        }
        return years;
    }

    /**
     * Years that are part of a name, as offset and year pairs: right before a capitalised word ("the 2031
     * Trade Summit") or right after a capitalised word that is no month ("Summit 2031"). Not "in 2019".
     */
    private int[] nameYears(Tokens t, IntPredicate excluded) {
        List<Integer> pairs = new ArrayList<>();
        for (int k = 0; k < t.size(); k++) {
            if (!isFourDigits(t, k) || excluded.test(t.start(k))) {
                continue;
            }
            int year = Integer.parseInt(t.text(k));
            if (year < MIN_YEAR || year > MAX_YEAR) {
                continue;
            }
            boolean before = t.valid(k + 1)
                    && t.nearPrevious(k + 1)
                    && t.type(k + 1) == Tokens.WORD
                    && t.isCapitalized(k + 1)
                    && month(t, k + 1) == 0
                    && !lexicon.stopWords.contains(t.lower(k + 1))
                    && !(t.valid(k - 1) && lexicon.targetYearMarkers.contains(t.lower(k - 1)));
            boolean after = t.valid(k - 1)
                    && t.nearPrevious(k)
                    && t.type(k - 1) == Tokens.WORD
                    && t.isCapitalized(k - 1)
                    && month(t, k - 1) == 0
                    && weekday(t, k - 1) == 0
                    && !lexicon.stopWords.contains(t.lower(k - 1))
                    && !lexicon.targetYearMarkers.contains(t.lower(k - 1));
            if (before || after) {
                pairs.add(t.start(k));
                pairs.add(year);
            }
        }
        return pairs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The four-digit year (1900-2199) the text mentions most, outside URLs and targets ("by 2050"); 0 if none. */
    private int mostMentionedYear(Tokens t, IntPredicate excluded) {
        Map<Integer, Integer> counts = new HashMap<>();
        int best = 0;
        int bestCount = 0;
        for (int k = 0; k < t.size(); k++) {
            if (!isFourDigits(t, k)
                    || excluded.test(t.start(k))
                    || (t.valid(k - 1)
                            && t.type(k - 1) == Tokens.WORD
                            && lexicon.targetYearMarkers.contains(t.lower(k - 1)))) {
                continue;
            }
            int year = Integer.parseInt(t.text(k));
            if (year < MIN_YEAR || year > MAX_YEAR) {
                continue;
            }
            int c = counts.merge(year, 1, Integer::sum);
            if (c > bestCount) {
                best = year;
                bestCount = c;
            }
        }
        return best;
    }
}
