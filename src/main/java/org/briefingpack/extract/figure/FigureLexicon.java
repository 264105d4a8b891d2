package org.briefingpack.extract.figure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.lexicon.WordSets;

/**
 * The word lists the figure recognizers read: currencies, scales, number words, months, weekdays,
 * percent markers and the count rules. Immutable once loaded, so one instance serves every thread.
 */
public final class FigureLexicon {

    private static final String BASE = "/lexicon/figures/";

    /** A currency form ("US$", "euros", "EUR") and the ISO 4217 code it stands for. */
    record CurrencyForm(String form, String code) {}

    /** A number word ("twenty") with its value and its role in compound numbers. */
    record NumberWord(int value, String kind) {}

    final List<CurrencyForm> symbols;
    final List<CurrencyForm> words;
    /** Symbols by their last character, words by their first word: a number looks up only what can match. */
    final Map<Character, List<CurrencyForm>> symbolsByLastChar;

    final Map<String, List<CurrencyForm>> wordsByFirstWord;
    /** Every symbol as written, with its code ("A$" to AUD): for symbols written apart or glued. */
    final Map<String, String> symbolCodes;
    /** Symbols that are money only in a document about their place ("R"), by last character and as written. */
    final Map<Character, List<CurrencyForm>> placeSymbolsByLastChar;

    final Map<String, String> placeSymbolCodes;
    /** Phrases that name a place symbol's place ("South Africa"), by their first word as written. */
    final Map<String, List<CurrencyForm>> placeCuesByFirstWord;
    /** Words for a hundredth of a currency ("cents", "euro cents"), in lower case, by their first word. */
    final Map<String, List<CurrencyForm>> subunitsByFirstWord;
    /** A hundredth glued to the digits ("99p"), and currency signs glued to them ("100元"). */
    final Map<String, String> subunitSuffixes;

    final List<CurrencyForm> currencySuffixes;
    final Map<String, List<String>> percentMarkersByFirstWord;
    final Map<String, String> codes;
    final Map<String, BigDecimal> scaleWords;
    final Map<String, BigDecimal> scaleSuffixes;
    final Map<String, NumberWord> numberWords;
    final Map<String, Integer> months;
    /** Weekday names and abbreviations as written, with their ISO number (Monday 1). */
    final Map<String, Integer> weekdays;
    /** The first letters of {@link #months}' and {@link #weekdays}' names: most words are ruled out by them. */
    final String monthInitials;

    final String weekdayInitials;
    /** Prepositions after which a list repeats only the numbers ("95 pledges on A, 36 on B"). */
    final Set<String> elisionPrepositions;

    final List<String> percentMarkers;
    final Set<String> excludedUnits;
    final Set<String> stopWords;
    final Set<String> namePrefixes;
    /** Name prefixes of several words, by their last word ("group of" under "of"). */
    final Map<String, List<String>> namePrefixPhrases;

    final Set<String> notPlural;
    final Set<String> irregularPlurals;
    final Set<String> dayReferenceBefore;
    final Set<String> dayReferenceFollow;
    final Set<String> monthAbbreviations;
    final Set<String> unitDropWords;
    /** Words after "four of" that introduce a counted whole ("the", "its"). */
    final Set<String> wholeWords;

    final Set<String> targetYearMarkers;
    /** "some 2000 participants": words before a year-shaped number that make it a count. */
    final Set<String> countApproximators;
    /** "a five-point plan", "the 27-member bloc": nouns a hyphen joins to a number that count. */
    final Set<String> hyphenedCountNouns;

    final List<String> unitTails;
    final Set<String> minusWords;
    /** When a bare scaled number takes the currency of the money before it (money-inherit.tsv). */
    final Set<String> inheritBefore;

    final Set<String> inheritAfter;
    final Set<String> inheritFollow;

    private FigureLexicon(Loader in) {
        List<CurrencyForm> sym = new ArrayList<>();
        List<CurrencyForm> wrd = new ArrayList<>();
        List<CurrencyForm> place = new ArrayList<>();
        List<CurrencyForm> sub = new ArrayList<>();
        List<CurrencyForm> suffixes = new ArrayList<>();
        Map<String, String> subSuffixes = new HashMap<>();
        Map<String, String> cod = new HashMap<>();
        for (String[] row : in.rows("currencies.tsv", 3)) {
            switch (row[1]) {
                case "code" -> cod.put(row[2], row[0]);
                case "symbol" -> sym.add(new CurrencyForm(row[2], row[0]));
                case "place-symbol" -> place.add(new CurrencyForm(row[2], row[0]));
                case "word" -> wrd.add(new CurrencyForm(row[2].toLowerCase(Locale.ROOT), row[0]));
                case "subunit" -> sub.add(new CurrencyForm(row[2].toLowerCase(Locale.ROOT), row[0]));
                case "subunit-suffix" -> subSuffixes.put(row[2], row[0]);
                case "suffix" -> suffixes.add(new CurrencyForm(row[2], row[0]));
                default -> throw new IllegalStateException("currencies.tsv: unknown kind " + row[1]);
            }
        }
        // longest first, so "US$" wins over "$" and "US dollars" over "dollars"
        Comparator<CurrencyForm> longestFirst =
                Comparator.comparingInt((CurrencyForm f) -> f.form().length()).reversed();
        sym.sort(longestFirst);
        wrd.sort(longestFirst);
        sub.sort(longestFirst);
        symbols = List.copyOf(sym);
        words = List.copyOf(wrd);
        codes = WordSets.copyOf(cod);
        symbolsByLastChar = byLastChar(symbols);
        wordsByFirstWord = byFirstWord(words, true);
        symbolCodes = byForm(symbols);
        placeSymbolsByLastChar = byLastChar(place);
        placeSymbolCodes = byForm(place);
        subunitsByFirstWord = byFirstWord(sub, true);
        subunitSuffixes = WordSets.copyOf(subSuffixes);
        currencySuffixes = List.copyOf(suffixes);
        List<CurrencyForm> cues = new ArrayList<>();
        for (String[] row : in.rows("currency-places.tsv", 2)) {
            cues.add(new CurrencyForm(row[1], row[0]));
        }
        placeCuesByFirstWord = byFirstWord(cues, false);

        Map<String, BigDecimal> sw = new HashMap<>();
        Map<String, BigDecimal> ss = new HashMap<>();
        for (String[] row : in.rows("scales.tsv", 3)) {
            BigDecimal factor = new BigDecimal(row[1]);
            if (row[2].equals("word")) {
                sw.put(row[0].toLowerCase(Locale.ROOT), factor);
            } else {
                ss.put(row[0], factor);
            }
        }
        scaleWords = WordSets.copyOf(sw);
        scaleSuffixes = WordSets.copyOf(ss);

        Map<String, NumberWord> nw = new HashMap<>();
        for (String[] row : in.rows("number-words.tsv", 3)) {
            nw.put(row[0].toLowerCase(Locale.ROOT), new NumberWord(Integer.parseInt(row[1]), row[2]));
        }
        numberWords = WordSets.copyOf(nw);

        Map<String, Integer> mo = new HashMap<>();
        for (String[] row : in.rows("months.tsv", 2)) {
            mo.put(row[0], Integer.parseInt(row[1]));
        }
        months = WordSets.copyOf(mo);
        // an abbreviation is any form shorter than the longest form of its month ("Sept", not "June")
        Map<Integer, Integer> longest = new HashMap<>();
        mo.forEach((name, number) -> longest.merge(number, name.length(), Math::max));
        Set<String> abbreviations = new HashSet<>();
        mo.forEach((name, number) -> {
            if (name.length() < longest.get(number)) {
                abbreviations.add(name);
            }
        });
        monthAbbreviations = WordSets.copyOf(abbreviations);
        Map<String, Integer> wd = new HashMap<>();
        for (String[] row : in.rows("weekdays.tsv", 2)) {
            wd.put(row[0], Integer.parseInt(row[1]));
        }
        weekdays = WordSets.copyOf(wd);
        monthInitials = initials(months.keySet());
        weekdayInitials = initials(weekdays.keySet());
        elisionPrepositions = WordSets.copyOf(in.lines("count-elision-prepositions.txt"));
        List<String> markers = new ArrayList<>();
        for (String m : in.lines("percent-markers.txt")) {
            markers.add(m.toLowerCase(Locale.ROOT));
        }
        markers.sort(Comparator.comparingInt(String::length).reversed());
        percentMarkers = List.copyOf(markers);
        Map<String, List<String>> markersByFirst = new HashMap<>();
        for (String m : percentMarkers) {
            markersByFirst.computeIfAbsent(firstWord(m), c -> new ArrayList<>()).add(m);
        }
        percentMarkersByFirstWord = freeze(markersByFirst);
        excludedUnits = lowerSet(in.lines("count-excluded-units.txt"));
        stopWords = lowerSet(in.lines("count-stop-words.txt"));
        Set<String> single = new HashSet<>();
        Map<String, List<String>> phrases = new HashMap<>();
        for (String prefix : lowerSet(in.lines("count-name-prefixes.txt"))) {
            int space = prefix.lastIndexOf(' ');
            if (space < 0) {
                single.add(prefix);
            } else {
                phrases.computeIfAbsent(prefix.substring(space + 1), k -> new ArrayList<>())
                        .add(prefix);
            }
        }
        namePrefixes = WordSets.copyOf(single);
        namePrefixPhrases = freeze(phrases);
        notPlural = lowerSet(in.lines("not-plural.txt"));
        irregularPlurals = lowerSet(in.lines("irregular-plurals.txt"));
        Set<String> before = new HashSet<>();
        Set<String> follow = new HashSet<>();
        for (String[] row : in.rows("day-reference.txt", 2)) {
            (row[0].equals("before") ? before : follow).add(row[1].toLowerCase(Locale.ROOT));
        }
        dayReferenceBefore = WordSets.copyOf(before);
        dayReferenceFollow = WordSets.copyOf(follow);
        Set<String> drop = new HashSet<>();
        List<String> tails = new ArrayList<>();
        Set<String> whole = new HashSet<>();
        for (String[] row : in.rows("count-unit-words.tsv", 2)) {
            String word = row[1].toLowerCase(Locale.ROOT);
            switch (row[0]) {
                case "drop" -> drop.add(word);
                case "tail" -> tails.add(word);
                case "whole" -> whole.add(word);
                default -> throw new IllegalStateException("count-unit-words.tsv: unknown kind " + row[0]);
            }
        }
        wholeWords = WordSets.copyOf(whole);
        tails.sort(Comparator.comparingInt(String::length).reversed());
        unitDropWords = WordSets.copyOf(drop);
        targetYearMarkers = lowerSet(in.lines("target-year-markers.txt"));
        countApproximators = lowerSet(in.lines("count-approximators.txt"));
        hyphenedCountNouns = lowerSet(in.lines("hyphened-count-nouns.txt"));
        unitTails = List.copyOf(tails);
        minusWords = lowerSet(in.lines("minus-words.txt"));
        Map<String, Set<String>> inherit = new HashMap<>();
        for (String[] row : in.rows("money-inherit.tsv", 2)) {
            inherit.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1].toLowerCase(Locale.ROOT));
        }
        for (String kind : inherit.keySet()) {
            if (!Set.of("before", "after", "follow").contains(kind)) {
                throw new IllegalStateException("money-inherit.tsv: unknown kind " + kind);
            }
        }
        inheritBefore = WordSets.copyOf(inherit.getOrDefault("before", Set.of()));
        inheritAfter = WordSets.copyOf(inherit.getOrDefault("after", Set.of()));
        inheritFollow = WordSets.copyOf(inherit.getOrDefault("follow", Set.of()));
    }

    private static Map<Character, List<CurrencyForm>> byLastChar(List<CurrencyForm> forms) {
        Map<Character, List<CurrencyForm>> out = new HashMap<>();
        for (CurrencyForm f : forms) {
            out.computeIfAbsent(f.form().charAt(f.form().length() - 1), c -> new ArrayList<>())
                    .add(f);
        }
        return freeze(out);
    }

    /** Forms by their first word, in lower case or as written; each list keeps the order of forms. */
    private static Map<String, List<CurrencyForm>> byFirstWord(List<CurrencyForm> forms, boolean lower) {
        Map<String, List<CurrencyForm>> out = new HashMap<>();
        for (CurrencyForm f : forms) {
            String first = firstWord(f.form());
            if (!lower) {
                first = f.form().substring(0, first.length());
            }
            out.computeIfAbsent(first, c -> new ArrayList<>()).add(f);
        }
        return freeze(out);
    }

    private static Map<String, String> byForm(List<CurrencyForm> forms) {
        Map<String, String> out = new HashMap<>();
        for (CurrencyForm f : forms) {
            out.put(f.form(), f.code());
        }
        return WordSets.copyOf(out);
    }

    /** Loads the lexicon shipped on the classpath under {@code lexicon/figures/}. */
    public static FigureLexicon load() {
        return new FigureLexicon(new Loader());
    }

    /** The leading letters of a form in lower case ("us dollars" gives "us", "u.s. dollars" gives "u"), or its first character. */
    static String firstWord(String form) {
        int end = 0;
        while (end < form.length() && Character.isLetterOrDigit(form.charAt(end))) {
            end++;
        }
        return (end == 0 ? form.substring(0, 1) : form.substring(0, end)).toLowerCase(Locale.ROOT);
    }

    private static <K, V> Map<K, List<V>> freeze(Map<K, List<V>> map) {
        Map<K, List<V>> out = new HashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Map.copyOf(out);
    }

    private static Set<String> lowerSet(List<String> lines) {
        Set<String> out = new HashSet<>();
        for (String line : lines) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return WordSets.copyOf(out);
    }

    /** Reads the data files: '#' starts a comment line, blank lines are skipped. */
    private static final class Loader {
        List<String> lines(String name) {
            List<String> out = new ArrayList<>();
            try (InputStream stream = FigureLexicon.class.getResourceAsStream(BASE + name)) {
                if (stream == null) {
                    throw new IllegalStateException("missing lexicon file " + BASE + name);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        out.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read lexicon file " + BASE + name, e);
            }
            return out;
        }

        List<String[]> rows(String name, int columns) {
            List<String[]> out = new ArrayList<>();
            for (String line : lines(name)) {
                String[] row = line.split("\t");
                if (row.length != columns) {
                    throw new IllegalStateException(
                            name + ": expected " + columns + " tab-separated columns in: " + line);
                }
                out.add(row);
            }
            return out;
        }
    }

    /** The distinct first characters of the words, as written. */
    private static String initials(Set<String> words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (initials.indexOf(word.substring(0, 1)) < 0) {
                initials.append(word.charAt(0));
            }
        }
        return initials.toString();
    }
}
