package org.briefingpack.extract.rule.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Dateline;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Place;
import org.briefingpack.extract.annotate.Quote;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.annotate.Tokenizer;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.FigureKind;

/**
 * Where the event met: the first known city or venue in the event's sentence or near the top (not one
 * inside an agreement's name, not an earlier venue "since Honolulu"), else the place after "at" or "in" in
 * the event's sentence, else "held in X". A dateline is where the story was filed: its place counts only
 * when the text names no other.
 */
public final class EventPlaceRule implements Rule {

    private static final Pattern AGREEMENT_AFTER = Pattern.compile(
            "^\\s+(?:[A-Z][\\p{L}-]+\\s+){0,2}(?:Agreement|Accord|Declaration|Protocol|Consensus|Compact|Pact|Charter|Treaty|"
                    + "Convention|Commitment|Principles|Framework|Action Plan|Call|Process|Initiative|Roadmap|Agenda|"
                    // "its Suva Amendment", "the Lima Mandate": a text's name, which keeps a town's
                    + "Amendment|Mandate|Statement|Rulebook|Programme|Program)\\b.*");
    /** "held in the Fijian town": the town the story named, its country by the adjective. */
    private static final Pattern IN_THE_DEMONYM_TOWN =
            Pattern.compile("\\bin\\s+the\\s+(\\p{Lu}\\p{L}+)\\s+(?:city|town|port|resort|village)\\b");

    /** "the Belgian port of", "the coastal city of", "the southern Chilean city of", "the Gulf state of". */
    private static final String DESCRIBED =
            "(?:(?:coastal|seaside|northern|southern|eastern|western)\\s+)?(?:[A-Z][\\p{L}'-]+\\s+)?"
                    + "(?:(?:coastal|seaside|northern|southern|eastern|western)\\s+)?"
                    + "(?:port|city|town|resort|capital|village|island|enclave|state|kingdom|emirate)(?:\\s+city)?\\s+of\\s+";

    /** A month's or weekday's name, which ends a place's name ("at the United Nations Tuesday"). */
    private static final String NOT_CALENDAR = "(?!(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)";

    /** Prepositions before a place and a noun it names ("to Paris goals"): no "in" or "at", which give venues. */
    private static final Set<String> OBJECT_PREPOSITIONS = WordSets.of("to", "for", "of", "on", "with");

    /**
     * "collaborations in Arctic research", "in Amazon forests": a lower-case noun after the name makes it a modifier,
     * no venue; the words that may follow a venue ("in Lima on Monday", "in Suva this week") are not such nouns.
     */
    private static final Pattern ATTRIBUTIVE = Pattern.compile(
            "\\s+(?!(?:on|in|at|to|for|from|and|or|with|where|which|"
                    + "that|this|last|next|today|tomorrow|yesterday|during|until|since|as|by|over|earlier|later|before|after|"
                    + "while|when|under|of|ahead|amid|between|will|would|was|were|is|are|has|have|had)\\b)(?!\\p{Ll}+ly\\b)\\p{Ll}{3,}\\b");

    private static final Pattern VENUE = Pattern.compile("\\b(?:at|in)\\s+(?:the\\s+)?(?:" + DESCRIBED + ")?" + "("
            + NOT_CALENDAR + "[A-Z][\\p{L}'-]+(?:\\s(?:(?:de|du|des|of|la|le)\\s)?" + NOT_CALENDAR
            + "[A-Z][\\p{L}'-]+){0,3})");
    /** A word of a date between a verb of meeting and its place: "from July 3-4", "on 12 and 13 May". */
    private static final String DATE_WORD =
            "\\d[\\d–-]*(?:st|nd|rd|th)?|and|to|January|February|March|April|May|June|July"
                    + "|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
                    + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /** A place after "at" or "in", as its first group: "the coastal city of Nadi", "Port Dalby", "San Juan de Dios". */
    private static final String PLACE_AFTER_PREPOSITION = "(?:the\\s+)?(?:" + DESCRIBED + ")?"
            + "(" + NOT_CALENDAR + "(?:[A-Z][\\p{L}'-]+)(?:\\s(?:" + NOT_CALENDAR
            + "[A-Z][\\p{L}'-]+|de|del|da|el)){0,3})";

    private static final Pattern HELD_IN =
            Pattern.compile("\\b(?i:held|hosted|met|meets?|meeting|summit|conference|took place|convened|convenes?"
                    + "|gathered|gathers?|opened|brought together"
                    // "the session has wrapped in Suva": where it closed
                    + "|wrapped|wraps|closed|closes|concluded|concludes|ended|ends)\\s+"
                    // "gather today in Suva": a release's day, between the verb and where
                    + "(?:(?:today|yesterday|tomorrow)\\s+)?"
                    // "was held from July 3-4 in the Argentine city of ...": when, between the verb and where
                    // "took place in May 2019 in Port Dalby": a month is no place
                    // "hosted May 3-5 in Nadi": the dates without a preposition
                    + "(?:(?:(?:from|on|between|in)\\s+)?(?:(?:" + DATE_WORD + "),?\\s+){1,5})?(?:at|in)\\s+"
                    + PLACE_AFTER_PREPOSITION);
    /**
     * "brought together ministers of many islands at Tavu Castle": a verb of gathering, its object, then where;
     * the object short and without a clause's break.
     */
    private static final Pattern GATHERED_AT = Pattern.compile(
            "\\b(?i:brought together|brings together|bringing together|gathered|gathers)\\s+[^,;:.()]{1,60}?\\s(?:at|in)\\s+"
                    + PLACE_AFTER_PREPOSITION);

    /** "at Tavu Castle in Navua": the town right after a venue the lexicon does not know as a place. */
    private static final Pattern TOWN_AFTER = Pattern.compile("\\s+in\\s+(?:the\\s+)?(" + NOT_CALENDAR
            + "[A-Z][\\p{L}'-]+(?:\\s" + NOT_CALENDAR + "[A-Z][\\p{L}'-]+){0,2})");

    private static final int TOP = 6;
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\s*\\([A-Z][A-Za-z0-9]{1,9}\\)");
    private static final Set<String> NAME_JOINERS = WordSets.of("de", "du", "des", "of", "la", "le");

    /** Words in a name after a city that make the name an organisation's ("Shanghai Cooperation Organisation"). */
    private static final Pattern ORGANISATION_AFTER = Pattern.compile(
            "^\\s+(?:[A-Z][\\p{L}'-]+\\s+){0,2}(?:Organi[sz]ation|Council|Union|Bank|Institute|Agency|University|Consortium|Club|Group)\\b.*",
            Pattern.DOTALL);

    private static final int OTHER_EVENT_WINDOW = 10;

    /** What a word of {@code event-place-words.tsv} is. */
    enum Word {
        TITLE_CUE,
        MET_IN,
        MEETING_VERB,
        SEAT_WORD
    }

    /** Words before a quoted title whose places are the title's ("titled", "themed", "called"). */
    private final Set<String> titleCues;
    /** Words of meeting before "in" and a country ("are meeting in Fiji"). */
    private final Set<String> metIn;
    /** Verbs of meeting right before "on" and an island's name ("held on Bali", "met on Jeju"), or "at" a seat. */
    private final Set<String> meetingVerbs;
    /** Words before "in" and a city that tell where a body sits ("headquartered in Suva"), not where leaders met. */
    private final Set<String> seatWords;

    private final ActorGazetteer gazetteer;
    private final Set<String> eventNouns;
    private final Set<String> pastVenueCues;
    private final Set<String> laterVenueCues =
            WordSets.copyOf(LexiconFile.read("later-venue-cues.txt").words());
    /** How far before a city a later-meeting word may stand ("will meet again in Reykjavik"). */
    private static final int LATER_WINDOW = 6;

    /** How far before a place a past cue may open its clause ("Since the first Reef summit held in Lima"). */
    private static final int PAST_WINDOW = 10;

    private final PhraseMatcher otherEventCues;
    /** "to be held", "will take place": a gathering still to come. */
    private final PhraseMatcher laterEventCues =
            PhraseMatcher.of(LexiconFile.read("later-event-cues.txt").words());

    private final PhraseMatcher onlineMeetingCues =
            PhraseMatcher.of(LexiconFile.read("online-meeting-cues.txt").words());
    /** How many sentences of the lead may say the gathering met online. */
    private static final int ONLINE_LEAD = 3;
    /** Demonyms ("Indian") with their country's capital ("New Delhi"), or "" where national-capitals.tsv has none. */
    private final Map<String, String> capitalByDemonym;

    /** A country's capital by its ISO code, as national-capitals.tsv gives it. */
    private final Map<String, String> capitalByCode;
    /** Demonyms with their country's code. */
    private final Map<String, String> demonymCodes;

    EventPlaceRule(
            ActorGazetteer gazetteer,
            List<String> pastVenueCues,
            List<String> otherEventCues,
            List<String> eventNouns,
            Map<String, String> capitalByDemonym,
            Map<String, String> demonymCodes,
            LexiconFile words) {
        this.gazetteer = gazetteer;
        Map<Word, Set<String>> byRole = words.wordsByRole(Word.class);
        this.titleCues = byRole.get(Word.TITLE_CUE);
        this.metIn = byRole.get(Word.MET_IN);
        this.meetingVerbs = byRole.get(Word.MEETING_VERB);
        this.seatWords = byRole.get(Word.SEAT_WORD);
        this.capitalByDemonym = WordSets.copyOf(capitalByDemonym);
        this.demonymCodes = WordSets.copyOf(demonymCodes);
        Map<String, String> capitals = new HashMap<>();
        capitalByDemonym.forEach((demonym, capital) -> {
            if (!capital.isEmpty() && demonymCodes.containsKey(demonym)) {
                capitals.putIfAbsent(demonymCodes.get(demonym), capital);
            }
        });
        this.capitalByCode = Map.copyOf(capitals);
        this.eventNouns =
                eventNouns.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.pastVenueCues = WordSets.copyOf(pastVenueCues);
        this.otherEventCues = PhraseMatcher.of(otherEventCues);
    }

    public static EventPlaceRule fromClasspath(ActorGazetteer gazetteer) {
        return new EventPlaceRule(
                gazetteer,
                LexiconFile.read("past-venue-cues.txt").words(),
                LexiconFile.read("other-event-cues.txt").words(),
                LexiconFile.read("event-nouns.txt").words(),
                capitalByDemonym(LexiconFile.read("demonyms.tsv"), LexiconFile.read("national-capitals.tsv")),
                demonymCodes(LexiconFile.read("demonyms.tsv")),
                LexiconFile.read("event-place-words.tsv"));
    }

    private static Map<String, String> demonymCodes(LexiconFile demonyms) {
        Map<String, String> out = new HashMap<>();
        for (LexiconRow row : demonyms.rows()) {
            out.putIfAbsent(row.text(0), row.text(1));
        }
        return out;
    }

    /** Each demonym with its country's capital (the first row national-capitals.tsv gives the country), or "". */
    static Map<String, String> capitalByDemonym(LexiconFile demonyms, LexiconFile capitals) {
        Map<String, String> capitalByCode = new HashMap<>();
        for (LexiconRow row : capitals.rows()) {
            capitalByCode.putIfAbsent(row.text(1), row.text(0));
        }
        Map<String, String> out = new HashMap<>();
        for (LexiconRow row : demonyms.rows()) {
            out.putIfAbsent(row.text(0), capitalByCode.getOrDefault(row.text(1), ""));
        }
        return out;
    }

    /** The country whose capital (in national-capitals.tsv, reached through a demonym) {@code place} is, or null. */
    private String countryOfCapital(String place) {
        return capitalByDemonym.entrySet().stream()
                .filter(e -> e.getValue().equals(place))
                .map(e -> demonymCodes.get(e.getKey()))
                .findFirst()
                .orElse(null);
    }

    /**
     * A place captured after "in the": a demonym is no place ("in the Indian Ocean" aside), but "the Indian
     * capital" is the country's capital where national-capitals.tsv knows it; a possessive is no place either. Null where
     * there is no place.
     */
    private String placeOrCapital(String captured, String text, int end) {
        if (captured.endsWith("'s") || text.startsWith("’s", end)) {
            boolean straight = captured.endsWith("'s");
            String owner = straight ? captured.substring(0, captured.length() - 2) : captured;
            if (text.startsWith(" capital", straight ? end : end + 2)) {
                // "in Fiji's capital city": the capital national-capitals.tsv gives the country
                return gazetteer
                        .byName(owner)
                        .map(a -> capitalByCode.get(a.code()))
                        .orElse(null);
            }
            return null; // "meeting in Finland's far north": a region of the country, named no further
        }
        if (capitalByDemonym.containsKey(captured) && text.startsWith(" capital", end)) {
            String capital = capitalByDemonym.get(captured); // "the South Sudanese capital"
            return capital.isEmpty() ? null : capital;
        }
        String first = captured.split("\\s+")[0];
        if (!capitalByDemonym.containsKey(first)) {
            // "in the Ruritanian capital": a word the lexicon does not know, describing a capital, is no venue
            return text.startsWith(" capital", end) ? null : captured;
        }
        if (captured.equals(first) && text.startsWith(" capital", end)) {
            String capital = capitalByDemonym.get(first);
            return capital.isEmpty() ? null : capital;
        }
        return null;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<AnnotatedSentence> sentences = document.sentences();
        AnnotatedSentence nameSentence = findings.event.nameSentence;
        // "at the Reef Conference in Malta": a country named right after the event's name, where no city is
        String own = nameSentence == null || !nameSentence.places().isEmpty()
                ? null
                : venue(nameSentence, findings.event.name);
        PlaceIn found = place(sentences, nameSentence, findings.event.dateSentence, findings.event.name);
        PlaceIn inTheName = null;
        if (found != null && found.inTheName()) {
            inTheName = found; // the last resort: a venue named apart, or "held in", comes first
            found = null;
        }
        PlaceIn bracketed = bracketedPlaceAndDate(nameSentence);
        if (bracketed != null) {
            found = bracketed; // "the joint meeting of the Lima and Quito Conventions (Suva, 3-14 May)": Suva
        }
        if (own != null
                && countryNamed(own) != null
                && found != null
                && !countryNamed(own).equals(found.place().country())) {
            found = null; // a city elsewhere in the story ("its buildings in Brussels"), not in the country named
        }
        String location = null;
        String country = null;
        AnnotatedSentence where = null;
        if (found != null) {
            location = properCase(found.place().name(), sentences);
            country = found.place().country();
            where = found.sentence();
        } else if (own != null && countryNamed(own) != null) { // no city in that country near the top
            location = own;
            country = countryNamed(own);
            where = nameSentence;
        } else {
            for (AnnotatedSentence s : namingSentences(sentences, nameSentence, findings.event.name)) {
                location = venue(s, findings.event.name);
                if (location != null) {
                    where = s;
                    break;
                }
            }
        }
        if (location == null) {
            PlaceIn held = heldIn(sentences);
            if (held != null) {
                location = held.place().name();
                country = gazetteer.byName(location).map(a -> a.code()).orElse(null);
                where = held.sentence();
            }
        }
        if (location == null && inTheName != null) {
            location = properCase(inTheName.place().name(), sentences);
            country = inTheName.place().country();
            where = inTheName.sentence();
        }
        Dateline dateline = document.dateline();
        if (location != null
                && dateline != null
                && dateline.country() != null
                && !dateline.place().equals(location)
                && dateline.country().equals(countryNamed(location))) {
            // "a summit in Spain" under "GRANADA, Spain (AP)": the country's city the story was filed from
            location = dateline.place();
            country = dateline.country();
        }
        if (location == null && dateline != null && !metOnline(sentences)) {
            location = dateline.place();
            country = dateline.country();
            where = sentences.stream()
                    .filter(s -> s.start() <= dateline.start() && dateline.end() <= s.end())
                    .findFirst()
                    .orElse(null);
        }
        Matcher owner = location == null ? null : COUNTRY_OWNER.matcher(location);
        if (owner != null && owner.matches()) {
            String ownerCode =
                    gazetteer.byName(owner.group(1)).map(a -> a.code()).orElse(null);
            if (ownerCode != null) {
                location = owner.group(2); // "in Fiji's Port Dalby": the place, its country apart
                country = country == null ? ownerCode : country;
            }
        }
        if (country == null && location != null) {
            country = countryOfCapital(location); // "in the Indian capital"
        }
        if (country == null && location != null && where != null) {
            country = countryAfter(where.text(), location); // "in Port Dalby, Fiji", "in Port Dalby (Fiji)"
        }
        if (country == null && location != null) {
            // "in Malta": a venue named by its country's name is in that country (not "in Brussels" for the EU)
            country = countryNamed(location);
        }
        if (country == null && location != null && nameSentence != null) {
            // "leaders are meeting in Fiji for the summit", the town named apart
            for (AnnotatedSentence s : namingSentences(sentences, nameSentence, findings.event.name)) {
                country = countryMetIn(s, false);
                if (country != null) {
                    break;
                }
            }
            for (int i = 0; country == null && i < Math.min(sentences.size(), TOP); i++) {
                country = countryMetIn(sentences.get(i), true);
            }
            for (int i = 0; country == null && i < Math.min(sentences.size(), TOP); i++) {
                Matcher town = IN_THE_DEMONYM_TOWN.matcher(sentences.get(i).text());
                if (town.find()
                        && findings.event.name != null
                        && sentences.get(i).text().contains(findings.event.name)) {
                    country = demonymCodes.get(town.group(1)); // "the Reef Summit held in the Fijian town"
                }
            }
        }
        if (country == null
                && location != null
                && dateline != null
                && dateline.country() != null
                && gazetteer.byName(location).isEmpty()
                && gazetteer.places(Tokenizer.tokens(location)).isEmpty()) {
            country = dateline.country(); // "Suva/Fiji —" above a summit in a town no list knows
        }
        String town = where == null || location == null ? null : townAfter(where, location);
        if (town != null) {
            if (country == null) {
                country = countryAfter(where.text(), town); // "at Tavu Castle in Navua, Fiji"
            }
            if (country == null) {
                country = gazetteer.byName(town).map(a -> a.code()).orElse(null);
            }
            location = location + ", " + town; // the venue and the town it stands in
        }
        findings.event.location = location;
        findings.event.country = country;
        findings.event.placeSentence = where;
    }

    /** The lead says the gathering met online ("met by videoconference", "a virtual summit"): it had no venue. */
    private boolean metOnline(List<AnnotatedSentence> sentences) {
        for (int i = 0; i < Math.min(sentences.size(), ONLINE_LEAD); i++) {
            if (onlineMeetingCues.containsAny(sentences.get(i).tokens())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one country the sentence names right after "in" ("in Fiji"), or null; with {@code met}, only after a verb of
     * meeting ("are meeting in Fiji").
     */
    private String countryMetIn(AnnotatedSentence s, boolean met) {
        List<Token> tokens = s.tokens();
        String found = null;
        for (int k = Math.max(1, s.tokenAt(s.bodyFrom())); k + 1 < tokens.size(); k++) {
            if (!tokens.get(k).is("in")
                    || met && !metIn.contains(tokens.get(k - 1).lower())) {
                continue;
            }
            for (int end = Math.min(tokens.size(), k + 4); end > k + 1; end--) { // "Solomon Islands" first
                String code = countryNamed(s.span(k + 1, end));
                if (code != null) {
                    if (found != null && !found.equals(code)) {
                        return null;
                    }
                    found = code;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * "at Tavu Castle in Navua": the town after a venue that no list knows as a place (a castle, a hall, a resort),
     * or null; not a body ("at its headquarters in the African Union"), nor after a known city ("in Suva in Fiji").
     */
    private String townAfter(AnnotatedSentence where, String location) {
        String text = where.text();
        int at = text.indexOf(location);
        if (at < 0
                || gazetteer.byName(location).isPresent()
                || !gazetteer.places(Tokenizer.tokens(location)).isEmpty()) {
            return null;
        }
        Matcher m = TOWN_AFTER.matcher(text).region(at + location.length(), text.length());
        if (!m.lookingAt() || namesABody(where, m.start(1))) {
            Matcher known = KNOWN_TOWN_AFTER.matcher(text).region(at + location.length(), text.length());
            // "at the Taj Hotel, Port Dalby, Fiji": a town the lexicon knows after a comma
            return known.lookingAt()
                            && !gazetteer
                                    .places(Tokenizer.tokens(known.group(1)))
                                    .isEmpty()
                    ? known.group(1)
                    : null;
        }
        return m.group(1);
    }

    /** ", Port Dalby" and then a comma, a stop or the end: a town after a venue, the lexicon to say it is one. */
    private static final Pattern KNOWN_TOWN_AFTER = Pattern.compile(
            ",\\s+(" + NOT_CALENDAR + "[A-Z][\\p{L}'-]+(?:\\s" + NOT_CALENDAR + "[A-Z][\\p{L}'-]+){0,2})(?=[,.]|$)");

    /** The country named right after a place the lexicon does not know: "Port Dalby, Fiji", "X (Fiji)". */
    private String countryAfter(String text, String location) {
        int at = text.indexOf(location);
        if (at < 0) {
            return null;
        }
        Matcher m = COUNTRY_AFTER.matcher(text).region(at + location.length(), text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String[] words = m.group(1).split("\\s+");
        for (int n = words.length; n >= 1; n--) { // the longest country name first: "Solomon Islands"
            String country = countryNamed(String.join(" ", Arrays.copyOf(words, n)));
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private static final Pattern COUNTRY_AFTER =
            Pattern.compile("(?:,\\s*|\\s*\\()((?:[A-Z][\\p{L}'-]+)(?:\\s+(?:[A-Z][\\p{L}'-]+|of|and|the)){0,3})");

    /** The code of the country whose own name {@code place} is ("Malta"), or null (a city, the EU's seat). */
    private String countryNamed(String place) {
        return gazetteer
                .byName(place)
                .map(a -> a.code())
                .filter(code -> !code.equals("EU"))
                .filter(code ->
                        place.equals(gazetteer.byCode(code).map(a -> a.name()).orElse(null)))
                .orElse(null);
    }

    /** A place and its sentence; {@code inTheName} where it only stands inside the gathering's own name. */
    private record PlaceIn(Place place, AnnotatedSentence sentence, boolean inTheName) {
        PlaceIn(Place place, AnnotatedSentence sentence) {
            this(place, sentence, false);
        }
    }

    /**
     * A city and a date in brackets in the event's sentence ("(Suva, 3-14 May 2021)"): where and when the gathering
     * met, said where a text names it, over any city inside its name ("the Lima Convention").
     */
    private static PlaceIn bracketedPlaceAndDate(AnnotatedSentence s) {
        if (s == null) {
            return null;
        }
        String text = s.text();
        for (Place p : s.places()) {
            int open = p.start() - 1;
            if (open < 0 || text.charAt(open) != '(' || p.end() >= text.length() || text.charAt(p.end()) != ',') {
                continue;
            }
            int close = text.indexOf(')', p.end());
            if (close < 0 || close - p.end() > MAX_BRACKETED_DATE) {
                continue;
            }
            for (FoundFigure date : s.local(FigureKind.DATE)) {
                if (date.start() > p.end() && date.end() <= close) {
                    return new PlaceIn(p, s);
                }
            }
        }
        return null;
    }

    /** How long the date after a bracketed city may be: "(Suva, 30 November - 12 December 2024)". */
    private static final int MAX_BRACKETED_DATE = 40;

    /** "Conference on Fiji", "Pledging Conference for Fiji": the place a gathering's name says it is about, or "". */
    private static String topicPlace(String eventName) {
        if (eventName == null) {
            return "";
        }
        Matcher topic = TOPIC_PLACE.matcher(eventName);
        return topic.find() ? topic.group(1) : "";
    }

    /** "claims in the South Pacific Sea": a sea, a river or a range is where things happen, not where leaders meet. */
    private static final Pattern NATURAL_FEATURE =
            Pattern.compile("\\b(?:Sea|Ocean|Gulf|Straits?|River|Peninsula|Mountains|Desert|Basin)$");

    private static final Pattern TOPIC_PLACE =
            Pattern.compile("\\b(?:on|for|about)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}'-]*(?:\\s+\\p{Lu}[\\p{L}'-]*)*)\\s*$");

    /** Spaces and closing brackets: what may stand between a sum and the "to" of its recipient. */
    private static final Pattern CLOSING_GAP = Pattern.compile("[\\s)\\]]*");

    /** A place right after "to" and a sum of money (brackets between allowed): the sum's recipient. */
    private static boolean sumGivenTo(AnnotatedSentence u, Place p) {
        if (p.first() == 0 || !u.tokens().get(p.first() - 1).is("to")) {
            return false;
        }
        int to = u.tokens().get(p.first() - 1).start();
        for (FoundFigure sum : u.local(FigureKind.MONEY)) {
            int end = sum.end();
            if (end <= to
                    && end >= 0
                    && CLOSING_GAP.matcher(u.text().substring(end, to)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first city or venue named in the event's sentence, near the top or in the sentence that gave its dates
     * ("Held in Athens from 16-17 April, the conference ..."), not one inside another name.
     */
    private PlaceIn place(
            List<AnnotatedSentence> sentences,
            AnnotatedSentence nameSentence,
            AnnotatedSentence dateSentence,
            String eventName) {
        String topicPlace = topicPlace(eventName);
        PlaceIn inName = null;
        List<AnnotatedSentence> order = new ArrayList<>();
        if (nameSentence != null) {
            order.add(nameSentence);
        }
        order.addAll(sentences.subList(0, Math.min(sentences.size(), TOP)));
        if (dateSentence != null) {
            order.add(dateSentence);
        }
        for (AnnotatedSentence u : order) {
            for (Place p : u.places()) {
                if (p.start() < u.bodyFrom()) {
                    continue; // the dateline: where the story was filed
                }
                if (p.name().equalsIgnoreCase(topicPlace)) {
                    continue; // the "Conference on Fiji" meets elsewhere: the country it is about is no venue
                }
                String after = u.text().substring(p.end());
                if (AGREEMENT_AFTER.matcher(after).matches()
                        || ORGANISATION_AFTER.matcher(after).matches()) {
                    continue; // "the Paris Agreement", "the Shanghai Cooperation Organisation": a name, not a place
                }
                if (u.mentions().stream().anyMatch(m -> m.kind() == MentionKind.CAPITAL && m.first() == p.first())) {
                    continue; // "Washington did not attend": the government the capital stands for, not a venue
                }
                if (inATitle(u, p.start())) {
                    continue; // the conference "Standing with the people of Sudan": its title, not its venue
                }
                if (listedCountry(u, p)) {
                    continue; // "Ireland, Belgium and Luxembourg also announced ...": a donor, not the venue
                }
                if (anotherEventBefore(u, p.first(), eventName)) {
                    continue; // "preparing for the climate conference in Dubai"
                }
                if (pastVenueInClause(u, p.first()) || lastSpanAfter(u, p.last())) {
                    continue; // "the first since Honolulu in 2011", "Since the first summit held in Lima in 2023"
                }
                if (p.first() > 1
                        && u.tokens().get(p.first() - 1).is("on")
                        && !meetingVerbs.contains(u.tokens().get(p.first() - 2).lower())) {
                    continue; // "an attack blamed on Damascus", "pressure on Moscow"; but "held on Bali"
                }
                if (sumGivenTo(u, p)) {
                    continue; // "pledged 45 million euros ($50 million) to Suva": who receives it, not the venue
                }
                if (p.first() > 0 && u.tokens().get(p.first() - 1).is("from")) {
                    continue; // "$10 million from Singapore", "delegates from Paris": where someone came from
                }
                if (governmentsPossessive(u.tokens(), p)) {
                    continue; // "since Moscow's invasion": the government the city stands for, not a venue
                }
                if (laterVenue(u, p)) {
                    continue; // "talks will resume in Geneva next year": another meeting's venue
                }
                if (p.first() > 1
                        && NAME_JOINERS.contains(u.tokens().get(p.first() - 1).lower())
                        && u.tokens().get(p.first() - 2).upperCase()) {
                    continue; // "the Palais de Tokyo", "University of Lagos": a name, not the city
                }
                if (p.first() > 1
                        && u.tokens().get(p.first() - 1).is("in")
                        && seatWords.contains(u.tokens().get(p.first() - 2).lower())
                        && !metAtTheSeat(u.tokens(), p.first() - 2)) {
                    continue; // "a hub to be headquartered in Sydney": where a body sits, not where leaders met
                }
                if (p.first() > 1
                        && u.tokens().get(p.first() - 1).tag() == Tag.PROPN
                        && u.tokens().get(p.first() - 1).capitalised()
                        && u.tokens().get(p.first() - 2).is("the")) {
                    continue; // "known to many as the Winter Geneva": the place ends another name
                }
                if (p.first() > 0 && u.tokens().get(p.first() - 1).is("the") && modifiesAnotherNoun(u, p)) {
                    continue; // "the Doha round", "the Lima office": a place naming something else
                }
                if (p.first() > 0
                        && OBJECT_PREPOSITIONS.contains(
                                u.tokens().get(p.first() - 1).lower())
                        && p.last() < u.tokens().size()
                        && u.tokens().get(p.last()).tag() == Tag.NOUN
                        && modifiesAnotherNoun(u, p)) {
                    continue; // "commitment to Paris goals", "a call for Suva targets": the place names the goals
                }
                if (insideTheEventName(u, p, eventName)) {
                    if (inName == null) {
                        inName = new PlaceIn(p, u, true); // "the Tokyo Conference ... opened in Yokohama"
                    }
                    continue;
                }
                return new PlaceIn(p, u, false);
            }
        }
        return inName;
    }

    /**
     * A past cue right before the place at token {@code place} ("since Honolulu", "after Lima"), or "since" opening
     * its clause.
     */
    private static final Set<String> PAST_SPANS = WordSets.of("week", "month", "year", "weekend");

    /** How far before a seat noun the "at" of "held at the WHO Headquarters in Lima" may stand. */
    private static final int AT_BEFORE_SEAT = 4;

    /**
     * "held at the WHO Headquarters in Lima", "met at the bank's offices in Suva": the seat is where they
     * met, the city after it the place.
     */
    private boolean metAtTheSeat(List<Token> tokens, int seat) {
        for (int k = seat - 1; k >= 0 && k >= seat - AT_BEFORE_SEAT; k--) {
            if (tokens.get(k).punctuation(',')) {
                return false;
            }
            if (tokens.get(k).is("at")) {
                // "At the Reef Council's headquarters in Suva, the chair opened ...": a sentence that opens there
                // happened there; "the Reef Dialogue at the Foreign Office in Suva": the gathering met there
                return k == 0
                        || meetingVerbs.contains(tokens.get(k - 1).lower())
                        || tokens.get(k - 1).is("place")
                        || eventNouns.contains(tokens.get(k - 1).lower());
            }
        }
        return false;
    }

    /**
     * "the Doha round", "the Lima office": after "the", a lower-case noun that is no gathering's makes the place a
     * modifier of something else ("the Suva summit" is still its venue).
     */
    private boolean modifiesAnotherNoun(AnnotatedSentence u, Place p) {
        List<Token> tokens = u.tokens();
        if (p.last() >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(p.last());
        String text = u.text();
        return !eventNouns.contains(next.lower())
                && ATTRIBUTIVE.matcher(text).region(p.end(), text.length()).lookingAt();
    }

    /**
     * "the Tokyo Conference on Reefs": a place whose capitalised words run on into the gathering's own name, which a
     * story may hold far from the place (the name keeps the town of its first meeting).
     */
    private boolean insideTheEventName(AnnotatedSentence u, Place p, String eventName) {
        if (eventName == null || p.last() >= u.tokens().size()) {
            return false;
        }
        Token next = u.tokens().get(p.last());
        return next.upperCase() && eventName.contains(p.name() + " " + next.text());
    }

    /** Whether a name's last word is an event noun ("Reef Summit"): a gathering, not a place. */
    private boolean endsInEventNoun(String name) {
        String last = name.substring(name.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return eventNouns.contains(last);
    }

    /** "held in Lima last week": a past span right after the place's last token ({@code after}, exclusive). */
    private static boolean lastSpanAfter(AnnotatedSentence u, int after) {
        List<Token> tokens = u.tokens();
        return after + 1 < tokens.size()
                && tokens.get(after).is("last")
                && PAST_SPANS.contains(tokens.get(after + 1).lower());
    }

    private boolean pastVenueInClause(AnnotatedSentence u, int place) {
        List<Token> tokens = u.tokens();
        if (place > 0
                && place <= tokens.size()
                && pastVenueCues.contains(tokens.get(place - 1).lower())) {
            return true; // "the first since Honolulu in 2011"
        }
        for (int k = Math.min(place, tokens.size()) - 1; k >= Math.max(0, place - PAST_WINDOW); k--) {
            Token t = tokens.get(k);
            if (t.punctuation(',') || t.punctuation(';') || t.punctuation('.')) {
                return false;
            }
            if (t.is("since")) {
                return true; // "Since the first Reef summit held in Lima in 2023, ..."
            }
        }
        return false;
    }

    /** A later-meeting word in the place's clause before it, or "next" just after it ("in Lima next year"). */
    private boolean laterVenue(AnnotatedSentence u, Place p) {
        List<Token> tokens = u.tokens();
        for (int k = p.first() - 1; k >= Math.max(0, p.first() - LATER_WINDOW); k--) {
            Token t = tokens.get(k);
            if (t.punctuation(',') || t.punctuation(';') || t.punctuation('.')) {
                break;
            }
            if (laterVenueCues.contains(t.lower())) {
                return true;
            }
        }
        return p.last() < tokens.size() && tokens.get(p.last()).is("next");
    }

    /** Text at {@code offset} of u inside a quoted title that follows an event noun or "titled", "themed", "called". */
    private boolean inATitle(AnnotatedSentence u, int offset) {
        int at = u.start() + offset;
        for (Quote q : u.quotes()) {
            if (!q.contains(at)) {
                continue;
            }
            int before = u.tokenBefore(q.start() - u.start()) - 1;
            return before >= 0
                    && (eventNouns.contains(u.tokens().get(before).lower())
                            || titleCues.contains(u.tokens().get(before).lower()));
        }
        return false;
    }

    /** A city that is also a country's name, standing in a list of actors joined by commas or "and". */
    private static boolean listedCountry(AnnotatedSentence u, Place p) {
        List<Mention> mentions = u.mentions();
        if (mentions.stream().noneMatch(m -> m.kind() == MentionKind.COUNTRY && m.first() == p.first())) {
            return false;
        }
        List<Token> tokens = u.tokens();
        int before = p.first() - 1;
        int after = p.last();
        boolean joinedBefore = before > 0
                && (tokens.get(before).punctuation(',') || tokens.get(before).is("and"))
                && mentions.stream().anyMatch(m -> m.last() == before);
        boolean joinedAfter = after + 1 < tokens.size()
                && (tokens.get(after).punctuation(',') || tokens.get(after).is("and"))
                && mentions.stream().anyMatch(m -> m.first() == after + 1);
        return joinedBefore || joinedAfter;
    }

    private boolean anotherEventBefore(AnnotatedSentence u, int placeToken, String eventName) {
        int from = Math.max(0, placeToken - OTHER_EVENT_WINDOW);
        List<PhraseMatcher.Hit> cues = otherEventCues.find(u.tokens());
        if (cues.stream().anyMatch(h -> h.first() >= from && h.last() <= placeToken)) {
            return true;
        }
        // "held to get ready for the Ocean Conference, which will take place in Apia": the relative clause tells
        // where that other gathering meets, and so does "the Ocean Conference in Apia" later in the sentence
        List<Token> tokens = u.tokens();
        if (cues.stream().noneMatch(h -> h.last() <= placeToken)
                || placeToken < 2
                || !PLACE_PREPOSITIONS.contains(tokens.get(placeToken - 1).lower())) {
            return false;
        }
        Token before = tokens.get(placeToken - 2);
        if (before.capitalised()
                && eventNouns.contains(before.lower())
                && (eventName == null || !eventName.contains(u.span(Math.max(0, placeToken - 3), placeToken - 1)))) {
            return true;
        }
        return laterEventCues.find(tokens).stream()
                .anyMatch(h -> h.first() > 0
                        && RELATIVE_PRONOUNS.contains(tokens.get(h.first() - 1).lower())
                        && h.last() == placeToken - 1);
    }

    private static final Set<String> RELATIVE_PRONOUNS = WordSets.of("which", "that");
    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "at");

    /** "DUBAI" in a heading: the spelling the running text uses, else title case. */
    private static String properCase(String place, List<AnnotatedSentence> sentences) {
        if (!place.equals(place.toUpperCase(Locale.ROOT))) {
            return place;
        }
        Pattern p = Pattern.compile(
                "(?<![\\p{L}])" + Pattern.quote(place) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        for (AnnotatedSentence u : sentences) {
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

    /** A city with "'s" after it and no "in" or "at" before it: "Moscow's decision", not "in Suva's town hall". */
    private static boolean governmentsPossessive(List<Token> tokens, Place p) {
        boolean possessive = p.last() < tokens.size() && tokens.get(p.last()).possessiveMark();
        boolean located = p.first() > 0
                && (tokens.get(p.first() - 1).is("in")
                        || tokens.get(p.first() - 1).is("at"));
        return possessive && !located;
    }

    /** "Fiji's Port Dalby": a country's possessive before the place. */
    private static final Pattern COUNTRY_OWNER = Pattern.compile("(\\p{Lu}[\\p{L} -]+?)['’]s\\s+(\\p{Lu}.+)");

    /** "The summit was held in Kigali": a capitalised place after held/met/took place in or at. */
    private PlaceIn heldIn(List<AnnotatedSentence> sentences) {
        for (int i = 0; i < Math.min(sentences.size(), TOP); i++) {
            AnnotatedSentence s = sentences.get(i);
            Matcher m = HELD_IN.matcher(s.text());
            boolean held = m.find(s.bodyFrom());
            if (!held) {
                m = GATHERED_AT.matcher(s.text());
                held = m.find(s.bodyFrom()) && !namesABody(s, m.start(1));
            }
            if (held && !pastVenueInClause(s, s.tokenAt(m.start(1)))) {
                String name = placeOrCapital(m.group(1).strip(), s.text(), m.end(1));
                if (name != null && !endsInEventNoun(name)) { // "took place at the Reef Summit": the gathering
                    return new PlaceIn(new Place(name, null, 0, 0, m.start(1), m.end(1)), s);
                }
            }
        }
        return null;
    }

    /** The event's own sentence, then the sentences near the top that name it too. */
    private static List<AnnotatedSentence> namingSentences(
            List<AnnotatedSentence> sentences, AnnotatedSentence nameSentence, String name) {
        List<AnnotatedSentence> out = new ArrayList<>();
        if (nameSentence != null) {
            out.add(nameSentence);
        }
        if (name != null) {
            for (AnnotatedSentence s : sentences.subList(0, Math.min(sentences.size(), TOP))) {
                if (s != nameSentence && loose(s.text()).contains(loose(name))) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    /** A name as a headline and the body may both write it: no bracketed acronym, no apostrophes. */
    private static String loose(String text) {
        return BRACKETED_ACRONYM.matcher(text).replaceAll("").replace("’", "").replace("'", "");
    }

    /** "projects in BRICS economies": a group, an organisation or a person named at {@code offset}, not a place. */
    private static boolean namesABody(AnnotatedSentence sentence, int offset) {
        return sentence.mentions().stream()
                .anyMatch(
                        m -> m.start() == offset && m.kind() != MentionKind.COUNTRY && m.kind() != MentionKind.CAPITAL);
    }

    /** "the AI Safety Summit at Bletchley Park": the capitalised place after "at" or "in". */
    private String venue(AnnotatedSentence sentence, String name) {
        if (sentence == null || name == null) {
            return null;
        }
        String text = sentence.text();
        int at = text.indexOf(name);
        if (at < 0) {
            at = text.indexOf(name.split(" ")[0]); // a name the sentence writes with an acronym in brackets
        }
        String topic = topicPlace(name);
        Matcher m = VENUE.matcher(text);
        int from = Math.max(0, at);
        while (m.find(from)) {
            from = m.end();
            int token = sentence.tokenBefore(m.start(1));
            String place = placeOrCapital(m.group(1).strip(), text, m.end(1));
            if (place != null
                    && !NATURAL_FEATURE.matcher(place).find()
                    && !ATTRIBUTIVE
                            .matcher(text)
                            .region(m.end(1), text.length())
                            .lookingAt()
                    && !place.equalsIgnoreCase(topic)
                    && !namesABody(sentence, m.start(1))
                    && !anotherEventBefore(sentence, token, name)
                    && !inATitle(sentence, m.start(1))) {
                return place;
            }
        }
        return null;
    }
}
