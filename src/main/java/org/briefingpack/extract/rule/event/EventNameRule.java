package org.briefingpack.extract.rule.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Chunk;
import org.briefingpack.extract.annotate.Dateline;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.PartKind;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;

/**
 * The event's name: the first capitalised name near the top that ends in an event noun ("the Paris AI
 * Summit", "Summit of the Future"), else a lower-case one ("the NATO summit"), else a code name ("COP28"),
 * with a "COP28, the ..." apposition put in front. A forum one meets "at ... in" a place is a venue, a name
 * only when nothing else comes.
 */
public final class EventNameRule implements Rule {

    private static final int LOOK_AHEAD = 14;
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    /** "Three-Day", "2-day", "one-day", "two-week", "monthlong": how long, not part of the name. */
    private static final String DURATION_WORD =
            "(?:[\\p{L}\\d]+-(?:days?|weeks?|months?)|(?:day|week|month|year)-?long)";

    private static final Pattern DURATION = Pattern.compile("(?i)" + DURATION_WORD);

    /** "two day", "3 week": a length written as two words. */
    private static final Set<String> LENGTH_WORDS =
            WordSets.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private static final Set<String> SPANS = WordSets.of("day", "days", "week", "weeks", "month", "months");

    private static final Pattern OWNER_HEADS = Pattern.compile(
            "\\b(?:Network|Fund|Alliance|Partnership|Forum|Group|Organi[sz]ation|Union|Initiative|Council|Bank|Institute|Agency|Coalition)\\b");
    private static final Pattern BARE_EVENT = Pattern.compile(
            "\\b(?:the|this year's|this week's)\\s+(?:(?:critical|crucial|historic|landmark|annual|" + DURATION_WORD
                    + ")\\s+)?"
                    + "(summit|conference|meeting|forum)\\b(?:\\s+(?:held\\s+)?in\\s+((?:The\\s+)?\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+)?))?");
    /** "a three-day climate summit in Nairobi", "a summit on financing the fight against poverty". */
    private static final Pattern LOOSE_EVENT = Pattern.compile(
            "\\b(?:[Aa]|[Aa]n|[Tt]he)\\s+(?:" + DURATION_WORD
                    + "\\s+|annual\\s+)?((?:(?!(?:new|bigger|major|key|first|second|last|next|separate|bilateral|private|press|news|cabinet|virtual|emergency|closed-door|side)\\b)\\p{Ll}[\\p{L}-]+(?:s'|s’)?\\s+){0,2}"
                    + "(?:summit|conference|meeting|forum|session))\\s+(on(?:\\s+(?!(?:in|at|with|by|to|and|on|as|after|before|which|that|the\\s+sidelines|the\\s+margins|sidelines|margins)\\b)\\p{Ll}[\\p{L}'-]*){1,6}"
                    // "on aid to Fiji": a topic may end on the place or people it is for
                    + "(?:\\s+(?:to|for)(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}(?![\\p{L}'’-]))?|in\\s+\\p{Lu}[\\p{L}'-]+(?:\\s\\p{Lu}[\\p{L}'-]+)?)");

    /**
     * "a global vaccine forum organised by France", "A UN-hosted pledging event, organised along with ...", "an
     * international donors' conference was held": a gathering described by one or two words (or who hosted it),
     * then who organised, hosted or held it.
     */
    private static final Pattern LOOSE_EVENT_ORGANISED = Pattern.compile(
            "\\b(?:[Aa]|[Aa]n|[Tt]he)\\s+(?:" + DURATION_WORD
                    + "\\s+|annual\\s+)?((?:(?:[\\p{L}]+-(?:hosted|led|backed)|(?!(?:new|bigger|major|key|first|second|last|next|separate|bilateral|private|press|news|cabinet|virtual|emergency|closed-door|side|same|other|recent|critical|crucial|historic|landmark)\\b)\\p{Ll}[\\p{L}-]+(?<=s)['’]|\\p{Ll}[\\p{L}-]+)\\s+){1,2}"
                    + "(?:summit|conference|meeting|forum|event))(?=,?\\s+(?:(?:was|were)\\s+)?(?:organi[sz]ed|co-organi[sz]ed|hosted|co-hosted|convened|held)\\b)");

    /**
     * "at a ministerial event for the Reef Emergency Fund (REF)", "a conference in support of island fishers
     * opened": a gathering named by what it is for, a capitalised name or "in support of" and up to five words.
     */
    private static final Pattern LOOSE_EVENT_FOR = Pattern.compile(
            "\\b(?:[Aa]|[Aa]n|[Tt]he)\\s+((?:(?!(?:side|press|news|cabinet|private)\\b)\\p{Ll}[\\p{L}-]+\\s+){0,2}"
                    + "(?:[Ee]vent|[Cc]onference|[Ss]ummit|[Mm]eeting|[Ff]orum)\\s+(?:"
                    + "for\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:of|for|and|on|\\p{Lu}[\\p{L}'’-]*)){0,7}(?<!\\s(?:of|for|and|on))"
                    + "(?:\\s+\\(\\p{Lu}{2,10}\\))?"
                    + "|in\\s+support\\s+of\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+(?!(?:was|were|is|are|on|in|at|by|has|had|opened|met|took|ended|closed|began|raised|adopted|agreed)\\b)[\\p{L}'’-]+){0,4}))");

    /**
     * "At a ministerial meeting on Monday, Reef Forum leaders agreed ...": a gathering described in passing, then the
     * group whose leaders, ministers or heads of state met at it, who name it ("Reef Forum ministerial meeting").
     */
    private static final Pattern LOOSE_EVENT_OF_GROUP = Pattern.compile(
            "\\b[Aa]t\\s+(?:a|an|the|their)\\s+((?:(?!(?:side|press|news|cabinet|private|bilateral|separate)\\b)\\p{Ll}[\\p{L}-]+\\s+){0,2}"
                    + "(?:summit|meeting|conference|gathering))\\b[^,.;]{0,60},\\s+(?:the\\s+)?((?:\\p{Lu}[\\p{L}\\d-]*\\s+){1,3})"
                    + "(?:leaders|ministers|heads\\s+of\\s+state|presidents)\\b");

    /** What a word of {@code event-name-words.tsv} is. */
    enum Word {
        STARTING_VERB,
        STARTED_NOUN,
        DOCUMENT_AFTER,
        MEETING_VERB,
        HEADLINE_ACT_VERB,
        MEMBER_PLURAL,
        FUTURE_MODAL,
        MEETING_HOLDERS,
        HOLDERS_OF,
        AMBIGUOUS_NOUN
    }

    private static final LexiconFile WORD_FILE = LexiconFile.read("event-name-words.tsv");
    private static final Map<Word, Set<String>> WORDS = WORD_FILE.wordsByRole(Word.class);

    /** Verbs by which a country or body starts a gathering it holds ("Fiji began a pledging conference"). */
    private static final Set<String> STARTING_VERBS = WORDS.get(Word.STARTING_VERB);

    /** Nouns of a gathering a subject may start, after "a" and up to two lower-case words ("a pledging conference"). */
    private static final Set<String> STARTED_NOUNS = WORDS.get(Word.STARTED_NOUN);

    /**
     * "Fiji began a pledging conference on Tuesday": a gathering the text gives no name, started by a country or body
     * that the name then carries ("Fiji pledging conference"); null where the sentence has none.
     */
    private static String startedBy(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (Mention m : s.mentions()) {
            int verb = m.last();
            if (m.start() < s.bodyFrom()
                    || m.kind() == MentionKind.PERSON
                    || verb + 2 >= tokens.size()
                    || !STARTING_VERBS.contains(tokens.get(verb).lower())
                    || !(tokens.get(verb + 1).is("a") || tokens.get(verb + 1).is("an"))) {
                continue;
            }
            for (int k = verb + 2; k < tokens.size() && k <= verb + 4; k++) {
                Token t = tokens.get(k);
                if (STARTED_NOUNS.contains(t.lower())) {
                    return s.span(m.first(), m.last()) + " " + s.span(verb + 2, k + 1);
                }
                if (!t.word() || !Character.isLowerCase(t.text().charAt(0))) {
                    break;
                }
            }
        }
        return null;
    }

    /** Words after an event noun that make the name a text's ("Summit Declaration", "Conference Statement"). */
    private static final Set<String> DOCUMENT_AFTER = WORDS.get(Word.DOCUMENT_AFTER);

    private static final Set<String> LOOSE_TOPIC_TAIL = WordSets.of("the", "a", "an", "of", "for");
    /** How many sentences from the top a loosely named gathering may stand in. */
    private static final int LEAD = 3;
    /** Words before an -ing form that make it a verb: "after meeting Li", "while meeting donors". */
    private static final Set<String> GERUND_OPENERS = WordSets.of("after", "before", "while", "when", "since", "by");

    /** Event nouns that also name agreements: counted only where no other name comes. */
    private static final Set<String> AMBIGUOUS = WORDS.get(Word.AMBIGUOUS_NOUN);

    private static final Pattern MONTH = Pattern.compile(
            "(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d+)");

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** Capitalised words before a year that own no gathering ("In 2026 Summit ...", "The 2026 Meetings"). */
    private static final Set<String> YEAR_OWNER_STOPS =
            WordSets.of("the", "a", "an", "this", "since", "until", "during", "after", "before", "from", "by", "for");
    /** " on Sudan", " for the Sahel", " for Syria and the Region": capitalised words, no possessive after them. */
    private static final Pattern TOPIC_AFTER = Pattern.compile(
            " (on|for) ((?:the )?\\p{Lu}[\\p{L}-]+(?: (?:and (?:the )?)?\\p{Lu}[\\p{L}-]+){0,3})(?![\\p{L}'’-])");

    private static final Pattern WEEKDAY = Pattern.compile("(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Set<String> LOWER_JOINERS = WordSets.of("of", "the", "on", "for", "and", "&");
    /** Small words inside a title ("Conference of the Parties to the Convention on ..."); not "and", not "in". */
    private static final Set<String> TITLE_JOINERS = WordSets.of("of", "the", "on", "for", "to", "against");

    private static final Pattern CODE_NAME =
            Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:COP|G|CHOGM|APEC|BRICS)\\d{0,2}|Cop\\d{1,2})(?![\\p{L}\\p{N}-])");

    private final Set<String> nouns;
    private final Set<String> venueWords;
    private final Set<String> drops;
    private final PhraseMatcher otherEventCues =
            PhraseMatcher.of(LexiconFile.read("other-event-cues.txt").words());
    private final PhraseMatcher laterEventCues =
            PhraseMatcher.of(LexiconFile.read("later-event-cues.txt").words());
    private final Set<String> headlineVerbs;
    /** Words that end a loose name's lower-case modifiers ("pledged €2 billion at Brussels conference"). */
    private final Set<String> prepositions;
    /** Those taking part ("Ministers held talks"): a sentence's first word, not a name's. */
    private final Set<String> participants;

    private final List<String> hostingSuffixes;
    /** "Ruiz said constructive dialogue ...": a verb of saying is no modifier of a loose name. */
    private final Set<String> speechVerbs;

    EventNameRule(
            List<String> eventNouns,
            List<String> venueWords,
            List<String> drops,
            List<String> prepositions,
            List<String> participants) {
        this.prepositions = WordSets.copyOf(prepositions);
        this.participants = WordSets.copyOf(participants);
        this.nouns = WordSets.copyOf(
                eventNouns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        this.venueWords = WordSets.copyOf(venueWords);
        this.drops = WordSets.copyOf(drops);
        this.headlineVerbs =
                WordSets.copyOf(LexiconFile.read("event-name-verbs.txt").words());
        this.hostingSuffixes =
                List.copyOf(LexiconFile.read("hosting-suffixes.txt").words());
        this.speechVerbs = WordSets.copyOf(LexiconFile.read("speech-verbs.txt").words());
    }

    /** "EU-hosted Reef Conference": who hosted it is said before the name, and is no part of it. */
    private String withoutHost(String name) {
        int space = name.indexOf(' ');
        if (space < 0 || name.indexOf(' ', space + 1) < 0) {
            return name;
        }
        String first = name.substring(0, space).toLowerCase(Locale.ROOT);
        for (String suffix : hostingSuffixes) {
            if (first.endsWith(suffix) && first.length() > suffix.length()) {
                return name.substring(space + 1);
            }
        }
        return name;
    }

    public static EventNameRule fromClasspath() {
        return new EventNameRule(
                LexiconFile.read("event-nouns.txt").words(),
                LexiconFile.read("venue-words.txt").words(),
                LexiconFile.read("event-name-drops.txt").words(),
                LexiconFile.read("place-prepositions.txt").words(),
                LexiconFile.read("participant-nouns.txt").words());
    }

    private record Name(String name, AnnotatedSentence sentence) {}

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        int storyYear = document.datelineIfAny()
                .map(Dateline::date)
                .map(date -> date.getYear())
                .orElse(0);
        Name name = name(document.sentences(), storyYear);
        if (name != null) {
            findings.event.name = spelledOut(ofTheConvention(name.name(), document.sentences()), document.sentences());
            findings.event.nameSentence = name.sentence();
        }
    }

    /** A name that is a body's acronym and a gathering's noun: "RCF Summit", "PIF meeting". */
    private static final Pattern ACRONYM_AND_NOUN = Pattern.compile("(\\p{Lu}[\\p{Lu}\\d]{1,9}) (\\p{L}+)");

    /**
     * "RCF Summit" in the headline, "the 3rd Summit of the Reef Council of Pacific States (RCF)" in the story: the
     * name the story spells out, with the acronym that ties the two.
     */
    private static String spelledOut(String name, List<AnnotatedSentence> sentences) {
        Matcher short_ = ACRONYM_AND_NOUN.matcher(name);
        if (!short_.matches()) {
            return name;
        }
        Pattern full = Pattern.compile("(?:\\d+(?:st|nd|rd|th)\\s+)?(?i:" + Pattern.quote(short_.group(2))
                + ")\\s+of\\s+the\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:of|and|for|on|the|in|&)\\s+)*\\p{Lu}[\\p{L}'’-]*)*"
                + "\\s+\\(" + Pattern.quote(short_.group(1)) + "\\)");
        for (int i = 0; i < Math.min(sentences.size(), LOOK_AHEAD); i++) {
            Matcher m = full.matcher(sentences.get(i).plain());
            if (m.find()) {
                return Character.toUpperCase(m.group().charAt(0)) + m.group().substring(1);
            }
        }
        return name;
    }

    /** "the Conference of the Parties" alone, or with its code ("(COP-6)"): the bare body of some treaty. */
    private static final Pattern BARE_PARTIES =
            Pattern.compile("(?:Conference|Meeting) of the (?:States )?Parties(?: \\([^)]{2,12}\\))?");

    /** "the Minamata Convention on Mercury": a convention's title, up to four capitalised words and a topic. */
    private static final Pattern CONVENTION_TITLE = Pattern.compile(
            "\\b(?:\\p{Lu}[\\p{L}-]+\\s+){1,4}Convention(?:\\s+(?:on|for|against)(?:\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]+){1,4})?");

    /**
     * "the sixth meeting of the Conference of the Parties", where the story names the treaty elsewhere ("the
     * biennial summit of the Minamata Convention on Mercury"): the parties are that treaty's, and so is the name.
     */
    private static String ofTheConvention(String name, List<AnnotatedSentence> sentences) {
        if (!BARE_PARTIES.matcher(name).matches()) {
            return name;
        }
        for (int i = 0; i < Math.min(sentences.size(), LOOK_AHEAD); i++) {
            Matcher title = CONVENTION_TITLE.matcher(sentences.get(i).plain());
            if (title.find()) {
                return name + " to the " + title.group().strip();
            }
        }
        return name;
    }

    private Name name(List<AnnotatedSentence> sentences, int storyYear) {
        // "the Paris AI Summit", then "the NATO summit", then "its annual meeting", then a bare "COP28", then a
        // name that might be an agreement's ("the Framework Convention"), then "the summit in The Hague", then
        // the group whose ministers met, and last the gathering the story's event stood beside ("on the sidelines
        // of the Delta Summit")
        Name talks = null;
        Name later = null; // a gathering still to come, or a day's: the story's own only where it names no other
        for (int pass = 0; pass < 9; pass++) {
            Name venue = null;
            for (int i = 0; i < Math.min(sentences.size(), LOOK_AHEAD); i++) {
                AnnotatedSentence s = sentences.get(i);
                String found = switch (pass) {
                    case 0 -> {
                        String quoted = quotedTitleBeforeNoun(s);
                        yield quoted != null ? quoted : eventName(words(s), false, false, false);
                    }
                    case 1 -> eventName(words(s), true, false, false);
                    case 2 -> possessiveEvent(s);
                    // "a G7 plan to curb fish prices" deep in the story names no gathering
                    case 3 -> i < LEAD || mentionsAGathering(s) ? codeName(s.plain()) : null;
                    case 4 -> eventName(words(s), false, true, false);
                    case 5 -> bareEvent(sentences, s);
                    case 6 -> {
                        String group = groupMeeting(s);
                        if (group == null) {
                            group = holdersMeeting(s);
                        }
                        yield group != null || i >= LEAD ? group : bodyAtAMeeting(s);
                    }
                    case 7 -> eventName(words(s), false, false, true);
                    default -> i < LEAD ? looseEvent(s) : groupAtEvent(s);
                };
                if (found != null && pass != 2 && afterOtherEventCue(s, found)) {
                    continue; // "ahead of his address to the United Nations General Assembly": another gathering
                }
                if (found != null && TIME_OWNER.matcher(found).lookingAt()) {
                    if (later == null) {
                        later = named(sentences, i, s, found);
                    }
                    continue; // "Today's Ministerial sets us on a path": a day's, the name may come later
                }
                if (found != null
                        && pass != 2
                        && (beforeLaterEventCue(s, found, storyYear)
                                || atAfterAModal(s, found)
                                || datedBeforeTheStory(s, found, storyYear))) {
                    if (later == null) {
                        later = named(sentences, i, s, found);
                    }
                    continue; // "the Leaders Summit to be held in Tonga in August"
                }
                if (found != null && pass < 2 && isVenue(s.plain(), found)) {
                    if (venue == null) {
                        venue = new Name(found, s);
                    }
                    continue;
                }
                if (found != null && pass < 2 && TALKS.matcher(found).find()) {
                    if (talks == null) {
                        talks = new Name(found, s); // "UN talks in Azerbaijan": the gathering's name may follow
                    }
                    continue;
                }
                if (found != null && pass < 2 && s.part() == PartKind.HEADLINE) {
                    Name fuller = fullerInLead(sentences, i, found, pass == 1);
                    if (fuller != null) {
                        s = fuller.sentence();
                        found = fuller.name();
                    }
                }
                if (found != null) {
                    return named(sentences, i, s, found);
                }
            }
            if (venue == null && pass == LAST_PASS_BEFORE_TALKS) {
                venue = talks; // "UN talks", when neither a name nor a code ("Cop29") follows
            }
            if (venue != null) {
                return new Name(
                        titleCaseNoun(normaliseCase(withApposition(sentences, withoutHost(venue.name())), sentences)),
                        venue.sentence());
            }
        }
        Name ceremony = signingCeremony(sentences);
        return ceremony != null ? ceremony : later;
    }

    /** "signed the Treaty of Reef Border between Chile and Peru": a capitalised title after "signed the". */
    private static final Pattern SIGNED_TITLE = Pattern.compile(
            "\\bsigned\\s+the\\s+(\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:of|on|for|between|and|the)\\s+)*\\p{Lu}[\\p{L}-]*)*)");

    /**
     * Where nothing names the gathering and the story speaks of a signing ceremony, the text signed in the lead names
     * it ("Signing ceremony of the Treaty of Reef Border between Chile and Peru").
     */
    private static Name signingCeremony(List<AnnotatedSentence> sentences) {
        boolean ceremony = false;
        for (int i = 0; i < Math.min(sentences.size(), LOOK_AHEAD) && !ceremony; i++) {
            List<Token> tokens = sentences.get(i).tokens();
            for (int k = 0; k + 1 < tokens.size(); k++) {
                if (tokens.get(k).is("signing") && tokens.get(k + 1).is("ceremony")) {
                    ceremony = true;
                    break;
                }
            }
        }
        if (!ceremony) {
            return null;
        }
        for (int i = 0; i < Math.min(sentences.size(), LEAD + 1); i++) {
            AnnotatedSentence s = sentences.get(i);
            Matcher signed = SIGNED_TITLE.matcher(s.text());
            if (s.part() != PartKind.HEADLINE
                    && signed.find(s.bodyFrom())
                    && signed.group(1).contains(" ")) {
                return new Name("Signing ceremony of the " + signed.group(1), s);
            }
        }
        return null;
    }

    /** The name as found in sentence {@code i}, with its topic, body, apposition and bracketed short form. */
    private Name named(List<AnnotatedSentence> sentences, int i, AnnotatedSentence s, String found) {
        String full = withBodyNamedBefore(withTopic(s.text(), found), sentences, i);
        String name = titleCaseNoun(normaliseCase(withApposition(sentences, withoutHost(full)), sentences));
        return new Name(withBracketedAcronym(s.text(), full, name), s);
    }

    /** "yearly meeting of the Council": a body named by its head word alone. */
    private static final Pattern OF_THE_BODY = Pattern.compile("\\bof the (\\p{Lu}\\p{L}+)$");

    /**
     * "the yearly meeting of the Council", where a sentence before named the body in full ("the Council for Reef
     * Science (CRS)"): the one organisation named so, with that head, is the body.
     */
    private static String withBodyNamedBefore(String found, List<AnnotatedSentence> sentences, int at) {
        Matcher m = OF_THE_BODY.matcher(found);
        if (!m.find() || !BODY_HEADS.contains(m.group(1))) {
            return found;
        }
        String head = m.group(1);
        String body = null;
        for (AnnotatedSentence s : sentences.subList(0, at + 1)) {
            for (Mention mention : s.mentions()) {
                String name = mention.actor().name();
                if (mention.kind() == MentionKind.ORGANISATION
                        && !name.equals(head)
                        && (name.startsWith(head + " ") || name.endsWith(" " + head))) {
                    if (body != null && !body.equals(name)) {
                        return found; // two such bodies: which one met is not said
                    }
                    body = name;
                }
            }
        }
        return body == null ? found : found.substring(0, m.start(1)) + body;
    }

    /** "the first “Reef Futures” conference": a quoted title right before an event noun in lower case. */
    private static final Pattern QUOTED_TITLE_BEFORE_NOUN = Pattern.compile(
            "[“\"]((?:\\p{Lu}[\\p{L}'’-]*)(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,4})[”\"]\\s+(conference|summit|forum|meeting|dialogue)\\b");

    private static String quotedTitleBeforeNoun(AnnotatedSentence s) {
        Matcher m = QUOTED_TITLE_BEFORE_NOUN.matcher(s.text());
        if (!m.find(s.bodyFrom())) {
            return null;
        }
        return m.group(1) + " " + Character.toUpperCase(m.group(2).charAt(0))
                + m.group(2).substring(1);
    }

    /**
     * A headline's short name ("FAO Summit") gives way to the full one the lead gives with its topic ("the World
     * Summit on Food Security"): the same event noun, four words or more, "on" or "for" among them.
     */
    private Name fullerInLead(List<AnnotatedSentence> sentences, int headline, String found, boolean loose) {
        String[] words = found.split("\\s+");
        if (words.length > 2) {
            return null;
        }
        String noun = words[words.length - 1].toLowerCase(Locale.ROOT);
        for (int k = headline + 1; k < Math.min(sentences.size(), headline + 1 + LEAD); k++) {
            AnnotatedSentence s = sentences.get(k);
            if (s.part() == PartKind.HEADLINE || s.heading()) {
                continue;
            }
            String body = eventName(words(s), loose, false, false);
            if (body == null) {
                continue;
            }
            String[] bodyWords = body.toLowerCase(Locale.ROOT).split("\\s+");
            List<String> bodyList = List.of(bodyWords);
            if (bodyWords.length >= 4
                    && bodyList.contains(noun)
                    && (bodyList.contains("on") || bodyList.contains("for"))
                    && !afterOtherEventCue(s, body)) {
                return new Name(body, s);
            }
        }
        return null;
    }

    /** "(COP9)", "(CCLS)": the short form a text gives in brackets right after a gathering's name. */
    private static final Pattern EVENT_NOUN_LAST = Pattern.compile(
            "(?i)\\b(?:summit|conference|forum|meeting|dialogue|assembly|congress|convention of the parties)$");

    private static final Pattern BRACKETED_SHORT_FORM = Pattern.compile("\\s*\\(([A-Z][A-Za-z0-9-]{1,11})\\)");

    /**
     * The name with the short form the text gives in brackets right after it ("Conference of the Parties to the
     * Reef Convention (COP9)"): reporting names the gathering by either, so the name keeps
     * both.
     */
    static String withBracketedAcronym(String text, String found, String name) {
        int at = text.indexOf(found);
        if (at < 0) {
            return name;
        }
        Matcher m = BRACKETED_SHORT_FORM.matcher(text).region(at + found.length(), text.length());
        if (!m.lookingAt()) {
            return name;
        }
        String shortForm = m.group(1);
        long capitals = shortForm.chars().filter(Character::isUpperCase).count();
        // the gathering's own short form: numbered ("COP9", after the convention's name), or after an event noun;
        // "the Reef Convention against Coral Theft (RCCT)" is the convention's
        boolean gatherings = shortForm.chars().anyMatch(Character::isDigit)
                || EVENT_NOUN_LAST.matcher(found).find();
        return capitals >= 2 && gatherings && !name.contains(shortForm) ? name + " (" + shortForm + ")" : name;
    }

    /** The pass after which "UN talks" stands for the event: after the names and the codes ("Cop29"). */
    private static final int LAST_PASS_BEFORE_TALKS = 3;

    /** A name that ends in "talks" ("UN Talks"): a description of the gathering, which a later name beats. */
    private static final Pattern TALKS = Pattern.compile("(?i)\\btalks$");

    /** How far before a name a cue for another gathering ("ahead of", "upcoming") may stand, in characters. */
    private static final int OTHER_EVENT_REACH = 60;

    /** "Today's Ministerial", "This year's Summit": a time owns the gathering, which the story may name elsewhere. */
    private static final Pattern TIME_OWNER =
            Pattern.compile("(?:Today|Tonight|Yesterday|Tomorrow|(?:This|Last|Next) (?:year|week|month))['’]s\\s");

    /** How far after a name a cue for a later gathering ("to be held in ...") may stand, in characters. */
    private static final int LATER_EVENT_REACH = 60;

    /** " in 2027" right after a name. */
    private static final Pattern IN_YEAR = Pattern.compile("\\s+in\\s+(\\d{4})\\b");

    /**
     * Whether the name found is a later gathering's: a cue follows it in its clause ("the Leaders Summit to be held
     * in Tonga", "a forum that will take place in May"), or a year after the story's own does ("the Fifth Reef Forum
     * in 2027" in a story datelined 2026).
     */
    private boolean beforeLaterEventCue(AnnotatedSentence s, String found, int storyYear) {
        String text = s.text();
        int at = text.indexOf(found);
        if (at < 0) {
            return false;
        }
        int end = at + found.length();
        boolean cue = laterEventCues.find(s.tokens()).stream()
                .anyMatch(hit -> hit.start() >= end
                        && hit.start() - end <= LATER_EVENT_REACH
                        && text.substring(end, hit.start()).indexOf(',') < 0);
        if (cue) {
            return true;
        }
        Matcher year = IN_YEAR.matcher(text).region(end, text.length());
        return storyYear > 0 && year.lookingAt() && Integer.parseInt(year.group(1)) > storyYear;
    }

    /** "at a summit", "at the Reef Forum": the gathering a clause goes to, the sentence's text before its name. */
    private static final Pattern AT_BEFORE_NAME = Pattern.compile("\\bat\\s+(?:an?\\s+|the\\s+)?$");

    /**
     * "Leaders may sign the treaty at a summit in Lima": a gathering the clause's modal sends something to is a later
     * one, the story's own only where it names no other.
     */
    private static boolean atAfterAModal(AnnotatedSentence s, String found) {
        String text = s.text();
        int at = text.indexOf(found);
        if (at < s.bodyFrom()
                || !AT_BEFORE_NAME.matcher(text.substring(s.bodyFrom(), at)).find()) {
            return false;
        }
        for (int k = s.tokenAt(at) - 1; k >= 0 && s.tokens().get(k).start() >= s.bodyFrom(); k--) {
            Token t = s.tokens().get(k);
            if (t.punctuation(',') || t.punctuation(';') || t.punctuation(':') || t.quoteMark()) {
                return false; // the modal of another clause ("which may follow, ...")
            }
            if (FUTURE_MODALS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** " was held on 24 March 2019", " in 2019": up to three words after the name, then a date's year. */
    private static final Pattern DATED_AFTER = Pattern.compile(
            "(?:\\s+\\p{L}+){0,3}?\\s+(?:on|in)\\s+(?:\\p{L}+\\.?\\s+\\d{1,2},?\\s+|\\d{1,2}\\s+\\p{L}+,?\\s+|\\p{L}+\\s+)?"
                    + "((?:19|20)\\d{2})\\b");

    /**
     * "The first annual summit took place on 4 March 2019" in a story filed in 2026: a gathering the sentence
     * dates to an earlier year than the story's is an earlier one ("first held in 2019," after a comma is not this:
     * that is the story's gathering described).
     */
    private static boolean datedBeforeTheStory(AnnotatedSentence s, String found, int storyYear) {
        int at = s.text().indexOf(found);
        if (storyYear == 0 || at < 0) {
            return false;
        }
        Matcher dated = DATED_AFTER
                .matcher(s.text())
                .region(at + found.length(), s.text().length());
        return dated.lookingAt() && Integer.parseInt(dated.group(1)) < storyYear;
    }

    /** Whether a cue for another gathering stands shortly before the name found in the sentence. */
    private boolean afterOtherEventCue(AnnotatedSentence s, String found) {
        int at = s.text().indexOf(found);
        if (at < 0) {
            return false;
        }
        // the cue's own object: close after it, in the same clause ("ahead of his address to the Assembly")
        int end = at + found.length();
        return otherEventCues.find(s.tokens()).stream()
                .anyMatch(hit ->
                        hit.start() == at && hit.end() < end // "the Upcoming Conference": the cue opens the name
                                || hit.end() <= at
                                        && at - hit.end() <= OTHER_EVENT_REACH
                                        && s.text().substring(hit.end(), at).indexOf(',') < 0);
    }

    /** The sentence's words after its dateline and list marker, a possessive or trailing apostrophe kept on its word. */
    static List<String> words(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        int k = 0;
        while (k < tokens.size() && tokens.get(k).start() < s.bodyFrom()) {
            k++;
        }
        while (k < tokens.size() && !tokens.get(k).word() && !tokens.get(k).quoteMark()) {
            k++; // a list marker, heading hashes, emphasis
        }
        if (s.marker()
                && k + 1 < tokens.size()
                && Character.isDigit(tokens.get(k).text().charAt(0))
                && (tokens.get(k + 1).punctuation('.') || tokens.get(k + 1).punctuation(')'))) {
            k += 2;
        }
        List<String> out = new ArrayList<>();
        Token previous = null;
        for (; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.text().equals("*") || t.text().equals("_")) {
                continue;
            }
            if (t.text().equals("[")
                    && k + 2 < tokens.size()
                    && Character.isDigit(tokens.get(k + 1).text().charAt(0))
                    && tokens.get(k + 2).text().equals("]")) {
                k += 2; // "(COP 3) [1] to the Regional Agreement": a footnote's mark is no part of the name
                continue;
            }
            if (t.text().equals("(")
                    && k + 3 < tokens.size()
                    && tokens.get(k + 1).text().equals(tokens.get(k + 1).text().toUpperCase(Locale.ROOT))
                    && Character.isLetter(tokens.get(k + 1).text().charAt(0))
                    && Character.isDigit(tokens.get(k + 2).text().charAt(0))
                    && tokens.get(k + 3).text().equals(")")) {
                // "(COP 3)": a code written apart from its number is one acronym in brackets, as "(COP3)" is
                out.add("(");
                out.add(tokens.get(k + 1).text() + " " + tokens.get(k + 2).text());
                out.add(")");
                previous = tokens.get(k + 3);
                k += 3;
                continue;
            }
            boolean glued = previous != null && t.start() == previous.end();
            String x = t.text();
            boolean abbreviation = x.equals(".")
                    && glued
                    && !out.isEmpty()
                    && out.get(out.size() - 1).contains(".");
            if (glued
                    && !out.isEmpty()
                    && (x.equals("'") || x.equals("’") || x.equals("'s") || x.equals("’s") || abbreviation)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + x);
            } else {
                out.add(x);
            }
            previous = t;
        }
        return out;
    }

    /**
     * "the Network held its inaugural convening", "The Global Fund ... at its eighth replenishment conference":
     * the owner is the nearest name before "its" that is an organisation or initiative.
     */
    private String possessiveEvent(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.get(k).is("its") && !tokens.get(k).is("their")) {
                continue;
            }
            int n = k + 1;
            while (n < tokens.size()
                    && n - k <= 3
                    && !nouns.contains(tokens.get(n).lower())
                    && Character.isLowerCase(tokens.get(n).text().charAt(0))
                    && tokens.get(n).word()) {
                n++;
            }
            if (n >= tokens.size() || !nouns.contains(tokens.get(n).lower())) {
                continue;
            }
            while (n + 1 < tokens.size()
                    && nouns.contains(tokens.get(n + 1).lower())
                    && Character.isLowerCase(tokens.get(n + 1).text().charAt(0))) {
                n++; // "its ministerial conference": the last of two event nouns heads the name
            }
            String owner = tokens.get(k).is("their") ? groupOfLeaders(s, k) : ownerBefore(s, k);
            if (owner != null) {
                return owner + " " + s.span(k + 1, n + 1);
            }
        }
        return null;
    }

    /** "G7 leaders ... at their annual gathering": the group whose leaders "their" refers to. */
    private static String groupOfLeaders(AnnotatedSentence s, int k) {
        for (Mention m : s.mentions()) {
            if (m.last() < k && m.last() < s.tokens().size()) {
                String next = s.tokens().get(m.last()).lower();
                if (next.equals("leaders") || next.equals("members") || next.equals("ministers")) {
                    return s.text().substring(m.start(), m.end());
                }
            }
        }
        return null;
    }

    /** The nearest capitalised name before token {@code k} that holds an organisation or outcome word. */
    private String ownerBefore(AnnotatedSentence s, int k) {
        List<Chunk> chunks = s.chunks();
        for (int c = chunks.size() - 1; c >= 0; c--) {
            Chunk chunk = chunks.get(c);
            if (chunk.last() > k || !chunk.proper()) {
                continue;
            }
            int first = chunk.first();
            while (first < chunk.last() && s.tokens().get(first).tag() == Tag.DET) {
                first++;
            }
            String name = s.span(first, chunk.last());
            if (OWNER_HEADS.matcher(name).find()) {
                return name;
            }
        }
        return null;
    }

    /**
     * "NATO leaders met ... at the summit in The Hague": a bare event noun named after the group whose leaders
     * or members open the story, with its place.
     */
    private String bareEvent(List<AnnotatedSentence> sentences, AnnotatedSentence s) {
        Matcher m = BARE_EVENT.matcher(s.text());
        if (!m.find()) {
            return null;
        }
        String group = null;
        for (AnnotatedSentence opening : sentences.subList(0, Math.min(sentences.size(), 4))) {
            for (Mention mention : opening.mentions()) {
                // a group's own gathering ("NATO leaders", "the G7's summit"); a country only as the headline's
                // subject ("Italy's Meloni hosts ..."), not a minister further down ("Britain's foreign secretary")
                boolean ofAGroup = mention.kind() == MentionKind.GROUP || mention.kind() == MentionKind.ORGANISATION;
                if (!ofAGroup && !(mention.kind() == MentionKind.COUNTRY && opening.heading())) {
                    continue;
                }
                if (mention.last() < opening.tokens().size()) {
                    String next = opening.tokens().get(mention.last()).lower();
                    if (next.equals("leaders")
                            || next.equals("members")
                            || next.equals("member")
                            || next.equals("member-states")
                            || next.equals("'s")
                            || next.equals("’s")) {
                        group = opening.text().substring(mention.start(), mention.end());
                        break;
                    }
                }
            }
            if (group != null) {
                break;
            }
        }
        if (group == null) {
            return null;
        }
        return group + " " + m.group(1)
                + (m.group(2) == null ? "" : " in " + m.group(2).strip());
    }

    /**
     * "opened a three-day climate summit in Nairobi", "met for a summit on financing the fight against poverty":
     * in the lead, where nothing names the gathering, its noun with its topic or place names it.
     */
    private static String looseEvent(AnnotatedSentence s) {
        Matcher m = LOOSE_EVENT.matcher(s.text());
        if (!m.find(s.bodyFrom())) {
            Matcher organised = LOOSE_EVENT_ORGANISED.matcher(s.text());
            if (organised.find(s.bodyFrom())) {
                String[] words = organised.group(1).split("\\s+");
                if (!DURATION.matcher(words[0]).matches()) {
                    return organised.group(1); // cased as a sentence would start it, as below
                }
                if (words.length > 2) { // "the two-week reef conference, convened ...": how long is no name
                    return String.join(" ", Arrays.copyOfRange(words, 1, words.length));
                }
            }
            String ofGroup = groupAtEvent(s);
            if (ofGroup != null) {
                return ofGroup;
            }
            Matcher forOrInSupport = LOOSE_EVENT_FOR.matcher(s.text());
            if (forOrInSupport.find(s.bodyFrom())) {
                String name = forOrInSupport.group(1);
                return upperFirst(name);
            }
            return startedBy(s);
        }
        String after = s.text()
                .substring(m.start(2), topicEnd(s, m.start(2), m.end(2)))
                .strip();
        if (after.startsWith("on ")) {
            String[] words = after.split("\\s+");
            int end = words.length;
            while (end > 2 && LOOSE_TOPIC_TAIL.contains(words[end - 1])) {
                end--; // "on the future of": a topic cut short by the six-word limit ends on its last content word
            }
            after = String.join(" ", Arrays.copyOf(words, end));
        }
        String name = m.group(1) + " " + after;
        return upperFirst(name);
    }

    /**
     * Where the topic after "conference on" ends: before its clause's verb ("the conference on reef repair opened
     * ..."), a gerund being part of the topic ("a summit on financing clean cooking").
     */
    private static int topicEnd(AnnotatedSentence s, int from, int to) {
        int words = 0;
        for (Token t : s.tokens()) {
            if (t.start() < from || t.start() >= to) {
                continue;
            }
            words++;
            // "on" and the topic's first word stay: "a conference on displaced people"
            if (words > 2 && (t.tag() == Tag.VERB && !t.lower().endsWith("ing") || t.tag() == Tag.AUX)) {
                return t.start();
            }
        }
        return to;
    }

    /** "At a ministerial meeting on Monday, Reef Forum leaders ...": named by its group, anywhere near the top. */
    private static String groupAtEvent(AnnotatedSentence s) {
        Matcher m = LOOSE_EVENT_OF_GROUP.matcher(s.text());
        return m.find(s.bodyFrom()) ? m.group(2) + m.group(1) : null;
    }

    /**
     * "Foreign ministers of the Arctic Council met", "ASEAN finance ministers meet": where no gathering is named,
     * the group whose ministers meet names it ("Arctic Council Ministerial Meeting").
     */
    private static String groupMeeting(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!tokens.get(k).is("ministers")) {
                continue;
            }
            // "Foreign ministers of the Arctic Council met", "Foreign Ministers of MIKTA meet"
            if (k + 2 < tokens.size() && tokens.get(k + 1).is("of")) {
                boolean the = tokens.get(k + 2).is("the");
                int from = the ? k + 3 : k + 2;
                int end = capitalisedRun(tokens, from);
                boolean acronym = end == from + 1
                        && tokens.get(from).text().length() > 1
                        && tokens.get(from)
                                .text()
                                .equals(tokens.get(from).text().toUpperCase(Locale.ROOT));
                if (end > from
                        && (the || acronym) // "Ministers of MIKTA met"; not "The Ministers of Finance met"
                        && end < tokens.size()
                        && MEETING_VERBS.contains(tokens.get(end).lower())
                        && !countryAt(s, from)) {
                    return meetingOf(s, from, end);
                }
            }
            // "ASEAN finance ministers met": the name, at most two modifiers, "ministers", the verb; a headline may
            // tell what they did instead ("Reef Fisheries Ministers Adopt Charter")
            String verb = tokens.get(k + 1).lower();
            if (MEETING_VERBS.contains(verb) || s.part() == PartKind.HEADLINE && HEADLINE_ACT_VERBS.contains(verb)) {
                int first = k - 1;
                while (first >= 0 && k - first <= 2 && !tokens.get(first).capitalised()) {
                    first--;
                }
                int last = first;
                while (first > 0
                        && tokens.get(first - 1).capitalised()
                        && tokens.get(first - 1).word()) {
                    first--;
                }
                if (first >= 0 && tokens.get(last).capitalised() && !countryAt(s, first)) {
                    return meetingOf(s, first, last + 1);
                }
            }
        }
        return null;
    }

    /** How far into its sentence the body whose members met may stand ("Members of the Reef Commission"). */
    private static final int BODY_OPENS_WITHIN = 4;

    /**
     * "Members of the Reef Commission defeated a proposal at a meeting in Suva": the body the lead's subject names,
     * meeting "at" or "during" a meeting the text names no further, gives the gathering its name.
     */
    private static String bodyAtAMeeting(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        Mention body = s.mentions().isEmpty() ? null : s.mentions().get(0);
        int opens = s.tokenAt(s.bodyFrom());
        if (body == null
                || body.kind() != MentionKind.ORGANISATION && body.kind() != MentionKind.GROUP
                || body.first() > opens + BODY_OPENS_WITHIN
                || body.first() < opens) {
            return null;
        }
        for (int k = body.last(); k + 2 < tokens.size(); k++) {
            if ((tokens.get(k).is("at") || tokens.get(k).is("during"))
                    && (tokens.get(k + 1).is("a") || tokens.get(k + 1).is("its"))
                    && tokens.get(k + 2).is("meeting")) {
                return body.actor().name() + " meeting";
            }
        }
        return null;
    }

    /** The end of the capitalised words from {@code k} ("Arctic Council"), at most four. */
    private static int capitalisedRun(List<Token> tokens, int k) {
        int end = k;
        while (end < tokens.size()
                && end < k + 4
                && tokens.get(end).capitalised()
                && tokens.get(end).word()) {
            end++;
        }
        return end;
    }

    private static boolean countryAt(AnnotatedSentence s, int k) {
        return s.mentions().stream().anyMatch(m -> m.first() == k && m.kind() == MentionKind.COUNTRY);
    }

    /**
     * "Arctic Council Ministerial Meeting"; none from one capitalised word opening the sentence unless it is an
     * acronym ("Foreign ministers met" names no group, "ASEAN ministers met" does).
     */
    private static String meetingOf(AnnotatedSentence s, int first, int end) {
        String group = s.span(first, end);
        boolean opening = s.tokenAt(s.bodyFrom()) == first && end - first == 1;
        return opening && !group.equals(group.toUpperCase(Locale.ROOT)) ? null : group + " Ministerial Meeting";
    }

    private static final Set<String> MEETING_VERBS = WORDS.get(Word.MEETING_VERB);
    private static final Set<String> FUTURE_MODALS = WORDS.get(Word.FUTURE_MODAL);
    private static final Set<String> MEETING_HOLDERS = WORDS.get(Word.MEETING_HOLDERS);
    /** Plural nouns that end who the holders are of ("the five Pacific states", "the member countries"). */
    private static final Set<String> HOLDERS_OF = WORDS.get(Word.HOLDERS_OF);
    /** How many words may qualify the holders ("the EU fisheries ministers") or end the "of" after them. */
    private static final int HOLDERS_WORDS = 4;

    /**
     * "after a meeting of the fisheries ministers of the five Pacific states in Apia", "The foreign ministers of
     * Chile, Peru and Fiji ... after their trilateral meeting": where nothing names the gathering, the meeting of
     * those the text says met names it ("Meeting of the fisheries ministers of the five Pacific states").
     */
    private static String holdersMeeting(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            if (!tokens.get(k).is("meeting")) {
                continue;
            }
            int first = k;
            while (first > 0
                    && tokens.get(first - 1).tag() == Tag.ADJ
                    && !tokens.get(first - 1).capitalised()) {
                first--; // "trilateral", "ministerial"
            }
            if (tokens.get(k + 1).is("of")) {
                int end = holdersEnd(tokens, k + 2);
                if (end > 0) {
                    return upperFirst(s.span(first, end));
                }
            } else if (first > 0 && tokens.get(first - 1).is("their")) {
                int opens = s.tokenAt(s.bodyFrom());
                int end = holdersEnd(tokens, opens);
                if (end > 0 && end < first && tokens.get(opens).is("the")) {
                    return upperFirst(s.span(first, k + 1)) + " of the " + s.span(opens + 1, end);
                }
            }
        }
        return null;
    }

    /**
     * Where "the fisheries ministers of the five Pacific states" ends, read from its first word: the holders with
     * at least one word before them or an "of" after them; -1 where the words are not such a phrase.
     */
    private static int holdersEnd(List<Token> tokens, int from) {
        int k = from < tokens.size() && tokens.get(from).is("the") ? from + 1 : from;
        int qualifiers = 0;
        while (k < tokens.size()
                && qualifiers < HOLDERS_WORDS
                && tokens.get(k).word()
                && !MEETING_HOLDERS.contains(tokens.get(k).lower())
                && tokens.get(k).tag() != Tag.VERB
                && tokens.get(k).tag() != Tag.AUX
                && tokens.get(k).tag() != Tag.ADP) {
            k++;
            qualifiers++;
        }
        if (k >= tokens.size() || !MEETING_HOLDERS.contains(tokens.get(k).lower())) {
            return -1;
        }
        int holders = k + 1;
        if (holders + 1 < tokens.size() && tokens.get(holders).is("of")) {
            int end = holdersOfEnd(tokens, holders + 1);
            if (end > 0) {
                return end;
            }
        }
        return qualifiers > 0 ? holders : -1;
    }

    /** The end of "the five Pacific states" or "Chile, Peru, and Fiji" after the holders' "of"; -1 if neither. */
    private static int holdersOfEnd(List<Token> tokens, int from) {
        if (tokens.get(from).is("the")) {
            for (int k = from + 1; k < tokens.size() && k <= from + HOLDERS_WORDS; k++) {
                if (HOLDERS_OF.contains(tokens.get(k).lower())) {
                    return k + 1;
                }
                if (!tokens.get(k).word()) {
                    break;
                }
            }
            return -1;
        }
        int end = -1;
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.capitalised() && t.word()) {
                end = k + 1;
            } else if (!(end == k && (t.punctuation(',') || t.is("and"))
                    || end == k - 1 && t.is("and") && tokens.get(k - 1).punctuation(','))) {
                break;
            }
        }
        return end;
    }

    private static String upperFirst(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static final Set<String> HEADLINE_ACT_VERBS = WORDS.get(Word.HEADLINE_ACT_VERB);

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

    /** Whether an event noun ("summit", "talks") stands among the sentence's words. */
    private boolean mentionsAGathering(AnnotatedSentence s) {
        return s.tokens().stream().anyMatch(t -> nouns.contains(t.lower()));
    }

    private static String codeName(String text) {
        Matcher m = CODE_NAME.matcher(text);
        return m.find() ? m.group() : null;
    }

    /**
     * "NATO summit" is written "NATO Summit" in a name; a loose name that opens in lower case ("pledging
     * conference") is written as a sentence would start it ("Pledging conference"), not "pledging Conference".
     */
    private String titleCaseNoun(String name) {
        if (!name.isEmpty() && Character.isLowerCase(name.charAt(0))) {
            return upperFirst(name);
        }
        int space = name.lastIndexOf(' ');
        String last = name.substring(space + 1);
        if (space > 0 && nouns.contains(last.toLowerCase(Locale.ROOT)) && Character.isLowerCase(last.charAt(0))) {
            return name.substring(0, space + 1) + Character.toUpperCase(last.charAt(0)) + last.substring(1);
        }
        return name;
    }

    /** The first capitalised name among the words that ends in an event noun ("the Paris AI Summit"). */
    String eventName(List<String> toks, boolean lowerNoun) {
        return eventName(toks, lowerNoun, false, false);
    }

    /**
     * @param lowerNoun  a lower-case event noun counts ("the NATO summit", "the U.N. climate summit")
     * @param ambiguous  nouns that also name agreements ("Convention") count too
     */
    private String eventName(List<String> toks, boolean lowerNoun, boolean ambiguous, boolean asideAllowed) {
        for (int i = 0; i < toks.size(); i++) {
            String t = toks.get(i);
            String lower = t.toLowerCase(Locale.ROOT);
            if (!nouns.contains(lower)
                    || !(Character.isUpperCase(t.charAt(0)) || lowerNoun && t.equals(lower))
                    || AMBIGUOUS.contains(lower) && !ambiguous) {
                continue;
            }
            if (i + 1 < toks.size() && venueWords.contains(toks.get(i + 1))) {
                continue; // "the Lakeside Convention Centre" is a building
            }
            if (t.equals(lower)
                    && lower.endsWith("ing")
                    && i >= 2
                    && toks.get(i - 1).endsWith("s")
                    && (HAS_DIGIT.matcher(toks.get(i - 2)).matches() || LENGTH_WORDS.contains(toks.get(i - 2)))) {
                continue; // "70 countries gathering in Madrid": a participle of those counted, no gathering's noun
            }
            if (t.equals(lower) && i + 1 < toks.size() && nouns.contains(toks.get(i + 1))) {
                continue; // "ministerial meetings": the first qualifies the second, which is the gathering's noun
            }
            if (t.equals(lower) && i > 0 && GERUND_OPENERS.contains(toks.get(i - 1))) {
                continue; // "said Ana Ruiz after meeting Li": a verb, no gathering
            }
            if (i + 1 < toks.size() && DOCUMENT_AFTER.contains(toks.get(i + 1).toLowerCase(Locale.ROOT))) {
                continue; // "Joint Summit Declaration": a text's name, not the gathering's
            }
            int start = i;
            int lowerModifiers = 0;
            boolean acronym = false;
            while (start > 0) {
                String prev = toks.get(start - 1);
                if (!acronym && (start == i || lowerModifiers > 0) && isAcronymInBrackets(toks, start)) {
                    start -= 3; // "the Responsible AI in the Military Domain (REAIM) summit": the full name precedes
                    acronym = true;
                } else if (isCapitalised(prev) && !prev.equals("The") && !prev.equals("THE") && !prev.equals("A")) {
                    start--;
                } else if (YEAR.matcher(prev).matches()
                        && start - 2 >= 0
                        && isCapitalised(toks.get(start - 2))
                        && !YEAR_OWNER_STOPS.contains(toks.get(start - 2).toLowerCase(Locale.ROOT))
                        && !prepositions.contains(toks.get(start - 2).toLowerCase(Locale.ROOT))) {
                    start--; // "the Reef Bank's 2026 Annual Meetings": the year between its owner and the name
                } else if (acronym
                        && (prev.equals("in")
                                || prev.equals("the")
                                        && start - 2 >= 0
                                        && toks.get(start - 2).equals("in"))
                        && start - 3 >= 0
                        && isCapitalised(toks.get(start - (prev.equals("in") ? 2 : 3)))) {
                    start -= prev.equals("in")
                            ? 1
                            : 2; // "AI in the Military Domain": a bracketed acronym vouches for it
                } else if (LOWER_JOINERS.contains(prev)
                        && start - 2 >= 0
                        && isCapitalised(toks.get(start - 2))
                        && !prev.equals("the")) {
                    start--;
                } else if (lowerNoun
                        && lowerModifiers < 2
                        && isLowerWord(prev)
                        && !prepositions.contains(prev)
                        && !speechVerbs.contains(prev)
                        && start - 2 >= 0
                        && (isCapitalised(toks.get(start - 2))
                                || isAcronymInBrackets(toks, start - 1) // "the Reef Fund (RF) pledging summit"
                                || lowerModifiers == 0
                                        && start - 3 >= 0
                                        && isLowerWord(toks.get(start - 2))
                                        && isCapitalised(toks.get(start - 3)))) {
                    start--; // "the U.N. climate summit", "the G7 annual summit"
                    lowerModifiers++;
                } else {
                    break;
                }
            }
            boolean lowerCaseNoun = Character.isLowerCase(t.charAt(0));
            int end = complementEnd(toks, i, start, lowerCaseNoun);
            if (end == i && !lowerCaseNoun) {
                // "Pacific Islands Forum Leaders Meeting", "Ministerial Meeting of the Baltic States": a second
                // event noun, with what follows it
                int second = followingEventNoun(toks, i);
                end = second == i ? i : complementEnd(toks, second, start, false);
            }
            if (end == start && start == i) {
                continue;
            }
            boolean afterVerb = false;
            // from the run's first word too: "Fiji to Host 3rd Reef Summit" opens the run at the verb
            for (int v = i - 1; v >= start; v--) {
                if (headlineVerbs.contains(toks.get(v))
                        || lowerCaseNoun && headlineVerbs.contains(titleCase(toks.get(v)))) {
                    start = v + 1; // "Peru Holds First Andes Water Conference": the name starts after the verb
                    afterVerb = true;
                    break;
                }
            }
            if (afterVerb && lowerCaseNoun && start == i && end == i) {
                continue; // "Reef bloc ends meeting without a deal": no name is left after the verb
            }
            if (participants.contains(toks.get(start).toLowerCase(Locale.ROOT))) {
                continue; // "Ministers held talks on trade": who met, not what the meeting is called
            }
            if (!asideAllowed && aside(toks, start)) {
                continue; // "on the margins of the G20 Leaders' Summit": another gathering
            }
            while (start < i
                    && (drops.contains(toks.get(start))
                            || ORDINAL.matcher(toks.get(start)).matches()
                            || DURATION.matcher(toks.get(start)).matches())) {
                start++;
            }
            if (start + 1 < i
                    && SPANS.contains(toks.get(start + 1).toLowerCase(Locale.ROOT))
                    && (LENGTH_WORDS.contains(toks.get(start).toLowerCase(Locale.ROOT))
                            || toks.get(start).chars().allMatch(Character::isDigit))) {
                start += 2; // "the two day conference": a length written without its hyphen
            }
            if (end == start && start == i) {
                continue;
            }
            if (acronym && start == i - 3) {
                continue; // a bracketed acronym with no name before it
            }
            String name = String.join(" ", toks.subList(start, end + 1))
                    .replace(" '", "'")
                    .replace("( ", "(")
                    .replace(" )", ")");
            if (lowerCaseNoun
                    && lower.equals("meetings")
                    && start > 0
                    && prepositions.contains(toks.get(start - 1).toLowerCase(Locale.ROOT))) {
                continue; // "barred from taking part in Reef Forum meetings": any of its meetings, no one gathering
            }
            if (LEGISLATURE.matcher(name).matches()) {
                continue; // "the U.S. Congress", "the Hungarian National Assembly": a parliament, not a gathering
            }
            return name;
        }
        return null;
    }

    /**
     * A country's parliament, named as news names it: its adjective, "U.S." or possessive ("Chile's Congress"), then
     * "Congress" or "Parliament".
     */
    private static final Pattern LEGISLATURE = Pattern.compile(
            "(?:U\\.S\\.|US|United States|\\p{Lu}\\p{L}+(?:an|ese|ish|ian|['’]s))\\s+(?:Congress|Parliament|Senate)"
                    + "|(?:\\p{Lu}[\\p{L}.]+\\s+)?National\\s+(?:Assembly|Congress)");

    /**
     * "Summit of the Future", "Summit for Democracy", "conference of Council of Europe Ministers of Justice": the
     * last token of the name whose event noun stands at {@code noun}, with the complement after it, or the noun.
     */
    private static int complementEnd(List<String> toks, int noun, int start, boolean lowerCaseNoun) {
        if (noun + 2 < toks.size()
                && (toks.get(noun + 1).equals("of")
                        || (toks.get(noun + 1).equals("on")
                                        || toks.get(noun + 1).equals("for"))
                                && !lowerCaseNoun)
                && !MONTH.matcher(toks.get(noun + 2)).matches()
                && !WEEKDAY.matcher(toks.get(noun + 2)).matches()) {
            int k = noun + 2;
            if (toks.get(k).equals("the") && k + 1 < toks.size()) {
                k++;
            }
            if (!isCapitalised(toks.get(k))) {
                return noun;
            }
            int end = k;
            if (start == noun && lowerCaseNoun) {
                while (end + 1 < toks.size()
                        && (nameWord(toks.get(end + 1))
                                || LOWER_JOINERS.contains(toks.get(end + 1))
                                        && end + 2 < toks.size()
                                        && nameWord(toks.get(end + 2)))) {
                    end++;
                }
                return end;
            }
            return titleRunEnd(toks, end, toks.get(noun + 1).equals("on"));
        }
        return noun;
    }

    /**
     * "Meeting of States Parties to the Treaty on the Prohibition of Nuclear Weapons": a capitalised name goes on
     * through capitalised words and the small words of titles between them, not into a weekday, a month or a
     * new clause ("and Canada", "in Geneva"); after "on", a topic ({@code topic}) goes on past "and".
     */
    private static int titleRunEnd(List<String> toks, int end, boolean topic) {
        while (end + 1 < toks.size()) {
            String next = toks.get(end + 1);
            if (isCapitalised(next) && !isDate(next)) {
                end++;
                continue;
            }
            int k = end + 1;
            // "Conference of the Parties (COP10) to the Reef Convention": an acronym in brackets inside the title
            boolean bracket = k + 2 < toks.size()
                    && toks.get(k).equals("(")
                    && isCapitalised(toks.get(k + 1))
                    && toks.get(k + 2).equals(")");
            if (bracket) {
                k += 3;
            }
            int joiners = k;
            while (k < toks.size() && TITLE_JOINERS.contains(toks.get(k))) {
                k++;
            }
            if (k == joiners && k < toks.size() && toks.get(k).equals("and")) {
                int pluralEnd = pluralBodyAfterAnd(toks, k);
                if (pluralEnd > k) {
                    end = pluralEnd;
                    continue;
                }
                if (topic && k + 1 < toks.size() && isCapitalised(toks.get(k + 1)) && !isDate(toks.get(k + 1))) {
                    end = k + 1; // "Conference on Peace and Security": a topic's title joins its words by "and"
                    continue;
                }
            }
            if (k == joiners || k >= toks.size() || !isCapitalised(toks.get(k)) || isDate(toks.get(k))) {
                break;
            }
            end = k;
        }
        return end;
    }

    /**
     * "Latin American and Caribbean States" of "Community of Latin American and Caribbean States": after "and",
     * capitalised words ending in a plural that names the members, or in an organisation's head ("Northern and
     * Southern Reef Fisheries Commission"), so one body; "Summit of Fiji and Chile" is two.
     * Returns the plural's index, or {@code and} where there is none.
     */
    private static int pluralBodyAfterAnd(List<String> toks, int and) {
        for (int k = and + 1; k < toks.size() && k <= and + MAX_WORDS_TO_PLURAL; k++) {
            if (!isCapitalised(toks.get(k)) || isDate(toks.get(k))) {
                return and;
            }
            if (MEMBER_PLURALS.contains(toks.get(k)) || BODY_HEADS.contains(toks.get(k))) {
                return k;
            }
        }
        return and;
    }

    private static final int MAX_WORDS_TO_PLURAL = 4;

    /** The head that ends a body's name after "and": "Northern and Southern Reef Fisheries Commission". */
    private static final Set<String> BODY_HEADS =
            WordSets.copyOf(LexiconFile.read("organisation-heads.txt").words());

    /** The plural that ends a body's name after "and": "... and Caribbean States", "... and Pacific Countries". */
    private static final Set<String> MEMBER_PLURALS =
            WordSets.copyOf(WORD_FILE.phrasesByRole(Word.class).get(Word.MEMBER_PLURAL));

    /** A capitalised word of a name, not a day, a month or a number ("meeting of the Reef Ministers on 1 June"). */
    private static boolean nameWord(String tok) {
        return isCapitalised(tok) && !isDate(tok) && !Character.isDigit(tok.charAt(0));
    }

    private static boolean isDate(String tok) {
        return WEEKDAY.matcher(tok).matches() || MONTH.matcher(tok).matches();
    }

    /** "Pacific Islands Forum Leaders Meeting": capitalised words after the event noun that end in another one. */
    private int followingEventNoun(List<String> toks, int noun) {
        for (int k = noun + 1; k < toks.size() && k <= noun + 3; k++) {
            String tok = toks.get(k);
            if (!isCapitalised(tok) || isDate(tok)) {
                break;
            }
            if (nouns.contains(tok.toLowerCase(Locale.ROOT))
                    && !(k + 1 < toks.size() && venueWords.contains(toks.get(k + 1)))) {
                return k;
            }
        }
        return noun;
    }

    /** "... (REAIM) summit": a bracketed acronym right before the event noun at {@code noun}. */
    private static boolean isAcronymInBrackets(List<String> toks, int noun) {
        return noun - 3 >= 0
                && toks.get(noun - 1).equals(")")
                && toks.get(noun - 3).equals("(")
                && toks.get(noun - 2).length() >= 2
                && toks.get(noun - 2).chars().filter(Character::isUpperCase).count() >= 2
                && Character.isUpperCase(toks.get(noun - 2).charAt(0));
    }

    /** Words shortly before a name that make it another gathering than this one ("on the margins of the ..."). */
    private static boolean aside(List<String> toks, int start) {
        for (int j = start - 1; j >= 1 && start - j <= 8; j--) {
            String w = toks.get(j).toLowerCase(Locale.ROOT);
            if (w.equals(".") || w.equals(";")) {
                break;
            }
            String before = toks.get(j - 1).toLowerCase(Locale.ROOT);
            if (w.equals("of") && (before.equals("margins") || before.equals("margin") || before.equals("sidelines"))) {
                return true;
            }
        }
        int k = start - 1;
        if (k >= 0 && toks.get(k).equalsIgnoreCase("the")) {
            k--;
        }
        if (k >= 1 && toks.get(k).equals("of")) {
            String cue = toks.get(k - 1).toLowerCase(Locale.ROOT);
            return cue.equals("margins")
                    || cue.equals("margin")
                    || cue.equals("sidelines")
                    || cue.equals("ahead")
                    || cue.equals("eve");
        }
        return k >= 0 && (toks.get(k).equalsIgnoreCase("since") || toks.get(k).equalsIgnoreCase("next"));
    }

    /** "ends" as a title-case headline writes it ("Ends"). */
    private static String titleCase(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static boolean isLowerWord(String tok) {
        return !tok.isEmpty()
                && Character.isLowerCase(tok.charAt(0))
                && Character.isLetter(tok.charAt(0))
                && !LOWER_JOINERS.contains(tok)
                && !tok.equals("a")
                && !tok.equals("an")
                && !tok.equals("its")
                && !tok.equals("their")
                && !tok.equals("this")
                && !tok.equals("that");
    }

    private static boolean isCapitalised(String tok) {
        return !tok.isEmpty()
                && (Character.isUpperCase(tok.charAt(0)) || Character.isDigit(tok.charAt(0)))
                && Character.isLetterOrDigit(tok.charAt(0))
                && !YEAR.matcher(tok).matches();
    }

    /**
     * "the conference on Sudan", "the pledging conference for Yemen": a place or group the gathering is for,
     * named right after it, belongs to the name (not a weekday, a month or a possessive: "on Tuesday",
     * "on Ukraine's recovery").
     */
    private static String withTopic(String text, String name) {
        int at = text.indexOf(name);
        if (at < 0) {
            return name;
        }
        Matcher m = TOPIC_AFTER.matcher(text).region(at + name.length(), text.length());
        if (!m.lookingAt()
                || MONTH.matcher(m.group(2)).lookingAt()
                || WEEKDAY.matcher(m.group(2)).matches()) {
            return name;
        }
        return name + " " + m.group(1) + " " + m.group(2);
    }

    /** "COP28, the UN Climate Change Conference": the short name goes in front. */
    private static String withApposition(List<AnnotatedSentence> sentences, String name) {
        Pattern appos = null; // made only for a sentence that writes "the" and the name: most documents have none
        for (int i = 0; i < Math.min(sentences.size(), LOOK_AHEAD); i++) {
            String text = sentences.get(i).text();
            if (!afterThe(text, name)) {
                continue;
            }
            if (appos == null) {
                appos = Pattern.compile("(?<![\\p{L}\\p{N}])([A-Z][A-Z]*\\d+[A-Za-z]*|[A-Z]{2,})\\s*,\\s+the\\s+"
                        + Pattern.quote(name));
            }
            Matcher m = appos.matcher(text);
            if (m.find()) {
                return m.group(1) + " " + name;
            }
        }
        return name;
    }

    /** Whether the text writes "the", white space and the name: what the apposition needs before its comma. */
    private static boolean afterThe(String text, String name) {
        if (name.isEmpty()) {
            return true; // nothing to look for: the pattern decides
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int k = at;
            while (k > 0 && Character.isWhitespace(text.charAt(k - 1))) {
                k--;
            }
            if (k < at && text.startsWith("the", k - 3)) {
                return true;
            }
        }
        return false;
    }

    /** An all-capitals heading becomes title case; acronyms the running text also writes in capitals stay. */
    private static String normaliseCase(String name, List<AnnotatedSentence> sentences) {
        if (!name.equals(name.toUpperCase(Locale.ROOT))) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String w : name.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            if (HAS_DIGIT.matcher(w).matches() || usedAsAcronym(w, sentences)) {
                out.append(w);
            } else if (LOWER_JOINERS.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(w.toLowerCase(Locale.ROOT));
            } else {
                out.append(w.charAt(0)).append(w.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    private static boolean usedAsAcronym(String word, List<AnnotatedSentence> sentences) {
        Pattern p = null; // made only for a sentence that may hold the word
        for (AnnotatedSentence s : sentences) {
            String t = s.text();
            if (t.contains(word) && !t.equals(t.toUpperCase(Locale.ROOT))) {
                if (p == null) {
                    p = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])");
                }
                if (p.matcher(t).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}
