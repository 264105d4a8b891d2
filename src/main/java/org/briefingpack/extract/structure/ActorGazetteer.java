package org.briefingpack.extract.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.model.Actor;

/**
 * Knows the parties a summit text names: countries (names, abbreviations, demonyms) with their ISO
 * code, the European Union, international groups, named organisations, and the cities summits meet in.
 */
public final class ActorGazetteer {

    /** An actor named in a text at [start, end). */
    record Mention(Actor actor, int start, int end) {}

    /** A city or venue named in a text at [start, end), with its country. */
    record Place(String name, String country, int start, int end) {}

    private static final Pattern ORGANISATION =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?!The )(?:[A-Z][\\p{L}]+ )(?:(?:[A-Z][\\p{L}]+|&|of|for|the) ){0,5}"
                    + "(?:Foundation|Bank|Institute|University|Association|Organisation|Organization|Group)"
                    + "(?![\\p{L}\\p{N}])");
    private static final List<String> ORGANISATION_HEADS = List.of(
            "Foundation", "Bank", "Institute", "University", "Association", "Organisation", "Organization", "Group");

    private final PhraseMatcher names;
    private final PhraseMatcher places;
    private final Map<String, Actor> byCode = new HashMap<>();
    private final Map<String, Actor> byName = new HashMap<>();
    private final Map<String, String> placeCountry = new HashMap<>();

    private final java.util.Set<String> titles;
    private final java.util.Set<String> placePrepositions;
    private final PhraseMatcher capitals;
    private final Map<String, Actor> capitalActor = new HashMap<>();

    ActorGazetteer(
            List<String[]> countries,
            List<String[]> demonyms,
            List<String[]> organisations,
            List<String[]> cities,
            List<String> titles,
            List<String[]> leaders) {
        this(countries, demonyms, organisations, cities, titles, leaders, List.of(), List.of());
    }

    ActorGazetteer(
            List<String[]> countries,
            List<String[]> demonyms,
            List<String[]> organisations,
            List<String[]> cities,
            List<String> titles,
            List<String[]> leaders,
            List<String[]> capitals,
            List<String> placePrepositions) {
        this.titles = java.util.Set.copyOf(titles);
        this.placePrepositions = java.util.Set.copyOf(placePrepositions);
        List<String[]> entries = new ArrayList<>();
        for (String[] row : countries) {
            String code = row[0].strip();
            Actor actor = new Actor(row[1].strip(), code);
            byCode.put(code, actor);
            add(entries, row[1].strip(), actor);
            if (row.length > 2) {
                for (String alias : row[2].split("\\|")) {
                    add(entries, alias.strip(), actor);
                }
            }
        }
        for (String[] row : demonyms) {
            Actor actor = byCode.get(row[1].strip());
            if (actor != null) {
                add(entries, row[0].strip(), actor);
            }
        }
        for (String[] row : organisations) {
            Actor actor = new Actor(row[0].strip(), null);
            add(entries, row[0].strip(), actor);
            if (row.length > 1) {
                for (String alias : row[1].split("\\|")) {
                    add(entries, alias.strip(), actor);
                }
            }
        }
        for (String[] row : leaders) {
            String target = row[1].strip();
            Actor actor = byCode.containsKey(target) ? byCode.get(target) : byName.get(target);
            if (actor != null) {
                add(entries, row[0].strip(), actor);
            }
        }
        this.names = new PhraseMatcher(entries, true);
        List<String[]> capitalEntries = new ArrayList<>();
        for (String[] row : capitals) {
            Actor actor = byCode.get(row[1].strip());
            if (actor != null) {
                capitalEntries.add(new String[] {row[0].strip(), row[0].strip()});
                capitalActor.put(row[0].strip(), actor);
            }
        }
        this.capitals = new PhraseMatcher(capitalEntries, true);
        List<String[]> placeEntries = new ArrayList<>();
        for (String[] row : cities) {
            placeCountry.put(PhraseMatcher.lower(row[0].strip()), row[1].strip());
            placeEntries.add(new String[] {row[0].strip(), row[0].strip()});
        }
        this.places = new PhraseMatcher(placeEntries, false);
    }

    private void add(List<String[]> entries, String name, Actor actor) {
        if (name.isEmpty()) {
            return;
        }
        byName.put(name, actor);
        entries.add(new String[] {name, name});
    }

    /** The gazetteer shipped in {@code resources/lexicon}. */
    public static ActorGazetteer fromClasspath() {
        return new ActorGazetteer(
                Lexicon.rows("countries.tsv"),
                Lexicon.rows("demonyms.tsv"),
                Lexicon.rows("organisations.tsv"),
                Lexicon.rows("cities.tsv"),
                Lexicon.lines("titles.txt"),
                Lexicon.rows("leaders.tsv"),
                Lexicon.rows("capitals.tsv"),
                Lexicon.lines("place-prepositions.txt"));
    }

    /** Every actor named in the text, in order; a longer name wins over the names inside it. */
    List<Mention> actors(String text) {
        List<Mention> found = new ArrayList<>();
        for (PhraseMatcher.Hit hit : names.find(text)) {
            if (isInsideQualifier(text, hit.end()) || isPartOfLongerName(text, hit.end())) {
                continue;
            }
            found.add(new Mention(byName.get(hit.label()), hit.start(), hit.end()));
        }
        for (PhraseMatcher.Hit hit : capitals.find(text)) {
            if (standsForItsCountry(text, hit.start(), hit.end())
                    && found.stream().noneMatch(x -> x.start() < hit.end() && hit.start() < x.end())) {
                found.add(new Mention(capitalActor.get(hit.label()), hit.start(), hit.end()));
            }
        }
        boolean organisations = mayNameOrganisation(text);
        Matcher m = ORGANISATION.matcher(text);
        while (organisations && m.find()) {
            int start = m.start();
            int end = m.end();
            if (found.stream().noneMatch(x -> x.start() < end && start < x.end())) {
                found.add(new Mention(new Actor(text.substring(start, end), null), start, end));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /**
     * "Washington said", "Moscow's veto", "backed by Kyiv": a capital is its government where it is a
     * subject (a lower-case word, a comma or a possessive follows, no preposition or article before) or the
     * agent after "by"; "talks in Beijing", "the Paris summit", "the Paris Agreement" are places and names.
     */
    private boolean standsForItsCountry(String text, int start, int end) {
        if (isInsideQualifier(text, end) || isPartOfLongerName(text, end)) {
            return false;
        }
        String before = Words.before(text, start);
        if (before.equals("by")) {
            return true;
        }
        if (placePrepositions.contains(before.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        if (end >= text.length()) {
            return false;
        }
        char next = text.charAt(end);
        if (next == ',' || next == '\'' || next == '’') {
            return true;
        }
        return next == ' ' && end + 1 < text.length() && Character.isLowerCase(text.charAt(end + 1));
    }

    /** Whether ORGANISATION can match at all: the text holds one of its head words (a cheap pre-check). */
    private static boolean mayNameOrganisation(String text) {
        for (String head : ORGANISATION_HEADS) {
            if (text.contains(head)) {
                return true;
            }
        }
        return false;
    }

    /** "Abu Dhabi-based", "India-led": a place qualifying something else is not an actor of its own. */
    private static boolean isInsideQualifier(String text, int end) {
        return end < text.length()
                && text.charAt(end) == '-'
                && end + 1 < text.length()
                && Character.isLowerCase(text.charAt(end + 1));
    }

    /** "UN Headquarters", "UK AI Safety Institute", "NATO-Ukraine Council": the name is a modifier. */
    private boolean isPartOfLongerName(String text, int end) {
        if (end + 1 < text.length() && text.charAt(end) == '-' && Character.isUpperCase(text.charAt(end + 1))) {
            return true;
        }
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        int wordEnd = end + 1;
        while (wordEnd < text.length()
                && (Character.isLetterOrDigit(text.charAt(wordEnd)) || text.charAt(wordEnd) == '-')) {
            wordEnd++;
        }
        String next = text.substring(end + 1, wordEnd);
        if (next.equals(next.toUpperCase(java.util.Locale.ROOT))
                && text.substring(0, end).equals(text.substring(0, end).toUpperCase(java.util.Locale.ROOT))) {
            return false; // an all-capitals heading
        }
        return !titles.contains(next) && !next.equals("And");
    }

    /** Every city or venue named in the text, in order, case-insensitively. */
    List<Place> places(String text) {
        List<Place> found = new ArrayList<>();
        for (PhraseMatcher.Hit hit : places.find(text)) {
            String name = text.substring(hit.start(), hit.end());
            found.add(new Place(name, placeCountry.get(PhraseMatcher.lower(hit.label())), hit.start(), hit.end()));
        }
        return found;
    }

    Optional<Actor> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The actor a name (an alias, a demonym) stands for, if the gazetteer knows it. */
    Optional<Actor> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
