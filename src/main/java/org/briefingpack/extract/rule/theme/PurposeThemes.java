package org.briefingpack.extract.rule.theme;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.briefingpack.extract.FoundFigure;
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
import org.briefingpack.extract.rule.MoneyContext;
import org.briefingpack.extract.rule.OutcomeTypes;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Theme;

/**
 * Themes as news reporting states them, where no list gave any: what the event or what it launched set out
 * to do ("the summit aims to cut emissions and fund adaptation", "a plan aimed at boosting trade, creating
 * jobs and curbing migration", "stressed the urgency of rebuilding Gaza", "under the theme 'Oceans First'"),
 * and a purpose that follows an event noun ("a summit held in Nairobi to deepen trade ties"). Coordinated
 * verb or -ing phrases are themes of their own; at most six, in text order.
 */
public final class PurposeThemes implements Rule {

    /** What follows a purpose cue (column 2 of {@code theme-purposes.tsv}). */
    enum Follows {
        VERB_PHRASE,
        GERUND,
        NOUN_PHRASE
    }

    private static final int MAX_THEMES = 6;
    /** After a participle, words that make it a reduced relative ("funding needed for adaptation"), no main verb. */
    private static final Set<String> REDUCED_RELATIVE_NEXT = WordSets.of("by", "for", "to", "under", "at", "in", "on");

    private static final int MAX_WORDS = 14;
    private static final Set<String> CLAUSE_BREAKS =
            WordSets.of("which", "while", "but", "whereas", "although", "as", "according", "that");

    private final PhraseMatcher cues;
    private final Map<String, Follows> follows = new HashMap<>();
    private final Set<String> anchors;
    private final OutcomeTypes types;
    private final PhraseMatcher themeNouns =
            PhraseMatcher.of(LexiconFile.read("theme-list-nouns.txt").words());

    /**
     * @param anchors nouns after which "to" and a verb state a purpose ("a summit held in Seoul to deepen
     *                ties", "mechanisms to ease the debt burden"), lower case
     */
    PurposeThemes(LexiconFile purposes, List<String> anchors, OutcomeTypes types) {
        List<String[]> entries = new ArrayList<>();
        for (LexiconRow row : purposes.rows()) {
            String phrase = row.text(0).toLowerCase(Locale.ROOT);
            follows.put(phrase, row.choice(1, Follows.class));
            entries.add(new String[] {phrase, phrase});
        }
        this.cues = new PhraseMatcher(entries, false);
        this.anchors = WordSets.copyOf(
                anchors.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        this.types = types;
    }

    public static PurposeThemes fromClasspath(OutcomeTypes types) {
        List<String> anchors =
                new ArrayList<>(LexiconFile.read("event-nouns.txt").words());
        anchors.addAll(LexiconFile.read("pledge-nouns.txt").words());
        anchors.addAll(LexiconFile.read("purpose-anchors.txt").words());
        return new PurposeThemes(LexiconFile.read("theme-purposes.tsv"), anchors, types);
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        // where other rules found themes, only a title the event was given ("themed 'Shared Shores'") adds one
        boolean titlesOnly = !findings.themes.isEmpty();
        List<Theme> themes = new ArrayList<>(findings.themes);
        int found = themes.size();
        int pillarsAt = -100;
        List<AnnotatedSentence> body = document.body();
        int leadEnd = body.isEmpty() ? -1 : body.get(0).index() + LEAD_SENTENCES;
        for (AnnotatedSentence s : document.sentences()) {
            if (s.heading()
                    || s.part() == PartKind.HEADLINE
                    || !titlesOnly && themes.size() >= MAX_THEMES
                    || ThemeProseRule.sideTalk(s) && s != findings.event.nameSentence) {
                continue;
            }
            List<Token> tokens = s.tokens();
            for (PhraseMatcher.Hit cue : cues.find(tokens)) {
                if (s.quoted(tokens.get(cue.first()).start())) {
                    continue; // what someone said, not what the event set out to do
                }
                if (cue.first() > 0
                        && ACTOR_NOUNS.contains(tokens.get(cue.first() - 1).lemma())) {
                    continue; // "an advocacy group focused on health": that group's mission
                }
                if (titlesOnly && !titleCue(cue, tokens)) {
                    continue;
                }
                add(themes, s, labels(tokens, afterTitleCue(cue, tokens), follows.get(cue.label()), s));
            }
            if (titlesOnly) {
                continue;
            }
            for (int purpose : purposesAfterEventNouns(s)) {
                add(themes, s, labels(tokens, purpose, Follows.VERB_PHRASE, s));
            }
            if (s.index() < leadEnd) {
                for (int purpose : whatASumIsFor(s)) {
                    add(themes, s, List.of(sumPurpose(s, purpose)));
                }
            }
            if (s.index() - pillarsAt <= 6) {
                add(themes, s, quotedTitles(s));
            }
            if (themeNouns.containsAny(tokens)) {
                pillarsAt = s.index();
            }
        }
        int limit = titlesOnly ? themes.size() : Math.min(themes.size(), MAX_THEMES);
        for (Theme t : themes.subList(found, Math.max(found, limit))) {
            findings.themes.add(t);
        }
    }

    /** "themed 'Shared Shores'", "under the theme 'Tides of Change'": a cue of a theme, then a quotation. */
    private static boolean titleCue(PhraseMatcher.Hit cue, List<Token> tokens) {
        int title = afterTitleCue(cue, tokens);
        return cue.label().contains("theme")
                && title < tokens.size()
                && (tokens.get(title).quoteMark() || titleCased(tokens, title));
    }

    /** How many words after a theme's cue are read to tell a title written without quotes. */
    private static final int TITLE_WORDS = 4;

    /**
     * "themed Shared Shores through Science: ...": a title without quotes, its first word and most words after it
     * capitalised (not "themed around reef health").
     */
    private static boolean titleCased(List<Token> tokens, int from) {
        if (!tokens.get(from).upperCase()) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int k = from;
                k < tokens.size() && words < TITLE_WORDS && tokens.get(k).word();
                k++) {
            words++;
            capitalised += tokens.get(k).upperCase() ? 1 : 0;
        }
        return words >= 2 && capitalised * 2 > words;
    }

    /** Where what a cue introduces starts: past the comma or colon of "under the theme, 'Tides of Change'". */
    /** How many words "the theme of" may take to name what it is the theme of ("of this year's summit"). */
    private static final int THEME_OWNER_WORDS = 8;

    private static int afterTitleCue(PhraseMatcher.Hit cue, List<Token> tokens) {
        int next = cue.last();
        if (cue.label().equals("the theme")
                && next < tokens.size()
                && tokens.get(next).is("of")) {
            // "the theme of the Suva summit was 'Reefs First'": the theme follows the verb
            for (int k = next + 1; k < tokens.size() && k <= next + THEME_OWNER_WORDS; k++) {
                if (tokens.get(k).is("was") || tokens.get(k).is("is")) {
                    return k + 1;
                }
            }
        }
        boolean mark = next < tokens.size()
                && (tokens.get(next).punctuation(',') || tokens.get(next).punctuation(':'));
        return cue.label().contains("theme") && mark ? next + 1 : next;
    }

    /** "a range of issues, ranging from coral loss to cheaper fuel": the two ends of the range are the themes. */
    private static final Pattern RANGING =
            Pattern.compile("\\branging from\\s+(?:the\\s+)?(.+?)\\s+to\\s+(?:the\\s+)?([^,.;:]+)");

    private static void add(List<Theme> themes, AnnotatedSentence s, List<String> labels) {
        for (String label : labels) {
            Matcher range = label.contains("ranging from") ? RANGING.matcher(s.text()) : null;
            if (range != null && range.find()) {
                add(themes, s, List.of(ThemeLabels.label(range.group(1)), ThemeLabels.label(range.group(2))));
                continue;
            }
            if (PRONOUN_LAST.matcher(label).find()) {
                continue; // "to realise this": what "this" is was said before, not here
            }
            String whole = DANGLING_LAST.matcher(label).replaceFirst(""); // "... with the Union and its" cut short
            String key = whole.toLowerCase(Locale.ROOT);
            if (themes.stream().noneMatch(t -> overlapping(t.text().toLowerCase(Locale.ROOT), key))) {
                themes.add(new Theme(whole, Evidence.of(s.text())));
            }
        }
    }

    private static final Pattern PRONOUN_LAST = Pattern.compile("(?i)(?:^|\\s)(?:this|that|it|them|these|those)$");

    /** Words that cannot end a label, left where the label was cut at its length ("and its", "of the"). */
    private static final Pattern DANGLING_LAST =
            Pattern.compile("(?i)(?:\\s+(?:and|or|of|to|for|with|in|on|the|a|an|its|their|his|her))+$");

    private static boolean overlapping(String a, String b) {
        return a.contains(b) || b.contains(a);
    }

    /**
     * "a summit ... to redefine ties", "$600 million over four years to build ports": the token after each "to"
     * where an event noun, a pledge noun or money stands before it in the clause.
     */
    private List<Integer> purposesAfterEventNouns(AnnotatedSentence s) {
        List<Integer> purposes = new ArrayList<>(1);
        List<Token> tokens = s.tokens();
        BitSet money = new BitSet(tokens.size());
        for (FoundFigure f : s.local(FigureKind.MONEY)) {
            money.set(s.tokenAt(f.start()), Math.max(s.tokenAt(f.start()) + 1, s.tokenAt(f.end())));
        }
        boolean event = false;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.punctuation(';')
                    || t.punctuation('.')
                    || t.tag() == Tag.VERB && !LINKING_PARTICIPLES.contains(t.lower())
                    || t.tag() == Tag.AUX) {
                event = false; // another verb between the noun and "to": the purpose is that verb's
            }
            if (money.get(k)
                    || anchors.contains(t.lemma())
                    || anchors.contains(t.lower())
                    || t.tag() == Tag.NOUN && types.typeOf(t.lower()) != null) {
                event = true;
                continue;
            }
            if (event
                    && t.is("to")
                    && t.tag() == Tag.PART
                    && tokens.get(k + 1).tag() == Tag.VERB
                    && k > 0
                    && tokens.get(k - 1).tag() != Tag.VERB
                    && tokens.get(k - 1).tag() != Tag.ADJ) {
                purposes.add(k + 1); // and on: "agreed a dialogue to ... during the talks in Suva to ..."
                event = false;
            }
        }
        return purposes;
    }

    /** How many of the body's first sentences may say what the money of a pledging story is for. */
    private static final int LEAD_SENTENCES = 2;

    /** How many words may stand between a sum and its "for" ("$900 million on Friday for ..."). */
    private static final int SUM_TO_FOR = 3;

    /**
     * "Donors pledged $900 million on Friday for the cyclone-hit islands' rebuilding": in the lead, what a sum
     * given is for, the noun phrase after "for", is what the gathering was about. Returns where each phrase starts.
     */
    private static List<Integer> whatASumIsFor(AnnotatedSentence s) {
        List<Integer> purposes = new ArrayList<>(1);
        List<Token> tokens = s.tokens();
        for (FoundFigure f : s.local(FigureKind.MONEY)) {
            if (MoneyContext.notAPledge(s, f)) {
                continue;
            }
            int after = s.tokenAt(f.end());
            for (int k = after; k < tokens.size() && k <= after + SUM_TO_FOR; k++) {
                Token t = tokens.get(k);
                if (t.is("for") && k + 1 < tokens.size() && tokens.get(k + 1).word()) {
                    purposes.add(k + 1);
                    break;
                }
                if (!t.word() || t.tag() == Tag.VERB || t.tag() == Tag.AUX) {
                    break;
                }
            }
        }
        return purposes;
    }

    /**
     * The purpose from token {@code from} to its clause's end: a comma, a verb, "at" where the sum was given, or
     * the word limit ("the islands' rebuilding, far above the goal" keeps the first part).
     */
    private static String sumPurpose(AnnotatedSentence s, int from) {
        List<Token> tokens = s.tokens();
        int end = from;
        while (end < tokens.size()
                && end - from < MAX_WORDS
                && (tokens.get(end).word()
                        || tokens.get(end).possessiveMark()
                        || tokens.get(end).hyphen())
                && tokens.get(end).tag() != Tag.VERB
                && tokens.get(end).tag() != Tag.AUX
                && !tokens.get(end).is("at")) {
            end++;
        }
        return s.span(from, end);
    }

    /** "a summit held in Seoul to deepen ties": participles that may stand between the noun and its purpose. */
    private static final Set<String> LINKING_PARTICIPLES =
            WordSets.copyOf(LexiconFile.read("purpose-links.txt").words());

    private static final Set<String> ACTOR_NOUNS =
            WordSets.copyOf(LexiconFile.read("actor-nouns.txt").words());

    private static final Set<String> EVENT_WORDS = LexiconFile.read("event-nouns.txt").words().stream()
            .map(w -> w.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private static boolean finiteVerb(Token t) {
        return t.tag() == Tag.VERB && !t.lower().endsWith("ing") && !t.lemma().equals(t.lower());
    }

    /** The themes after a cue: the clause, cut into its coordinated verb or -ing phrases. */
    private static List<String> labels(List<Token> tokens, int from, Follows kind, AnnotatedSentence s) {
        return labels(tokens, from, kind, s, false);
    }

    /** @param verbKnown the clause starts with a verb whatever its tag ("help tackle floods") */
    private static List<String> labels(
            List<Token> tokens, int from, Follows kind, AnnotatedSentence s, boolean verbKnown) {
        int end = clauseEnd(tokens, from);
        if (from < tokens.size() && tokens.get(from).quoteMark()) {
            int close = from + 1;
            while (close < tokens.size() && !tokens.get(close).quoteMark()) {
                close++;
            }
            if (close < tokens.size() && close - from > 1) {
                String label = label(s, from + 1, close);
                return label == null ? List.of() : List.of(label);
            }
        }
        if (end - from < 1) {
            return List.of();
        }
        while (from < end
                && (tokens.get(from).quoteMark() || tokens.get(from).is("the") && kind != Follows.NOUN_PHRASE)) {
            from++;
        }
        Follows actual = kind;
        if (from < end && kind != Follows.NOUN_PHRASE && !verbKnown) {
            Token first = tokens.get(from);
            actual = first.lower().endsWith("ing") && first.tag() == Tag.VERB
                    ? Follows.GERUND
                    : first.tag() == Tag.VERB ? Follows.VERB_PHRASE : Follows.NOUN_PHRASE;
        }
        if (kind == Follows.VERB_PHRASE
                && from < end
                && (tokens.get(from).lemma().equals("be")
                        || tokens.get(from).lemma().equals("become"))) {
            return List.of(); // "aims to be a turning point": what the gathering would be, not what it is about
        }
        if (actual == Follows.VERB_PHRASE) {
            int inner = carriedPurpose(tokens, from, end);
            if (inner >= 0) {
                return labels(tokens, inner, Follows.VERB_PHRASE, s, true);
            }
        }
        if (actual == Follows.NOUN_PHRASE) {
            List<String> items = nounListItems(s, from, end);
            if (!items.isEmpty()) {
                return items;
            }
        }
        List<String> out = new ArrayList<>();
        // "to strengthen cooperation on loss and damage and to improve access": where the text says "to" again,
        // only "and to" joins two purposes
        boolean toMarked = actual == Follows.VERB_PHRASE && repeatsTo(tokens, from, end);
        int start = from;
        for (int k = from + 1; k <= end; k++) {
            boolean split = k == end;
            if (!split && actual != Follows.NOUN_PHRASE) {
                Token t = tokens.get(k);
                int next =
                        t.punctuation(',') && k + 1 < end && tokens.get(k + 1).is("and") ? k + 2 : k + 1;
                if (toMarked) {
                    next = next < end && tokens.get(next).is("to") ? next + 1 : end;
                }
                if (asWellAs(tokens, k, end)) {
                    next = k + 3;
                }
                // "as well as" joins two purposes whatever the tagger made of the next word
                split = asWellAs(tokens, k, end)
                                && next < end
                                && tokens.get(next).word()
                        || (t.punctuation(',') || t.is("and"))
                                && next < end
                                && coordinated(tokens.get(next), actual)
                                && !(next + 1 < end
                                        && tokens.get(next + 1).is("of")); // "the performance and impact of"
            }
            if (split) {
                if (holdsMoney(s, start, k)) {
                    int inner = innerPurpose(tokens, start, k);
                    if (inner >= 0) {
                        out.addAll(labels(tokens, inner, Follows.VERB_PHRASE, s));
                    }
                } else {
                    // "improve global health, gender equity and digital infrastructure": a theme an object
                    List<String> objects = actual == Follows.VERB_PHRASE && coordinates(tokens, start + 1, k)
                            ? nounListItems(s, start + 1, k)
                            : List.of();
                    String label = objects.isEmpty() ? label(s, start, k) : null;
                    out.addAll(objects);
                    if (label != null) {
                        out.add(label);
                    }
                }
                int next = k;
                while (next < end
                        && (tokens.get(next).punctuation(',')
                                || tokens.get(next).is("and")
                                || toMarked && tokens.get(next).is("to"))) {
                    next++;
                }
                if (asWellAs(tokens, next, end)) {
                    next += 3;
                }
                start = next;
                k = next;
            }
        }
        int next = end + 1;
        if (next < tokens.size() && tokens.get(next).is("and")) {
            next++;
        }
        if (actual == Follows.GERUND
                && end < tokens.size()
                && tokens.get(end).punctuation(';')
                && next < tokens.size()
                && tokens.get(next).tag() == Tag.VERB
                && tokens.get(next).lower().endsWith("ing")) {
            out.addAll(labels(tokens, next, Follows.GERUND, s)); // "focusing on trade; building resilience; and ..."
        }
        return out;
    }

    /**
     * "regular pathways for migration, the protection of workers' rights and the role of remittances": a list
     * of noun phrases of two words or more each is one theme an item; "trade, investment and energy" or
     * "economic, institutional and social recovery" (an item of one word) stays whole. Empty where no list.
     */
    private static List<String> nounListItems(AnnotatedSentence s, int from, int end) {
        List<Token> tokens = s.tokens();
        List<int[]> items = new ArrayList<>();
        int start = from;
        boolean comma = false;
        for (int k = from; k < end; k++) {
            Token t = tokens.get(k);
            boolean andAfterComma = t.is("and") && comma;
            if (t.punctuation(',') || andAfterComma) {
                comma |= t.punctuation(',');
                if (k > start) {
                    items.add(new int[] {start, k});
                }
                start = k + 1;
                if (t.punctuation(',') && k + 1 < end && tokens.get(k + 1).is("and")) {
                    start = k + 2;
                    k++;
                }
            }
        }
        if (!comma || items.isEmpty() || start >= end) {
            return List.of();
        }
        items.add(new int[] {start, end});
        for (int[] item : items) {
            Token opener = tokens.get(item[0]);
            if (!(opener.tag() == Tag.DET || opener.tag() == Tag.ADJ || opener.tag() == Tag.NOUN)) {
                return List.of(); // "growth, fostering innovation, and generating jobs": not a list of nouns
            }
        }
        List<String> out = new ArrayList<>();
        for (int[] item : items) {
            int first = tokens.get(item[0]).is("the") && item[1] - item[0] > 2 ? item[0] + 1 : item[0];
            String label = label(s, first, item[1]);
            if (label == null) {
                return List.of(); // an item of one word: the words share what follows them
            }
            out.add(label);
        }
        return out;
    }

    /**
     * After "seven pillars" or "three themes": the titles the next sentences quote ("Under the first pillar,
     * ‘Open Data’, ..."), two to eight capitalised words without an outcome keyword.
     */
    private List<String> quotedTitles(AnnotatedSentence s) {
        List<String> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (!tokens.get(k).quoteMark()
                    || tokens.get(k).text().equals("’")
                            && k > 0
                            && tokens.get(k).start() == tokens.get(k - 1).end()) {
                continue;
            }
            int close = k + 1;
            while (close < tokens.size() && !tokens.get(close).quoteMark() && close - k <= 9) {
                close++;
            }
            if (close >= tokens.size() || !tokens.get(close).quoteMark() || close - k < 3) {
                continue;
            }
            String title = s.span(k + 1, close);
            if (k > 0 && (tokens.get(k - 1).is("see") || tokens.get(k - 1).punctuation('('))) {
                k = close;
                continue; // "(see ‘Notes to Editors’ ...)": a reference to another text
            }
            if (tokens.get(k + 1).upperCase()
                    && types.typeOf(title) == null
                    && Character.isLetter(title.charAt(title.length() - 1))) {
                out.add(title);
            }
            k = close;
        }
        return out;
    }

    private static boolean holdsMoney(AnnotatedSentence s, int from, int to) {
        int a = s.tokens().get(from).start();
        int b = s.tokens().get(Math.max(from, to - 1)).end();
        return s.local(org.briefingpack.model.FigureKind.MONEY).stream().anyMatch(f -> f.start() >= a && f.end() <= b);
    }

    /** "raise $600 billion to finance roads": the purpose inside a phrase of money. */
    private static int innerPurpose(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (tokens.get(k).is("to") && tokens.get(k + 1).tag() == Tag.VERB) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Whether tokens [from, to) join a last item with "and" or "or" (a list, not "X, the one we saw"). */
    private static boolean coordinates(List<Token> tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (tokens.get(k).is("and") || tokens.get(k).is("or")) {
                return true;
            }
        }
        return false;
    }

    /** "as well as" at token k, within tokens [.., end): joins two purposes as "and" does. */
    private static boolean asWellAs(List<Token> tokens, int k, int end) {
        return k + 2 < end
                && tokens.get(k).is("as")
                && tokens.get(k + 1).is("well")
                && tokens.get(k + 2).is("as");
    }

    /**
     * "fund projects in poorer countries that help tackle floods": the token of the verb the carrier noun's
     * relative clause gives ("tackle"), or -1 where the verb's object is no carrier with such a clause.
     */
    private static int carriedPurpose(List<Token> tokens, int from, int end) {
        int carrier = -1;
        for (int k = from + 1; k < Math.min(end, from + 4); k++) {
            if (CARRIERS.contains(tokens.get(k).lemma())) {
                carrier = k;
                break;
            }
            if (!(tokens.get(k).tag() == Tag.DET || tokens.get(k).tag() == Tag.ADJ)) {
                return -1;
            }
        }
        if (carrier < 0) {
            return -1;
        }
        for (int k = carrier + 1; k < Math.min(end, carrier + MAX_CARRIER_GAP); k++) {
            Token t = tokens.get(k);
            if (t.punctuation(',') || t.tag() == Tag.VERB || t.tag() == Tag.AUX) {
                return -1; // the clause goes on with a verb of its own before any "that"
            }
            if (t.is("that") || t.is("which")) {
                int verb = k + 1;
                if (verb < end && HELPING.contains(tokens.get(verb).lower())) {
                    verb++;
                    if (verb < end && tokens.get(verb).is("to")) {
                        verb++;
                    }
                    // after "help" a bare verb stands, whatever the tagger made of it ("help tackle")
                    return verb < end
                                    && tokens.get(verb).word()
                                    && tokens.get(verb).tag() != Tag.DET
                            ? verb
                            : -1;
                }
                return verb < end && tokens.get(verb).tag() == Tag.VERB ? verb : -1;
            }
        }
        return -1;
    }

    /** Tokens between a carrier noun and its "that": a place or a kind ("in low-income countries"). */
    private static final int MAX_CARRIER_GAP = 10;

    /** "projects that help cut", "programmes that aim to train": verbs before the purpose proper. */
    private static final Set<String> HELPING =
            WordSets.copyOf(LexiconFile.read("purpose-helping-verbs.txt").words());

    private static final Set<String> CARRIERS =
            WordSets.copyOf(LexiconFile.read("purpose-carriers.txt").words());

    /** Whether ", and to" or "and to" before a verb joins two purposes within tokens [from, end). */
    private static boolean repeatsTo(List<Token> tokens, int from, int end) {
        for (int k = from + 1; k + 2 < end; k++) {
            Token t = tokens.get(k);
            if ((t.is("and") || t.punctuation(','))
                    && tokens.get(k + 1).is("to")
                    && coordinated(tokens.get(k + 2), Follows.VERB_PHRASE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean coordinated(Token t, Follows kind) {
        return kind == Follows.GERUND
                ? t.lower().endsWith("ing") && t.tag() == Tag.VERB
                : t.tag() == Tag.VERB && t.lemma().equals(t.lower());
    }

    /** Up to how many words a purpose whose object is a pronoun says nothing of its own. */
    private static final int SHORT_PURPOSE = 4;

    private static String label(AnnotatedSentence s, int from, int to) {
        List<Token> tokens = s.tokens();
        while (to > from && !tokens.get(to - 1).word()) {
            to--;
        }
        int words = 0;
        for (int k = from; k < to; k++) {
            if (tokens.get(k).word()) {
                words++;
            }
        }
        if (words < 2) {
            return null;
        }
        if (words <= SHORT_PURPOSE && tokens.subList(from, to).stream().anyMatch(t -> t.is("it") || t.is("them"))) {
            return null; // "measures to take it down": what "it" is, the sentence before said
        }
        String text = s.span(from, to);
        return ThemeLabels.firstWords(text.replace("“", "").replace("”", "").replace("\"", ""), MAX_WORDS);
    }

    /** Where the clause after a cue ends: ".", ";", ":", a dash or bracket, or ", which", "while", "but" ... */
    /** "the United Nations said", "officials told reporters", "according to": a short noun phrase, then a verb of saying. */
    private static boolean attributionAfter(List<Token> tokens, int from) {
        if (from + 1 < tokens.size()
                && tokens.get(from).is("according")
                && tokens.get(from + 1).is("to")) {
            return true;
        }
        for (int k = from; k < tokens.size() && k < from + 6; k++) {
            Token t = tokens.get(k);
            if (SPEECH_VERBS.contains(t.lower())) {
                return k > from;
            }
            if (!(t.tag() == Tag.DET || t.tag() == Tag.PROPN || t.tag() == Tag.NOUN || t.tag() == Tag.ADJ)) {
                return false; // "and", a comma, another verb: a list or a clause goes on, no attribution
            }
        }
        return false;
    }

    private static final Set<String> SPEECH_VERBS = LexiconFile.read("speech-verbs.txt").words().stream()
            .map(w -> w.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> END_ADVERBS =
            WordSets.copyOf(LexiconFile.read("purpose-end-adverbs.txt").words());

    /** "the Paris Conference on Floods", "Monday's Lima Summit": a capitalised event name starting at {@code k}. */
    private static boolean namedEventAfter(List<Token> tokens, int k) {
        int n = k < tokens.size() && tokens.get(k).tag() == Tag.DET ? k + 1 : k;
        for (int end = n; end < Math.min(tokens.size(), n + MAX_NAME_WORDS); end++) {
            Token t = tokens.get(end);
            if (!t.upperCase()) {
                return false;
            }
            if (EVENT_WORDS.contains(t.lower())) {
                return end > n || n > k;
            }
        }
        return false;
    }

    private static final int MAX_NAME_WORDS = 6;

    private static int clauseEnd(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.punctuation('.')
                    || t.punctuation(';')
                    || t.punctuation(':')
                    || t.punctuation('(')
                    || t.punctuation('-')
                            && k + 1 < tokens.size()
                            && tokens.get(k + 1).punctuation('-')
                    || t.text().equals("—")
                    || t.text().equals("–")) {
                return k;
            }
            if (t.punctuation(',') && k + 1 < tokens.size() && k > from && finiteVerb(tokens.get(k + 1))) {
                return k; // ", acknowledged the pledges": the next clause
            }
            if (t.punctuation(',')
                    && k + 1 < tokens.size()
                    && (tokens.get(k + 1).is("since") || tokens.get(k + 1).is("because"))) {
                return k; // "focused on Libya, since most migrants leave from there": a reason, not the theme
            }
            if ((t.is("was") || t.is("were"))
                    && k > from + 1
                    && k + 1 < tokens.size()
                    && tokens.get(k + 1).tag() == Tag.VERB
                    && tokens.get(k + 1).lower().endsWith("ed")) {
                return k; // "an agreement aimed at ending floods was adopted": the main clause's verb
            }
            if (k > from + 1
                    && t.tag() == Tag.VERB
                    && t.lower().endsWith("ed")
                    && (tokens.get(k - 1).tag() == Tag.NOUN
                            || tokens.get(k - 1).lower().endsWith("ing"))
                    && k + 1 < tokens.size()
                    && !REDUCED_RELATIVE_NEXT.contains(tokens.get(k + 1).lower())
                    && tokens.subList(from, k).stream().noneMatch(x -> x.punctuation(','))) {
                return k; // "talks on a treaty to end plastic pollution closed without a deal": the main verb
            }
            if (t.quoteMark()
                    && k > from
                    && k + 1 < tokens.size()
                    && (SPEECH_VERBS.contains(tokens.get(k + 1).lower()) || attributionAfter(tokens, k + 1))) {
                return k; // "... to end plastic waste" said a joint statement: the quotation has ended
            }
            if (t.punctuation(',') && k > from && attributionAfter(tokens, k + 1)) {
                return k; // ", the United Nations said": who reports it, not what the event is about
            }
            if ((t.is("at") || t.is("in"))
                    && k > from
                    && k + 2 < tokens.size()
                    && (tokens.get(k + 1).tag() == Tag.DET
                                    && EVENT_WORDS.contains(tokens.get(k + 2).lower())
                            || EVENT_WORDS.contains(tokens.get(k + 1).lower()))) {
                // "promote trade at a summit held in Seoul", "cap plastic production, at talks hosted by ..."
                return k > from + 1 && tokens.get(k - 1).punctuation(',') ? k - 1 : k;
            }
            if ((t.is("at") || t.is("in")) && k > from && namedEventAfter(tokens, k + 1)) {
                // "address the crisis in Chad, at the Paris Conference on Floods": where, not what
                return tokens.get(k - 1).punctuation(',') ? k - 1 : k;
            }
            if (t.punctuation(',')
                    && k > from
                    && k + 1 < tokens.size()
                    && END_ADVERBS.contains(tokens.get(k + 1).lower())) {
                return k; // "bolstering vaccine production, primarily through a new fund": how, not what
            }
            if (t.is("as")
                    && k > from
                    && k + 1 < tokens.size()
                    && tokens.get(k + 1).tag() == Tag.DET) {
                return k; // "end deforestation as the first big achievement"
            }
            if (CLAUSE_BREAKS.contains(t.lower())
                    && k > from
                    && (tokens.get(k - 1).punctuation(',') || t.is("while") || t.is("but"))) {
                return tokens.get(k - 1).punctuation(',') ? k - 1 : k;
            }
        }
        return tokens.size();
    }
}
