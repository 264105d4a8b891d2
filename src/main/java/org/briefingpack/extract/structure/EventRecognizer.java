package org.briefingpack.extract.structure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Event;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.FigureKind;

/**
 * Finds the gathering a document is about: its name (a capitalised name ending in Summit, Conference ...,
 * with a "COP28, the ..." apposition), its dates (the first date range near the start, stretched to a later
 * closing date when the text says the event overran) and its place (a city or venue from the gazetteer).
 */
final class EventRecognizer {

    private static final Pattern ORDINAL_TOKEN = Pattern.compile("\\d+(?:st|nd|rd|th)");
    private static final Pattern YEAR_TOKEN = Pattern.compile("\\d{4}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern AGREEMENT_AFTER =
            Pattern.compile("^\\s+(?:Agreement|Accord|Declaration|Protocol|Consensus)\\b.*");

    private static final int LOOK_AHEAD_UNITS = 14;
    private static final Set<String> LOWER_JOINERS = Set.of("of", "the", "on", "for", "and", "&");
    private static final Pattern TOKEN =
            Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’-]++|\\.(?=[\\p{L}\\p{N}]))*+|[^\\s]");
    private static final Pattern VENUE = Pattern.compile("\\b(?:at|in)\\s+((?:[A-Z][\\p{L}'-]+\\s?){1,4})");
    private static final int MAX_EVENT_DAYS = 31;
    private static final Pattern CODE_NAME =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:COP|G|CHOGM|APEC|BRICS)\\d{0,2}(?![\\p{L}\\p{N}-])");
    private static final Pattern HELD_IN = Pattern.compile(
            "\\b(?:held|hosted|met|meeting|summit|conference|took place|convened|gathered|opened)\\s+(?:at|in)\\s+"
                    + "(?:the\\s+)?((?:[A-Z][\\p{L}'-]+)(?:\\s(?:[A-Z][\\p{L}'-]+|de|del|da|el)){0,3})");

    private final Set<String> nouns;
    private final ActorGazetteer gazetteer;
    private final PhraseMatcher skipCues;
    private final PhraseMatcher closeCues;

    private final Set<String> drops;
    private final Set<String> venueWords;
    private final Set<String> pastVenueCues;

    EventRecognizer(List<String> eventNouns, ActorGazetteer gazetteer, List<String[]> dateCues, List<String> drops) {
        this(eventNouns, gazetteer, dateCues, drops, List.of(), List.of());
    }

    EventRecognizer(
            List<String> eventNouns,
            ActorGazetteer gazetteer,
            List<String[]> dateCues,
            List<String> drops,
            List<String> venueWords,
            List<String> pastVenueCues) {
        this.venueWords = Set.copyOf(venueWords);
        this.pastVenueCues = Set.copyOf(pastVenueCues);
        this.drops = Set.copyOf(drops);
        this.nouns = Set.copyOf(
                eventNouns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        this.gazetteer = gazetteer;
        this.skipCues = PhraseMatcher.ofLines(dateCues.stream()
                .filter(r -> r[1].strip().equals("skip"))
                .map(r -> r[0].strip())
                .toList());
        this.closeCues = PhraseMatcher.ofLines(dateCues.stream()
                .filter(r -> r[1].strip().equals("close"))
                .map(r -> r[0].strip())
                .toList());
    }

    private record Name(String name, Unit unit) {}

    /** The event, or null when the document names none and gives no date. */
    Event recognize(List<Unit> units, String hostCountry) {
        Name name = name(units);
        List<Evidence> evidence = new ArrayList<>();
        if (name != null) {
            evidence.add(new Evidence(name.unit().text()));
        }
        LocalDate[] dates = new LocalDate[2];
        Unit dateUnit = dates(units, dates);
        if (dateUnit != null && (name == null || dateUnit != name.unit())) {
            evidence.add(new Evidence(dateUnit.text()));
        }
        ActorGazetteer.Place place = place(units, name);
        String location = place == null ? venue(name) : properCase(place.name(), units);
        String heldIn = null;
        if (location == null) {
            heldIn = heldIn(units);
            location = heldIn;
        }
        String country = place != null ? place.country() : hostCountry;
        if (country == null && heldIn != null) {
            country = gazetteer.byName(heldIn).map(a -> a.code()).orElse(null);
        }
        if (name == null && dates[0] == null) {
            return null;
        }
        if (place != null && name != null && !name.unit().text().contains(place.name())) {
            units.stream()
                    .filter(u -> u.text().contains(place.name()))
                    .findFirst()
                    .filter(u -> evidence.stream().noneMatch(e -> e.quote().equals(u.text())))
                    .ifPresent(u -> evidence.add(new Evidence(u.text())));
        }
        if (evidence.isEmpty() && !units.isEmpty()) {
            evidence.add(new Evidence(units.get(0).text()));
        }
        return new Event(name == null ? null : name.name(), dates[0], dates[1], location, country, evidence);
    }

    private Name name(List<Unit> units) {
        // "the Paris AI Summit", then "the NATO summit", then a bare "COP28"
        for (int pass = 0; pass < 3; pass++) {
            Name venue = null; // "met at the World Forum in The Hague": a name only if no other comes
            for (int i = 0; i < Math.min(units.size(), LOOK_AHEAD_UNITS); i++) {
                Unit u = units.get(i);
                String found = pass == 2 ? codeName(u.plain()) : eventName(u.plain(), pass == 1);
                if (found != null && pass < 2 && isVenue(u.plain(), found)) {
                    if (venue == null) {
                        venue = new Name(found, u);
                    }
                    continue;
                }
                if (found != null) {
                    String full = withApposition(units, found);
                    return new Name(titleCaseNoun(normaliseCase(full, units)), u);
                }
            }
            if (venue != null) {
                return new Name(titleCaseNoun(normaliseCase(withApposition(units, venue.name()), units)), venue.unit());
            }
        }
        return null;
    }

    /** "at the Palais Forum in Geneva": a forum or convention one meets at, then "in" a place, is a venue. */
    private static boolean isVenue(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return false;
        }
        String before = text.substring(0, at);
        String after = text.substring(at + name.length());
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return (before.endsWith("at the ") || before.endsWith("at "))
                && after.startsWith(" in ")
                && (last.equals("forum")
                        || last.equals("convention")
                        || last.equals("centre")
                        || last.equals("center"));
    }

    private static String codeName(String text) {
        Matcher m = CODE_NAME.matcher(text);
        return m.find() ? m.group() : null;
    }

    /** "NATO summit" is written "NATO Summit" in a name. */
    private String titleCaseNoun(String name) {
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        if (space > 0 && nouns.contains(last.toLowerCase(Locale.ROOT)) && Character.isLowerCase(last.charAt(0))) {
            return name.substring(0, space + 1) + Character.toUpperCase(last.charAt(0)) + last.substring(1);
        }
        return name;
    }

    /** The first capitalised name in the text that ends in an event noun ("the Paris AI Summit"). */
    String eventName(String text) {
        return eventName(text, false);
    }

    private String eventName(String text, boolean lowerNoun) {
        List<String> toks = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            toks.add(m.group());
        }
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            if (!nouns.contains(t.toLowerCase(Locale.ROOT))
                    || !(Character.isUpperCase(t.charAt(0)) || lowerNoun && t.equals(t.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (i + 1 < toks.size() && venueWords.contains(toks.get(i + 1))) {
                continue; // "the Lakeside Convention Centre" is a building
            }
            int start = i;
            while (start > 0) {
                String prev = toks.get(start - 1);
                if (isCapitalised(prev) && !prev.equals("The") && !prev.equals("THE") && !prev.equals("A")) {
                    start--;
                } else if (LOWER_JOINERS.contains(prev)
                        && start - 2 >= 0
                        && isCapitalised(toks.get(start - 2))
                        && !prev.equals("the")) {
                    start--;
                } else {
                    break;
                }
            }
            int end = i;
            // "Summit of the Future"
            if (i + 2 < toks.size()
                    && (toks.get(i + 1).equals("of") || toks.get(i + 1).equals("on"))) {
                int k = i + 2;
                if (toks.get(k).equals("the") && k + 1 < toks.size()) {
                    k++;
                }
                if (isCapitalised(toks.get(k))) {
                    end = k;
                }
            }
            if (end == start && start == i) {
                continue;
            }
            while (start < i
                    && (drops.contains(toks.get(start))
                            || ORDINAL_TOKEN.matcher(toks.get(start)).matches())) {
                start++;
            }
            if (end == start && start == i) {
                continue;
            }
            return String.join(" ", toks.subList(start, end + 1)).replace(" '", "'");
        }
        return null;
    }

    private static boolean isCapitalised(String tok) {
        return !tok.isEmpty()
                && (Character.isUpperCase(tok.charAt(0)) || Character.isDigit(tok.charAt(0)))
                && Character.isLetterOrDigit(tok.charAt(0))
                && !YEAR_TOKEN.matcher(tok).matches();
    }

    /** "COP28, the UN Climate Change Conference": the short name goes in front. */
    private static String withApposition(List<Unit> units, String name) {
        Pattern appos = Pattern.compile(
                "(?<![\\p{L}\\p{N}])([A-Z][A-Z]*\\d+[A-Za-z]*|[A-Z]{2,})\\s*,\\s+the\\s+" + Pattern.quote(name));
        for (int i = 0; i < Math.min(units.size(), LOOK_AHEAD_UNITS); i++) {
            Matcher m = appos.matcher(units.get(i).text());
            if (units.get(i).text().contains(name) && m.find()) {
                return m.group(1) + " " + name;
            }
        }
        return name;
    }

    /** An all-capitals heading becomes title case; acronyms the running text also writes in capitals stay. */
    private static String normaliseCase(String name, List<Unit> units) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (HAS_DIGIT.matcher(w).matches() || usedAsAcronym(w, units)) {
                out.append(w);
            } else if (LOWER_JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(w.toLowerCase(Locale.ROOT));
            } else {
                out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static boolean usedAsAcronym(String word, List<Unit> units) {
        Pattern p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])");
        for (Unit u : units) {
            String t = u.text();
            if (t.contains(word)
                    && !t.equals(t.toUpperCase(Locale.ROOT))
                    && p.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /** Fills start and end; returns the unit that gave the start date. */
    private Unit dates(List<Unit> units, LocalDate[] out) {
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            List<FoundFigure> ds = u.local(FigureKind.DATE);
            if (ds.isEmpty() || skipCues.containsAny(u.text())) {
                continue;
            }
            FoundFigure first = ds.get(0);
            // a single opening day may be followed closely by the range itself
            if (first.figure().from().equals(first.figure().to())) {
                for (int k = i; k < Math.min(units.size(), i + 3); k++) {
                    for (FoundFigure f : units.get(k).local(FigureKind.DATE)) {
                        if (!f.figure().from().equals(f.figure().to())
                                && !skipCues.containsAny(units.get(k).text())) {
                            first = f;
                            u = units.get(k);
                            i = k;
                            break;
                        }
                    }
                    if (!first.figure().from().equals(first.figure().to())) {
                        break;
                    }
                }
            }
            out[0] = first.figure().from();
            out[1] = first.figure().to();
            // "scheduled to run ... but overran", "due to close on 22 November, but ... 24 November"
            for (int k = i; k < Math.min(units.size(), i + 2); k++) {
                Unit c = units.get(k);
                if (!closeCues.containsAny(c.text())) {
                    continue;
                }
                for (FoundFigure f : c.local(FigureKind.DATE)) {
                    LocalDate to = f.figure().to();
                    if (to.isAfter(out[1]) && ChronoUnit.DAYS.between(out[0], to) <= MAX_EVENT_DAYS) {
                        out[1] = to;
                    }
                }
            }
            return u;
        }
        return null;
    }

    /** The first city or venue named in the event's sentence or near the top, not one inside another name. */
    private ActorGazetteer.Place place(List<Unit> units, Name name) {
        List<Unit> order = new ArrayList<>();
        if (name != null) {
            order.add(name.unit());
        }
        order.addAll(units.subList(0, Math.min(units.size(), 6)));
        for (Unit u : order) {
            for (ActorGazetteer.Place p : gazetteer.places(u.text())) {
                String after = u.text().substring(p.end());
                if (AGREEMENT_AFTER.matcher(after).matches()) {
                    continue;
                }
                if (pastVenueCues.contains(Words.before(u.text(), p.start()).toLowerCase(Locale.ROOT))) {
                    continue; // "the first since Honolulu in 2011"
                }
                return p;
            }
        }
        return null;
    }

    /** "DUBAI" in a heading: the spelling the running text uses, else title case. */
    private static String properCase(String place, List<Unit> units) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        Pattern p = Pattern.compile(
                "(?<![\\p{L}])" + Pattern.quote(place) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (Unit u : units) {
            Matcher m = p.matcher(u.text());
            while (m.find()) {
                if (!m.group().equals(m.group().toUpperCase(Locale.ROOT))) {
                    return m.group();
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (String w : place.split(" ")) {
            out.append(out.length() > 0 ? " " : "")
                    .append(w.charAt(0))
                    .append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** "The summit was held in Kigali": a capitalised place after held/met/took place in or at. */
    private static String heldIn(List<Unit> units) {
        for (int i = 0; i < Math.min(units.size(), 6); i++) {
            Matcher m = HELD_IN.matcher(units.get(i).text());
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** "the AI Safety Summit at Bletchley Park": the capitalised place after "at" or "in". */
    private static String venue(Name name) {
        if (name == null) {
            return null;
        }
        String text = name.unit().text();
        int at = text.indexOf(name.name());
        Matcher m = VENUE.matcher(text);
        if (m.find(Math.max(0, at))) {
            return m.group(1).strip();
        }
        return null;
    }
}
