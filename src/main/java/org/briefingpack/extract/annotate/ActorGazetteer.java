package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefingpack.extract.lexicon.LexiconException;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.model.Actor;

/**
 * Knows the parties a summit text names: countries (names, abbreviations, demonyms) with their ISO code,
 * the European Union, international groups, companies, named organisations ("... Foundation"), the people
 * who speak for a country, and the cities summits meet in. Works on a sentence's tokens.
 */
public final class ActorGazetteer {

    private record Known(Actor actor, MentionKind kind) {}

    private final PhraseMatcher names;
    private final PhraseMatcher capitals;
    private final PhraseMatcher places;
    private final Map<String, Known> byName = new HashMap<>();
    private final Map<String, Actor> byCode = new HashMap<>();
    private final Map<String, Actor> capitalActor = new HashMap<>();
    private final Map<String, String> placeCountry = new HashMap<>();
    private static final Set<String> GOVERNMENT =
            WordSets.of("government", "administration", "authorities", "leadership");

    private final Set<String> titles;
    private final Set<String> placePrepositions;
    private final Set<String> organisationHeads;
    private final Set<String> regionQualifiers;
    /** "the Brussels conference", "a Lima summit": a capital before one of these names the gathering's place. */
    private final Set<String> eventNouns;

    ActorGazetteer(
            LexiconFile countries,
            LexiconFile demonyms,
            LexiconFile groups,
            LexiconFile companies,
            LexiconFile agencies,
            LexiconFile cities,
            LexiconFile nationalCapitals,
            LexiconFile titles,
            LexiconFile leaders,
            LexiconFile capitals,
            LexiconFile placePrepositions,
            LexiconFile organisationHeads,
            LexiconFile regionQualifiers,
            LexiconFile eventNouns) {
        this.eventNouns = WordSets.copyOf(
                eventNouns.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList());
        this.titles = WordSets.copyOf(titles.words());
        this.placePrepositions = WordSets.copyOf(placePrepositions.words().stream()
                .map(w -> w.toLowerCase(Locale.ROOT))
                .toList());
        this.organisationHeads = WordSets.copyOf(organisationHeads.words());
        this.regionQualifiers = WordSets.copyOf(regionQualifiers.words());
        List<String[]> entries = new ArrayList<>();
        for (LexiconRow row : countries.rows()) {
            Actor actor = new Actor(row.text(1), row.countryCode(0));
            byCode.put(actor.code(), actor);
            List<String> names = new ArrayList<>(List.of(row.text(1)));
            names.addAll(row.alternatives(2));
            for (String name : names) {
                add(entries, name, actor, MentionKind.COUNTRY);
                if (name.contains(" & ")) {
                    // "Trinidad & Tobago" is written "Trinidad and Tobago" as often
                    add(entries, name.replace(" & ", " and "), actor, MentionKind.COUNTRY);
                }
            }
        }
        for (LexiconRow row : demonyms.rows()) {
            add(entries, row.text(0), country(row, 1), MentionKind.COUNTRY);
        }
        for (LexiconRow row : groups.rows()) {
            Actor actor = new Actor(row.text(0), null);
            add(entries, row.text(0), actor, MentionKind.GROUP);
            row.alternatives(1).forEach(alias -> add(entries, alias, actor, MentionKind.GROUP));
        }
        for (LexiconRow row : companies.rows()) {
            Actor actor = new Actor(row.text(0), null);
            add(entries, row.text(0), actor, MentionKind.COMPANY);
            row.alternatives(1).forEach(alias -> add(entries, alias, actor, MentionKind.COMPANY));
        }
        for (LexiconRow row : agencies.rows()) {
            // an agency acts for its country: its name, its country's code
            add(entries, row.text(0), new Actor(row.text(0), country(row, 1).code()), MentionKind.ORGANISATION);
        }
        for (LexiconRow row : leaders.rows()) {
            String target = row.text(1);
            Actor actor = byCode.containsKey(target)
                    ? byCode.get(target)
                    : Optional.ofNullable(byName.get(target)).map(Known::actor).orElse(null);
            if (actor == null) {
                throw new LexiconException(
                        row.file(),
                        row.line(),
                        "'" + target + "' is neither a country code from countries.tsv nor a group from groups.tsv");
            }
            add(entries, row.text(0), actor, MentionKind.PERSON);
        }
        this.names = new PhraseMatcher(entries, true);
        List<String[]> capitalEntries = new ArrayList<>();
        for (LexiconRow row : capitals.rows()) {
            capitalActor.put(row.text(0), country(row, 1));
            capitalEntries.add(new String[] {row.text(0), row.text(0)});
        }
        this.capitals = new PhraseMatcher(capitalEntries, true);
        List<String[]> placeEntries = new ArrayList<>();
        for (LexiconRow row : cities.rows()) {
            placeCountry.put(row.text(0).toLowerCase(Locale.ROOT), row.countryCode(1));
            placeEntries.add(new String[] {row.text(0), row.text(0).toLowerCase(Locale.ROOT)});
        }
        for (LexiconRow row : nationalCapitals.rows()) {
            country(row, 1); // a mistyped code stops the start
            if (placeCountry.putIfAbsent(row.text(0).toLowerCase(Locale.ROOT), row.countryCode(1)) == null) {
                placeEntries.add(new String[] {row.text(0), row.text(0).toLowerCase(Locale.ROOT)});
            }
        }
        this.places = new PhraseMatcher(placeEntries, false);
    }

    /** The gazetteer shipped in {@code resources/lexicon}. */
    public static ActorGazetteer fromClasspath() {
        return new ActorGazetteer(
                LexiconFile.read("countries.tsv"),
                LexiconFile.read("demonyms.tsv"),
                LexiconFile.read("organisations.tsv"),
                LexiconFile.read("companies.tsv"),
                LexiconFile.read("agencies.tsv"),
                LexiconFile.read("cities.tsv"),
                LexiconFile.read("national-capitals.tsv"),
                LexiconFile.read("titles.txt"),
                LexiconFile.read("leaders.tsv"),
                LexiconFile.read("capitals.tsv"),
                LexiconFile.read("place-prepositions.txt"),
                LexiconFile.read("organisation-heads.txt"),
                LexiconFile.read("region-qualifiers.txt"),
                LexiconFile.read("event-nouns.txt"));
    }

    private Actor country(LexiconRow row, int column) {
        String code = row.countryCode(column);
        Actor actor = byCode.get(code);
        if (actor == null) {
            throw new LexiconException(row.file(), row.line(), "'" + code + "' is not a code in countries.tsv");
        }
        return actor;
    }

    private void add(List<String[]> entries, String name, Actor actor, MentionKind kind) {
        if (name.isEmpty()) {
            return;
        }
        byName.putIfAbsent(name, new Known(actor, kind));
        entries.add(new String[] {name, name});
    }

    /** Every actor named in the sentence, in order; a longer name wins over the names inside it. */
    public List<Mention> actors(List<Token> tokens) {
        List<Mention> found = new ArrayList<>();
        int bracketEnd = -1;
        for (PhraseMatcher.Hit hit : names.find(tokens)) {
            if (hit.first() < bracketEnd) {
                continue; // the "(OCHA)" a name before it has taken
            }
            if (isInsideQualifier(tokens, hit.last()) || isPartOfLongerName(tokens, hit.first(), hit.last())) {
                continue;
            }
            Known known = byName.get(hit.label());
            if (known.kind() == MentionKind.COUNTRY && afterRegionQualifier(tokens, hit.first())) {
                continue; // "Latin American leaders", "Northern Ireland": a region's name, not the country
            }
            if (known.kind() == MentionKind.COUNTRY && beforeATownsNoun(tokens, hit.last())) {
                continue; // "the Fijian port town of Lautoka", "the Chilean capital": where, not who
            }
            int bodyName = known.kind() == MentionKind.COUNTRY ? namedBodyAfter(tokens, hit.last()) : -1;
            if (bodyName >= 0) {
                // "the French group Reef Watch": the body acts, not France, and goes by the name the text gives it
                int end = bodyName;
                while (end < tokens.size()
                        && end - bodyName < MAX_BODY_NAME_WORDS
                        && tokens.get(end).upperCase()) {
                    end++;
                }
                if (free(found, bodyName, end)
                        && names.find(tokens, bodyName, end).isEmpty()) {
                    found.add(new Mention(
                            new Actor(text(tokens, bodyName, end), null),
                            MentionKind.ORGANISATION,
                            bodyName,
                            end,
                            tokens.get(bodyName).start(),
                            tokens.get(end - 1).end()));
                }
                continue;
            }
            // a company goes by the name the text gives it ("Samsung Electronics", "Samsung")
            Actor actor = known.kind() == MentionKind.COMPANY
                    ? new Actor(text(tokens, hit.first(), hit.last()), null)
                    : known.actor();
            int last = hit.last();
            if (actor.code() == null && hit.last() - hit.first() > 1 && bracketedAcronymAt(tokens, last)) {
                // "the UN Refugee Agency (UNHCR)": one body, by the name the text gives it, as for unknown bodies
                last += 3;
                bracketEnd = last;
                actor = new Actor(text(tokens, hit.first(), last), null);
            }
            found.add(new Mention(
                    actor,
                    known.kind(),
                    hit.first(),
                    last,
                    hit.start(),
                    tokens.get(last - 1).end()));
        }
        for (PhraseMatcher.Hit hit : capitals.find(tokens)) {
            if (standsForItsCountry(tokens, hit.first(), hit.last()) && free(found, hit.first(), hit.last())) {
                found.add(new Mention(
                        capitalActor.get(hit.label()),
                        MentionKind.CAPITAL,
                        hit.first(),
                        hit.last(),
                        hit.start(),
                        hit.end()));
            }
        }
        organisations(tokens, found);
        found.sort((a, b) -> Integer.compare(a.first(), b.first()));
        found.removeIf(m -> presidedBody(tokens, found, m));
        return found;
    }

    /**
     * "the Fijian Presidency of the EU Council": the body a country presides over in turn is no
     * actor of its own there; the country that holds the presidency acts.
     */
    private static boolean presidedBody(List<Token> tokens, List<Mention> found, Mention m) {
        // back over the words of the body's name to "Presidency of"
        for (int k = m.first() - 1; k >= 1 && k >= m.first() - PRESIDED_NAME_REACH; k--) {
            Token t = tokens.get(k);
            if (t.text().equals("Presidency")) {
                int holder = k - 1;
                return tokens.get(k + 1).is("of")
                        && found.stream()
                                .anyMatch(h -> h != m
                                        && h.last() - 1 == holder
                                        && h.actor().code() != null);
            }
            if (!t.is("of") && !t.is("the") && !t.capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** How many words of a body's name may stand between "Presidency" and the body's known name. */
    private static final int PRESIDED_NAME_REACH = 6;

    /** "Kuwait-based", "US-backed": a compound that says where a body sits or who stands behind it, no part of its name. */
    private static boolean describesFrom(Token t) {
        return DESCRIPTIVE_ENDINGS.stream().anyMatch(t.lower()::endsWith);
    }

    private static final List<String> DESCRIPTIVE_ENDINGS =
            List.copyOf(LexiconFile.read("descriptive-compounds.txt").words());

    private static boolean free(List<Mention> found, int first, int last) {
        return found.stream().noneMatch(m -> m.first() < last && first < m.last());
    }

    /** "(IFAD)" at token k: an acronym in brackets. */
    private static boolean bracketedAcronymAt(List<Token> tokens, int k) {
        return k + 2 < tokens.size()
                && tokens.get(k).punctuation('(')
                && isAllCapitals(tokens.get(k + 1).text())
                && tokens.get(k + 2).punctuation(')');
    }

    /** How many "of"/"for" links an organisation's name may hold after its head. */
    private static final int MAX_NAME_LINKS = 3;

    /** "Knight Foundation", "Bank of Korea": capitalised words ending in (or led by) an organisation head. */
    private void organisations(List<Token> tokens, List<Mention> found) {
        for (int i = 0; i < tokens.size(); i++) {
            Token head = tokens.get(i);
            if (!head.upperCase() || !isOrganisationHead(tokens, i)) {
                continue;
            }
            int first = i;
            while (first > 0 && i - first < 6) {
                Token prev = tokens.get(first - 1);
                if (prev.word() && prev.upperCase() && !prev.text().equals("The") && !describesFrom(prev)) {
                    first--;
                } else if ((prev.is("of") || prev.is("for") || prev.text().equals("&"))
                        && first - 2 >= 0
                        && tokens.get(first - 2).upperCase()) {
                    first--;
                } else if ((People.PARTICLES.contains(prev.text()) || ownedByAName(tokens, first - 1))
                        && first - 2 >= 0
                        && tokens.get(first - 2).word()
                        && tokens.get(first - 2).upperCase()) {
                    first--; // "Mohamed bin Zayed Foundation", "Children's Investment Fund Foundation"
                } else if (prev.is("and")
                        && first - 2 >= 0
                        && tokens.get(first - 2).upperCase()
                        && tokens.get(first - 2).word()
                        && !byName.containsKey(tokens.get(first - 2).text())) {
                    first--; // "Bill and Melinda Gates Foundation"; not "France and the Gates Foundation"
                } else {
                    break;
                }
            }
            int last = i + 1;
            // "Bank of Korea", "Regional Council for the Care of the Coral Sea": "of" or "for", an article at most,
            // then capitalised words, again
            for (int links = 0; links < MAX_NAME_LINKS; links++) {
                int next = last + 1;
                if (last < tokens.size()
                        && (tokens.get(last).is("of") || tokens.get(last).is("for"))
                        && next < tokens.size()
                        && tokens.get(next).is("the")) {
                    next++;
                }
                if (last >= tokens.size()
                        || !(tokens.get(last).is("of") || tokens.get(last).is("for"))
                        || next >= tokens.size()
                        || !tokens.get(next).upperCase()
                        || !tokens.get(next).word()) {
                    break;
                }
                last = next;
                while (last < tokens.size()
                        && tokens.get(last).upperCase()
                        && tokens.get(last).word()) {
                    last++;
                }
            }
            if (first == i && last == i + 1) {
                continue;
            }
            // "(IFAD)": the acronym the text gives belongs to the name
            if (bracketedAcronymAt(tokens, last)) {
                last += 3;
                int acronym = last - 2;
                if (free(found, first, acronym - 1)) {
                    // "the Pacific Reef Commission (PRC)": the body's short form, not the country it also names
                    found.removeIf(m -> m.first() == acronym && m.last() == acronym + 1);
                }
            }
            if (free(found, first, last)) {
                String name = text(tokens, first, last);
                Known known = byName.get(name);
                found.add(new Mention(
                        known != null ? known.actor() : new Actor(name, null),
                        MentionKind.ORGANISATION,
                        first,
                        last,
                        tokens.get(first).start(),
                        tokens.get(last - 1).end()));
            }
            i = last - 1;
        }
    }

    /**
     * A head of {@code organisation-heads.txt}, or a word of {@code organisation-final-words.txt} that ends the
     * capitalised run ("Rotary International said", not "Abu Dhabi International Petroleum Exhibition").
     */
    private boolean isOrganisationHead(List<Token> tokens, int i) {
        String word = tokens.get(i).text();
        if (i + 1 < tokens.size()
                && organisationHeads.contains(tokens.get(i + 1).text())) {
            return false; // "Investment Fund Foundation": the last head ends the name
        }
        if (organisationHeads.contains(word)) {
            return true;
        }
        return FINAL_WORDS.contains(word)
                && !(i + 1 < tokens.size()
                        && tokens.get(i + 1).word()
                        && tokens.get(i + 1).upperCase());
    }

    /** "'s" after a capitalised word that names no actor: part of a name ("Children's"), not "Kenya's". */
    private boolean ownedByAName(List<Token> tokens, int mark) {
        return tokens.get(mark).possessiveMark()
                && mark > 0
                && !byName.containsKey(tokens.get(mark - 1).text())
                && (mark < 2 || !tokens.get(mark - 2).upperCase());
    }

    private static final Set<String> FINAL_WORDS =
            WordSets.copyOf(LexiconFile.read("organisation-final-words.txt").words());

    /** The sentence text of tokens [first, last) with single spaces where the text had any. */
    static String text(List<Token> tokens, int first, int last) {
        StringBuilder out = new StringBuilder();
        for (int k = first; k < last; k++) {
            if (k > first && tokens.get(k).start() > tokens.get(k - 1).end()) {
                out.append(' ');
            }
            out.append(tokens.get(k).text());
        }
        return out.toString();
    }

    /**
     * "Washington said", "Moscow's veto", "backed by Kyiv": a capital is its government where it is a subject
     * (a lower-case word, a comma or a possessive follows, no preposition or article before) or the agent after
     * "by"; "talks in Beijing", "the Paris summit", "the Paris Agreement" are places and names.
     */
    private boolean standsForItsCountry(List<Token> tokens, int first, int last) {
        if (isInsideQualifier(tokens, last) || isPartOfLongerName(tokens, first, last)) {
            return false;
        }
        Token before = first > 0 ? tokens.get(first - 1) : null;
        if (before != null && before.is("by")) {
            return true;
        }
        if (last < tokens.size() && GOVERNMENT.contains(tokens.get(last).lower())) {
            return true; // "the Seoul government", "the Tokyo administration"
        }
        if (before != null && placePrepositions.contains(before.lower())) {
            return false;
        }
        if (last >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last);
        if (next.punctuation(',') || next.possessiveMark()) {
            return true;
        }
        return next.word() && Character.isLowerCase(next.text().charAt(0)) && !eventNouns.contains(next.text());
    }

    private boolean afterRegionQualifier(List<Token> tokens, int first) {
        if (first == 0) {
            return false;
        }
        Token before = tokens.get(first - 1);
        return regionQualifiers.contains(before.text())
                && before.end() < tokens.get(first).start();
    }

    /** "U.S.-based", "India-led": a name qualifying something else is not an actor of its own. */
    private static boolean isInsideQualifier(List<Token> tokens, int last) {
        return last + 1 < tokens.size()
                && tokens.get(last).punctuation('-')
                && tokens.get(last).start() == tokens.get(last - 1).end()
                && Character.isLowerCase(tokens.get(last + 1).text().charAt(0));
    }

    /** "UN Headquarters", "UK AI Safety Institute", "U.S.-EU": the name is a modifier of a longer one. */
    private boolean isPartOfLongerName(List<Token> tokens, int first, int last) {
        if (last >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(last);
        if (next.punctuation('-')
                && last + 1 < tokens.size()
                && tokens.get(last + 1).upperCase()
                && next.start() == tokens.get(last - 1).end()) {
            return true;
        }
        if (!next.word()
                || !next.upperCase()
                || next.start() == tokens.get(last - 1).end()
                || NAME_SUFFIXES.contains(next.text())) { // "Joseph R Biden Jr.": a suffix, no longer name
            return false;
        }
        if (currencyPrefix(tokens, last)) {
            return false; // "Canada C$300 million": the dollar's letter, not a word of a name
        }
        if (isAllCapitals(next.text()) && allCapitalsBefore(tokens, last)) {
            return false; // an all-capitals heading
        }
        if (titleOfBefore(tokens, first)) {
            return false; // "the President of the Republic of Uzbekistan Shavkat Mirziyoyev": the name is the title's
        }
        return !titles.contains(next.text()) && !next.text().equals("And") && !titleAhead(tokens, last);
    }

    /** "C" of "C$", "NZ" of "NZ$": up to three capitals written against the currency sign after them. */
    private static boolean currencyPrefix(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.text().length() <= 3
                && isAllCapitals(t.text())
                && k + 1 < tokens.size()
                && tokens.get(k + 1).start() == t.end()
                && tokens.get(k + 1).tag() == Tag.SYM;
    }

    /** What may follow a person's surname and still end the name ("Jr", "III"). */
    private static final Set<String> NAME_SUFFIXES = WordSets.of("Jr", "Sr", "II", "III", "IV");

    /** The last word of an office before its holder's name ("Envoy" in "EU Reef Envoy Ana Soto"). */
    private static final Set<String> OFFICE_HEADS =
            WordSets.copyOf(LexiconFile.read("office-heads.txt").words());

    /** How many capitalised words may stand between a country and its title ("EU Sanctions Envoy"). */
    private static final int TITLE_AHEAD = 3;

    /** The last word of a state's body after its country and portfolio ("German Development Ministry"). */
    private static final Set<String> STATE_BODY_HEADS =
            WordSets.copyOf(LexiconFile.read("state-body-heads.txt").words());

    /**
     * "EU Sanctions Envoy David ...": a title within a few capitalised words, then a name, makes an office; "German
     * Development Ministry" ending its run of capitalised words is the state's own body.
     */
    private boolean titleAhead(List<Token> tokens, int next) {
        for (int k = next + 1;
                k < tokens.size() && k <= next + TITLE_AHEAD && tokens.get(k).capitalised();
                k++) {
            if (OFFICE_HEADS.contains(tokens.get(k).text())) {
                return k + 1 < tokens.size() && tokens.get(k + 1).capitalised();
            }
            if (STATE_BODY_HEADS.contains(tokens.get(k).text())) {
                return k + 1 >= tokens.size() || !tokens.get(k + 1).capitalised();
            }
        }
        return false;
    }

    /** How far before "of" and a country a title may stand ("President of the Republic of"), in tokens. */
    private static final int TITLE_REACH = 5;

    /** "President of (the Republic of) X": a title, then "of" right before the country's name. */
    private boolean titleOfBefore(List<Token> tokens, int first) {
        if (first >= 3 && tokens.get(first - 1).is("the")) {
            first--; // "President of the Marshall Islands Ana Ruiz"
        }
        if (first < 2 || !tokens.get(first - 1).is("of")) {
            return false;
        }
        for (int k = first - 2; k >= Math.max(0, first - 1 - TITLE_REACH); k--) {
            if (titles.contains(tokens.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean allCapitalsBefore(List<Token> tokens, int last) {
        for (int k = 0; k < last; k++) {
            if (tokens.get(k).word() && !isAllCapitals(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCapitals(String word) {
        return word.equals(word.toUpperCase(Locale.ROOT));
    }

    /** Every city or venue named in the sentence, in order, case-insensitively. */
    public List<Place> places(List<Token> tokens) {
        List<Place> found = new ArrayList<>();
        for (PhraseMatcher.Hit hit : places.find(tokens)) {
            String name = text(tokens, hit.first(), hit.last());
            found.add(new Place(name, placeCountry.get(hit.label()), hit.first(), hit.last(), hit.start(), hit.end()));
        }
        for (int k = 0; k + 2 < tokens.size(); k++) {
            if (SETTLEMENT_NOUNS.contains(tokens.get(k).text())
                    && tokens.get(k + 1).is("of")) {
                Place named = settlementNamed(tokens, k, found);
                if (named != null) {
                    found.add(named);
                    found.sort(Comparator.comparingInt(Place::first));
                }
            }
        }
        return found;
    }

    /** How many lower-case words may stand between a country's adjective and a town's noun ("port city"). */
    private static final int TOWN_NOUN_REACH = 2;

    /** A town's noun, or "capital", right after token {@code k} or one or two lower-case words on. */
    private static boolean beforeATownsNoun(List<Token> tokens, int k) {
        for (int j = k; j < tokens.size() && j <= k + TOWN_NOUN_REACH; j++) {
            Token t = tokens.get(j);
            if (SETTLEMENT_NOUNS.contains(t.text()) || t.text().equals("capital")) {
                return true;
            }
            if (!t.word() || t.capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** How many capitalised words a body's name after its description may have ("the French group Reef Watch"). */
    private static final int MAX_BODY_NAME_WORDS = 5;

    /**
     * "the French group Reef Watch", "a Kenyan advocacy charity, Reef Aid,": after the country's word, a noun of a
     * body that acts (two lower-case words before it at most) and then the body's own name, whose first token this
     * gives; -1 where the country's word describes no named body.
     */
    private static int namedBodyAfter(List<Token> tokens, int k) {
        for (int j = k; j < tokens.size() && j <= k + BODY_NOUN_REACH; j++) {
            Token t = tokens.get(j);
            if (!t.word() || !t.text().equals(t.lower())) {
                return -1;
            }
            if (BODY_NOUNS.contains(t.lower())) {
                int name = j + 1 < tokens.size() && tokens.get(j + 1).punctuation(',') ? j + 2 : j + 1;
                if (name < tokens.size() && tokens.get(name).is("of")) {
                    // "the Chilean developer of reef monitoring software Coral Eye": what it makes, then its name
                    int end = Math.min(tokens.size(), name + 1 + WHAT_IT_DOES_WORDS);
                    name++;
                    while (name < end
                            && tokens.get(name).word()
                            && tokens.get(name).text().equals(tokens.get(name).lower())) {
                        name++;
                    }
                }
                return name < tokens.size()
                                && tokens.get(name).word()
                                && tokens.get(name).upperCase()
                        ? name
                        : -1;
            }
        }
        return -1;
    }

    /** {@code actor-nouns.txt}: "group", "company", "charity", the nouns of a body that acts. */
    private static final Set<String> BODY_NOUNS =
            WordSets.copyOf(LexiconFile.read("actor-nouns.txt").words());

    /** How many lower-case words "of" may govern between a body's noun and its name ("developer of reef software"). */
    private static final int WHAT_IT_DOES_WORDS = 4;

    /** How many words a body's noun may stand after the country's word ("the French advocacy group"). */
    private static final int BODY_NOUN_REACH = 2;

    /** "city", "town": the nouns of "the southern Swiss city of Lugano", lower case as written. */
    private static final Set<String> SETTLEMENT_NOUNS =
            WordSets.copyOf(LexiconFile.read("settlement-nouns.txt").words());

    /** How many capitalised words a place after "city of" may have ("Santa Cruz de la Sierra" is a lexicon place). */
    private static final int SETTLEMENT_WORDS = 3;

    /**
     * "the Swiss city of Lugano", "the coastal town of Dakhla": a place the lexicon lacks, named by the words after
     * "city of"; its country from a country adjective in the three words before the noun, where one stands.
     */
    private Place settlementNamed(List<Token> tokens, int noun, List<Place> known) {
        int first = noun + 2;
        int last = first;
        while (last < tokens.size()
                && last - first < SETTLEMENT_WORDS
                && tokens.get(last).capitalised()) {
            last++;
        }
        if (last == first || known.stream().anyMatch(p -> p.first() <= first && first < p.last())) {
            return null;
        }
        String name = text(tokens, first, last);
        if (byName.containsKey(name) || titles.contains(tokens.get(first).text())) {
            return null; // "the capital of Ghana", "the city of President ...": a country or a title, not a town
        }
        String country = null;
        for (int k = noun - 1; k >= 0 && k >= noun - 3 && country == null; k--) {
            Known adjective = byName.get(tokens.get(k).text());
            if (adjective != null
                    && adjective.kind() == MentionKind.COUNTRY
                    && adjective.actor().code() != null) {
                country = adjective.actor().code();
            }
        }
        return new Place(
                name,
                country,
                first,
                last,
                tokens.get(first).start(),
                tokens.get(last - 1).end());
    }

    public Optional<Actor> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The actor a name (an alias, a demonym, a leader) stands for, if the gazetteer knows it. */
    public Optional<Actor> byName(String name) {
        return Optional.ofNullable(byName.get(name)).map(Known::actor);
    }

    /** What kind of actor a known name is. */
    public Optional<MentionKind> kindOf(String name) {
        return Optional.ofNullable(byName.get(name)).map(Known::kind);
    }

    /** Whether a capitalised word is a title or office ("President", "Minister"). */
    public boolean isTitle(String word) {
        return titles.contains(word);
    }
}
