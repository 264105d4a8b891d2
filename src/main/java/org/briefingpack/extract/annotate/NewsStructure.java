package org.briefingpack.extract.annotate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.Sentence;

/**
 * The parts of a news story: the headline at the top, a byline under it, the dateline the first paragraph
 * opens with ("GLASGOW, Scotland (AP) —", "PARIS (Reuters) -", "New Delhi:", "Bali, November 16th:"),
 * headings, list items, table rows and paragraphs.
 */
final class NewsStructure {

    private static final int MAX_HEADLINE_WORDS = 30;
    private static final Pattern BYLINE = Pattern.compile("^(?:By|BY|Written by|Reporting by)\\s+\\S.{0,80}$");
    /**
     * PLACE[/COUNTRY][, REGION][, DATE] [(COUNTRY)] [(AGENCY)] [M/D/YY], before its separator ("Rovaniemi (Finland)
     * (AFP)", "Suva/Fiji —").
     */
    private static final String DATELINE_HEAD = "^(\\p{Lu}[\\p{L}.'’ -]{1,40}?(?:/\\p{Lu}[\\p{L} ]{1,30}?)?)"
            + "((?:,\\s*[^,()\\n:—–]{1,40}?){0,2})"
            + "\\s*(?:\\(([^)\\n]{1,40})\\)\\s*)?"
            + "(?:\\(([^)\\n]{1,40})\\)\\s*)?"
            // "NADI (Wire) 9/13/25 —": a date in figures after the agency
            + "(?:\\d{1,2}/\\d{1,2}/\\d{2,4}\\s*)?";
    /**
     * The head, then — or : and the story; after an agency's bracket, or a dash doubled with a hyphen ("April 20, 2012
     * –-Ministers"), the story may follow the dash unspaced.
     */
    private static final Pattern DATELINE = Pattern.compile(
            DATELINE_HEAD + "(--|—|–|-|:|[—–]-)(?:\\s+(?=\\S)|(?<=\\)\\s?[—–-])(?=\\p{Lu})|(?<=[—–]-)(?=\\p{Lu}))");
    /** The head on a line of its own, ended by a dash ("Rovaniemi (Finland) (AFP) –"): no colon, as headings end. */
    private static final Pattern DATELINE_ALONE = Pattern.compile(DATELINE_HEAD + "(--|—|–|-)$");
    /** What closes a date that follows the dateline's dash: a colon or a dash, and the space before the story. */
    private static final Pattern DATE_CLOSE = Pattern.compile("\\s*(?::|—|–|-)\\s+");
    /** A release's place and date on a line of their own, no dash ("Wellington, 14 May 2019"). */
    private static final Pattern PLACE_AND_DATE = Pattern.compile("^(\\p{Lu}[\\p{L}.'’ -]{1,40}?),\\s*(\\S.*)$");

    /** "SUVA, May 4, 2026, REEFNEWS.": a place in capitals, a date, an agency in capitals, and a full stop. */
    private static final Pattern PLACE_DATE_AGENCY = Pattern.compile(
            "^(\\p{Lu}{2,}(?:[ '’-]\\p{Lu}{2,}){0,3}),\\s*([^,]{3,20},\\s*(?:19|20)\\d\\d|[^,]{3,25}(?:19|20)\\d\\d),\\s*"
                    + "\\p{Lu}{2,}[\\p{Lu}\\d&]*\\.$");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NewsStructure() {}

    static List<PartKind> parts(List<Sentence> sentences, List<Layout.Lines> lines) {
        List<PartKind> parts = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Layout.Lines l = lines.get(i);
            String plain = l.plain();
            PartKind kind;
            if (i == 0 && isHeadline(sentences, lines)) {
                kind = PartKind.HEADLINE;
            } else if (i <= 3 && l.lineItem() && BYLINE.matcher(plain).matches()) {
                kind = PartKind.BYLINE;
            } else if (isTableRow(sentences.get(i).text())) {
                kind = PartKind.TABLE_ROW;
            } else if (l.heading()) {
                kind = PartKind.HEADING;
            } else if (l.marker()) {
                kind = PartKind.LIST_ITEM;
            } else {
                kind = PartKind.PARAGRAPH;
            }
            parts.add(kind);
        }
        return parts;
    }

    /** The first line is a headline when it stands alone, is not too long, and prose follows it. */
    private static boolean isHeadline(List<Sentence> sentences, List<Layout.Lines> lines) {
        if (sentences.size() < 2) {
            return false;
        }
        Layout.Lines first = lines.get(0);
        String plain = first.plain();
        if (!first.lineItem() || first.marker() || plain.isEmpty() || plain.endsWith(":")) {
            return false;
        }
        int words = SPACES.split(plain).length;
        // a headline has no full stop; it may end in "!" or "?"
        if (words > MAX_HEADLINE_WORDS || plain.endsWith(".") || plain.endsWith(";")) {
            return false;
        }
        for (int k = 1; k < Math.min(sentences.size(), 6); k++) {
            if (!lines.get(k).heading() && !lines.get(k).marker()) {
                return true;
            }
        }
        return false;
    }

    static boolean isTableRow(String text) {
        if (text.indexOf('|') < 0) {
            return false;
        }
        int cells = 0;
        for (String cell : text.split("\\|")) {
            if (!cell.isBlank()) {
                cells++;
            }
        }
        return cells >= 2;
    }

    /** How far down a one-sentence line may stand above the dateline: after a headline and a byline. */
    private static final int STANDFIRST_WITHIN = 2;

    /** How many sentences from the top a dateline may stand in: a headline, a byline, a few summary points. */
    private static final int DATELINE_WITHIN = 8;

    /** The dateline the first paragraph opens with, if any. */
    static Dateline dateline(
            List<Sentence> sentences,
            List<PartKind> parts,
            List<Layout.Lines> lines,
            List<FoundFigure> figures,
            ActorGazetteer gazetteer,
            List<List<Token>> tokens) {
        for (int i = 0; i < Math.min(sentences.size(), DATELINE_WITHIN); i++) {
            PartKind part = parts.get(i);
            Sentence s = sentences.get(i);
            // "Rovaniemi (Finland) (AFP) –" on a line of its own, above the story's first paragraph
            boolean alone = part == PartKind.HEADING
                    && DATELINE_ALONE.matcher(s.text().strip()).matches();
            Dateline placeAndDate = part == PartKind.PARAGRAPH || part == PartKind.HEADING
                    ? placeAndDate(s, figures, gazetteer)
                    : null; // not a list item or a table row ("Lima, 12 March 2019" in a list of past venues)
            if (placeAndDate == null && (part == PartKind.PARAGRAPH || part == PartKind.HEADING)) {
                placeAndDate = dateAndPlace(s, figures, gazetteer);
            }
            if (placeAndDate != null) {
                return placeAndDate;
            }
            Matcher agencyLast = PLACE_DATE_AGENCY.matcher(s.text().strip());
            if (part == PartKind.PARAGRAPH && agencyLast.matches()) {
                // "SUVA, May 4, 2026, REEFNEWS." ahead of the story: where it was filed, its date and its agency
                String place = agencyLast.group(1).strip();
                List<Place> known = gazetteer.places(Tokenizer.tokens(place));
                String code = !known.isEmpty() && known.get(0).start() == 0
                        ? known.get(0).country()
                        : null;
                LocalDate date = null;
                for (FoundFigure d : Annotator.dates(figures, s.start(), s.end())) {
                    date = d.figure().from();
                    break;
                }
                if (date != null) {
                    int lineStart = s.start() + s.text().indexOf(s.text().strip());
                    return new Dateline(
                            titleCase(place),
                            code,
                            date,
                            lineStart,
                            lineStart + s.text().strip().length());
                }
            }
            Dateline pointed = part == PartKind.PARAGRAPH && i + 1 < sentences.size()
                    ? placeBeforeAgency(s, sentences.get(i + 1), gazetteer)
                    : null;
            if (pointed != null) {
                return pointed;
            }
            if (!alone && (part == PartKind.HEADLINE || part == PartKind.BYLINE || part == PartKind.HEADING)) {
                continue;
            }
            if (!alone && (part == PartKind.LIST_ITEM || part == PartKind.TABLE_ROW)) {
                continue; // a wire story's summary points, "June 3, 2026|Reuters": the dateline opens the text below
            }
            if (!alone && part != PartKind.PARAGRAPH) {
                return null;
            }
            // "20 April 2026, Suva, Fiji - Ministers ...": the date first, then the place
            int dateFirst = alone ? 0 : leadingDate(s, figures);
            Matcher m = (alone ? DATELINE_ALONE : DATELINE)
                    .matcher(alone ? s.text().strip() : s.text())
                    .region(dateFirst, s.text().length());
            if (!m.find() || !alone && m.end() >= s.text().length()) {
                if (i <= STANDFIRST_WITHIN && lines.get(i).lineItem() && i + 1 < sentences.size()) {
                    continue; // a standfirst of one sentence on its own line, above the dateline's paragraph
                }
                return null;
            }
            String place = m.group(1).strip();
            String slashedCountry = null;
            int slash = place.indexOf('/');
            if (slash > 0) { // "Suva/Fiji —": the town, then its country
                String after = place.substring(slash + 1).strip();
                slashedCountry = gazetteer.kindOf(after).orElse(null) == MentionKind.COUNTRY
                        ? gazetteer.byName(after).map(a -> a.code()).orElse(null)
                        : null;
                if (slashedCountry == null) {
                    return null;
                }
                place = place.substring(0, slash).strip();
            }
            String separator = m.group(5);
            // "Rovaniemi (Finland) (AFP)": a country in the first of two brackets says where the place is
            String bracketedCountry = m.group(4) == null || m.group(3) == null
                    ? null
                    : gazetteer
                            .byName(m.group(3).strip())
                            .filter(a -> gazetteer.kindOf(m.group(3).strip()).orElse(null) == MentionKind.COUNTRY)
                            .map(a -> a.code())
                            .orElse(null);
            boolean capitals = place.equals(place.toUpperCase(Locale.ROOT)) && place.length() > 2;
            List<Place> known = gazetteer.places(Tokenizer.tokens(place));
            boolean isPlace = !known.isEmpty()
                    && known.get(0).start() == 0
                    && known.get(0).end() == place.length();
            boolean country = gazetteer.byName(place).isPresent()
                    && gazetteer.kindOf(place).orElse(null) == MentionKind.COUNTRY;
            // a line of its own in capitals is a dateline only with its agency in brackets, not "KEY POINTS –"
            boolean capitalsDateline = capitals && !separator.equals(":") && (!alone || m.group(3) != null);
            // "NADI, FIJI: Leaders ...": a town the gazetteer lacks, in its country, before a colon
            String commaCountry =
                    m.group(2) == null || m.group(2).isBlank() ? null : countryAfterComma(m.group(2), gazetteer);
            if (!(isPlace
                    || country
                    || bracketedCountry != null
                    || slashedCountry != null
                    || capitalsDateline
                    || capitals && commaCountry != null)) {
                return null;
            }
            if (SPACES.split(place).length > 4) {
                return null;
            }
            LocalDate date = null;
            for (FoundFigure d : Annotator.dates(figures, s.start(), s.start() + m.end())) {
                date = d.figure().from();
                break;
            }
            int end = m.end();
            if (date == null && !alone) {
                // "LIMA – 3 March 2026: The ministers ...": the date after the dash, then a colon or a dash
                for (FoundFigure d : Annotator.dates(figures, s.start() + end, s.end())) {
                    Matcher after = DATE_CLOSE
                            .matcher(s.text())
                            .region(d.end() - s.start(), s.text().length());
                    if (d.start() == s.start() + end
                            && after.lookingAt()
                            && after.end() < s.text().length()) {
                        date = d.figure().from();
                        end = after.end();
                    }
                    break;
                }
            }
            String code = isPlace
                    ? known.get(0).country()
                    : country ? gazetteer.byName(place).get().code() : bracketedCountry;
            if (slashedCountry != null) {
                code = slashedCountry;
            }
            if (code == null && m.group(2) != null) {
                code = countryAfterComma(m.group(2), gazetteer); // "NADI, Fiji (AP)": a town the gazetteer lacks
            }
            return new Dateline(titleCase(place), code, date, s.start(), s.start() + end);
        }
        return null;
    }

    /**
     * "SUVA. REEFNEWS - The summit ...": a known place in capitals ended by a point, which the splitter makes a
     * sentence of its own, and an agency in capitals with a dash opening the next one. The place is the dateline.
     */
    /** The country among the parts after the place's comma (", Fiji"), or null. */
    private static String countryAfterComma(String parts, ActorGazetteer gazetteer) {
        for (String part : parts.split(",")) {
            String name = titleCase(part.strip()); // "MALDIVES" as the gazetteer writes it
            if (!name.isEmpty() && gazetteer.kindOf(name).orElse(null) == MentionKind.COUNTRY) {
                return gazetteer.byName(name).map(a -> a.code()).orElse(null);
            }
        }
        return null;
    }

    private static Dateline placeBeforeAgency(Sentence s, Sentence next, ActorGazetteer gazetteer) {
        Matcher m = PLACE_THEN_POINT.matcher(s.text().strip());
        if (!m.matches() || !AGENCY_THEN_DASH.matcher(next.text()).lookingAt()) {
            return null;
        }
        String place = m.group(1);
        List<Place> known = gazetteer.places(Tokenizer.tokens(place));
        if (known.isEmpty() || known.get(0).start() != 0 || known.get(0).end() != place.length()) {
            return null;
        }
        return new Dateline(titleCase(place), known.get(0).country(), null, s.start(), s.end());
    }

    private static final Pattern PLACE_THEN_POINT = Pattern.compile("^(\\p{Lu}[\\p{Lu} '’-]{1,40})\\.$");
    private static final Pattern AGENCY_THEN_DASH =
            Pattern.compile("\\s*\\p{Lu}[\\p{Lu}\\p{N} .&-]{1,30}\\s(--|—|–|-)\\s+");

    /** "Wellington, 14 May 2019" as a line of its own: a known place, then a date that runs to the line's end. */
    private static Dateline placeAndDate(Sentence s, List<FoundFigure> figures, ActorGazetteer gazetteer) {
        String line = s.text().strip();
        Matcher m = PLACE_AND_DATE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String place = m.group(1).strip();
        List<Place> known = gazetteer.places(Tokenizer.tokens(place));
        if (known.isEmpty() || known.get(0).start() != 0 || known.get(0).end() != place.length()) {
            return null;
        }
        int lineStart = s.start() + s.text().indexOf(line);
        int lineEnd = lineStart + line.length();
        for (FoundFigure d : Annotator.dates(figures, lineStart + m.start(2), lineEnd)) {
            if (d.start() == lineStart + m.start(2) && lineEnd - d.end() <= 1) {
                return new Dateline(
                        titleCase(place), known.get(0).country(), d.figure().from(), lineStart, lineEnd);
            }
        }
        return null;
    }

    /** Where the text after a date that opens the sentence and its comma starts ("20 April 2026, "), or 0. */
    private static int leadingDate(Sentence s, List<FoundFigure> figures) {
        for (FoundFigure d : Annotator.dates(figures, s.start(), s.end())) {
            int after = d.end() - s.start();
            if (d.start() == s.start() && s.text().startsWith(", ", after)) {
                return after + 2;
            }
        }
        return 0;
    }

    /** "April 30, 2024 – Suva, Fiji" as a line of its own: a date from the line's start, a dash, then a known place. */
    private static Dateline dateAndPlace(Sentence s, List<FoundFigure> figures, ActorGazetteer gazetteer) {
        String line = s.text().strip();
        int lineStart = s.start() + s.text().indexOf(line);
        int lineEnd = lineStart + line.length();
        for (FoundFigure d : Annotator.dates(figures, lineStart, lineEnd)) {
            if (d.start() != lineStart) {
                continue;
            }
            Matcher m = DASH_THEN_PLACE.matcher(line).region(d.end() - lineStart, line.length());
            Matcher bracketed = BRACKETED_PLACE_THEN_DASH.matcher(line).region(d.end() - lineStart, line.length());
            boolean alone = m.lookingAt();
            if (!alone && !bracketed.lookingAt()) {
                return null;
            }
            String place = (alone ? m : bracketed).group(1).strip();
            List<Place> known = gazetteer.places(Tokenizer.tokens(place));
            if (known.isEmpty() || known.get(0).start() != 0) {
                return null;
            }
            return new Dateline(
                    titleCase(known.get(0).name()),
                    known.get(0).country(),
                    d.figure().from(),
                    lineStart,
                    alone ? lineEnd : lineStart + bracketed.end());
        }
        return null;
    }

    /** After a release's date on its own line: a dash and the place it was issued in, a region after a comma. */
    private static final Pattern DASH_THEN_PLACE = Pattern.compile(
            "\\s*(?:--|—|–|-)\\s*(\\p{Lu}[\\p{L}.'’ -]{1,40}?)(?:,\\s*\\p{Lu}[\\p{L}.'’ -]{1,40})?\\s*$");

    /**
     * After a date opening the story's first line: the place it was filed in, in brackets, and a dash before the story
     * ("May 4, 2026 (SUVA) – Leaders ..."); of two places ("SUVA/LIMA"), the first.
     */
    private static final Pattern BRACKETED_PLACE_THEN_DASH = Pattern.compile(
            "\\s*\\(\\s*(\\p{Lu}[\\p{L}.'’ -]{1,40}?)(?:/[^)/]{1,40}){0,2}\\s*\\)\\s*(?:--|—|–|-)\\s+(?=\\S)");

    private static String titleCase(String place) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        StringBuilder out = new StringBuilder();
        for (String w : place.split(" ")) {
            if (w.isEmpty()) {
                continue;
            }
            String lower = w.toLowerCase(Locale.ROOT);
            if (out.length() > 0 && People.PARTICLES.contains(lower)) {
                out.append(' ').append(lower); // "RIO DE JANEIRO": Rio de Janeiro
                continue;
            }
            out.append(out.length() > 0 ? " " : "").append(w.charAt(0)).append(lower.substring(1));
        }
        return out.toString();
    }
}
