package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.PartKind;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.MoneyContext;
import org.briefingpack.extract.rule.OtherGatherings;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * Positions from stance triggers ({@code stances.tsv}): "chose not to sign", "welcomed", "hosted" with the
 * subject before them, "signed by" and "the signatories were" with the actors after them, "pledged" with
 * the actors before each money figure; and a "Hosting the summit, X ..." opening. The subject is the
 * speaker in reported speech; a relative clause, a pronoun or another noun before the trigger is a subject
 * of its own. A negation cancels any stance but DECLINED.
 */
public final class TriggeredStances implements Rule {

    private static final Pattern HOSTING_CLAUSE = Pattern.compile("^(?:Co-)?[Hh]osting\\s+([^,]{3,140}),\\s+");

    /** The roles of {@code lexicon/triggered-stance-words.tsv}. */
    enum Word {
        ACTOR_NOUN,
        GROUP_NOUN,
        LATER_GATHERING,
        MEETING_VERB,
        SPONSORED_TEXT,
        COMPANY_KEEPER,
        GOVERNMENT,
        BEGUN_OBJECT_VERB,
        GOING_ON_VERB
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("triggered-stance-words.tsv").wordsByRole(Word.class);

    /** "will continue to support": verbs before "to" that keep a one-word verb of support a verb. */
    private static final Set<String> GOING_ON_VERBS = WORDS.get(Word.GOING_ON_VERB);

    /** Verbs of hosting whose gathering must stand right after them ("began a pledging conference", "staged"). */
    private static final Set<String> BEGUN_OBJECT_VERBS = WORDS.get(Word.BEGUN_OBJECT_VERB);

    /** People joined by others: a pronoun or those who took part, before "was" or "were" ("He was joined by"). */
    private static final Set<String> COMPANY_KEEPERS =
            withGrammar(WORDS.get(Word.COMPANY_KEEPER), "he", "she", "they", "we");

    /** A lexicon's words and words of grammar that stay in the code (pronouns), as one set. */
    private static Set<String> withGrammar(Set<String> words, String... grammar) {
        return WordSets.copyOf(Stream.concat(words.stream(), Stream.of(grammar)).toList());
    }

    /** Whether "joined by" at {@code k} follows people ("They were joined by", "the minister was joined by"). */
    private static boolean accompanied(List<Token> tokens, int k) {
        return k >= 2
                && (tokens.get(k - 1).is("was") || tokens.get(k - 1).is("were"))
                && COMPANY_KEEPERS.contains(tokens.get(k - 2).lower());
    }

    /** How many words after a verb of opening may stand before "session" ("the main plenary session"). */
    private static final int SESSION_OBJECT = 4;

    /**
     * "opened the main session", "inaugurated the plenary session": a session of a gathering that is not itself
     * named a session, opened right after the verb at {@code after}.
     */
    private static boolean opensASessionOnly(List<Token> tokens, int after, String eventName) {
        if (eventName != null && eventName.toLowerCase(Locale.ROOT).contains("session")) {
            return false;
        }
        if (after >= tokens.size() || !tokens.get(after).is("the")) {
            return false;
        }
        for (int k = after + 1; k < Math.min(tokens.size(), after + 1 + SESSION_OBJECT); k++) {
            if (tokens.get(k).is("session") || tokens.get(k).is("sessions")) {
                return true;
            }
            if (!tokens.get(k).word() || tokens.get(k).capitalised()) {
                return false;
            }
        }
        return false;
    }

    /** Words before "first" that make it this gathering's rank ("the first hosted by Chile"), no adverb. */
    private static final Set<String> DETERMINERS = WordSets.of("the", "its", "a", "their");

    /** Nouns for actors: "X was among the countries that ..." is X's stance. */
    private static final Set<String> ACTOR_NOUNS = withGrammar(WORDS.get(Word.ACTOR_NOUN), "one", "those");

    /** Groups of actors a country may lead without a stance of its own ("a bloc led by Peru"). */
    private static final Set<String> GROUP_NOUNS = WORDS.get(Word.GROUP_NOUN);

    /** Stances a clause can take that an elliptic "X did not" then declines. */
    private static final Set<Stance> AFFIRMING = EnumSet.of(Stance.SIGNED, Stance.SUPPORTS, Stance.PLEDGED);

    /** Tags before a plural trigger word that make it a noun ("with pledges of", "new pledges", "the pledges"). */
    private static final Set<Tag> NOUN_BEFORE = Set.of(Tag.ADP, Tag.DET, Tag.ADJ);

    /** How far after "led by" the group's own verb may come ("led by Saudi Arabia and Russia, blocked"). */
    private static final int LEADER_TO_VERB = 60;

    /** How far "as" may stand after "joined": "joined the Global Reef Fund as". */
    private static final int JOINED_AS_REACH = 8;

    /** Words between a giver's name and its verb: "Bluewater will also invest". */
    private static final Set<String> GIVER_GAP = WordSets.of("will", "would", "has", "have", "had", "also", "is", "to");

    private static final int UNLISTED_NAME_WORDS = 4;

    /** Capitalised words that name no giver: titles, times, the gathering and what it makes. */
    private static final Set<String> NOT_A_GIVER =
            WordSets.copyOf(LexiconFile.read("not-a-giver-words.txt").words());

    private static final Set<String> RELATION_NOUNS =
            WordSets.copyOf(LexiconFile.read("relation-nouns.txt").words());

    private static final Set<String> GIVER_NOUNS =
            WordSets.copyOf(LexiconFile.read("giver-nouns.txt").words());
    private static final Set<String> AWAITED_WORDS =
            WordSets.copyOf(LexiconFile.read("awaited-words.txt").words());

    private final StanceTriggers triggers;
    private final PhraseMatcher stances;
    private final StanceWords words;

    TriggeredStances(StanceTriggers triggers, StanceWords words) {
        this.triggers = triggers;
        this.stances = triggers.matcher;
        this.words = words;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<OutcomeDraft> outcomes = findings.outcomes;
        String eventName = findings.event.name;
        String lastOutcome = null;
        Map<Integer, String> outcomeBySentence = new HashMap<>();
        for (OutcomeDraft o : outcomes) {
            outcomeBySentence.put(o.sentence.index(), o.name);
            for (AnnotatedSentence s : o.alsoIn) {
                outcomeBySentence.put(s.index(), o.name);
            }
        }
        for (AnnotatedSentence s : document.sentences()) {
            String named = outcomeBySentence.get(s.index());
            if (named != null) {
                lastOutcome = named;
            }
            boolean money = !s.local(FigureKind.MONEY).isEmpty();
            for (Position p : inSentence(document.sentences(), s, outcomes, eventName, lastOutcome)) {
                // a pledge without a sum ("China will establish ...") is one more item of the same promise
                if (money
                        || p.stance() != Stance.PLEDGED
                        || !Positions.has(findings.positions, p.actor(), p.stance())) {
                    Positions.addUnlessKnown(findings.positions, p);
                }
            }
        }
    }

    /** Prepositions whose object is no subject of a verb after it. */
    private static final Set<String> OBJECT_PREPOSITIONS =
            WordSets.of("for", "to", "against", "toward", "towards", "in");

    /**
     * "UN peacekeepers for Fiji, pushed for talks": the actor stands as a preposition's object, and only a comma (and
     * an auxiliary: ", has endorsed") lies between it and the trigger, which therefore continues a list of the
     * sentence subject's acts, or closes a clause about the subject ("The Reef Declaration, issued after talks in
     * Nadi Fiji, has endorsed ...").
     */
    private static boolean objectOfAPreposition(List<Token> tokens, Mention first, Mention last, int trigger) {
        int p = first.first() - 1;
        // "in Nadi Fiji": a town's name may stand between the preposition and the country
        for (int words = 0; p >= 0 && words < TOWN_WORDS && tokens.get(p).tag() == Tag.PROPN; words++) {
            p--;
        }
        if (p < 0 || !OBJECT_PREPOSITIONS.contains(tokens.get(p).lower())) {
            return false;
        }
        int k = last.last();
        if (k >= trigger || !tokens.get(k).punctuation(',')) {
            return false;
        }
        for (k++; k < trigger && tokens.get(k).tag() == Tag.AUX; k++) {} // ", has endorsed"
        return k == trigger;
    }

    /**
     * "on Fiji's recovery", "for Chile's plan": the actor owns what a preposition governs, so it stands inside a phrase
     * that modifies the clause's subject, not as the subject itself.
     */
    private static boolean ownerInAPrepositionalPhrase(List<Token> tokens, Mention actor) {
        return actor.first() > 0
                && tokens.get(actor.first() - 1).tag() == Tag.ADP
                && actor.last() < tokens.size()
                && tokens.get(actor.last()).possessiveMark();
    }

    /**
     * The gathering's noun right before token {@code k} ("summit hosted by"), named as another gathering than the
     * story's ("the Coral Forum hosted by Tonga" in a story of the Reef Summit): its host is that one's.
     */
    private boolean anotherNamedGatheringBefore(AnnotatedSentence s, int k, String eventName) {
        List<Token> tokens = s.tokens();
        int noun = k - 1;
        if (noun > 0 && tokens.get(noun).punctuation(',')) {
            noun--;
        }
        return noun >= 1
                && words.hostedObjects.containsAny(tokens, noun, noun + 1)
                && OtherGatherings.namedBefore(s, noun, eventName);
    }

    /** How many words of a town's name may stand between a preposition and the country after it. */
    private static final int TOWN_WORDS = 2;

    /** Words that make a gathering another, later one ("the next summit will be hosted by ..."). */
    private static final Set<String> LATER_GATHERING = WORDS.get(Word.LATER_GATHERING);

    private static final Pattern A_YEAR = Pattern.compile("(?:19|20)\\d\\d");

    /**
     * "The Summit will be hosted by the Fijian Government": a release before the gathering, whose subject names it
     * (a word of its name, no later gathering's word and no year), so its host is this gathering's.
     */
    private static boolean thisGatheringAhead(List<Token> tokens, int trigger, String eventName) {
        if (eventName == null) {
            return false;
        }
        Set<String> nameWords = Arrays.stream(eventName.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> w.length() > 3) // "Reef", "Summit": not "of", "the"
                .collect(Collectors.toSet());
        for (int k = trigger; k < tokens.size() && !tokens.get(k).punctuation(';'); k++) {
            if (A_YEAR.matcher(tokens.get(k).text()).matches()) {
                return false; // "is to be co-hosted by Peru in 2027"
            }
        }
        boolean named = false;
        for (int k = trigger - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.punctuation(',') || t.punctuation(';')) {
                break;
            }
            if (LATER_GATHERING.contains(t.lower()) || A_YEAR.matcher(t.text()).matches() || t.is("to")) {
                return false; // "the next summit", "the 2027 summit", "is to be hosted": another gathering's plans
            }
            named |= nameWords.contains(t.lower());
            // "The forum will be hosted by ...", in a story before the gathering: this one, by its noun
            named |= k == 1 && tokens.get(0).is("the") && EVENT_NOUNS.contains(t.lower());
        }
        return named;
    }

    private List<Position> inSentence(
            List<AnnotatedSentence> sentences,
            AnnotatedSentence s,
            List<OutcomeDraft> outcomes,
            String eventName,
            String lastOutcome) {
        String text = s.text();
        List<Token> tokens = s.tokens();
        Position hosting = hostingClause(s, eventName);
        List<PhraseMatcher.Hit> hits = verbsOfASubject(tokens, stances.find(tokens));
        if (hits.isEmpty()) {
            return hosting == null ? List.of() : List.of(hosting);
        }
        List<Mention> actors = withUnlistedGivers(s, words.withoutAttributions(s), hits);
        if (actors.isEmpty()
                && s.quotes().isEmpty() // a quotation's speaker is an attribution, not among the actors
                && hits.stream().noneMatch(h -> triggers.of(h).mode() == StanceMode.AFTER)) {
            return List.of();
        }
        List<FoundFigure> money = s.local(FigureKind.MONEY);
        Map<String, Position> found = new LinkedHashMap<>();
        if (hosting != null) {
            found.put(ActorGroups.key(hosting.actor()) + "/" + Stance.HOSTED, hosting);
        }
        for (int h = 0; h < hits.size(); h++) {
            PhraseMatcher.Hit hit = hits.get(h);
            int clauseEnd = h + 1 < hits.size() ? hits.get(h + 1).start() : text.length();
            StanceTriggers.Trigger trigger = triggers.of(hit);
            if (hit.start() < s.bodyFrom()) {
                continue;
            }
            if (trigger.stance() != Stance.DECLINED && Grammar.negatedBefore(tokens, hit.first())) {
                continue;
            }
            if (trigger.mode() != StanceMode.AFTER && Grammar.hedgedBefore(tokens, hit.first())) {
                continue; // "Mexico said it would consider joining": nothing done yet
            }
            if (trigger.stance() == Stance.HOSTED
                    && Grammar.futurePassiveBefore(tokens, hit.first())
                    && !thisGatheringAhead(tokens, hit.first(), eventName)) {
                continue; // "the next summit will be hosted by Chile"
            }
            if (hit.phrase().equals("joined by") && accompanied(tokens, hit.first())) {
                continue; // "They were joined by the presidents of Peru and Chile": who came along, not who signed
            }
            if (trigger.stance() == Stance.HOSTED
                    && hit.first() > 0
                    && tokens.get(hit.first() - 1).is("first")
                    && !(hit.first() > 1
                            && DETERMINERS.contains(tokens.get(hit.first() - 2).lower()))) {
                continue; // "First convened by Chile in 2016, the forum ...": who began the series, not this year's
                // host (but "the first hosted by Chile" is this one)
            }
            if (trigger.stance() == Stance.HOSTED
                    && hit.phrase().equals("under the auspices of")
                    && !gatheringRightBefore(tokens, hit.first())) {
                continue; // "urged joint patrols under the auspices of the AU": not the gathering's host
            }
            if (trigger.stance() == Stance.HOSTED
                    && trigger.mode() == StanceMode.AFTER
                    && anotherNamedGatheringBefore(s, hit.first(), eventName)) {
                continue; // "praised the Coral Forum hosted by Tonga" in a story of the Reef Summit
            }
            if (trigger.stance() == Stance.HOSTED
                    && trigger.mode() == StanceMode.AFTER
                    && rightAfterAnOutcome(s, hit, outcomes)) {
                continue; // "the Reef Coalition, co-chaired by Chile and Peru": the coalition's chairs, not hosts
            }
            if (trigger.stance() == Stance.HOSTED
                    && trigger.mode() == StanceMode.BEFORE
                    && hit.last() < tokens.size()
                    && MET_AT.contains(tokens.get(hit.last()).lower())) {
                continue; // "the leaders convened in Lima": they met there, no one hosted them
            }
            if (trigger.stance() == Stance.SIGNED && hit.phrase().startsWith("will ") && !Grammar.ofTheDay(tokens)) {
                continue; // "will sign the accord next year" is still to come
            }
            if (notYetDone(tokens, hit, trigger)) {
                continue;
            }
            if (trigger.mode() == StanceMode.BEFORE
                    && tokens.get(hit.last() - 1).lower().endsWith("ed")
                    && hit.last() < tokens.size()
                    && tokens.get(hit.last()).is("by")) {
                continue; // "the Reef Forum, inaugurated by Chile in 2018": a participle and its agent
            }
            if (trigger.stance() == Stance.HOSTED && chairOfAnotherBody(tokens, hit, eventName)) {
                continue; // "Peru, as Chair of the Data Committee, ...": it chairs a part, not the gathering
            }
            if (trigger.stance() == Stance.DECLINED && withdrewPeople(tokens, hit)) {
                continue; // "Russia withdrew its troops": soldiers or envoys called home, no text refused
            }
            if (trigger.stance() == Stance.PLEDGED && spokenObject(tokens, hit)) {
                continue; // "will deliver the keynote address": a speech given, no promise
            }
            if (trigger.stance() == Stance.DECLINED && leftInPassing(tokens, hit.first())) {
                continue; // "Ruiz told us when she left the talks": she went home, no walkout
            }
            if (hit.first() > 0
                    && tokens.get(hit.first()).upperCase()
                    && s.part() != PartKind.HEADLINE
                    && tokens.get(hit.first() - 1).upperCase()) {
                continue; // "an Alliance of Countries Calling for a Moratorium": words of a name, not a stance
            }
            if (trigger.stance() == Stance.SIGNED
                    && trigger.mode() != StanceMode.AFTER
                    && pastPerfect(tokens, hit.first())) {
                continue; // "had endorsed" a text: at an earlier meeting, not this one ("had walked out" still counts)
            }
            if (trigger.mode() == StanceMode.AFTER
                    && hit.phrase().equals("led by")
                    && h + 1 < hits.size()
                    && triggers.of(hits.get(h + 1)).mode() == StanceMode.BEFORE
                    && hits.get(h + 1).start() - hit.end() < LEADER_TO_VERB) {
                continue; // "countries led by Saudi Arabia blocked the cap": the leader takes the group's stance
            }
            if (trigger.mode() == StanceMode.AFTER
                    && hit.phrase().equals("led by")
                    && hit.first() > 0
                    && (ACTOR_NOUNS.contains(tokens.get(hit.first() - 1).lemma())
                            || GROUP_NOUNS.contains(tokens.get(hit.first() - 1).lower()))) {
                continue; // "whaling nations led by Peru": who leads a camp, no stance on the outcome by itself
            }
            if (trigger.stance() == Stance.SUPPORTS && hit.phrase().endsWith(" role") && roleAgainst(tokens, hit)) {
                continue; // "played a leading role in blocking the deal"
            }
            if (trigger.stance() == Stance.SUPPORTS
                    && trigger.mode() == StanceMode.BEFORE
                    && hit.last() < tokens.size()
                    && VisitHosts.greetsAVisitor(s, hit.last())) {
                continue; // "welcomed President Ruiz": a host greeting a guest (VisitHosts), no stance on a text
            }
            if (trigger.stance() == Stance.SUPPORTS
                    && trigger.mode() == StanceMode.BEFORE
                    && PLEDGE_LEMMAS.contains(tokens.get(hit.first()).lemma())) {
                if (h + 1 < hits.size()
                        && hits.get(h + 1).first() == hit.last()
                        && triggers.of(hits.get(h + 1)).stance() == Stance.PLEDGED) {
                    continue; // "Norway committed to providing €40 million": the verb after it gives the pledge
                }
                if (money.stream()
                        .anyMatch(f ->
                                f.start() >= hit.end() && f.start() < clauseEnd && !MoneyContext.notAPledge(s, f))) {
                    // "Norway committed to €40 million for the fund": a sum promised, read as money triggers read it
                    pledges(s, hit, actors, money, clauseEnd, outcomes, Stance.PLEDGED, found);
                    continue;
                }
            }
            Stance stance = endorses(tokens, hit) ? Stance.SIGNED : trigger.stance();
            if (stance == Stance.SUPPORTS
                    && trigger.mode() == StanceMode.AFTER
                    && hit.first() > 0
                    && tokens.get(hit.first() - 1).lemma().equals("amendment")) {
                continue; // "amendments submitted by Peru to the resolution": changes sought, no support for it
            }
            if (stance == Stance.SUPPORTS && trigger.mode() == StanceMode.AFTER && sponsorsAGathering(tokens, hit)) {
                stance = Stance.HOSTED; // "the donors conference, co-sponsored by Sweden and Chile": its hosts
            }
            if (stance == Stance.SIGNED && ActorGroups.partnersWith(tokens, hit.first(), tokens.size()) > hit.first()) {
                continue; // "the US joined forces with Chile to block it": partners in what follows, no text joined
            }
            if (stance == Stance.SIGNED && joinedAsGiver(tokens, hit)) {
                stance = Stance.PLEDGED; // "Chile joined the Reef Fund as a new donor"
            }
            if (stance == Stance.PLEDGED && trigger.mode() == StanceMode.AFTER && awaited(tokens, hit)) {
                continue; // "forthcoming pledges from Ghana will top up the fund": not made yet
            }
            if (trigger.mode() != StanceMode.AFTER && neitherBefore(tokens, hit.first()) && stance != Stance.OPPOSES) {
                stance = Stance.DECLINED; // "Neither the United States nor China signed the declaration"
            }
            if ((stance == Stance.PLEDGED || stance == Stance.SIGNED) && Grammar.intendedBefore(tokens, hit.first())) {
                stance = Stance.SUPPORTS; // "announced its intention to pledge in the coming months": not yet done
            }
            List<Mention> who;
            switch (trigger.mode()) {
                case AFTER -> {
                    boolean names = trigger.stance() == Stance.SIGNED || trigger.stance() == Stance.PLEDGED;
                    who = endsTheSentence(s, hit.last())
                            ? ListedActors.inItemsAfter(sentences, s.index(), names)
                            : ListedActors.after(s, hit.last(), actors, names);
                }
                case MONEY_BY -> {
                    if (money.stream().noneMatch(f -> f.end() <= hit.start() && !MoneyContext.notAPledge(s, f))) {
                        continue; // "support provided by the UN": no sum given
                    }
                    who = ListedActors.after(s, hit.last(), actors, true);
                }
                case MONEY -> {
                    if (Grammar.passiveAt(tokens, hit.first())) {
                        continue; // "Tonga was granted $5 million": the subject receives the sum
                    }
                    if (hit.last() < tokens.size()
                            && (tokens.get(hit.last()).tag() == Tag.VERB
                                    || tokens.get(hit.last()).tag() == Tag.AUX)) {
                        continue; // "said pledges reached $2 billion": the noun, subject of its own verb
                    }
                    if (hit.last() - hit.first() == 1
                            && tokens.get(hit.first()).lower().endsWith("s")
                            && hit.first() > 0
                            && NOUN_BEFORE.contains(tokens.get(hit.first() - 1).tag())) {
                        continue; // "the conference ended with pledges of $1 billion": the noun, not Japan "pledges"
                    }
                    List<Mention> speaker = words.speakerAfterQuote(s, actors, hit.start());
                    if (!speaker.isEmpty()
                            && money.stream()
                                    .anyMatch(f -> f.start() >= hit.end()
                                            && f.start() < clauseEnd
                                            && !MoneyContext.notAPledge(s, f))) {
                        // "'We will contribute €50 million,' said France's minister": the speaker pledges
                        String subject = words.subjectOf(s, hit.end(), clauseEnd, outcomes);
                        for (Mention m : speaker) {
                            Positions.put(found, m.actor(), stance, subject, s, List.of());
                        }
                        continue;
                    }
                    pledges(s, hit, actors, money, clauseEnd, outcomes, stance, found);
                    continue;
                }
                case COUNT -> {
                    if (money.stream().anyMatch(f -> f.start() >= hit.end() && f.start() < clauseEnd)) {
                        // "Canada offered $3 million": a sum, read as the money triggers read it
                        pledges(s, hit, actors, money, clauseEnd, outcomes, stance, found);
                        continue;
                    }
                    if (!words.givenCountAfter(s, hit.end(), clauseEnd) || Grammar.passiveBefore(tokens, hit.first())) {
                        continue; // "Kenya was offered 5,000 scholarships": Kenya receives them
                    }
                    who = words.subjectBefore(s, actors, hit.start(), true);
                }
                default -> {
                    if (tokens.get(hit.first()).lower().endsWith("ed") && Grammar.passiveBefore(tokens, hit.first())) {
                        continue;
                    }
                    if (stance == Stance.SUPPORTS
                            && trigger.mode() == StanceMode.BEFORE
                            && sumRightAfter(s, hit, money)) {
                        // "Chile has agreed to $20 million, and Peru, $15 million": a sum agreed to is given
                        pledges(s, hit, actors, money, clauseEnd, outcomes, Stance.PLEDGED, found);
                        continue;
                    }
                    if (participleAfterAText(s, hit)) {
                        continue; // "the Lima Accord signed in 2016": the text described, no one signing here
                    }
                    if (tokens.get(hit.first()).lower().endsWith("ed")
                            && hit.last() - hit.first() == 1
                            && possessedThingBefore(tokens, hit.first())
                            && !objectAfter(tokens, hit.last())) {
                        continue; // "Chile's quota plan rejected at talks": a headline's passive, the plan was
                    }
                    List<Mention> speaker = trigger.stance() == Stance.HOSTED
                            ? List.of() // a host is checked against the event below
                            : words.speakerAfterQuote(s, actors, hit.start());
                    if (!speaker.isEmpty()) {
                        // "We support a binding cap," said Chile's minister: the stance is the speaker's
                        String subject = words.subjectOf(s, hit.end(), clauseEnd, outcomes);
                        for (Mention m : speaker) {
                            Positions.put(
                                    found, m.actor(), stance, subject, s, words.reasons(s, hit.start(), clauseEnd));
                        }
                        continue;
                    }
                    if (participleOfANonActor(s, hit)) {
                        continue; // "The Reef Charter paid tribute to Fiji and Chile, endorsing the plan": the text did
                    }
                    // "Tonga stunned Fiji by pulling out": the subject of the verb the gerund of means hangs on
                    int subjectOf =
                            meansGerund(tokens, hit.first()) ? verbBefore(tokens, hit.first() - 1) : hit.first();
                    who = words.subjectBefore(
                            s,
                            actors,
                            tokens.get(subjectOf).start(),
                            stance != Stance.SUPPORTS && stance != Stance.OPPOSES);
                    if (who.isEmpty() && trigger.mode() == StanceMode.ANCHOR && opensTheSentence(s, hit)) {
                        who = ListedActors.leading(s, hit.last() + 1); // "As host, Japan announced ..."
                    }
                    if (!who.isEmpty() && thatOfAnotherNoun(tokens, hit.first(), who.get(who.size() - 1))) {
                        continue; // "a statement that criticised ...": the statement did, not the actor before it
                    }
                    if (!who.isEmpty()
                            && objectOfAPreposition(tokens, who.get(0), who.get(who.size() - 1), hit.first())) {
                        continue; // "leaders backed aid for Fiji, pushed for talks": Fiji is what the aid is for
                    }
                    if (who.size() == 1 && ownerInAPrepositionalPhrase(tokens, who.get(0))) {
                        continue; // "The forum, centred on Fiji's recovery, brings together ...": the forum does
                    }
                    if (!who.isEmpty()) {
                        int gapFrom = s.tokenBefore(who.get(who.size() - 1).end());
                        // "Ruto, whose capital, Nairobi, was flooded, is a no-show": the clause's words are not
                        // the trigger's subject
                        int gapTo = Math.max(
                                gapFrom,
                                Math.min(hit.first(), s.tokenAt(ActorGroups.beforeParenthesis(s, hit.start()))));
                        boolean relativeClause =
                                gapFrom < hit.first() && StanceWords.opensRelativeClause(tokens.get(gapFrom));
                        if (words.reportedOfAnother(s, gapFrom, hit.first())) {
                            continue;
                        }
                        if (!words.reported(s, gapFrom, hit.first())
                                && !relativeClause
                                && (StanceWords.relative(tokens, gapFrom, gapTo)
                                        || StanceWords.pronounSubject(tokens, gapFrom, gapTo)
                                        || !meansGerund(tokens, hit.first())
                                                && words.otherSubject(s, gapFrom, gapTo))) {
                            continue;
                        }
                    }
                }
            }
            List<Mention> excepted = stance == Stance.SIGNED || stance == Stance.SUPPORTS ? excepted(s) : List.of();
            if (!excepted.isEmpty()) {
                // "all member states except Nicaragua endorsed it": the one excepted did not
                String subject = words.subjectOf(s, hit.end(), clauseEnd, outcomes);
                for (Mention m : excepted) {
                    Positions.put(found, m.actor(), Stance.DECLINED, subject, s, List.of());
                }
                who = who.stream().filter(m -> !excepted.contains(m)).toList();
            }
            if (who.isEmpty() && trigger.mode() == StanceMode.BEFORE) {
                who = listedAfterCountedSubject(s, hit);
            }
            if (who.isEmpty() && stance == Stance.SIGNED && trigger.mode() == StanceMode.BEFORE) {
                who = countedPartiesAfterWith(s, hit);
            }
            if (who.isEmpty()) {
                continue;
            }
            if (trigger.stance() == Stance.HOSTED
                    && trigger.mode() == StanceMode.BEFORE
                    && opensASessionOnly(tokens, hit.last(), eventName)) {
                continue; // "Peru's minister inaugurated the main session": a speaker who opened a part of it
            }
            if (trigger.stance() == Stance.HOSTED
                    && trigger.mode() == StanceMode.BEFORE
                    && BEGUN_OBJECT_VERBS.contains(tokens.get(hit.first()).lower())
                    && !words.hostedObjects.containsAny(
                            tokens, hit.last(), Math.min(tokens.size(), hit.last() + OPENED_OBJECT))) {
                continue; // "began a new round of talks on trade", "staged a protest outside the summit": only a
                // gathering right after the verb is begun or staged by its host
            }
            if (trigger.stance() == Stance.HOSTED
                    && trigger.mode() == StanceMode.BEFORE
                    && !words.hostsTheEvent(s, hit.end(), eventName)
                    && !coChairOfTheSameGathering(s, hit, found)
                    && !gatheringHostedInRelativeClause(s, who, eventName)) {
                continue;
            }
            if (trigger.stance() == Stance.HOSTED
                    && trigger.mode() == StanceMode.BEFORE
                    && (hit.phrase().startsWith("will ") || hit.phrase().startsWith("is to "))
                    && !StanceWords.namedAfter(s, hit.end(), eventName)) {
                continue; // "Kenya will host a meeting of ministers in June": another gathering to come
            }
            String subject = trigger.stance() == Stance.HOSTED
                    ? eventName
                    : trigger.mode() == StanceMode.AFTER || trigger.mode() == StanceMode.MONEY_BY
                            ? StanceWords.subjectIn(text, outcomes, lastOutcome)
                            : words.subjectOf(s, hit.end(), clauseEnd, outcomes);
            List<String> reasons = words.reasons(s, hit.start(), clauseEnd);
            if (trigger.mode() == StanceMode.BEFORE) {
                // "co-hosted the summit along with Qatar and Germany", "played a leading role, together with Peru":
                // those it was done with did it too
                who = new ArrayList<>(who);
                who.addAll(coHostsAfter(s, hit, clauseEnd));
            }
            if (trigger.stance() == Stance.HOSTED) {
                // "Co-hosted by Norway and Kenya, in partnership with Peru": the partners host it with them
                List<Mention> partners = partnersAfter(s, hit);
                if (!partners.isEmpty()) {
                    who = new ArrayList<>(who);
                    who.addAll(partners);
                }
            }
            for (Mention m : who) {
                if (stance == Stance.PLEDGED && donorsOf(tokens, m.first())) {
                    continue; // "the donor countries of the Reef Bank committed to a package": the bank receives
                }
                if (m.last() < tokens.size()
                        && RELATION_NOUNS.contains(tokens.get(m.last()).lower())
                        && who.stream().noneMatch(o -> o.first() == m.last())) {
                    // "led by two close US allies, Chile and Peru": the allies act, not the US; but "the 5 partners"
                    // resolved to its countries, the last one over the noun, is the group itself
                    continue;
                }
                Positions.put(found, m.actor(), stance, subject, s, reasons);
            }
        }
        elliptic(s, hits, actors, found);
        return new ArrayList<>(found.values());
    }

    /**
     * "Thirty countries signed the charter; India and China did not", "Peru backed the plan, but Chile did
     * not": the actors of a negated clause that stops at its auxiliary declined what the clause before did.
     */
    private void elliptic(
            AnnotatedSentence s, List<PhraseMatcher.Hit> hits, List<Mention> actors, Map<String, Position> found) {
        List<Token> tokens = s.tokens();
        asDid(s, hits, found);
        for (int k = 1; k < tokens.size(); k++) {
            Token not = tokens.get(k);
            Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
            boolean parenthesis = next != null
                    && next.punctuation(',')
                    && k + 3 < tokens.size()
                    && tokens.get(k + 3).punctuation(','); // "Peru did not, however, oppose it"
            if (!not.lemma().equals("not")
                    || tokens.get(k - 1).tag() != Tag.AUX
                    || next != null && !(next.punctuation('.') || next.punctuation(',') || next.punctuation(';'))
                    || parenthesis) {
                continue;
            }
            int aux = tokens.get(k - 1).start();
            boolean affirmedBefore = hits.stream()
                    .anyMatch(h -> h.end() <= aux
                            && AFFIRMING.contains(triggers.of(h).stance())
                            && !notYetDone(tokens, h, triggers.of(h)));
            if (affirmedBefore) {
                for (Mention m : words.subjectBefore(s, actors, aux)) {
                    if (m.end() > hits.get(0).end()) {
                        Positions.put(found, m.actor(), Stance.DECLINED, null, s, List.of());
                    }
                }
            }
        }
    }

    /**
     * "The UAE pledged $500 million, as did the Islamic Development Bank": the actors after "as did" take the stance
     * of the trigger before it.
     */
    private void asDid(AnnotatedSentence s, List<PhraseMatcher.Hit> hits, Map<String, Position> found) {
        List<Token> tokens = s.tokens();
        for (int k = 1; k + 2 < tokens.size(); k++) {
            Token aux = tokens.get(k + 1);
            if (!tokens.get(k).is("as") || aux.tag() != Tag.AUX || aux.lemma().equals("be")) {
                continue; // "as did", "as has"; not "as was", "as is"
            }
            int as = tokens.get(k).start();
            if (hits.stream().noneMatch(h -> h.end() <= as)) {
                continue;
            }
            // the stance the clause just before gave its actor, as the rules above settled it ("backed the charter"
            // signs): the position of the actor named last before "as"
            Position said = null;
            int saidAt = -1;
            for (Mention m : s.mentions()) {
                String key = ActorGroups.key(m.actor());
                for (Position q : new Position[] {found.get(key), found.get(key + "/" + Stance.PLEDGED)}) {
                    if (q != null && AFFIRMING.contains(q.stance()) && m.end() <= as && m.end() > saidAt) {
                        said = q;
                        saidAt = m.end();
                    }
                }
            }
            if (said == null) {
                continue;
            }
            for (Mention m : ListedActors.leading(s, k + 2)) {
                Positions.put(found, m.actor(), said.stance(), said.subject(), s, List.of());
            }
        }
    }

    /** Nouns of those a count before a stance counts ("Four countries signed ..."). */
    private static final Set<String> MEMBER_UNITS =
            WordSets.copyOf(LexiconFile.read("member-units.txt").words());

    private static final PhraseMatcher LIST_OPENERS =
            PhraseMatcher.of(LexiconFile.read("counted-list-openers.txt").words());

    /**
     * "Four countries signed the compact: Peru, Chile, Bolivia and Ecuador", "... pull out of the process — namely
     * Austria, Australia, ...": where the subject is only a count of countries, the list after the stance names
     * them (two or more).
     */
    private static List<Mention> listedAfterCountedSubject(AnnotatedSentence s, PhraseMatcher.Hit hit) {
        boolean counted = s.local(FigureKind.COUNT).stream()
                .anyMatch(f -> f.end() <= hit.start()
                        && f.figure().unit() != null
                        && MEMBER_UNITS.contains(lastWord(f.figure().unit())));
        if (!counted) {
            return List.of();
        }
        List<Token> tokens = s.tokens();
        for (PhraseMatcher.Hit opener : LIST_OPENERS.find(tokens, hit.last(), tokens.size())) {
            if (opener.first() > 0 && tokens.get(opener.first() - 1).tag() == Tag.NUM) {
                return List.of(); // "60 voted for it, 12 including Peru and Chile voted against": the next count's
            }
            List<Mention> listed = ListedActors.leading(s, opener.last());
            if (listed.size() >= 2) {
                return listed;
            }
        }
        return List.of();
    }

    /** How many tokens after a signing "with" and the count of parties may stand ("signing the Reef Treaty with"). */
    private static final int WITH_WITHIN = 8;

    /**
     * "The summit's success was signing the Reef Treaty with 4 Pacific states – Fiji, Tonga, Samoa and Palau": a
     * signing without a subject, "with" and a count of states, then a dash, colon or comma and the states listed.
     */
    private static List<Mention> countedPartiesAfterWith(AnnotatedSentence s, PhraseMatcher.Hit hit) {
        List<Token> tokens = s.tokens();
        for (int k = hit.last(); k < tokens.size() && k <= hit.last() + WITH_WITHIN; k++) {
            Token t = tokens.get(k);
            if (t.punctuation('.') || t.punctuation(';') || t.punctuation(',')) {
                return List.of();
            }
            if (!t.is("with") || k + 1 >= tokens.size()) {
                continue;
            }
            int countStart = tokens.get(k + 1).start();
            for (FoundFigure f : s.local(FigureKind.COUNT)) {
                if (f.start() != countStart
                        || f.figure().unit() == null
                        || !MEMBER_UNITS.contains(lastWord(f.figure().unit()))) {
                    continue;
                }
                int after = s.tokenBefore(f.end());
                if (after < tokens.size()
                        && (tokens.get(after).dash() || tokens.get(after).punctuation(':'))) {
                    List<Mention> listed = ListedActors.leading(s, after + 1);
                    return listed.size() >= 2 ? listed : List.of();
                }
            }
            return List.of();
        }
        return List.of();
    }

    private static String lastWord(String unit) {
        return unit.substring(unit.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The actors right after "along with", "together with" or "alongside" in the trigger's clause, or after a
     * bare "with" where the trigger says the hosting was shared ("co-hosted ... with"): "hosted the talks with
     * Germany in attendance" and "organised a meeting with Iran" name guests.
     */
    private static List<Mention> coHostsAfter(AnnotatedSentence s, PhraseMatcher.Hit hit, int clauseEnd) {
        List<Token> tokens = s.tokens();
        boolean shared = hit.phrase().contains("co-"); // "co-hosted ... with": not "organised a meeting with Iran"
        for (int k = hit.last(); k < tokens.size() && tokens.get(k).start() < clauseEnd; k++) {
            Token t = tokens.get(k);
            if (k == hit.last() && t.punctuation(',')) {
                continue; // "played a leading role, together with Peru"
            }
            if (t.punctuation(',') && joinedAt(tokens, k + 1)) {
                continue; // "signed the accord, along with Samoa and Tonga"
            }
            if (t.punctuation(',') || t.punctuation(';')) {
                return List.of();
            }
            boolean joined = t.is("alongside")
                    || t.is("with")
                            && (shared
                                    || k > 0
                                            && (tokens.get(k - 1).is("along")
                                                    || tokens.get(k - 1).is("together")));
            if (joined) {
                int at = k + 1;
                // "with the governments of Qatar and Germany"
                if (at + 2 < tokens.size()
                        && tokens.get(at).is("the")
                        && GOVERNMENTS.contains(tokens.get(at + 1).lower())
                        && tokens.get(at + 2).is("of")) {
                    at += 3;
                }
                at = afterCountedColon(s, at); // "along with four of its member states: Austria, ..."
                List<Mention> listed = ListedActors.leading(s, at);
                int after =
                        listed.isEmpty() ? -1 : listed.get(listed.size() - 1).last();
                boolean guests = after >= 0
                        && after + 1 < tokens.size()
                        && (tokens.get(after).is("in") && tokens.get(after + 1).is("attendance")
                                || tokens.get(after).tag() == Tag.VERB
                                        && tokens.get(after).lower().endsWith("ing"));
                return guests ? List.of() : listed; // "with Germany in attendance", "with Ghana sending ministers"
            }
        }
        return List.of();
    }

    /**
     * "by" right before a trigger in "-ing" ("stunned the region by pulling out"): a gerund of means, whose subject
     * is the clause's, whatever object the main verb has.
     */
    private static boolean meansGerund(List<Token> tokens, int k) {
        return k > 0 && tokens.get(k - 1).is("by") && tokens.get(k).lower().endsWith("ing");
    }

    /** The nearest verb before token {@code k}, or {@code k} where none stands in the clause. */
    private static int verbBefore(List<Token> tokens, int k) {
        for (int j = k - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.punctuation(',') || t.punctuation(';')) {
                return k;
            }
            if (t.tag() == Tag.VERB) {
                return j;
            }
        }
        return k;
    }

    /** How far before "under the auspices of" the gathering or its verb may stand ("the talks, held under"). */
    private static final int GATHERING_BEFORE = 4;

    /** Words of meeting before "under the auspices of" ("held", "convened"), besides a gathering's noun. */
    private static final Set<String> MEETING_VERBS = WORDS.get(Word.MEETING_VERB);

    /** A gathering's noun or a verb of meeting just before token {@code k} ("a summit held under ..."). */
    private boolean gatheringRightBefore(List<Token> tokens, int k) {
        int from = Math.max(0, k - GATHERING_BEFORE);
        for (int j = from; j < k; j++) {
            if (MEETING_VERBS.contains(tokens.get(j).lemma())) {
                return true;
            }
        }
        return words.hostedObjects.containsAny(tokens, from, k);
    }

    /** How many words a thing an actor owns may have before a participle ("Chile's new quota plan rejected"). */
    private static final int POSSESSED_WORDS = 4;

    /** An actor's "'s", then only nouns and adjectives, a noun last, right before token {@code k}. */
    /** Words that may follow a participle describing a text: when or where it was done, or the clause's end. */
    private static final Set<String> AFTER_A_PARTICIPLE =
            WordSets.of("in", "at", "on", "during", "last", "earlier", "since");

    /**
     * "the Suva Agreement signed in 2015", "a pact adopted last year": a one-word past participle right after a text's
     * keyword (no actor's name), then when or where, or the clause's end; the participle describes the text.
     */
    private boolean participleAfterAText(AnnotatedSentence s, PhraseMatcher.Hit hit) {
        List<Token> tokens = s.tokens();
        int k = hit.first();
        if (hit.last() - k != 1 || k == 0 || !tokens.get(k).lower().endsWith("ed")) {
            return false;
        }
        // "the Suva Charter, approved on the second day, ...": an aside on the text, set off by a comma
        int head = tokens.get(k - 1).punctuation(',') && k > 1 ? k - 2 : k - 1;
        if (!words.names.types().isAgreementHead(tokens.get(head).lower())
                || s.mentions().stream().anyMatch(m -> m.first() <= head && head < m.last())) {
            return false;
        }
        if (hit.last() >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(hit.last());
        return AFTER_A_PARTICIPLE.contains(next.lower())
                || next.tag() == Tag.NUM
                || next.punctuation(',')
                || next.punctuation('.');
    }

    private static boolean possessedThingBefore(List<Token> tokens, int k) {
        if (k == 0 || tokens.get(k - 1).tag() != Tag.NOUN) {
            return false;
        }
        for (int j = k - 2; j >= 0 && j >= k - 1 - POSSESSED_WORDS; j--) {
            Token t = tokens.get(j);
            if (t.possessiveMark()) {
                return true;
            }
            if (!t.tag().nominal() && t.tag() != Tag.ADJ && !t.punctuation('-')) {
                return false;
            }
        }
        return false;
    }

    /** A word that opens an object ("rejected the plan", "backed Chile"), not a preposition or the end. */
    private static boolean objectAfter(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        Tag tag = tokens.get(k).tag();
        return tag == Tag.DET
                || tag == Tag.NOUN
                || tag == Tag.PROPN
                || tag == Tag.PRON
                || tag == Tag.NUM
                || tag == Tag.ADJ;
    }

    /** "along with", "together with" or "alongside" at {@code k}. */
    private static boolean joinedAt(List<Token> tokens, int k) {
        return k < tokens.size()
                && (tokens.get(k).is("alongside")
                        || k + 1 < tokens.size()
                                && (tokens.get(k).is("along") || tokens.get(k).is("together"))
                                && tokens.get(k + 1).is("with"));
    }

    /** How far a colon after a few words that name no actor may stand ("four of its member states:"). */
    private static final int COUNTED_COLON_REACH = 8;

    /** The token after a colon that closes a few words naming no actor, else {@code at}. */
    private static int afterCountedColon(AnnotatedSentence s, int at) {
        List<Token> tokens = s.tokens();
        for (int k = at; k < tokens.size() && k < at + COUNTED_COLON_REACH; k++) {
            if (tokens.get(k).punctuation(':')) {
                return s.mentionsBetween(at, k).isEmpty() ? k + 1 : at;
            }
            if (!tokens.get(k).word() && !tokens.get(k).possessiveMark()) {
                return at;
            }
        }
        return at;
    }

    /** How many words after "began a" or "staged a" the gathering's noun may stand ("began a pledging conference"). */
    private static final int OPENED_OBJECT = 3;

    private static final Set<String> GOVERNMENTS = WORDS.get(Word.GOVERNMENT);

    /** A bare verb after a modal or "to" ("Chile would sign in May", "expected to sign"): not done yet. */
    private static boolean notYetDone(List<Token> tokens, PhraseMatcher.Hit hit, StanceTriggers.Trigger trigger) {
        if (hit.first() == 0
                || trigger.mode() != StanceMode.BEFORE
                || hit.phrase().indexOf(' ') >= 0) {
            return false;
        }
        Token before = tokens.get(hit.first() - 1);
        return MODALS.contains(before.lower())
                || trigger.stance() == Stance.SIGNED
                        && before.is("to")
                        && !StanceWords.partneredBefore(tokens, hit.first() - 1); // "joined with Peru to sign"
    }

    /** Modal verbs before a bare verb of stance ("would sign", "must join"): what is said is not yet done. */
    private static final Set<String> MODALS =
            WordSets.of("would", "will", "could", "should", "may", "might", "must", "shall", "can");

    /** {@code pledge-verbs.txt}: a stance phrase opening with one of these and followed by a sum is a pledge. */
    private static final Set<String> PLEDGE_LEMMAS =
            WordSets.copyOf(LexiconFile.read("pledge-verbs.txt").words());

    /** Words right after a verb of hosting used without object: "convened in Lima", "convened on Monday". */
    private static final Set<String> MET_AT = WordSets.of("in", "at", "on", "for", "virtually", "online");

    /** The actors right after "in partnership with" later in a hosting trigger's sentence, before a ";". */
    private static List<Mention> partnersAfter(AnnotatedSentence s, PhraseMatcher.Hit hit) {
        List<Token> tokens = s.tokens();
        for (int k = hit.last(); k + 2 < tokens.size(); k++) {
            if (tokens.get(k).punctuation(';')) {
                return List.of();
            }
            if (tokens.get(k).is("in")
                    && tokens.get(k + 1).is("partnership")
                    && tokens.get(k + 2).is("with")) {
                return ListedActors.leading(s, k + 3);
            }
        }
        return List.of();
    }

    /** The actors listed right after "except" or "with the exception of". */
    private static List<Mention> excepted(AnnotatedSentence s) {
        List<Token> tokens = s.tokens();
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            // not "apart from": "Apart from Japan, Canada also signed" says Japan signed too
            if (t.is("except") || t.is("of") && tokens.get(k - 1).is("exception")) {
                int from = k + 1 < tokens.size() && tokens.get(k + 1).is("for") ? k + 2 : k + 1; // "except for"
                return ListedActors.leading(s, from);
            }
        }
        return List.of();
    }

    /**
     * "The Reef Meeting was the largest meeting that Fiji had hosted": the gathering's name before, and a gathering's
     * noun and "that" or "which" right before the subject of hosting.
     */
    private static boolean gatheringHostedInRelativeClause(AnnotatedSentence s, List<Mention> who, String eventName) {
        if (eventName == null || who.isEmpty()) {
            return false;
        }
        int k = who.get(0).first() - 1;
        List<Token> tokens = s.tokens();
        if (k < 1
                || !(tokens.get(k).is("that") || tokens.get(k).is("which"))
                || !EVENT_NOUNS.contains(tokens.get(k - 1).lower())) {
            return false;
        }
        int named = s.text().toLowerCase(Locale.ROOT).indexOf(eventName.toLowerCase(Locale.ROOT));
        return named >= 0 && named < tokens.get(k - 1).start();
    }

    /**
     * "as Chair of the Data Committee": a chair's trigger followed by "of" and a capitalised name that shares no word
     * with the gathering's name.
     */
    private static boolean chairOfAnotherBody(List<Token> tokens, PhraseMatcher.Hit hit, String eventName) {
        if (!tokens.get(hit.last() - 1).lower().endsWith("chair") || hit.last() >= tokens.size()) {
            return false;
        }
        int k = hit.last();
        if (!tokens.get(k).is("of")) {
            return false;
        }
        k++;
        if (k < tokens.size() && tokens.get(k).is("the")) {
            k++;
        }
        String event = eventName == null ? "" : " " + eventName.toLowerCase(Locale.ROOT) + " ";
        boolean named = false;
        for (; k < tokens.size() && tokens.get(k).word() && tokens.get(k).upperCase(); k++) {
            named = true;
            if (event.contains(" " + tokens.get(k).lower() + " ")) {
                return false; // "as chair of the Reef Summit"
            }
        }
        return named;
    }

    /** Clauses of time that tell of leaving in passing ("when she left the talks"). */
    private static final Set<String> TIME_CLAUSE_OPENERS = WordSets.of("as", "when", "after", "before", "while");

    /** {@code withdrawn-people.txt}: what a state may withdraw without refusing a text or a gathering. */
    private static final Set<String> WITHDRAWN_PEOPLE =
            WordSets.copyOf(LexiconFile.read("withdrawn-people.txt").words());

    /** {@code spoken-objects.txt}: what a speaker delivers at a gathering, which no pledge gives. */
    private static final Set<String> SPOKEN_OBJECTS =
            WordSets.copyOf(LexiconFile.read("spoken-objects.txt").words());

    /**
     * "will deliver the keynote address", "would give a short speech": the object right after the verb (its
     * determiners, adjectives, possessives and nouns) ends in a noun of {@code spoken-objects.txt}.
     */
    private static boolean spokenObject(List<Token> tokens, PhraseMatcher.Hit hit) {
        int head = -1;
        for (int k = hit.last(); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.NOUN || t.tag() == Tag.PROPN) {
                head = k;
            } else if (t.tag() != Tag.DET && t.tag() != Tag.ADJ && !t.possessiveMark()) {
                break; // "this year's keynote address": a possessive before the noun is part of the object
            }
        }
        return head >= 0 && SPOKEN_OBJECTS.contains(tokens.get(head).lemma());
    }

    /** How many words a withdrawn object's noun may stand after the verb ("withdraws all of its forces"). */
    private static final int WITHDRAWN_REACH = 4;

    /** "withdrew its troops", "withdraws all forces": a verb of withdrawing whose object is soldiers or envoys. */
    private static boolean withdrewPeople(List<Token> tokens, PhraseMatcher.Hit hit) {
        if (!tokens.get(hit.first()).lemma().equals("withdraw")) {
            return false;
        }
        for (int k = hit.last(); k < Math.min(tokens.size(), hit.last() + WITHDRAWN_REACH); k++) {
            Token t = tokens.get(k);
            if (WITHDRAWN_PEOPLE.contains(t.lower())) {
                return true;
            }
            if (t.tag() == Tag.ADP && !t.is("of") || t.tag() == Tag.PUNCT) {
                return false; // "withdrew from the pact": what it left follows a preposition
            }
        }
        return false;
    }

    /** "when she left the talks": the trigger "left" after a pronoun that a conjunction of time opens. */
    private static boolean leftInPassing(List<Token> tokens, int trigger) {
        return trigger >= 2
                && tokens.get(trigger).is("left")
                && tokens.get(trigger - 1).tag() == Tag.PRON
                && TIME_CLAUSE_OPENERS.contains(tokens.get(trigger - 2).lower());
    }

    /** "Neither ... nor ..." opens the clause of the trigger: what follows was not done. */
    private static boolean neitherBefore(List<Token> tokens, int trigger) {
        for (int k = trigger - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.punctuation(';') || t.punctuation('.') || t.punctuation(':')) {
                return false;
            }
            if (t.is("neither")) {
                return k + 1 < trigger
                        && tokens.subList(k + 1, trigger).stream().anyMatch(n -> n.is("nor"));
            }
        }
        return false;
    }

    /** The trigger opens the sentence's body and a comma follows it ("As host, ..."). */
    private static boolean opensTheSentence(AnnotatedSentence s, PhraseMatcher.Hit hit) {
        List<Token> tokens = s.tokens();
        return hit.start() <= s.bodyFrom() + 1
                && hit.last() + 1 < tokens.size()
                && tokens.get(hit.last()).punctuation(',');
    }

    /** An outcome found in the sentence ends right before the trigger, a comma at most between them. */
    private static boolean rightAfterAnOutcome(
            AnnotatedSentence s, PhraseMatcher.Hit hit, List<OutcomeDraft> outcomes) {
        for (OutcomeDraft o : outcomes) {
            if (o.sentence == s
                    && o.end <= hit.start()
                    && s.text().substring(o.end, hit.start()).replace(",", "").isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** "that" right before the trigger, with a word other than the actor before it ("a text that ..."). */
    private static boolean thatOfAnotherNoun(List<Token> tokens, int trigger, Mention actor) {
        int k = Grammar.wordBefore(tokens, trigger, AUXILIARIES_BEFORE_THAT);
        return k > 0
                && tokens.get(k).is("that")
                && actor.last() != k
                && !ACTOR_NOUNS.contains(tokens.get(k - 1).lemma()); // "among the countries that chose not to"
    }

    /** Words between "had" and its participle ("had already signed"). */
    private static final Set<String> BEFORE_HAD = WordSets.of("also", "already", "previously");

    /** Words between a relative "that" and the trigger ("a text that had also endorsed"). */
    private static final Set<String> AUXILIARIES_BEFORE_THAT = WordSets.of("also", "had", "has", "have", "later");

    /** "had signed", "had also endorsed": the stance was taken before the time the story tells of. */
    private static boolean pastPerfect(List<Token> tokens, int trigger) {
        int k = Grammar.wordBefore(tokens, trigger, BEFORE_HAD);
        return k >= 0 && tokens.get(k).is("had");
    }

    /**
     * "backed the charter", "supported this non-binding document", "the pledge was backed by": support of a
     * text is an endorsement.
     */
    private static final Set<String> EVENT_NOUNS = LexiconFile.read("event-nouns.txt").words().stream()
            .map(w -> w.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    /** Texts a sponsor backs ("the resolution sponsored by Chile"); a gathering it sponsors, it hosts. */
    private static final Set<String> SPONSORED_TEXTS = WORDS.get(Word.SPONSORED_TEXT);

    /**
     * "sponsored by" whose nearest noun before it, of a text or of a gathering, is the gathering's: "the donors
     * conference, which met in Geneva to raise funds for Yemen, co-sponsored by Sweden": who sponsors it hosts it.
     */
    private boolean sponsorsAGathering(List<Token> tokens, PhraseMatcher.Hit hit) {
        if (!tokens.get(hit.first()).lower().endsWith("sponsored")) {
            return false;
        }
        for (int k = hit.first() - 1; k >= 0; k--) {
            String lemma = tokens.get(k).lemma();
            if (SPONSORED_TEXTS.contains(lemma)) {
                return false;
            }
            if (tokens.get(k).tag() == Tag.NOUN
                    && EVENT_NOUNS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A trigger in -ing after a comma ("..., endorsing the plan") speaks for the sentence's subject; where no actor is
     * named before the sentence's first verb ("The Reef Charter paid tribute to ..."), the subject is no actor.
     */
    private static boolean participleOfANonActor(AnnotatedSentence s, PhraseMatcher.Hit hit) {
        List<Token> tokens = s.tokens();
        if (hit.first() == 0
                || !tokens.get(hit.first() - 1).punctuation(',')
                || !tokens.get(hit.first()).lower().endsWith("ing")) {
            return false;
        }
        int verb = -1;
        for (int k = 0; k < hit.first(); k++) {
            if (tokens.get(k).tag() == Tag.VERB || tokens.get(k).tag() == Tag.AUX) {
                verb = k;
                break;
            }
        }
        int firstVerb = verb;
        return firstVerb > 0 && s.mentions().stream().noneMatch(m -> m.last() <= firstVerb);
    }

    private boolean endorses(List<Token> tokens, PhraseMatcher.Hit hit) {
        StanceTriggers.Trigger trigger = triggers.of(hit);
        String lemma = tokens.get(hit.first()).lemma();
        if (trigger.stance() != Stance.SUPPORTS || !"back".equals(lemma) && !"support".equals(lemma)) {
            return false;
        }
        if (trigger.mode() == StanceMode.AFTER) {
            int k = hit.first() - 1;
            while (k >= 0
                    && (tokens.get(k).is("was")
                            || tokens.get(k).is("were")
                            || tokens.get(k).is("been")
                            || tokens.get(k).is("has")
                            || tokens.get(k).is("have")
                            || tokens.get(k).is("also"))) {
                k--;
            }
            return k >= 0 && words.endorsedDocuments.contains(tokens.get(k).lemma());
        }
        return hit.last() - hit.first() == 1 && words.objectIsADocument(tokens, hit.last());
    }

    /**
     * The hits less the one-word verbs of support that stand as no verb of their subject: a word the tagger reads as
     * a noun ("with support from Chile", "came back"), a plain form it reads as no verb ("the Reef Support
     * Conference"), or a verb after "to" ("will invest $2 billion to support clean power": what a sum is for).
     * Dropped before the clauses are cut, so that a sum after such a word stays in the clause of the pledge before
     * it.
     */
    private List<PhraseMatcher.Hit> verbsOfASubject(List<Token> tokens, List<PhraseMatcher.Hit> hits) {
        List<PhraseMatcher.Hit> kept = null; // made only where a hit is dropped: most sentences drop none
        for (int h = 0; h < hits.size(); h++) {
            PhraseMatcher.Hit hit = hits.get(h);
            StanceTriggers.Trigger trigger = triggers.of(hit);
            Token word = tokens.get(hit.first());
            boolean verbOfSupport = hit.last() - hit.first() == 1
                    && trigger.stance() == Stance.SUPPORTS
                    && trigger.mode() == StanceMode.BEFORE;
            boolean noVerb = verbOfSupport
                    && (word.tag() == Tag.NOUN
                            || word.lower().equals(word.lemma()) && word.tag() != Tag.VERB
                            || hit.first() > 0
                                    && tokens.get(hit.first() - 1).is("to")
                                    && !(hit.first() > 1
                                            && GOING_ON_VERBS.contains(
                                                    tokens.get(hit.first() - 2).lemma())));
            if (noVerb && kept == null) {
                kept = new ArrayList<>(hits.subList(0, h));
            } else if (!noVerb && kept != null) {
                kept.add(hit);
            }
        }
        return kept == null ? hits : kept;
    }

    /**
     * "Acme Reef Holdings will invest $2 billion", "Bluewater also committed $40 million": a name the gazetteer lacks,
     * opening the clause right before a trigger of money (auxiliaries and adverbs between), is the body that gives,
     * as a company of that name. Only capitalised words the tagger reads as a name, none a title, a month or a
     * weekday, and not where a known actor already stands there.
     */
    private List<Mention> withUnlistedGivers(AnnotatedSentence s, List<Mention> actors, List<PhraseMatcher.Hit> hits) {
        List<Mention> added = null;
        List<Token> tokens = s.tokens();
        for (PhraseMatcher.Hit hit : hits) {
            if (triggers.of(hit).mode() != StanceMode.MONEY) {
                continue;
            }
            int end = hit.first();
            while (end > 0 && GIVER_GAP.contains(tokens.get(end - 1).lower())) {
                end--;
            }
            int start = end;
            while (start > 0
                    && end - start < UNLISTED_NAME_WORDS
                    && tokens.get(start - 1).tag() == Tag.PROPN) {
                start--;
            }
            if (start == end || !opensClause(tokens, start) || !allCapitalisedNames(tokens, start, end)) {
                continue;
            }
            int first = start;
            int last = end;
            if (actors.stream().anyMatch(m -> m.first() < last && first < m.last())) {
                continue;
            }
            if (added == null) {
                added = new ArrayList<>(actors);
            }
            added.add(Mention.named(s, first, last, MentionKind.COMPANY));
        }
        if (added == null) {
            return actors;
        }
        added.sort((a, b) -> Integer.compare(a.first(), b.first()));
        return added;
    }

    /** The clause opens at k: the sentence's start, or after a comma, a semicolon or "and"/"while". */
    private static boolean opensClause(List<Token> tokens, int k) {
        if (k == 0) {
            return true;
        }
        Token before = tokens.get(k - 1);
        return before.punctuation(',') || before.punctuation(';') || before.is("and") || before.is("while");
    }

    /** Capitalised names, none of them a title, a month, a weekday or a word of the gathering ("Summit"). */
    private boolean allCapitalisedNames(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.upperCase() || !t.word() || NOT_A_GIVER.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** "joined the Reef Fund as donors in 2023": joining as one who gives ({@code giver-nouns.txt}) is a pledge. */
    private static boolean joinedAsGiver(List<Token> tokens, PhraseMatcher.Hit hit) {
        if (!tokens.get(hit.last() - 1).lemma().equals("join")) {
            return false;
        }
        for (int k = hit.last(); k < tokens.size() - 1 && k <= hit.last() + JOINED_AS_REACH; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (t.is("as")) {
                for (int j = k + 1; j < tokens.size() && j <= k + 3; j++) {
                    if (GIVER_NOUNS.contains(tokens.get(j).lower())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "forthcoming pledges from Ghana", "pledges from Chile are expected in June": pledges not yet made. */
    private static boolean awaited(List<Token> tokens, PhraseMatcher.Hit hit) {
        if (hit.first() > 0
                && AWAITED_WORDS.contains(tokens.get(hit.first() - 1).lower())) {
            return true;
        }
        for (int k = hit.last(); k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.punctuation(';') || t.punctuation('.')) {
                return false;
            }
            if ((t.is("are") || t.is("is"))
                    && AWAITED_WORDS.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Only a colon (or nothing) follows the trigger: the list is in the items below the sentence. */
    private static boolean endsTheSentence(AnnotatedSentence s, int fromToken) {
        for (int k = fromToken; k < s.tokens().size(); k++) {
            if (!s.tokens().get(k).punctuation(':')) {
                return false;
            }
        }
        return true;
    }

    /** "Japan pledged $5 million and Canada $3 million": the actors nearest before each money figure. */
    /** A sum of money right after the trigger, as its object. */
    private static boolean sumRightAfter(AnnotatedSentence s, PhraseMatcher.Hit hit, List<FoundFigure> money) {
        if (hit.last() >= s.tokens().size()) {
            return false;
        }
        int next = s.tokens().get(hit.last()).start();
        return money.stream().anyMatch(f -> f.start() == next && !MoneyContext.notAPledge(s, f));
    }

    private void pledges(
            AnnotatedSentence s,
            PhraseMatcher.Hit hit,
            List<Mention> actors,
            List<FoundFigure> money,
            int clauseEnd,
            List<OutcomeDraft> outcomes,
            Stance stance,
            Map<String, Position> found) {
        if (relativeOfAnotherNoun(s, actors, hit.first())) {
            return; // "follows a conference in London last year which raised $12 billion": that conference did
        }
        for (FoundFigure f : money) {
            if (f.start() < hit.end()
                    || f.start() >= clauseEnd
                    || MoneyContext.notAPledge(s, f)
                    || MoneyContext.totalOfPledges(s, f)) {
                continue;
            }
            int previous = money.stream()
                    .filter(g -> g.end() <= f.start() && g.end() > hit.end())
                    .mapToInt(FoundFigure::end)
                    .max()
                    .orElse(0);
            Mention funder = fundingOf(s, actors, f);
            List<Mention> group =
                    funder != null ? List.of(funder) : ActorGroups.nearestBefore(s, actors, previous, f.start());
            if (funder == null && (objectBeforeWith(s, group, hit, f) || receiverRightAfter(group, hit))) {
                // "Norway boosts the Reef Fund with €70 million", "will lend Fiji up to $3 billion": the fund or
                // Fiji receives, the subject gives
                group = ActorGroups.nearestBefore(s, actors, previous, hit.start());
            }
            if (funder == null && !group.isEmpty() && subjectOfItsOwn(s, group.get(group.size() - 1), hit)) {
                continue; // "ended in the Fijian capital while the wider donor community pledged": not Fiji
            }
            String subject = outcomes.stream()
                    .filter(o -> o.money != null
                            && f.figure().text().equals(o.money.figure().text())
                            && o.sentence == s)
                    .map(o -> o.name)
                    .findFirst()
                    .orElseGet(() -> words.subjectOf(s, f.end(), clauseEnd, outcomes));
            for (Mention m : group) {
                int open = appositionOpening(s.tokens(), m);
                if (open >= 0) {
                    // "Japan, a member of the G7, pledged": Japan gives, not the G7
                    m = actors.stream()
                            .filter(a -> a.last() == open)
                            .findFirst()
                            .orElse(null);
                    if (m == null) {
                        continue;
                    }
                }
                if (!receives(s, m) && !afterForOrTo(s.tokens(), m)) {
                    Positions.put(found, m.actor(), stance, subject, s, List.of());
                }
            }
        }
    }

    /** The group stands right after the verb, before the sum: its first object, who receives ("lend Fiji $3 billion"). */
    private static boolean receiverRightAfter(List<Mention> group, PhraseMatcher.Hit hit) {
        return !group.isEmpty() && group.get(0).first() == hit.last();
    }

    /** The group stands after the verb and before "with" and the sum: the verb's object, not its subject. */
    private static boolean objectBeforeWith(
            AnnotatedSentence s, List<Mention> group, PhraseMatcher.Hit hit, FoundFigure sum) {
        if (group.isEmpty() || group.get(0).start() < hit.end()) {
            return false;
        }
        List<Token> tokens = s.tokens();
        int sumAt = s.tokenAt(sum.start());
        for (int k = group.get(group.size() - 1).last(); k < sumAt && k < tokens.size(); k++) {
            if (tokens.get(k).is("with")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A subject of its own between the actor and the verb that gives, in a clause the actor does not open: "...
     * in Suva, Fiji, while the wider donor community pledged". Not "Norway and other donors pledged".
     */
    private boolean subjectOfItsOwn(AnnotatedSentence s, Mention actor, PhraseMatcher.Hit hit) {
        if (actor.last() > hit.first()) {
            return false;
        }
        List<Token> tokens = s.tokens();
        boolean clauseBetween = false;
        for (int k = actor.last(); k < hit.first(); k++) {
            Token t = tokens.get(k);
            if (t.is("and") || t.is("other")) {
                return false; // "Norway and other donors": a list the actor heads
            }
            clauseBetween |= t.is("as") || t.is("while") || t.is("when") || t.is("after") || t.is("where");
        }
        return clauseBetween && words.otherSubject(s, actor.last(), hit.first());
    }

    /** Nouns of money given that a giver may stand before ("£20 million in Fijian funding"). */
    private static final Set<String> FUNDING_NOUNS =
            WordSets.copyOf(LexiconFile.read("funding-nouns.txt").words());

    /** "pledged £20 million in Fijian funding": the actor before the noun of funding after the sum gives it. */
    private static Mention fundingOf(AnnotatedSentence s, List<Mention> actors, FoundFigure f) {
        List<Token> tokens = s.tokens();
        int in = s.tokenAt(f.end());
        if (in < 0 || in + 2 >= tokens.size() || !tokens.get(in).is("in")) {
            return null;
        }
        for (Mention m : actors) {
            if (m.first() == in + 1
                    && m.last() < tokens.size()
                    && FUNDING_NOUNS.contains(tokens.get(m.last()).lower())) {
                return m;
            }
        }
        return null;
    }

    /** How far an apposition's opening comma may stand before the actor it holds, in tokens. */
    private static final int APPOSITION_REACH = 8;

    /**
     * "Mr Tanaka, a trustee of the Reef Fund, pledged $1 million": the actor inside an apposition that describes a
     * name before it is not the giver; the name is. The token of the apposition's opening comma, or -1.
     */
    private static int appositionOpening(List<Token> tokens, Mention m) {
        int open = -1;
        for (int k = m.first() - 1; k >= 0 && k >= m.first() - APPOSITION_REACH; k--) {
            if (tokens.get(k).punctuation(',')) {
                open = k;
                break;
            }
        }
        if (open < 1 || open + 1 >= m.first()) {
            return -1;
        }
        Token article = tokens.get(open + 1);
        Token name = tokens.get(open - 1);
        if (!(article.is("a") || article.is("an")) || name.tag() != Tag.PROPN || !name.upperCase()) {
            return -1;
        }
        for (int k = m.last(); k < tokens.size() && k <= m.last() + 3; k++) {
            if (tokens.get(k).punctuation(',')) {
                return open;
            }
        }
        return -1;
    }

    /** "funding for the Reef Trust", "$3 million to the Reef Fund": an actor after "for" or "to" is given to. */
    private static boolean afterForOrTo(List<Token> tokens, Mention m) {
        int j = m.first() - 1;
        if (j >= 0 && tokens.get(j).is("the")) {
            j--;
        }
        return j >= 0 && (tokens.get(j).is("for") || tokens.get(j).is("to"));
    }

    /**
     * "Reef Fund Donors Pledge $2 Billion", "donors at the launch of the Reef Fund's replenishment pledged": an
     * organisation named as what others give to, not as the giver.
     */
    private static boolean receives(AnnotatedSentence s, Mention m) {
        return (m.kind() == MentionKind.ORGANISATION || m.kind() == MentionKind.GROUP)
                && (Positions.givenTo(s.tokens(), m.last()) || donorsOf(s.tokens(), m.first()));
    }

    /** "the donor countries of the Reef Bank committed $5 billion": the bank's donors give, to the bank. */
    private static boolean donorsOf(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        if (k < 1 || !tokens.get(k).is("of")) {
            return false;
        }
        int noun = tokens.get(k - 1).lower().equals("countries") && k >= 2 ? k - 2 : k - 1;
        return GIVER_NOUNS.contains(tokens.get(noun).lower());
    }

    /** Words after "played a leading role in" that make it a role against ("blocking", "the collapse"). */
    private static final Set<String> UNDOING =
            WordSets.copyOf(LexiconFile.read("undoing-words.txt").words());

    /** How far after a role its "in" may stand (", together with Peru and Kenya, in bringing ..."). */
    private static final int ROLE_TO_IN = 12;

    /** The role's "in" is followed within three words by a word of undoing. */
    private static boolean roleAgainst(List<Token> tokens, PhraseMatcher.Hit hit) {
        for (int k = hit.last(); k < tokens.size() && k < hit.last() + ROLE_TO_IN; k++) {
            if (tokens.get(k).is("in")) {
                for (int j = k + 1; j < tokens.size() && j <= k + 3; j++) {
                    if (UNDOING.contains(tokens.get(j).lower())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** "hosted the conference ... and co-chaired with the UN": a co-chair's "with" after a host found in the sentence. */
    private static boolean coChairOfTheSameGathering(
            AnnotatedSentence s, PhraseMatcher.Hit hit, Map<String, Position> found) {
        return hit.phrase().startsWith("co-")
                && hit.last() < s.tokens().size()
                && s.tokens().get(hit.last()).is("with")
                && found.keySet().stream().anyMatch(key -> key.endsWith("/" + Stance.HOSTED));
    }

    /** How many words of a noun phrase may follow its actor before ", which" ("Norway's development agency, which"). */
    private static final int ANTECEDENT_WORDS = 3;

    /** "which" or "that" right before the trigger, with no actor just before it ("Japan, which pledged ..."). */
    private static boolean relativeOfAnotherNoun(AnnotatedSentence s, List<Mention> actors, int trigger) {
        List<Token> tokens = s.tokens();
        if (trigger < 2
                || !tokens.get(trigger - 1).is("which")
                        && !tokens.get(trigger - 1).is("that")) {
            return false;
        }
        int end = tokens.get(trigger - 2).punctuation(',') ? trigger - 2 : trigger - 1;
        // "The Japanese government, which pledged": an actor in the noun phrase before it is the antecedent
        return actors.stream().noneMatch(m -> m.last() <= end && m.last() >= end - ANTECEDENT_WORDS);
    }

    /** "Hosting the summit in Lima, Peru's President ...": the first actor after the comma hosted the event. */
    private Position hostingClause(AnnotatedSentence s, String eventName) {
        String text = s.text();
        if (!text.startsWith("Hosting") && !text.startsWith("hosting") && !text.startsWith("Co-hosting")) {
            return null;
        }
        Matcher m = HOSTING_CLAUSE.matcher(text);
        if (!m.find() || !words.hostsTheEvent(s, m.start(1), eventName)) {
            return null;
        }
        for (Mention mention : s.mentions()) {
            if (mention.start() >= m.end()) {
                return new Position(mention.actor(), Stance.HOSTED, eventName, List.of(), Evidence.of(text));
            }
        }
        return null;
    }
}
