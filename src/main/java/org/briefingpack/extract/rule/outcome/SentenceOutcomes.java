package org.briefingpack.extract.rule.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.PartKind;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.GatheringText;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Stance;

/**
 * The outcomes of a document, sentence by sentence: the finders run in order over each sentence that is
 * not a heading or a theme; an item of a list that a line like "The summit launched:" opens is an outcome
 * by its leading name; a member count in a sentence without an outcome of its own goes to the outcome just
 * named ("19 countries have agreed to join"). The same name twice is one outcome.
 */
public final class SentenceOutcomes implements Rule {

    private static final Pattern PURPOSE = Pattern.compile(
            "\\b(?:aimed to|aiming to|aims to|aimed at|designed to|intended to|meant to|to foster|to promote|to help|to support"
                    + "|to steer|committing to)\\s+([^,;.]{3,160})",
            Pattern.CASE_INSENSITIVE);

    /** What a word of {@code sentence-outcome-words.tsv} is. */
    enum Word {
        PLAN_ITEM_VERB,
        PLAN_NOUN,
        EVENT_HEAD,
        CLAUSE_VERB,
        ATTENDING
    }

    private static final LexiconFile WORD_FILE = LexiconFile.read("sentence-outcome-words.tsv");
    private static final Map<Word, Set<String>> WORDS = WORD_FILE.wordsByRole(Word.class);
    /** The same words as the file writes them, in its order: for case-sensitive look-ups and patterns. */
    private static final Map<Word, List<String>> AS_WRITTEN = WORD_FILE.phrasesByRole(Word.class);

    /** "Delegates from 150 member states attended": who came, not who joined. */
    private static final Pattern ATTENDING = Pattern.compile(
            "\\b(?:"
                    + AS_WRITTEN.get(Word.ATTENDING).stream()
                            .map(Pattern::quote)
                            .collect(Collectors.joining("|")) + ")\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern JOINING = Pattern.compile(
            "\\b(?:join|joined|joining|signed up|(?<!-)members?|endorsed|signed|backed|supported|adopted|signatories)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "Nearly 1,400 commitments" counts them as "1,400 commitments" does. */
    private static final Pattern APPROXIMATELY =
            Pattern.compile("^(?:nearly|almost|about|around|some|over|more than|up to|roughly|approximately)\\s+");

    /** Nouns before "of" and an outcome's noun that say it was not made ("for lack of a joint declaration"). */
    private static final Set<String> ABSENCE = WordSets.of("absence", "lack");

    /** Words before an outcome's noun that say it was not made ("without", "any", "potential"). */
    private static final Set<String> UNMADE =
            WordSets.copyOf(LexiconFile.read("unmade-outcome-words.txt").words());

    private final OutcomeNames names;
    private final ActorGazetteer gazetteer;
    private final List<OutcomeFinder> finders;
    private final PhraseMatcher triggers;
    private final PhraseMatcher listNouns;
    private final OutcomeCounts counts;

    SentenceOutcomes(
            OutcomeNames names,
            ActorGazetteer gazetteer,
            List<OutcomeFinder> finders,
            PhraseMatcher triggers,
            List<String> listNouns,
            OutcomeCounts counts) {
        this.names = names;
        this.gazetteer = gazetteer;
        this.finders = List.copyOf(finders);
        this.triggers = triggers;
        this.listNouns = PhraseMatcher.of(listNouns);
        this.counts = counts;
    }

    /** The finders in the order they run, with the lexicons shipped under {@code resources/lexicon}. */
    public static SentenceOutcomes fromClasspath(
            OutcomeNames names, ActorGazetteer gazetteer, GatheringText gatheringText) {
        TriggeredOutcome triggered = TriggeredOutcome.fromClasspath();
        List<String> funding = new ArrayList<>();
        for (LexiconRow row : LexiconFile.read("stances.tsv").rows()) {
            if (row.choice(0, Stance.class) == Stance.PLEDGED) {
                funding.add(row.text(1));
            }
        }
        funding.add("funders of");
        OutcomeCounts counts = new OutcomeCounts(
                LexiconFile.read("member-units.txt").words(),
                LexiconFile.read("pledge-verbs.txt").words());
        List<String> listContext =
                new ArrayList<>(LexiconFile.read("outcome-list-nouns.txt").words());
        listContext.addAll(LexiconFile.read("outcome-triggers.tsv").words());
        listContext.add("promoted");
        listContext.add("received");
        List<OutcomeFinder> finders = List.of(
                new LabelledOutcome(),
                triggered,
                PassiveOutcome.fromClasspath(),
                new QuotedTitleOutcome(),
                new AgreementSubjectOutcome(),
                new SubjectOutcome(),
                new DelayedObjectOutcome(List.of(
                        "adoption",
                        "launch",
                        "signing",
                        "creation",
                        "establishment",
                        "unveiling",
                        "approval",
                        "endorsement")),
                new CopulaOutcome(LexiconFile.read("outcome-copula-nouns.txt").words()),
                new SpecificAgreementMention(
                        LexiconFile.read("agreement-documents.txt").words()),
                new AppositiveOutcome(),
                new DocumentOfTheGathering(),
                new VenueNamedDocument(),
                new SpeakingDocument(gatheringText),
                new JoinedByCount(LexiconFile.read("joining-verbs.txt").words()),
                new CountedDecisions(),
                new Elections(),
                new IncludedMeasures(LexiconFile.read("outcome-list-nouns.txt").words()),
                new ListedOutcomeNames(LexiconFile.read("outcome-list-cues.txt").words(), listContext),
                new VerbalFallback(),
                PromisedActions.fromClasspath(),
                AnnouncedMeasures.fromClasspath(),
                NamingCue.fromClasspath(),
                new CoordinatedOutcomes(),
                new LabelMerge(),
                new OutcomeMoney(
                        funding,
                        LexiconFile.read("pledge-nouns.txt").words(),
                        LexiconFile.read("pledge-verbs.txt").words(),
                        LexiconFile.read("raising-verbs.txt").words()),
                counts,
                new OutcomeActors());
        return new SentenceOutcomes(
                names,
                gazetteer,
                finders,
                triggered.triggers(),
                LexiconFile.read("outcome-list-nouns.txt").words(),
                counts);
    }

    public List<OutcomeFinder> finders() {
        return finders;
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<OutcomeDraft> outcomes = findings.outcomes;
        boolean listOpen = false;
        boolean planListOpen = false;
        boolean announcedListOpen = false;
        for (AnnotatedSentence sentence : document.sentences()) {
            if (sentence.part() == PartKind.HEADLINE
                    && HEADLINE_DOCUMENT.matcher(sentence.plain()).matches()) {
                // a release titled "Final Communiqué of the Lima Conference": the text it carries is an outcome
                OutcomeDraft d =
                        new OutcomeDraft(sentence.plain(), 0, sentence.text().length()); // plain() drops markup
                d.fixedType = OutcomeType.AGREEMENT;
                complete(sentence, d);
                mergeOrAdd(outcomes, d);
            }
            OutcomeDraft adopted = sentence.part() == PartKind.HEADLINE ? headlineAdoptedText(sentence) : null;
            if (adopted != null) {
                // "Reef Ministers Approve Charter on Ocean Warming": the headline names the text approved, which
                // the story may call "a Charter" only
                complete(sentence, adopted);
                mergeOrAdd(outcomes, adopted);
            }
            if (sentence.heading() && !(listOpen && opensWithKeyword(sentence)) // an item without a full stop
                    || sentence.part() == PartKind.HEADLINE
                    || findings.themeSentences.contains(sentence.index())) {
                listOpen = false;
                continue;
            }
            OutcomeScope scope = new OutcomeScope(
                    sentence,
                    outcomes,
                    names,
                    gazetteer,
                    findings.event.location,
                    findings.event.startDate == null ? 0 : findings.event.startDate.getYear());
            for (OutcomeFinder finder : finders) {
                finder.find(scope);
            }
            List<OutcomeDraft> drafts = scope.drafts;
            // "Resolution 17/02 On reef data" as a paragraph of its own under "adopted these measures:": an item
            // written without a marker, opened by an outcome's keyword
            boolean item = sentence.marker() || listOpen && sentence.newBlock() && opensWithKeyword(sentence);
            if (drafts.isEmpty()
                    && listOpen
                    && item
                    && (!headsASection(document, sentence) || nextOpensWithKeyword(document, sentence))) {
                OutcomeDraft listed = listItem(scope);
                if (listed != null) {
                    drafts = List.of(listed);
                }
            }
            if (drafts.isEmpty() && announcedListOpen && sentence.marker()) {
                OutcomeDraft announced = announcedItem(sentence);
                if (announced != null) {
                    drafts = List.of(announced);
                }
            }
            if (drafts.isEmpty() && planListOpen && sentence.marker()) {
                OutcomeDraft planned = planItem(sentence);
                if (planned != null) {
                    drafts = List.of(planned);
                }
            }
            // a second sentence on an item's line ("Thereafter, two camps a year") keeps the plan's list open
            planListOpen = item || planListOpen && !sentence.newBlock() ? planListOpen : planIncludes(sentence);
            // "2. The following accords were signed:": a numbered paragraph that ends in a colon opens a list
            boolean leadIn = item && sentence.text().stripTrailing().endsWith(":");
            listOpen = item && !leadIn ? listOpen : introducesOutcomeList(sentence);
            announcedListOpen = item && !leadIn ? announcedListOpen : listOpen && announcesTheList(sentence);
            if (drafts.isEmpty()) {
                attachJoiningCount(sentence, outcomes);
                continue;
            }
            for (OutcomeDraft d : drafts) {
                if (countedThings(sentence, d)) {
                    continue; // "the creation of 100 additional jobs": a count, not an outcome
                }
                if (d.name != null && BARE_NUMBER.matcher(d.name).matches()) {
                    continue; // "the islands' population had reached 12 million": a number is no text or body agreed
                }
                if (notMade(sentence, d)) {
                    continue; // "the summit ended without a joint statement", "any peace deal": none was made
                }
                if (d.name != null && gazetteer.byName(d.name).isPresent()) {
                    continue; // "the Council of Europe signed too": a body the gazetteer knows is an actor, not an
                    // outcome
                }
                if (describedOnly(d) || endsWithVerb(sentence, d)) {
                    continue; // "the first international treaty of its kind", "the 8th Conference exceeded"
                }
                if (madeElsewhere(sentence, d, findings.event.name)) {
                    continue; // "the Reef Declaration adopted at the Ocean Summit of 2019": another gathering's text
                }
                complete(sentence, d);
                for (OutcomeDraft each : onePerCountry(d)) {
                    mergeOrAdd(outcomes, each);
                }
            }
        }
    }

    /** A name that is only a number, with or without its scale. */
    private static final Pattern BARE_NUMBER =
            Pattern.compile("\\d[\\d.,]*(?:\\s+(?:hundred|thousand|million|billion|trillion|lakh|crore))?");

    /** "Resolutions on Chile and Peru": a plural text's head, "on", then the countries it speaks of. */
    private static final Pattern PLURAL_ON_COUNTRIES =
            Pattern.compile("(\\p{Lu}\\p{Ll}+)s on ((?:\\p{Lu}[\\p{L}.'-]*(?:,? | and |, and ))+\\p{Lu}[\\p{L}.'-]*)");

    /** Where a list of countries is cut into its items. */
    private static final Pattern COUNTRY_LIST_SEPARATOR = Pattern.compile(",? and |, ");

    /**
     * "adopted resolutions on Chile and Peru": one text on each country, as a body adopts them, each its own
     * outcome; a draft with money or a count, or any item that is not a country, stays whole.
     */
    private List<OutcomeDraft> onePerCountry(OutcomeDraft d) {
        Matcher m = d.name == null ? null : PLURAL_ON_COUNTRIES.matcher(d.name);
        if (m == null || !m.matches() || d.money != null || d.count != null) {
            return List.of(d);
        }
        String singular = m.group(1);
        if (names.types().typeOf(singular) == OutcomeType.OTHER) {
            return List.of(d);
        }
        List<OutcomeDraft> each = new ArrayList<>();
        for (String country : COUNTRY_LIST_SEPARATOR.split(m.group(2))) {
            if (gazetteer.byName(country).filter(a -> a.code() != null).isEmpty()) {
                return List.of(d);
            }
            OutcomeDraft one = new OutcomeDraft(singular + " on " + country, d.start, d.end);
            one.fixedType = d.fixedType;
            one.type = d.type;
            one.sentence = d.sentence;
            one.purpose = d.purpose;
            one.actors.addAll(d.actors);
            one.alsoIn.addAll(d.alsoIn);
            each.add(one);
        }
        return each;
    }

    /** A headline that is a gathering's text by name: "Joint Statement on the Andes Water Dialogue". */
    private static final Pattern HEADLINE_DOCUMENT = Pattern.compile(
            "(?:(?:Final|Joint)\\s+){0,2}(?:Communiqu[eé]|Statement|Declaration)\\s+(?:of|on|by|from)\\s+(?:the\\s+)?\\p{Lu}[^.!?:]{3,150}");

    /**
     * "Ministers Approve Charter on Ocean Warming", "Leaders Sign Charter for Reef Protection": in a headline, a
     * capitalised verb (group 1), then a text's name (group 2) by its keyword (group 3) and topic, to the headline's
     * end or its next break. The verb must be one of {@code headline-outcome-verbs.txt}, the keyword an outcome's.
     */
    private static final Pattern HEADLINE_NAMED_TEXT = Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+)\\s+((?:(?:Final|Joint|New)\\s+)?"
                    + "(\\p{Lu}\\p{L}+)\\s+(?:on|of|for)\\s+(?:the\\s+)?\\p{Lu}[^.!?:;,]{2,100}?)\\s*(?:$|[:;,]|\\s[-–—]\\s)");

    private static final Set<String> HEADLINE_OUTCOME_VERBS =
            WordSets.copyOf(LexiconFile.read("headline-outcome-verbs.txt").words());

    /** The text a headline says was adopted ("... Approve Charter on Ocean Warming"), or null. */
    private OutcomeDraft headlineAdoptedText(AnnotatedSentence headline) {
        Matcher m = HEADLINE_NAMED_TEXT.matcher(headline.plain());
        while (m.find()) {
            if (HEADLINE_OUTCOME_VERBS.contains(m.group(1).toLowerCase(java.util.Locale.ROOT))
                    && names.types().typeOf(m.group(3).toLowerCase(java.util.Locale.ROOT)) != null) {
                return new OutcomeDraft(m.group(2).strip(), m.start(2), m.end(2));
            }
        }
        return null;
    }

    /** "- Funding for Research" with a paragraph under it: the item is a section's title, not an outcome. */
    private static boolean headsASection(AnnotatedDocument document, AnnotatedSentence item) {
        String plain = item.plain();
        if (plain.isEmpty() || ".;:,!?".indexOf(plain.charAt(plain.length() - 1)) >= 0) {
            return false;
        }
        int next = item.index() + 1;
        return next < document.sentences().size()
                && !document.sentences().get(next).marker()
                && document.sentences().get(next).newBlock();
    }

    /** The item after this one is opened by an outcome's keyword too: a list of texts, not a section's title. */
    private boolean nextOpensWithKeyword(AnnotatedDocument document, AnnotatedSentence sentence) {
        int next = sentence.index() + 1;
        return opensWithKeyword(sentence)
                && next < document.sentences().size()
                && opensWithKeyword(document.sentences().get(next));
    }

    /** A capitalised outcome keyword first: "Resolution 17/01 On ...", "Decision 4/2 Reef data". */
    private boolean opensWithKeyword(AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        return !tokens.isEmpty()
                && tokens.get(0).upperCase()
                && names.types().typeOf(tokens.get(0).lower()) != null;
    }

    /** "Other documents adopted included:", "The summit launched:": a line ending in a colon that names outcomes. */
    private boolean introducesOutcomeList(AnnotatedSentence sentence) {
        return sentence.text().strip().endsWith(":")
                && (triggers.containsAny(sentence.tokens())
                        || listNouns.containsAny(sentence.tokens())
                        || planIncludes(sentence));
    }

    /** Verbs by lemma with which an actor announces a list of what it will do ("announced ..., including:"). */
    private final Set<String> listAnnouncingVerbs =
            WordSets.copyOf(LexiconFile.read("list-announcing-verbs.txt").words());

    /** A lead-in to a list of outcomes whose verb announces it ("the ministry set out its pledges:"). */
    private boolean announcesTheList(AnnotatedSentence sentence) {
        return sentence.tokens().stream().anyMatch(t -> t.tag() == Tag.VERB && listAnnouncingVerbs.contains(t.lemma()));
    }

    private static final int ANNOUNCED_ITEM_MIN_WORDS = 3;
    private static final int ANNOUNCED_ITEM_MAX_WORDS = 30;
    private static final Set<String> ITEM_ARTICLES = WordSets.of("a", "an", "the");

    /**
     * An item of an announced list written as a phrase ("- a rise in Fijian firms with reef plans"): an
     * outcome named by the phrase, without its article or full stop; an item that opens with a verb or a name is left
     * to the finders.
     */
    private OutcomeDraft announcedItem(AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        int first = 0;
        while (first < tokens.size() && !tokens.get(first).word()) {
            first++; // the item's marker
        }
        if (first < tokens.size() && ITEM_ARTICLES.contains(tokens.get(first).lower())) {
            first++;
        }
        int last = tokens.size();
        while (last > first
                && !tokens.get(last - 1).word()
                && !tokens.get(last - 1).punctuation(')')) {
            last--; // the full stop or semicolon
        }
        long words = tokens.subList(first, last).stream().filter(Token::word).count();
        if (first >= last
                || words < ANNOUNCED_ITEM_MIN_WORDS
                || words > ANNOUNCED_ITEM_MAX_WORDS
                || !Character.isLowerCase(tokens.get(first).text().charAt(0))
                || tokens.get(first).tag() != Tag.NOUN && tokens.get(first).tag() != Tag.ADJ) {
            return null;
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last - 1).end();
        OutcomeDraft d = new OutcomeDraft(sentence.text().substring(start, end), start, end);
        // "a rise in Fijian firms filing with the Reef Taskforce": the item's head says what it is,
        // not a keyword deep in it
        OutcomeType head = names.types().typeOf(tokens.get(first).lower());
        d.fixedType = head == null ? OutcomeType.OTHER : head;
        return d;
    }

    /**
     * An item of a plan's list ("2. Set up a reef research hub in Samoa.", "Reef scholarships – 500 a year"): what
     * it provides, without a leading verb, an article or what a dash adds.
     */
    private static OutcomeDraft planItem(AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        int first = 0;
        while (first < tokens.size() && !tokens.get(first).word()) {
            first++; // the item's number or marker
        }
        if (first < tokens.size()
                && tokens.get(first).tag() == Tag.NUM
                && first + 1 < tokens.size()
                && tokens.get(first + 1).punctuation('.')) {
            first += 2;
        }
        if (first < tokens.size()
                && (tokens.get(first).tag() == Tag.VERB
                        || PLAN_ITEM_VERBS.contains(tokens.get(first).lower()))) {
            first++; // "Set up", "Provide"
            if (first < tokens.size() && tokens.get(first).is("up")) {
                first++;
            }
            if (first < tokens.size() && tokens.get(first).is("of")) {
                first++; // "Set up of ..."
            }
        }
        while (first < tokens.size() && tokens.get(first).tag() == Tag.DET) {
            first++;
        }
        int last = first;
        while (last < tokens.size()
                && !tokens.get(last).punctuation('.')
                && !tokens.get(last).punctuation(':')
                && !tokens.get(last).punctuation(',')
                && !DASHES.contains(tokens.get(last).text())) {
            last++;
        }
        int words = last - first;
        if (words < 1 || words > MAX_PLAN_ITEM_WORDS) {
            return null;
        }
        String name = sentence.span(first, last);
        return new OutcomeDraft(
                Character.toUpperCase(name.charAt(0)) + name.substring(1),
                tokens.get(first).start(),
                tokens.get(last - 1).end());
    }

    private static final int MAX_PLAN_ITEM_WORDS = 12;

    /** Verbs an item of a plan may open with, capitalised where the tagger takes them for names ("Provide"). */
    private static final Set<String> PLAN_ITEM_VERBS = WORDS.get(Word.PLAN_ITEM_VERB);

    private static final Set<String> DASHES = Set.of("–", "—", "-");

    /** "The 4-step action plan includes:": a plan or package, then "includes", opens a list of what it holds. */
    private static boolean planIncludes(AnnotatedSentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (!sentence.text().strip().endsWith(":")) {
            return false;
        }
        for (int k = 1; k < tokens.size(); k++) {
            if (tokens.get(k).lemma().equals("include")
                    && PLAN_NOUNS.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a set of measures whose contents a list after "includes:" gives, one outcome an item. */
    private static final Set<String> PLAN_NOUNS = WORDS.get(Word.PLAN_NOUN);

    /**
     * A list item after such a line: its leading noun phrase, when it is a name or has an outcome keyword; the whole
     * item where a numbered text is titled by it ("Resolution 17/01 On a plan for reef fish").
     */
    private OutcomeDraft listItem(OutcomeScope scope) {
        List<Token> tokens = scope.sentence.tokens();
        if (opensWithKeyword(scope.sentence)
                && tokens.size() > 3
                && tokens.get(1).tag() == Tag.NUM) {
            String plain = scope.sentence.plain();
            String title = plain.endsWith(".") ? plain.substring(0, plain.length() - 1) : plain;
            return new OutcomeDraft(title, 0, title.length());
        }
        int end = keywordItemEnd(scope.sentence);
        if (end > 0) {
            // "1. MoU establishing sister-city ties between Suva and Nadi, which covers trade": what the text is
            int start = tokens.get(0).start();
            OutcomeDraft d = new OutcomeDraft(scope.sentence.text().substring(start, end), start, end);
            d.fixedType = names.types().typeOf(tokens.get(0).lower()); // the keyword's, not a later word's
            return d;
        }
        OutcomeNames.Phrase p = names.after(scope.sentence, 0, scope.money);
        if (p == null
                || !(p.capitalised() || p.quoted() || names.types().typeOf(p.text()) != null)
                || gazetteer.byName(p.text()).isPresent()) {
            return null;
        }
        boolean named = names.types().typeOf(p.text()) != null && !p.text().contains("&");
        if (!named && (labelled(scope.sentence) || saysSomething(scope.sentence, p))) {
            // "Maritime boundaries: leaders agreed ...", "Researchers met in the hall.": a topic or a
            // sentence, left to the finders; a name with an outcome's keyword stays ("the Reef Fund, training ...")
            return null;
        }
        if (named && saidOfWithoutMaking(scope.sentence)) {
            return null; // "the Reef Data Platform was warmly praised": talked of, not made here
        }
        OutcomeDraft d = new OutcomeDraft(p.text(), p.start(), p.end());
        return d;
    }

    /** Words after an item's keyword ("MoU", "Agreement") that go on to say what the text is. */
    private static final Set<String> ITEM_NAME_LINKS =
            WordSets.of("between", "establishing", "on", "for", "regarding", "concerning", "with");

    /** Words that end what an item's text is and start what it does ("which covers", "under which"). */
    private static final Set<String> ITEM_NAME_STOPS = WordSets.of("which", "under", "whereby", "that", "who", "to");

    /** How many tokens an item's name may run to after its keyword. */
    private static final int ITEM_NAME_TOKENS = 16;

    /**
     * Where the name of an item that opens with its keyword and a link ends ("MoU between ...", "Agreement on ..."):
     * at a comma, a bracket, a relative word or the item's end; -1 where no link follows the keyword, or the name
     * would run on too far.
     */
    private int keywordItemEnd(AnnotatedSentence item) {
        List<Token> tokens = item.tokens();
        int link = 1;
        if (!opensWithKeyword(item)
                || tokens.size() <= link + 1
                || !ITEM_NAME_LINKS.contains(tokens.get(link).text())) {
            return -1;
        }
        int k = link + 1;
        while (k < tokens.size()
                && k - link <= ITEM_NAME_TOKENS
                && (tokens.get(k).word()
                        || tokens.get(k).possessiveMark()
                        || tokens.get(k).quoteMark()
                        || tokens.get(k).punctuation('-')
                        || tokens.get(k).text().equals("`"))
                && !ITEM_NAME_STOPS.contains(tokens.get(k).text())) {
            k++;
        }
        return k - link > ITEM_NAME_TOKENS || k == link + 1
                ? -1
                : tokens.get(k - 1).end();
    }

    /**
     * An item that is a sentence, not a name: it has a finite verb ("Researchers met in the hall"), or a full stop
     * ends words after its leading phrase ("Lima Stands Out as a Centre for Reefs.").
     */
    private static boolean saysSomething(AnnotatedSentence item, OutcomeNames.Phrase leading) {
        List<Token> tokens = item.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.tag() == Tag.VERB
                    && !t.lower().endsWith("ing")
                    && !(k > 0 && tokens.get(k - 1).is("to"))) {
                return true; // a finite verb, not "a fund to rebuild houses" or "a programme training rangers"
            }
        }
        String plain = item.plain();
        return plain.endsWith(".") && leading.end() < item.text().strip().length() - 1;
    }

    /** A passive ("was emphasized", "were highlighted") with no verb of making or adopting in the item. */
    private boolean saidOfWithoutMaking(AnnotatedSentence item) {
        List<Token> tokens = item.tokens();
        for (int k = 0; k + 1 < tokens.size(); k++) {
            int verb = tokens.get(k + 1).tag() == Tag.ADV ? k + 2 : k + 1;
            if (tokens.get(k).tag() == Tag.AUX
                    && verb < tokens.size()
                    && tokens.get(verb).tag() == Tag.VERB
                    && tokens.get(verb).lower().endsWith("ed")) {
                return !triggers.containsAny(tokens);
            }
        }
        return false;
    }

    /** An item that opens with a short label and a colon: "Ocean finance: ministers agreed to ...". */
    private static boolean labelled(AnnotatedSentence item) {
        int colon = item.plain().indexOf(": ");
        return colon > 0 && item.plain().substring(0, colon).split(" ").length <= 7;
    }

    /**
     * A word of joining beside the count ("40 states have joined"), or a count of members itself ("has 40 founding
     * members"); not only the "member" of its unit ("11 member states were elected").
     */
    private static boolean joining(AnnotatedSentence sentence, FoundFigure count) {
        String text = sentence.text(); // the count's offsets are the sentence's own
        if (count.start() < 0 || count.end() > text.length()) {
            return JOINING.matcher(text).find();
        }
        String unit = count.figure().unit() == null ? "" : count.figure().unit();
        return JOINING.matcher(text.substring(0, count.start())).find()
                || JOINING.matcher(text.substring(count.end())).find()
                || MEMBERS_LAST.matcher(unit).find() && !count.figure().text().contains("-"); // not "35-member"
    }

    /** A unit that ends in "members" or "signatories": the count says who belongs. */
    private static final Pattern MEMBERS_LAST =
            Pattern.compile("\\b(?:members?|signatories|signatory)$", Pattern.CASE_INSENSITIVE);

    /** "19 countries had already agreed to join": the count belongs to the outcome just named. */
    private void attachJoiningCount(AnnotatedSentence sentence, List<OutcomeDraft> outcomes) {
        if (outcomes.isEmpty() || sentence.figures().isEmpty()) {
            return;
        }
        OutcomeDraft last = outcomes.get(outcomes.size() - 1);
        if (last.count != null) {
            return;
        }
        for (FoundFigure f : sentence.local(FigureKind.COUNT)) {
            if (counts.isMemberCount(f.figure())
                    && joining(sentence, f)
                    && !ATTENDING.matcher(sentence.text()).find()) {
                last.count = f;
                last.alsoIn.add(sentence);
                return;
            }
        }
    }

    /**
     * "without a joint statement", "no final declaration", "any peace deal", "a potential deal to end the war": the
     * outcome the sentence says was not made, or speaks of as one that may come.
     */
    private static boolean notMade(AnnotatedSentence sentence, OutcomeDraft d) {
        List<Token> tokens = sentence.tokens();
        int first = sentence.tokenAt(d.start);
        if (first >= 2
                        && tokens.get(first - 1).is("of")
                        && ABSENCE.contains(tokens.get(first - 2).lower())
                || first >= 3
                        && tokens.get(first - 1).tag() == Tag.DET
                        && tokens.get(first - 2).is("of")
                        && ABSENCE.contains(tokens.get(first - 3).lower())) {
            return true; // "in the absence of a final communique", "for lack of a joint declaration"
        }
        int k = first - 1;
        for (int seen = 0; k >= 0 && seen < 3; k--, seen++) {
            Token t = tokens.get(k);
            if (UNMADE.contains(t.lower())) {
                return true;
            }
            if (t.tag() != Tag.DET && t.tag() != Tag.ADJ && t.tag() != Tag.NOUN) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the first international treaty negotiated under the WHO", "the world's first pandemic agreement": a
     * superlative that describes an instrument named elsewhere, not a name of its own.
     */
    private static boolean describedOnly(OutcomeDraft d) {
        if (d.name == null) {
            return false;
        }
        String lower = d.name.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("first ") || lower.startsWith("world's first ") || lower.startsWith("world’s first ");
    }

    /**
     * "pledges announced at the 8th Conference exceeded", "if consensus couldn't": a name that runs into the
     * clause's verb is a piece of the clause, not an outcome's name.
     */
    private static boolean endsWithVerb(AnnotatedSentence sentence, OutcomeDraft d) {
        if (d.name == null) {
            return false;
        }
        if (d.name.endsWith("n't") || d.name.endsWith("n’t")) {
            return true;
        }
        if (d.end <= d.start || d.end > sentence.text().length()) {
            return false;
        }
        int last = sentence.tokenAt(d.end) - 1;
        if (last < 0 || last >= sentence.tokens().size()) {
            return false;
        }
        Token t = sentence.tokens().get(last);
        if (!t.capitalised()
                && last > 0
                && sentence.tokens().get(last - 1).capitalised()
                && CLAUSE_VERBS.contains(t.lower())
                && d.name.endsWith(t.text())) {
            return true; // "the commitments of the Reef Declaration aim to ...": the clause's verb after the name
        }
        return t.tag() == Tag.AUX || t.tag() == Tag.VERB && t.lower().endsWith("ed") && d.name.endsWith(t.text());
    }

    /** Verbs by which a text is made at a gathering. */
    private static final String MADE = "issued|adopted|agreed|endorsed|signed";

    /** A name a finder ended on its verb ("the Reef Declaration issued"). */
    private static final Pattern MADE_LAST = Pattern.compile("\\b(?:" + MADE + ")$");

    /** "..., issued at the Reef Assembly's Ministerial Meeting": made at a gathering, up to its event noun. */
    private static final Pattern MADE_AT = Pattern.compile(
            "^\\s*,?\\s*(?:which\\s+was\\s+|that\\s+was\\s+)?(" + MADE + ")?\\s*(?:at|during)\\s+"
                    + "(?:the\\s+)?((?:[\\p{L}\\d'’-]+\\s+){0,8}?(?:Meeting|Summit|Conference|Assembly|Session|Forum))\\b");

    /**
     * A text made at another gathering than this one: the gathering it was made at, named right after it, shares no
     * capitalised word with this event's name (a name that is missing proves nothing).
     */
    private static boolean madeElsewhere(AnnotatedSentence sentence, OutcomeDraft d, String eventName) {
        if (eventName == null || d.end <= 0 || d.end > sentence.text().length()) {
            return false;
        }
        Matcher m = MADE_AT.matcher(sentence.text().substring(d.end));
        if (!m.find()
                || m.group(1) == null
                        && !MADE_LAST
                                .matcher(sentence.text().substring(d.start, d.end))
                                .find()) {
            return false;
        }
        String event = eventName.toLowerCase(java.util.Locale.ROOT);
        boolean named = false;
        String rest = sentence.text().substring(d.end + m.end());
        Matcher of = OF_TAIL.matcher(rest);
        String gathering = m.group(2) + (of.lookingAt() ? of.group() : ""); // "... Meeting of the Reef Assembly"
        for (String word : gathering.split("\\s+")) {
            if (word.length() > 3 && Character.isUpperCase(word.charAt(0)) && !EVENT_HEADS.contains(word)) {
                if (event.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                    return false; // "adopted at the Reef Summit" of the Reef Summit: this one's
                }
                named = true;
            }
        }
        return named; // "adopted at the Summit": this one, named by its noun alone
    }

    /** " of the 79th Reef Assembly": whose meeting it was, up to the next comma or stop. */
    private static final Pattern OF_TAIL = Pattern.compile("\\s+of\\s+the\\s+[^,.;]{1,60}");

    /** Event nouns, which any two gatherings' names may share. */
    private static final Set<String> EVENT_HEADS = WordSets.copyOf(AS_WRITTEN.get(Word.EVENT_HEAD));

    /** Present verbs a name's clause goes on with ("... Declaration aims to", "... Pact seeks to"). */
    private static final Set<String> CLAUSE_VERBS = WORDS.get(Word.CLAUSE_VERB);

    /** A name that is a count figure of the sentence ("100 new jobs", "eight specific commitments"). */
    private static boolean countedThings(AnnotatedSentence sentence, OutcomeDraft d) {
        if (d.name == null || d.money != null || d.measure || d.count != null) {
            return false; // a count the finder made the outcome's own ("35 decisions adopted") is no bare count
        }
        String name =
                APPROXIMATELY.matcher(d.name.toLowerCase(java.util.Locale.ROOT)).replaceFirst("");
        return sentence.local(FigureKind.COUNT).stream()
                .anyMatch(f -> name.startsWith(f.figure().text().toLowerCase(java.util.Locale.ROOT)));
    }

    private void complete(AnnotatedSentence sentence, OutcomeDraft d) {
        d.sentence = sentence;
        d.type = d.fixedType != null
                ? d.fixedType
                : d.moneyOnly
                        ? org.briefingpack.model.OutcomeType.FUNDING
                        : names.types().typeOf(d.name, d.money != null);
        if (d.purpose == null) {
            Matcher m = PURPOSE.matcher(sentence.text());
            if (m.find(Math.min(d.start, sentence.text().length()))) {
                d.purpose = m.group(1).strip();
            }
        }
        d.name = NameText.tidy(d.name);
    }

    /**
     * Same name (case aside): one outcome, with the money or count either mention gave; but two sums under one
     * generic name ("Funding pledge" of $2 billion and of $50 million) are two pledges.
     */
    static void mergeOrAdd(List<OutcomeDraft> outcomes, OutcomeDraft o) {
        for (OutcomeDraft e : outcomes) {
            if (e.name.equalsIgnoreCase(o.name) && !differentSums(e, o)) {
                if (e.actors.isEmpty()) {
                    e.actors.addAll(o.actors);
                }
                if (e.money == null) {
                    e.money = o.money;
                }
                if (e.count == null) {
                    e.count = o.count;
                }
                if (e.purpose == null) {
                    e.purpose = o.purpose;
                }
                return;
            }
        }
        outcomes.add(o);
    }

    private static boolean differentSums(OutcomeDraft a, OutcomeDraft b) {
        return a.moneyOnly
                && b.moneyOnly
                && a.money != null
                && b.money != null
                && (a.money.figure().value().compareTo(b.money.figure().value()) != 0
                        || !Objects.equals(
                                a.money.figure().currency(), b.money.figure().currency()));
    }
}
