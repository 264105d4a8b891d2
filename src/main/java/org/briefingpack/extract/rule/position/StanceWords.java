package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Quote;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;
import org.briefingpack.model.FigureKind;

/**
 * What the stance rules share: who a stance belongs to (the subject before it, the speaker of reported
 * speech), what it is about, the reasons given, and whether a HOSTED trigger names this event.
 */
final class StanceWords {

    private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"“”]+|[\"“”]+$");
    private static final Pattern NOT_THIS_EVENT = Pattern.compile(
            "^\\s*(?:the\\s+)?(?:next|previous|last|upcoming|following|first|inaugural|\\d{4}|last year's)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> RELATIVE = WordSets.of("that", "which", "whom");
    private static final Set<String> RELATIVE_NEXT =
            WordSets.of("many", "some", "most", "several", "other", "developing", "the", "a", "an");
    private static final Set<String> PRONOUNS = WordSets.of("he", "she", "they", "it", "we", "I");
    private static final Set<String> PRONOUN_FILLERS =
            WordSets.of("also", "then", "later", "had", "has", "have", "would", "will");
    private static final Set<String> AUXILIARIES = WordSets.of(
            "was", "were", "is", "are", "had", "has", "have", "would", "will", "did", "does", "do", "be", "been");

    final PhraseMatcher speechVerbs;
    final PhraseMatcher attributions;
    final PhraseMatcher reasonCues;
    final PhraseMatcher hostedObjects;
    final Set<String> subjectHeads;
    final Set<String> endorsedDocuments;
    /** Those who take part ("ministers", "delegates"): a count of them is no gift. */
    final Set<String> participantNouns;

    final OutcomeNames names;

    /** The roles of {@code lexicon/stance-words.tsv}. */
    enum Word {
        ATTEMPT,
        /** Words that say how many others end a list of actors ("several", "a dozen", "more than 20"). */
        OTHERS_COUNT,
        /** Plural nouns of those who give or take part, beside the actor nouns: "and several other donors". */
        OTHERS_NOUN,
        /** The people of a gathering as a whole ("delegates"), who open a reported clause as its own subject. */
        GATHERED_PEOPLE,
        /** The people a host gathers, as the head of the object of a verb of hosting ("convening ministers"). */
        HOSTED_PEOPLE
    }

    /** Lemmas of verbs of attempt before "to" ("tried to undermine"): the subject's attempt, then its act. */
    private final Set<String> attempts;

    private final Set<String> othersCount;
    private final Set<String> othersNouns;
    private final Set<String> gatheredPeople;
    private final Set<String> hostedPeople;

    StanceWords(
            List<String> speechVerbs,
            List<String> attributions,
            List<String> reasonCues,
            List<String> hostedObjects,
            List<String> subjectHeads,
            List<String> endorsedDocuments,
            List<String> participantNouns,
            OutcomeNames names,
            LexiconFile words) {
        this.speechVerbs = PhraseMatcher.of(speechVerbs);
        this.attributions = PhraseMatcher.of(attributions);
        this.reasonCues = PhraseMatcher.of(reasonCues);
        this.hostedObjects = PhraseMatcher.of(hostedObjects);
        this.subjectHeads = WordSets.copyOf(subjectHeads);
        this.endorsedDocuments = WordSets.copyOf(endorsedDocuments);
        this.participantNouns = WordSets.copyOf(participantNouns);
        this.names = names;
        Map<Word, Set<String>> byRole = words.wordsByRole(Word.class);
        this.attempts = byRole.get(Word.ATTEMPT);
        this.othersCount = byRole.get(Word.OTHERS_COUNT);
        this.othersNouns = byRole.get(Word.OTHERS_NOUN);
        this.gatheredPeople = byRole.get(Word.GATHERED_PEOPLE);
        this.hostedPeople = byRole.get(Word.HOSTED_PEOPLE);
    }

    static StanceWords fromClasspath(OutcomeNames names) {
        return new StanceWords(
                LexiconFile.read("speech-verbs.txt").words(),
                LexiconFile.read("attributions.txt").words(),
                LexiconFile.read("reason-cues.txt").words(),
                LexiconFile.read("hosted-objects.txt").words(),
                LexiconFile.read("subject-heads.txt").words(),
                LexiconFile.read("endorsed-documents.txt").words(),
                LexiconFile.read("participant-nouns.txt").words(),
                names,
                LexiconFile.read("stance-words.tsv"));
    }

    /**
     * The object right after a backing verb is a text one puts one's name to ("backed the charter", "supported
     * this non-binding document"): an endorsement. Up to four modifiers may stand before the noun.
     */
    boolean objectIsADocument(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + 5; k++) {
            Token t = tokens.get(k);
            if (endorsedDocuments.contains(t.lemma())) {
                return true;
            }
            if (!t.word() || t.is("to") || t.is("of") || t.is("for") || t.is("and")) {
                return false;
            }
        }
        return false;
    }

    /** The sentence's mentions without those inside a source clause ("According to France, ..."). */
    List<Mention> withoutAttributions(AnnotatedSentence s) {
        List<Mention> kept = new ArrayList<>(s.mentions());
        for (PhraseMatcher.Hit hit : attributions.find(s.tokens())) {
            int comma = s.text().indexOf(',', hit.end());
            int end = comma < 0 ? s.text().length() : comma;
            kept.removeIf(m -> m.start() >= hit.start() && m.end() <= end);
        }
        return kept;
    }

    /**
     * For a stance inside a quotation that a speaker after it owns ("'We support a cap,' said Chile's minister",
     * "'We back this plan,' Kenya's minister said"): that speaker; none when the quotation names its own subject
     * before the trigger, or when no actor is named right after the quotation.
     */
    List<Mention> speakerAfterQuote(AnnotatedSentence s, List<Mention> actors, int at) {
        Quote quote = null;
        for (Quote q : s.quotes()) {
            if (q.contains(s.start() + at)) {
                quote = q;
            }
        }
        if (quote == null) {
            return List.of();
        }
        int open = quote.start() - s.start();
        int close = quote.end() - s.start();
        if (actors.stream().anyMatch(m -> m.start() >= open && m.end() <= at)) {
            return List.of(); // "'Chile supports a cap,' she said": the quotation names its own subject
        }
        for (PhraseMatcher.Hit speech : speechVerbs.find(s.tokens())) {
            if (speech.start() < close || speech.start() > close + SPEAKER_WINDOW) {
                continue;
            }
            // the speaker after the verb ("said Chile's minister") or between the quotation and the verb
            for (Mention m : s.mentions()) { // all of them: the attribution is the point here
                if (m.start() >= close
                        && m.start() <= speech.end() + SPEAKER_WINDOW
                        && (m.end() <= speech.start()
                                || !CLAUSE_AFTER_SPEECH
                                        .matcher(s.text().substring(speech.end(), m.start()))
                                        .find())) {
                    return List.of(m);
                }
            }
        }
        return List.of();
    }

    private static final int SPEAKER_WINDOW = 40;
    /** "said, adding that Brazil ...": a clause of its own after the verb, whose actor is no speaker. */
    private static final Pattern CLAUSE_AFTER_SPEECH =
            Pattern.compile("\\b(?:that|adding|while|but|and|as|after|before|when)\\b|;");

    /** The speaker when the stance sits in reported speech, else the group nearest before the trigger. */
    List<Mention> subjectBefore(AnnotatedSentence s, List<Mention> actors, int at) {
        return subjectBefore(s, actors, at, false);
    }

    /**
     * As above; for an act ({@code act}: signing, pledging, hosting, declining, not an opinion) whose reported
     * clause opens with a subject of its own, that subject does it, not the one who tells of it.
     */
    List<Mention> subjectBefore(AnnotatedSentence s, List<Mention> actors, int at, boolean act) {
        at = ActorGroups.beforeParenthesis(s, at);
        String text = s.text();
        int clauseStart = Math.max(text.lastIndexOf(';', at), 0);
        for (PhraseMatcher.Hit speech : speechVerbs.find(s.tokens())) {
            if (speech.end() <= at && speech.start() >= clauseStart) {
                int trigger = s.tokenAt(at);
                // an act whose reported clause opens with a subject of its own; not "Peru said the charter was
                // unfair and did not sign it", the speaker's own second predicate
                boolean ownClause = act
                        && !Grammar.coordinatedBefore(s.tokens(), trigger)
                        && opensWithSubject(s.tokens(), speech.last(), trigger);
                List<Mention> reported = ownClause ? nearestBefore(s, actors, speech.end(), at) : List.of();
                if (!reported.isEmpty()
                        && !pronounSubject(
                                s.tokens(),
                                s.tokenBefore(reported.get(reported.size() - 1).end()),
                                trigger)) {
                    return reported; // "Macron said Germany and Italy had signed": the reported clause's own subject
                }
                if (ownClause
                        && reported.isEmpty()
                        && !pronounSubject(s.tokens(), speech.last(), trigger)
                        && (otherSubject(s, speech.last(), trigger)
                                || gatheredPeopleOpen(s.tokens(), speech.last(), trigger))) {
                    return List.of(); // "the UK announced that leaders from 28 countries have signed": not the UK
                }
                if (!act && !Grammar.coordinatedBefore(s.tokens(), trigger)) {
                    // "Fiji's envoy said that Chile opposed the draft": the actor right before the verb holds the view
                    List<Mention> named = nearestBefore(s, actors, speech.end(), at);
                    if (!named.isEmpty()
                            && onlyAsideEndsBetween(
                                    s.tokens(), named.get(named.size() - 1).last(), trigger)
                            && opensWithSubject(
                                    s.tokens(), clauseAfterSpeech(s.tokens(), speech.last(), trigger), trigger)) {
                        return named;
                    }
                }
                List<Mention> subordinate = subordinateSubject(s, actors, speech.last(), trigger, at);
                if (!subordinate.isEmpty()) {
                    return subordinate; // "Kenya warned it would act alone because Ghana boycotted the vote": Ghana did
                }
                List<Mention> speaker = nearestBefore(s, actors, clauseStart, speech.start());
                if (!speaker.isEmpty()) {
                    int gapFrom = s.tokenBefore(speaker.get(speaker.size() - 1).end());
                    int gapTo = speech.first();
                    if (pronounSubject(s.tokens(), gapFrom, gapTo) || otherSubject(s, gapFrom, gapTo)) {
                        return List.of();
                    }
                    return speaker;
                }
            }
        }
        return nearestBefore(s, actors, clauseStart, at);
    }

    /** Words that may stand before those people: "the", "all", "most". */
    private static final Set<String> GATHERED_PEOPLE_DETERMINERS = WordSets.of("the", "all", "most", "many");

    /**
     * "Fiji's Ana Ruiz said that delegates then approved ...": the reported clause (tokens [from, trigger)) opens
     * with the gathering's people, no one's own ("Fiji's delegates" has the possessive), and only adverbs follow.
     */
    private boolean gatheredPeopleOpen(List<Token> tokens, int from, int trigger) {
        int k = from < trigger && tokens.get(from).is("that") ? from + 1 : from;
        while (k < trigger && GATHERED_PEOPLE_DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k >= trigger || !gatheredPeople.contains(tokens.get(k).lower())) {
            return false;
        }
        for (int j = k + 1; j < trigger; j++) {
            if (tokens.get(j).tag() != Tag.ADV && tokens.get(j).tag() != Tag.AUX) {
                return false;
            }
        }
        return true;
    }

    /**
     * Tokens [from, to) between a subject and its verb are at most the end of an aside and auxiliaries: "four states
     * — Chile, Peru and Tonga — have committed": the listed states are the subject.
     */
    private static boolean onlyAsideEndsBetween(List<Token> tokens, int from, int to) {
        boolean verb = to < tokens.size() && tokens.get(to).tag() == Tag.VERB;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            // "the OIC has agreed": an auxiliary of the trigger's verb; but "the G20 had nothing to be proud of"
            if (!t.dash() && !t.punctuation(')') && !(t.tag() == Tag.AUX && verb)) {
                return false;
            }
        }
        return true;
    }

    /** Conjunctions that open a clause with a subject of its own ("because Ghana boycotted the vote"). */
    private static final Set<String> SUBORDINATORS =
            WordSets.of("after", "before", "when", "because", "while", "since", "until", "as", "although", "though");

    /**
     * The actors that open a subordinate clause ("after Tonga") between the verb of saying and the trigger and
     * stand right before the trigger: that clause's subject does it, not the speaker.
     */
    private static List<Mention> subordinateSubject(
            AnnotatedSentence s, List<Mention> actors, int from, int trigger, int at) {
        List<Token> tokens = s.tokens();
        for (int k = trigger - 1; k >= from && k >= 0; k--) {
            if (!SUBORDINATORS.contains(tokens.get(k).lower())) {
                continue;
            }
            List<Mention> subject = nearestBefore(s, actors, tokens.get(k).end(), at);
            if (subject.isEmpty()) {
                return List.of();
            }
            int first = subject.get(0).first();
            int open = k + 1 < tokens.size() && tokens.get(k + 1).is("the") ? k + 2 : k + 1;
            int end = subject.get(subject.size() - 1).last();
            return first == open && trigger - end <= 2 ? subject : List.of();
        }
        return List.of();
    }

    /** Where the reported clause opens: at its "that" ("said on Tuesday that Chile ..."), else right after the verb. */
    private static int clauseAfterSpeech(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is("that")) {
                return k;
            }
        }
        return from;
    }

    /** Tags that open a reported clause's own subject ("said (that) the delegates ...", "said Germany ..."). */
    private static final Set<Tag> SUBJECT_OPENERS = EnumSet.of(Tag.DET, Tag.NOUN, Tag.PROPN, Tag.NUM, Tag.ADJ);

    /** The words after a verb of saying open a clause with its subject first, not "in an interview", "to X". */
    private static boolean opensWithSubject(List<Token> tokens, int from, int to) {
        int k = from < to && tokens.get(from).is("that") ? from + 1 : from;
        return k < to && SUBJECT_OPENERS.contains(tokens.get(k).tag());
    }

    /** "X who leads the talks hosted ...": a clause opened by "who" or "which" right after the subject. */
    static boolean opensRelativeClause(Token t) {
        return t.is("who") || t.is("which");
    }

    static List<Mention> nearestBefore(AnnotatedSentence s, List<Mention> actors, int from, int offset) {
        return ActorGroups.nearestBefore(s, actors, from, offset);
    }

    /** A verb of saying stands between the subject and the trigger ("France said it would sign"). */
    boolean reported(AnnotatedSentence s, int fromToken, int toToken) {
        return speechVerbs.containsAny(s.tokens(), fromToken, toToken);
    }

    /**
     * "Fiji's envoy said the bloc agreed": after the last verb of saying in the gap, a noun of its own (not "it" or
     * "they", who are the speaker's side) is the trigger's subject.
     */
    boolean reportedOfAnother(AnnotatedSentence s, int fromToken, int toToken) {
        List<PhraseMatcher.Hit> said = speechVerbs.find(s.tokens(), fromToken, toToken);
        if (said.isEmpty()) {
            return false;
        }
        int from = said.get(said.size() - 1).last();
        if (from < toToken && s.tokens().get(from).is("that")) {
            from++;
        }
        return from < toToken
                && !pronounSubject(s.tokens(), from, toToken)
                && s.tokens().get(toToken - 1).tag() == Tag.NOUN
                && otherSubject(s, from, toToken);
    }

    /** "that many", "which the": a relative clause, whose subject is another. */
    static boolean relative(List<Token> tokens, int from, int to) {
        for (int k = from; k + 1 < to; k++) {
            if (RELATIVE.contains(tokens.get(k).text())
                    && RELATIVE_NEXT.contains(tokens.get(k + 1).text())) {
                return true;
            }
        }
        return false;
    }

    /** "he (also) said", "they then": a pronoun right before the trigger is its subject. */
    static boolean pronounSubject(List<Token> tokens, int from, int to) {
        int k = to - 1;
        while (k >= from
                && (PRONOUN_FILLERS.contains(tokens.get(k).text())
                        || tokens.get(k).lower().endsWith("ly") && tokens.get(k).word())) {
            k--;
        }
        return k >= from && PRONOUNS.contains(tokens.get(k).text());
    }

    /** "proud", "pleased": the subject's feeling before "to" and its act ("is proud to have played"). */
    private static final Set<String> FEELINGS =
            WordSets.copyOf(LexiconFile.read("feeling-adjectives.txt").words());

    /** The word right before the trigger (auxiliaries and adverbs aside) is a subject of its own. */
    boolean otherSubject(AnnotatedSentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        if (headAfterComma(tokens, from, to)) {
            return true;
        }
        if (from < to && tokens.get(from).possessiveMark()) {
            return false; // "OPEC's secretary general": the actor's own people speak for it
        }
        // "Lavrov, by contrast, called ...": a parenthesis between commas is no subject
        int k = to - 1;
        for (int j = from; j + 1 < to; j++) {
            if (tokens.get(j).tag() == Tag.VERB
                    && tokens.get(j).lower().endsWith("ed")
                    && tokens.get(j + 1).is("by")) {
                k = j - 1; // "the government backed by the farmers' party declined": the backer is no subject
                break;
            }
        }
        while (k >= from) {
            Token t = tokens.get(k);
            if (t.is("to")
                    && k - 1 >= from
                    && FEELINGS.contains(tokens.get(k - 1).lower())) {
                k -= 2; // "Ireland is proud to have played": the subject's own feeling, then its act
                continue;
            }
            if (t.is("to")
                    && k - 1 >= from
                    && attempts.contains(tokens.get(k - 1).lemma())) {
                k -= 2; // "the US tried to undermine it": the subject's attempt, then its act
                continue;
            }
            if (t.is("to") && partneredBefore(tokens, k)) {
                // "the US joined forces with Chile and Peru to undermine it", "Chile joined with other leaders to
                // endorse it": the partners act
                return false;
            }
            if (t.punctuation(',')) {
                int open = k - 1;
                while (open >= from && !tokens.get(open).punctuation(',') && k - open <= 12) {
                    open--;
                }
                if (open >= from && tokens.get(open).punctuation(',')) {
                    k = open - 1;
                    continue;
                }
                k--;
                continue;
            }
            // "Ghana has now signed": an adverb between the subject and its verb is no subject of its own
            if (!t.word()
                    || AUXILIARIES.contains(t.text())
                    || t.text().endsWith("ly") && t.tag() != Tag.NOUN // "the assembly endorsed" has a subject
                    || t.tag() == Tag.DET
                    || t.tag() == Tag.ADV
                    || t.is("among")) { // "Peru was among the countries to sign": the subject is one of them
                k--;
                continue;
            }
            int othersEnd = othersAt(tokens, from, k);
            if (othersEnd >= 0) {
                // "India, Iran and (many) others opposed", "Peru and several other countries signed": the list's own
                // end, no subject of its own
                int j = othersEnd;
                while (j >= from
                        && k - j <= OTHERS_REACH
                        && (othersCount.contains(tokens.get(j).lower())
                                || tokens.get(j).tag() == Tag.NUM)) {
                    j--;
                }
                if (j >= from && tokens.get(j).is("and")) {
                    k = j - 1;
                    continue;
                }
            }
            if ((t.is("and") || t.is("but")) && ownPredicate(tokens, from, k)) {
                return false; // "China sent only an observer and did not sign": one subject, two predicates
            }
            int at = k;
            if (t.capitalised()
                    && GROUP_NOUNS.contains(t.lower())
                    && s.mentions().stream().noneMatch(m -> m.first() <= at && at < m.last())) {
                return true; // "..., Middle Eastern States generally failed to endorse": a group of its own
            }
            return Character.isLowerCase(t.text().charAt(0)) && !subjectHeads.contains(t.text());
        }
        return false;
    }

    /**
     * "After remarks by Chile's minister, delegates adopted it": a comma, then a head of a subject ("delegates",
     * "the ministers") right before the trigger, opens a clause of its own; "Chile's delegates adopted it" is Chile's,
     * and so is "Chile, which adopted it".
     */
    private boolean headAfterComma(List<Token> tokens, int from, int to) {
        int k = to - 1;
        while (k > from
                && (AUXILIARIES.contains(tokens.get(k).text()) || tokens.get(k).tag() == Tag.ADV)) {
            k--;
        }
        k = headOfHeadsOfState(tokens, from, k);
        if (k <= from
                || !subjectHeads.contains(tokens.get(k).text())
                || tokens.get(k).tag() != Tag.NOUN) {
            return false;
        }
        int j = k - 1;
        if (j > from && tokens.get(j).is("the")) {
            j--;
        }
        return tokens.get(j).punctuation(',');
    }

    /** What "heads of" may govern: "the heads of State", "heads of state and government". */
    private static final Set<String> HEADED = WordSets.of("state", "states", "government", "governments");

    /**
     * The token of "heads" where "the heads of State (and Government)" ends at token k, the leaders of a gathering as
     * a whole; else k.
     */
    private static int headOfHeadsOfState(List<Token> tokens, int from, int k) {
        int j = k;
        if (j - 2 > from
                && HEADED.contains(tokens.get(j).lower())
                && tokens.get(j - 1).is("and")) {
            j -= 2; // "heads of state and government"
        }
        return j - 2 > from
                        && HEADED.contains(tokens.get(j).lower())
                        && tokens.get(j - 1).is("of")
                        && tokens.get(j - 2).is("heads")
                ? j - 2
                : k;
    }

    /**
     * Before "others" or "other countries" ending at token k, the token where the words counting them may end (k - 1
     * or k - 2); -1 where no such others stand at k.
     */
    private int othersAt(List<Token> tokens, int from, int k) {
        Token t = tokens.get(k);
        if (t.is("others")) {
            return k - 1;
        }
        boolean groupNoun = GROUP_NOUNS.contains(t.lower()) || othersNouns.contains(t.lower());
        boolean otherNoun = k - 1 >= from && tokens.get(k - 1).is("other") && groupNoun;
        if (otherNoun) {
            return k - 2;
        }
        // "Chile and 50 Reef Union member states signed": a count, the group's words, its plural
        int j = k - 1;
        while (j >= from
                && k - j <= OTHERS_REACH
                && (tokens.get(j).tag() == Tag.NOUN
                        || tokens.get(j).tag() == Tag.PROPN
                        || tokens.get(j).tag() == Tag.ADJ)) {
            j--;
        }
        return groupNoun && j >= from && tokens.get(j).tag() == Tag.NUM ? j : -1;
    }

    /** How many words may count the others at a list's end ("and more than a dozen other countries"). */
    private static final int OTHERS_REACH = 6;

    /** Verbs of trying before "to" and a verb of stance, whose subject is the act's ("sought to", "moved to"). */
    private static final Set<String> ATTEMPTS =
            WordSets.of("try", "seek", "attempt", "move", "threaten", "vow", "aim", "plan", "want", "work", "push");

    /** How far before a list "joined forces with" may stand. */
    private static final int PARTNERS_WINDOW = 12;

    /** Whether "joined with", "teamed up with" stands shortly before {@code at} ("to" and the act they share). */
    static boolean partneredBefore(List<Token> tokens, int at) {
        for (int k = at - 1; k >= 0 && at - k <= PARTNERS_WINDOW; k--) {
            if (ActorGroups.partnersWith(tokens, k, at) > k) {
                return true;
            }
        }
        return false;
    }

    /** Plural nouns of actors written as a title ("Middle Eastern States"): a subject of their own outside a name. */
    private static final Set<String> GROUP_NOUNS =
            WordSets.copyOf(LexiconFile.read("listed-actor-nouns.txt").words());

    /**
     * Whether the words after the actor, up to a conjunction, open with the actor's own verb ("sent an
     * observer", "was represented"), so that the predicate after the conjunction is the actor's too.
     */
    private boolean ownPredicate(List<Token> tokens, int from, int conjunction) {
        int k = from;
        while (k < conjunction
                && (tokens.get(k).tag() == Tag.ADV || tokens.get(k).punctuation(','))) {
            k++;
        }
        return k < conjunction
                && (tokens.get(k).tag() == Tag.VERB || tokens.get(k).tag() == Tag.AUX)
                && !speechVerbs.containsAny(tokens, k, k + 1); // "said ... and": what follows is reported
    }

    /** "is hosting a donors' meeting in Oslo next month": a gathering still to come. */
    private static final Pattern LATER = Pattern.compile(
            "\\b(?:next|later this|later in the)\\s+(?:week|month|year|spring|summer|autumn|fall|winter)\\b");

    /** How far after a HOSTED trigger its object is looked for, and how far a long event name may start. */
    private static final int HOST_WINDOW = 60;

    private static final int NAME_START = 30;

    /** The story's event's name stands within the host window after {@code from} ("will host the Reef Summit"). */
    static boolean namedAfter(AnnotatedSentence s, int from, String eventName) {
        if (eventName == null) {
            return false;
        }
        int named = s.text().toLowerCase(Locale.ROOT).indexOf(eventName.toLowerCase(Locale.ROOT), from);
        return named >= 0 && named - from <= HOST_WINDOW;
    }

    /** Whether the words after a HOSTED trigger name this event (not "the next summit"). */
    boolean hostsTheEvent(AnnotatedSentence s, int from, String eventName) {
        String text = s.text();
        String window = text.substring(from, Math.min(text.length(), from + HOST_WINDOW));
        if (LATER.matcher(window).find()) {
            return false; // "is hosting a donors' meeting in Oslo next month", whatever it is called
        }
        int named = eventName == null
                ? -1
                : text.toLowerCase(Locale.ROOT).indexOf(eventName.toLowerCase(Locale.ROOT), from);
        // the name in the window, or a long one starting near the verb ("convened the first Peru-Chile Conference
        // for Promotion of ...")
        if (named >= 0 && (named + eventName.length() <= from + HOST_WINDOW || named - from <= NAME_START)) {
            return true;
        }
        if (eventName != null
                && sharesNameWords(text.substring(from, Math.min(text.length(), from + 2 * HOST_WINDOW)), eventName)) {
            return true; // the headline's "First Andes Water Conference", the body's "the first Andes Conference on
            // Water"
        }
        if (NOT_THIS_EVENT.matcher(window).find()) {
            return false; // "hosted last year's summit", "hosts the next summit"
        }
        int k = s.tokenAt(from);
        if (s.mentions().stream()
                .anyMatch(m -> m.kind() == MentionKind.PERSON && m.first() >= k && m.first() <= k + 2)) {
            return true; // "hosted Latvian President Edgars Rinkevics": the leaders who came
        }
        return hostedObjects.containsAny(s.tokens(), k, Math.min(s.tokens().size(), k + 6))
                || gathersPeople(s.tokens(), k);
    }

    /** How many words the object of a verb of hosting may take before the people it names. */
    private static final int PEOPLE_REACH = 6;

    /**
     * "is convening reef ministers", "was hosting his Peruvian and Bolivian counterparts": the object right after the
     * verb names the people gathered, before any preposition ("hosted a reception for ministers" does not).
     */
    private boolean gathersPeople(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k < from + PEOPLE_REACH; k++) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.ADP || t.punctuation(',') || t.punctuation(';') || t.punctuation('.')) {
                return false;
            }
            if (hostedPeople.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a text holds two capitalised words of an event's name, or its one (as with "Peru-Chile"). */
    private static boolean sharesNameWords(String text, String eventName) {
        Set<String> words = new HashSet<>();
        for (String w : WORD.split(text)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                words.add(w);
            }
        }
        int named = 0;
        int shared = 0;
        for (String w : WORD.split(eventName)) {
            if (w.length() > 2 && Character.isUpperCase(w.charAt(0))) {
                named++;
                shared += words.contains(w) ? 1 : 0;
            }
        }
        return shared >= Math.min(2, named) && named > 0 && shared > 0;
    }

    private static final Pattern WORD = Pattern.compile("[^\\p{L}\\p{N}-]+");

    /** For a list of signatories: the outcome the sentence names, else the one named last before it. */
    static String subjectIn(String text, List<OutcomeDraft> outcomes, String lastOutcome) {
        for (OutcomeDraft o : outcomes) {
            if (text.contains(o.name)) {
                return o.name;
            }
        }
        return lastOutcome;
    }

    /** An outcome named after the trigger, else the noun phrase that follows it. */
    String subjectOf(AnnotatedSentence s, int from, int to, List<OutcomeDraft> outcomes) {
        String rest = s.text().substring(from, Math.max(from, to));
        for (OutcomeDraft o : outcomes) {
            if (rest.contains(o.name)) {
                return o.name;
            }
        }
        OutcomeNames.Phrase p = names.after(s, from, List.of());
        return p == null ? null : p.text();
    }

    /** Reasons given between the trigger and the next stance of the sentence ("citing ...", "because ..."). */
    List<String> reasons(AnnotatedSentence s, int from, int to) {
        String text = s.text();
        for (PhraseMatcher.Hit cue : reasonCues.find(s.tokens())) {
            if (cue.start() < from || cue.start() >= to && cue.start() != from) {
                continue;
            }
            int end = text.length();
            for (int k = cue.end(); k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == ';'
                        || c == '('
                        || (c == '.' && (k + 1 == text.length() || Character.isWhitespace(text.charAt(k + 1))))
                        || (c == ',' && k > cue.end() + 3)) {
                    end = k;
                    break;
                }
            }
            String reason =
                    EDGE_QUOTES.matcher(text.substring(cue.end(), end).strip()).replaceAll("");
            if (reason.isEmpty()) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            for (String part : reason.split("\\s+and\\s+")) {
                if (part.strip().split("\\s+").length > 6) {
                    return List.of(reason);
                }
                parts.add(part.strip());
            }
            return parts;
        }
        return List.of();
    }

    /** A count of things given in the clause after the trigger: not of those who take part ("3 ministers"). */
    boolean givenCountAfter(AnnotatedSentence s, int from, int clauseEnd) {
        for (FoundFigure f : s.local(FigureKind.COUNT)) {
            String unit = f.figure().unit();
            String head = unit == null
                    ? ""
                    : unit.substring(unit.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (f.start() >= from && f.start() < clauseEnd && !participantNouns.contains(head)) {
                return true;
            }
        }
        return false;
    }
}
