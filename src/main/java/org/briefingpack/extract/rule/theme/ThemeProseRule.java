package org.briefingpack.extract.rule.theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.PhraseMatcher;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Theme;

/**
 * Themes in prose, where no list gave any: the items a theme cue introduces within its sentence ("The summit
 * focused on AI safety, innovation and inclusivity."), else the sentences that follow the cue's sentence
 * until an outcome is named, each cut to a label.
 */
public final class ThemeProseRule implements Rule {

    private static final int MAX_PROSE = 6;
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s:,-]+");
    private static final Pattern TRAILING_STOPS = Pattern.compile("[.;:]+$");
    /** Words that make the words before a subject cue a clause of their own ("Officials said the details ..."). */
    private static final Set<String> CLAUSE_WORDS = WordSets.of(
            "said", "says", "told", "announced", "added", "will", "would", "could", "should", "can", "that");

    private static final Pattern ADJUNCT_START = Pattern.compile("(?:in|on|at|by|during|until|next|later)\\b");
    /** What follows a cue when it says whose activities a thing enters ("agenda in its programs"), not what. */
    private static final Pattern POSSESSED_PLACE_FIRST = Pattern.compile("in\\s+(?:its|their|his|her)\\s");

    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|a|an)\\s+");
    /** "on" said again ("focused on schools, and on early warning"), "as well as" joining the last item. */
    private static final Pattern LEADING_PREPOSITION =
            Pattern.compile("^(?:as\\s+well\\s+as\\s+)?(?:(?:on|about|of)\\s+)?");

    private static final Pattern LEADING_VERB = Pattern.compile(
            "^(?:(?:discussed|covered|raised|addressed)\\s+)?(?:were|was|are|is|will be|included|include|includes|covers|cover|spans|span|spanned)\\s+");
    private static final Pattern SUCH_AS = Pattern.compile(
            "^(?:(?:The\\s+)?(?:Issues|Topics|Matters|Subjects|Questions|Themes)\\s+)?(?:such as|like|including)\\s+");
    private static final Pattern LEADING_CONNECTIVE =
            Pattern.compile("^(?:However|Also|Meanwhile|Again|Once again|As expected),?\\s+");
    /**
     * An item that is only a generic noun and its quantifiers ("several issues", "three priority areas"), not one
     * that ends in such a noun ("marine protected areas").
     */
    private static final Pattern GENERIC = Pattern.compile(
            "(?:^|[,;]\\s*|\\band\\s+)(?:(?:the|these|those|several|main|key|core|following|other|various|many|some"
                    + "|priority|thematic|major|important|critical|\\d+|two|three|four|five|six|seven|eight|nine|ten)\\s+)"
                    + "{0,3}(?:themes|topics|issues|priorities|areas|questions|tasks)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern ORDINAL = Pattern.compile("first|second|third|\\d+(?:st|nd|rd|th)");
    /** A counted plural ("two days", "3,500 participants"): no part of a list of themes, but the clause after it. */
    private static final Pattern COUNTED = Pattern.compile(
            "(?<![\\p{L}\\d-])(?!(?:19|20)\\d\\d\\b)(?:\\d[\\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)"
                    + "\\s+\\p{L}+s\\b(?!')");

    private static final Pattern PARTICIPLE_CLAUSE = Pattern.compile(",\\s+\\p{Ll}+ing\\b.*$");

    private final PhraseMatcher cues;
    private final PhraseMatcher weakCues;
    private final PhraseMatcher discussingCues;
    private final PhraseMatcher subjectCues;
    private final PhraseMatcher proseLeads;
    private final PhraseMatcher outcomeTriggers;
    private final Set<String> eventWords;
    private final Set<String> participants;
    private final Pattern trailingAdjuncts;
    private final List<String> fixedPairs;
    private final Set<String> exampleHeads;
    private final PhraseMatcher exampleMarkers;
    /** "the issues of food security and nuclear safety": the general noun is no part of the first theme. */
    private final Pattern headOf;

    /** The roles of {@code lexicon/theme-prose-rule-words.tsv}. */
    enum Word {
        TALK_NOUN,
        SET_ANNOUNCER
    }

    /** Nouns for an event's exchanges, which a cue like "covered" describes as the event itself. */
    private final Set<String> talkNouns;
    /** Words before a general noun that announce a set of themes ("the following themes"); determiners included. */
    private final Set<String> setAnnouncers;

    ThemeProseRule(
            List<String> cues,
            List<String> weakCues,
            List<String> subjectCues,
            List<String> proseLeads,
            List<String> outcomeTriggers,
            List<String> eventWords,
            List<String> participants,
            List<String> trailingAdjuncts,
            List<String> fixedPairs,
            List<String> exampleHeads,
            List<String> exampleMarkers,
            LexiconFile words) {
        Map<Word, Set<String>> byRole = words.wordsByRole(Word.class);
        this.talkNouns = byRole.get(Word.TALK_NOUN);
        // "these" and "several" are determiners: grammar, kept here
        this.setAnnouncers =
                WordSets.copyOf(Stream.concat(byRole.get(Word.SET_ANNOUNCER).stream(), Stream.of("these", "several"))
                        .toList());
        this.exampleHeads = WordSets.copyOf(exampleHeads);
        this.exampleMarkers = PhraseMatcher.of(exampleMarkers);
        this.headOf = Pattern.compile(
                "^(?:the\\s+)?(?:"
                        + String.join(
                                "|", exampleHeads.stream().map(Pattern::quote).toList()) + ")\\s+of\\s+",
                Pattern.CASE_INSENSITIVE);
        this.trailingAdjuncts = ThemeLabels.adjuncts(trailingAdjuncts);
        this.fixedPairs = List.copyOf(fixedPairs);
        this.eventWords =
                eventWords.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.participants =
                participants.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.cues = PhraseMatcher.of(cues);
        this.weakCues = PhraseMatcher.of(weakCues);
        // a single theme in passing only after a verb of discussing: not after "talks on" (often a named text's
        // talks, whose purpose the purpose rule reads), nor "addressed" or "explored" (speeches and visits)
        this.discussingCues = PhraseMatcher.of(weakCues.stream()
                .filter(c -> c.contains("discuss")
                        || c.contains("debat")
                        || c.contains("deliberat")
                        || c.contains("exchanged views"))
                .toList());
        this.subjectCues = PhraseMatcher.of(subjectCues);
        this.proseLeads = PhraseMatcher.of(proseLeads);
        this.outcomeTriggers = PhraseMatcher.of(outcomeTriggers);
    }

    public static ThemeProseRule fromClasspath() {
        return new ThemeProseRule(
                LexiconFile.read("theme-cues.txt").words(),
                LexiconFile.read("theme-weak-cues.txt").words(),
                LexiconFile.read("theme-subject-cues.txt").words(),
                LexiconFile.read("theme-prose-leads.txt").words(),
                LexiconFile.read("outcome-triggers.tsv").words(),
                LexiconFile.read("event-nouns.txt").words(),
                LexiconFile.read("participant-nouns.txt").words(),
                LexiconFile.read("theme-trailing-adjuncts.txt").words(),
                LexiconFile.read("fixed-pairs.txt").words(),
                LexiconFile.read("theme-example-heads.txt").words(),
                LexiconFile.read("theme-example-markers.txt").words(),
                LexiconFile.read("theme-prose-rule-words.tsv"));
    }

    /** The roles of {@code lexicon/side-talk-words.tsv}. */
    private enum SideTalk {
        BILATERAL,
        ASIDE,
        MEETING,
        TALK
    }

    private static final Map<SideTalk, Set<String>> SIDE_TALK =
            LexiconFile.read("side-talk-words.tsv").wordsByRole(SideTalk.class);

    /**
     * "bilateral talks on ...", "On the sidelines of the forum, the minister met her counterparts and discussed
     * ...": a side meeting's talk, not the event's agenda ("talks on tariffs on the sidelines", "bilateral and
     * multilateral trade" still are).
     */
    static boolean sideTalk(AnnotatedSentence u) {
        boolean aside = false;
        boolean meeting = false;
        List<Token> tokens = u.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            int roles = SIDE_TALK_ROLES.getOrDefault(tokens.get(k).lower(), 0);
            if (roles == 0) {
                continue;
            }
            if ((roles & role(SideTalk.BILATERAL)) != 0 && k + 1 < tokens.size()) {
                int next = SIDE_TALK_ROLES.getOrDefault(tokens.get(k + 1).lower(), 0);
                if ((next & (role(SideTalk.MEETING) | role(SideTalk.TALK))) != 0) {
                    return true;
                }
            }
            aside |= (roles & role(SideTalk.ASIDE)) != 0;
            meeting |= (roles & role(SideTalk.MEETING)) != 0;
        }
        return aside && meeting;
    }

    private static int role(SideTalk role) {
        return 1 << role.ordinal();
    }

    /** Each side-talk word with the roles it plays, a bit each: one look-up a token. */
    private static final Map<String, Integer> SIDE_TALK_ROLES = sideTalkRoles();

    private static Map<String, Integer> sideTalkRoles() {
        Map<String, Integer> roles = new java.util.HashMap<>();
        SIDE_TALK.forEach((role, words) -> words.forEach(w -> roles.merge(w, role(role), (a, b) -> a | b)));
        return WordSets.copyOf(roles);
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        if (!findings.themes.isEmpty()) {
            return;
        }
        List<AnnotatedSentence> units = document.sentences();
        List<AnnotatedSentence> body = document.body();
        List<AnnotatedSentence> lead = body.subList(0, Math.min(body.size(), LEAD_SENTENCES));
        for (int i = 0; i < units.size(); i++) {
            AnnotatedSentence u = units.get(i);
            if (u.heading() || sideTalk(u) && u != findings.event.nameSentence) {
                continue;
            }
            List<Theme> before = beforeCue(u);
            if (!before.isEmpty()) {
                findings.themes.addAll(before);
                findings.themeSentences.add(u.index());
                return;
            }
            if (lead.contains(u) && !cues.containsAny(u.tokens())) {
                // "the Reef Summit, which opens today to examine issues facing the region, including ...": what the
                // story's lead says the gathering takes up comes before a cue further on
                List<Theme> examples = examples(u, 0);
                if (!examples.isEmpty()) {
                    findings.themes.addAll(examples);
                    findings.themeSentences.add(u.index());
                    return;
                }
            }
            if (!cues.containsAny(u.tokens())) {
                continue;
            }
            // "The meeting's theme ... to address challenges, including climate change and health": the examples
            int cueEnd = cues.find(u.tokens()).stream()
                    .mapToInt(PhraseMatcher.Hit::last)
                    .max()
                    .orElse(0);
            List<Theme> examples = examples(u, cueEnd);
            if (!examples.isEmpty()) {
                findings.themes.addAll(examples);
                findings.themeSentences.add(u.index());
                return;
            }
            List<Theme> inline = inline(u, cues);
            if (!inline.isEmpty()) {
                findings.themes.addAll(inline);
                findings.themeSentences.add(u.index());
                return;
            }
            if (!genericAfterCue(u)) {
                continue; // only a lead-in that speaks of themes in general ("focused on three themes") is elaborated
                // below
            }
            List<Theme> themes = new ArrayList<>();
            Set<Integer> used = new TreeSet<>();
            for (int k = i + 1; k < units.size() && themes.size() < MAX_PROSE; k++) {
                AnnotatedSentence next = units.get(k);
                if (next.heading() || outcomeTriggers.containsAny(next.tokens())) {
                    break;
                }
                themes.add(new Theme(proseLabel(next.plain()), Evidence.of(next.text())));
                used.add(next.index());
            }
            if (!themes.isEmpty()) {
                findings.themes.addAll(themes);
                findings.themeSentences.addAll(used);
                return;
            }
        }
        // examples of what the gathering took up, stated in passing ("pledges in areas like education and
        // resettlement"); the items of a verb of discussing may come beside them
        for (AnnotatedSentence u : units.subList(0, Math.min(units.size(), LEAD_FOR_EXAMPLES))) {
            List<Theme> examples = u.heading() || sideTalk(u) ? List.of() : examples(u, 0);
            if (!examples.isEmpty()) {
                findings.themes.addAll(examples);
                findings.themeSentences.add(u.index());
                break;
            }
        }
        // a purpose in passing, two items or more ("met in Quito to discuss water and trade"); a single one waits for
        // the purposes the next rule reads (singleThemeInPassing)
        for (AnnotatedSentence u : units) {
            List<Theme> inline =
                    u.heading() || sideTalk(u) && u != findings.event.nameSentence ? List.of() : inline(u, weakCues, 2);
            if (!inline.isEmpty() && !findings.themeSentences.contains(u.index())) {
                findings.themes.addAll(inline);
                findings.themeSentences.add(u.index());
                return;
            }
        }
    }

    /**
     * A single theme after a verb of discussing near the top ("met in Quito on Monday to discuss glacier loss"),
     * where no rule before it found any: run after {@link PurposeThemes}, since what a pledge or a gathering is
     * for, stated in the lead, says more than one item a side meeting discussed.
     */
    public Rule singleThemeInPassing() {
        return (document, findings) -> {
            if (!findings.themes.isEmpty()) {
                return;
            }
            List<AnnotatedSentence> units = document.sentences();
            for (AnnotatedSentence u : units.subList(0, Math.min(units.size(), LEAD_FOR_ONE))) {
                List<Theme> inline = u.heading() || sideTalk(u) && u != findings.event.nameSentence
                        ? List.of()
                        : inline(u, discussingCues, 1);
                if (inline.size() == 1
                        && ADJUNCT_START.matcher(inline.get(0).text()).lookingAt()) {
                    continue; // "will be discussed in June": when, not what
                }
                if (!inline.isEmpty()) {
                    findings.themes.addAll(inline);
                    findings.themeSentences.add(u.index());
                    return;
                }
            }
        };
    }

    /** Words that open a short modifier after a general noun: "threats facing the region", "risks to the reefs". */
    private static final Set<String> MODIFIER_OPENERS =
            WordSets.of("facing", "affecting", "to", "in", "for", "across", "confronting");

    /** How many tokens such a modifier may take. */
    private static final int MODIFIER_REACH = 6;

    /**
     * "key threats facing the reef states, including ...": the general noun before a short modifier, when the word
     * at {@code head} is no general noun itself; else {@code head}.
     */
    private int headBeforeModifier(List<Token> tokens, int head) {
        if (head < 0 || exampleHeads.contains(tokens.get(head).lower())) {
            return head;
        }
        for (int k = head - 1; k > 0 && head - k <= MODIFIER_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return head; // a comma or a bracket: the modifier would run past its clause
            }
            if (MODIFIER_OPENERS.contains(t.lower())
                    && exampleHeads.contains(tokens.get(k - 1).lower())) {
                return k - 1;
            }
        }
        return head;
    }

    /**
     * "critical challenges, including climate change and health", "in areas like education and resettlement": the
     * examples a marker brings in after a general noun for what a gathering takes up, two or more, outside quotes.
     */
    private List<Theme> examples(AnnotatedSentence u, int from) {
        List<Token> tokens = u.tokens();
        for (PhraseMatcher.Hit marker : exampleMarkers.find(tokens, from, tokens.size())) {
            int head = marker.first() - 1;
            if (head > 0 && tokens.get(head).punctuation(',')) {
                head--;
            }
            head = headBeforeModifier(tokens, head);
            if (head < 0
                    || !exampleHeads.contains(tokens.get(head).lower())
                    || u.quoted(tokens.get(head).start())) {
                continue;
            }
            if (u.text().startsWith(":", marker.end())) {
                // "in four areas including: clean rivers; safe dams; and flood warning": items a semicolon separates
                List<Theme> semicolonItems =
                        semicolonItems(u.text().substring(marker.end() + 1).strip(), u);
                if (semicolonItems.size() >= 2) {
                    return semicolonItems;
                }
            }
            String rest = LEADING_PUNCTUATION
                    .matcher(u.text().substring(marker.end()))
                    .replaceFirst("");
            int restStart = u.text().length() - rest.length();
            int stop = Math.min(clauseEnd(rest), verbAfterCue(tokens, marker.last(), rest));
            for (int k = marker.last(); k < tokens.size() && tokens.get(k).start() - restStart < stop; k++) {
                Token t = tokens.get(k);
                boolean afterComma = k > 0 && tokens.get(k - 1).punctuation(',');
                // "..., challenges of small states": a plural noun before "of", tagged as a verb, is another item
                boolean pluralBeforeOf = t.lower().endsWith("s")
                        && k + 1 < tokens.size()
                        && tokens.get(k + 1).is("of");
                if (t.tag() == Tag.AUX
                        || afterComma && t.tag() == Tag.VERB && !t.lower().endsWith("ing") && !pluralBeforeOf) {
                    stop = Math.max(0, t.start() - restStart); // "... such as drought and debt, did not send": a verb
                    break;
                }
            }
            List<Theme> found = items(
                    TRAILING_STOPS
                            .matcher(rest.substring(0, stop))
                            .replaceAll("")
                            .strip(),
                    u,
                    2);
            // "challenges such as the climate crisis together and in cooperation": an adjunct, so no list of examples
            if (!found.isEmpty()
                    && found.stream()
                            .noneMatch(t -> ADJUNCT_START.matcher(t.text()).lookingAt())) {
                return found;
            }
        }
        return List.of();
    }

    /** Where a list that runs on after its cue ends: at the sentence's end or the next clause. */
    private static int clauseEnd(String rest) {
        int stop = rest.length();
        for (String end : new String[] {
            ". ", "; ", ", which", ", while", " but ", ", with ", ", including ", ", since ", ", because "
        }) {
            int at = rest.indexOf(end);
            if (at >= 0 && at < stop) {
                stop = at;
            }
        }
        Matcher participle = PARTICIPLE_BY.matcher(rest);
        if (participle.find() && participle.start() < stop) {
            stop = participle.start(); // "a Security Pact, adopted by Somalia and ...": what was done with it
        }
        return stop;
    }

    private static final Pattern PARTICIPLE_BY = Pattern.compile(",\\s+\\p{Ll}+ed\\s+by\\b");
    /**
     * A cue noun followed at once by a participle and "by" ("priorities set out by"), or a time or place ("areas
     * adopted during the last summit"): a reduced relative, no list.
     */
    private static final Pattern PARTICIPLE_FIRST = Pattern.compile(
            "\\p{Ll}+(?:ed|en|wn)(?:(?:\\s+\\p{Ll}+)?\\s+by|\\s+(?:during|at|in|since|last|earlier|previously))\\b");

    /** How many sentences from the top examples stated in passing may stand in. */
    private static final int LEAD_FOR_EXAMPLES = 8;
    /** The story's lead: its first sentence or two. */
    private static final int LEAD_SENTENCES = 2;

    /** How many sentences from the top a single theme stated in passing may stand in. */
    private static final int LEAD_FOR_ONE = 4;

    /**
     * "focused on three themes", "the following priorities": the cue and a general word for themes close
     * together, the general word announcing a set (a number or a word like "following" before it, or the
     * sentence ending in a colon). "consulted first on priorities" mentions priorities without listing any.
     */
    /** How many tokens after a general word ("three themes") its sentence may run on, if the items are below. */
    private static final int CLOSE_TO_END = 6;

    private boolean genericAfterCue(AnnotatedSentence u) {
        List<Token> tokens = u.tokens();
        boolean colon = u.plain().endsWith(":");
        for (PhraseMatcher.Hit hit : cues.find(tokens)) {
            int to = Math.min(tokens.size(), hit.last() + 4);
            for (int g = hit.first(); g < to; g++) {
                if (!GENERIC.matcher(tokens.get(g).text()).matches()) {
                    continue;
                }
                // hit.last() is exclusive: the words from it up to g stand between the cue and the general word
                if (colon || g >= hit.last() && onlyModifiers(tokens, hit.last(), g)) {
                    return true; // "focused on three themes", "focused on transformative themes"
                }
                if (tokens.size() - g > CLOSE_TO_END) {
                    continue; // "the seven priorities presented by the Secretary-General, ...": said here, not below
                }
                for (int k = Math.max(0, g - 3); k < g; k++) {
                    Token t = tokens.get(k);
                    if (t.tag() == Tag.NUM && !ORDINAL.matcher(t.lower()).matches()
                            || setAnnouncers.contains(t.lower())) {
                        return true; // "the three priorities", "the following themes"
                    }
                }
            }
        }
        return false;
    }

    private static boolean onlyModifiers(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Tag tag = tokens.get(k).tag();
            if (tag != Tag.ADJ && tag != Tag.NUM && tag != Tag.DET) {
                return false;
            }
        }
        return true;
    }

    /**
     * "an advocacy group focused on health": a participle cue right after a noun describes that noun, not
     * the event, unless the noun is the event ("a summit focused on health").
     */
    private boolean describesAnotherNoun(AnnotatedSentence u, PhraseMatcher.Hit hit) {
        Token cue = u.tokens().get(hit.first());
        if (hit.first() > 0
                && u.tokens().get(hit.first() - 1).quoteMark()
                && !cue.lower().endsWith("ed")) {
            return true; // "the bank's “Blue Reef” agenda": a programme's title, not the gathering's agenda
        }
        if (hit.first() == 0 || !cue.lower().endsWith("ed")) {
            return false;
        }
        int b = hit.first() - 1;
        // "The talks in Oslo covered ...": the noun before a place phrase is the subject
        int p = b;
        while (p > 0 && u.tokens().get(p).capitalised()) {
            p--;
        }
        if (p < b && (u.tokens().get(p).is("in") || u.tokens().get(p).is("at")) && p > 0) {
            b = p - 1;
        }
        Token before = u.tokens().get(b);
        // "The ministers discussed debt and trade": those taking part are the verb's subject, not a noun it describes
        return (before.tag() == Tag.NOUN || before.tag() == Tag.PROPN)
                && !eventWords.contains(before.lemma())
                && !talkNouns.contains(before.lower())
                && !participants.contains(before.lower());
    }

    /** "Migration and trade were high on the agenda": the items before the cue, from the sentence's start. */
    private List<Theme> beforeCue(AnnotatedSentence u) {
        List<PhraseMatcher.Hit> hits = subjectCues.find(u.tokens());
        if (hits.isEmpty() || hits.get(0).start() <= u.bodyFrom()) {
            return List.of();
        }
        String subject = u.text().substring(u.bodyFrom(), hits.get(0).start());
        if (hits.get(0).phrase().startsWith("being ")) {
            // "Fiji hosts the summit, with reef warming and fish stocks being a top priority": the absolute
            // clause's subject, after its "with"
            int with = subject.lastIndexOf(" with ");
            if (with < 0) {
                return List.of();
            }
            subject = subject.substring(with + " with ".length());
        }
        subject = LEADING_CONNECTIVE.matcher(subject.strip()).replaceFirst("");
        // "Issues such as debt and trade were discussed": the examples are the themes
        subject = SUCH_AS.matcher(subject).replaceFirst("");
        int cueToken = hits.get(0).first();
        for (int k = u.tokenAt(u.bodyFrom()); k < cueToken; k++) {
            if (CLAUSE_WORDS.contains(u.tokens().get(k).lower())) {
                return List.of(); // "Officials said the details will be discussed": a clause, not the themes
            }
        }
        return items(subject, u, 1);
    }

    /** An aside between a cue and its list, with the comma after it; a colon after it stays to open the list. */
    private static final Pattern AMONG_OTHER_THINGS = Pattern.compile(
            "\\s*,\\s*(?:among other things|among others|among other issues|among other topics|inter alia)(?:\\s*,)?");

    /** "The summit focused on AI safety, innovation and inclusivity.": the items after the cue. */
    private List<Theme> inline(AnnotatedSentence u, PhraseMatcher cues) {
        return inline(u, cues, 2);
    }

    private List<Theme> inline(AnnotatedSentence u, PhraseMatcher cues, int least) {
        String text = u.plain();
        List<PhraseMatcher.Hit> hits = cues.find(text);
        List<PhraseMatcher.Hit> tokenHits = cues.find(u.tokens());
        if (hits.isEmpty() || tokenHits.stream().allMatch(hit -> describesAnotherNoun(u, hit))) {
            return List.of();
        }
        int cueEnd = hits.stream().mapToInt(PhraseMatcher.Hit::end).max().orElse(0);
        Matcher among = AMONG_OTHER_THINGS.matcher(text).region(cueEnd, text.length());
        if (among.lookingAt()) {
            cueEnd = among.end(); // "discussed, among other things, fishing quotas and port fees"
        }
        String after = text.substring(cueEnd).stripLeading();
        if (after.startsWith(",") || after.startsWith("\"") || after.startsWith("“") || after.startsWith("‘")) {
            return List.of(); // "seven pillars, or chakras, that ...", a quoted title: no list follows
        }
        String rest = LEADING_PUNCTUATION.matcher(text.substring(cueEnd)).replaceFirst("");
        // "The theme for the Suva talks is: “...”": what the theme is for, then the title itself
        rest = OWNER_BEFORE_TITLE.matcher(rest).replaceFirst("");
        boolean afterColon = after.startsWith(":");
        Matcher generic = GENERIC_BEFORE_COLON.matcher(rest);
        if (generic.lookingAt()) {
            // "focused on three areas: clean rivers; safe dams; and flood warning": the list after the colon
            rest = rest.substring(generic.end());
            afterColon = true;
        }
        if (afterColon) {
            List<Theme> semicolonItems = semicolonItems(rest, u);
            if (semicolonItems.size() >= least) {
                return semicolonItems; // "four areas of action: clean rivers; safe dams; and flood warning"
            }
        }
        if (PARTICIPLE_FIRST.matcher(rest).lookingAt()) {
            return List.of(); // "the seven priorities presented by the Secretary-General, ...": who set them, not what
        }
        if (POSSESSED_PLACE_FIRST.matcher(rest).lookingAt()) {
            return List.of(); // "the development agenda in its programs, projects and activities": no list of it
        }
        // "Key priorities for the next three years include ...": the list starts after its verb
        Matcher including = INCLUDE_AFTER_CUE.matcher(rest);
        if (including.lookingAt()
                && !CLAUSE_IN_PREFIX.matcher(including.group()).find()) {
            rest = rest.substring(including.end());
        }
        int stop = clauseEnd(rest);
        int cueEndToken = tokenHits.stream()
                .mapToInt(PhraseMatcher.Hit::last)
                .max()
                .orElse(u.tokens().size());
        stop = Math.min(stop, verbAfterCue(u.tokens(), cueEndToken, rest));
        rest = TRAILING_STOPS.matcher(rest.substring(0, stop)).replaceAll("").strip();
        // "On the agenda were debt relief and ...": the verb that inverts the clause is no part of a theme
        rest = LEADING_VERB.matcher(rest).replaceFirst("");
        rest = headOf.matcher(rest).replaceFirst("");
        rest = RELATED_HEAD.matcher(rest).replaceFirst("");
        rest = OTHER_TAIL.matcher(rest).replaceFirst("");
        return items(rest, u, least);
    }

    /** A generic noun and its quantifiers before a colon ("three areas: ", "the following priorities: "). */
    private static final Pattern GENERIC_BEFORE_COLON = Pattern.compile(
            "(?:(?:the|these|several|main|key|core|following|priority|thematic|major|\\d+|two|three|four|five|six|seven"
                    + "|eight|nine|ten)\\s+){0,3}(?:themes|topics|issues|priorities|areas|questions|tasks)\\s*:\\s*",
            Pattern.CASE_INSENSITIVE);

    /** "issues related to security, trade and ...": the general noun and its link are no part of the first item. */
    private static final Pattern RELATED_HEAD = Pattern.compile(
            "^(?:(?:the\\s+)?(?:(?:key|main|major|core|important)\\s+)?(?:issues|matters|questions|topics)\\s+)?"
                    + "(?:related to|relating to|concerning|regarding|linked to)\\s+",
            Pattern.CASE_INSENSITIVE);

    /** "..., fishing and other important issues": a closing "and other issues" adds no theme of its own. */
    private static final Pattern OTHER_TAIL = Pattern.compile(
            "(?:,\\s*|\\s+)(?:and|as well as)\\s+(?:many\\s+|various\\s+)?other\\s+(?:\\p{Ll}+\\s+)?"
                    + "(?:issues|matters|topics|questions|subjects|areas)\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * The items of a list after a colon that a semicolon separates (items may hold commas and "and" of their
     * own): to the sentence's end, each without its article, an acronym in brackets and a closing "and".
     */
    private static List<Theme> semicolonItems(String rest, AnnotatedSentence u) {
        if (!rest.contains("; ")) {
            return List.of();
        }
        int end = rest.indexOf(". ");
        String list = TRAILING_STOPS
                .matcher(end < 0 ? rest : rest.substring(0, end))
                .replaceAll("")
                .strip();
        List<Theme> themes = new ArrayList<>();
        List<String> items = new ArrayList<>(Arrays.asList(SEMICOLON.split(list)));
        String last = items.get(items.size() - 1);
        int closing = last.lastIndexOf(", and ");
        if (items.size() > 2 && closing > 0) {
            // "production; design; financing, and a just transition": the list closed with a comma, not a semicolon
            items.set(items.size() - 1, last.substring(0, closing));
            items.add(last.substring(closing + 2));
        }
        for (String item : items) {
            String label = BRACKETED_ACRONYM.matcher(item).replaceAll("");
            label = LEADING_ARTICLE
                    .matcher(LEADING_AND.matcher(label.strip()).replaceFirst(""))
                    .replaceFirst("");
            if (!label.isBlank()) {
                themes.add(new Theme(ThemeLabels.label(label), Evidence.of(u.text())));
            }
        }
        return themes;
    }

    /** "measures to address", "ways of tackling": the means before what a gathering took up. */
    private static final Pattern LEADING_MEANS = Pattern.compile(
            "^(?:(?:new|possible|concrete|practical)\\s+)?(?:measures|ways|steps|means|options|action)\\s+"
                    + "(?:to\\s+\\p{Ll}+|of\\s+\\p{Ll}+ing|for\\s+\\p{Ll}+ing)\\s+(?=\\S)");

    private static final Pattern SEMICOLON = Pattern.compile("\\s*;\\s*");
    private static final Pattern LEADING_AND = Pattern.compile("^and\\s+");
    private static final Pattern BRACKETED_ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L}\\d&.-]*\\)");

    /**
     * "Talks on soil health and seed banks opened in Quito": the items end before a past form that opens the
     * rest of the clause, one followed by a preposition, an article or a number and not itself inside the list
     * (after a comma, "and", an article or an adjective: "a unified approach", "seed banks", "best practices").
     * Returns where in {@code rest} (the text after the cue) the items end.
     */
    private static int verbAfterCue(List<Token> tokens, int cueEnd, String rest) {
        for (int k = cueEnd + 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token before = tokens.get(k - 1);
            Tag next = k + 1 < tokens.size() ? tokens.get(k + 1).tag() : null;
            if (t.tag() != Tag.VERB
                    || !t.lower().endsWith("ed")
                    || before.is("to")
                    || next != Tag.ADP && next != Tag.DET && next != Tag.NUM
                    || !before.word()
                    || before.tag() == Tag.CCONJ
                    || before.tag() == Tag.DET
                    || before.tag() == Tag.ADJ
                    || t.is("related")
                            && k + 1 < tokens.size()
                            && tokens.get(k + 1).is("to")) {
                continue; // "issues related to trade": the head's modifier, not the clause's verb
            }
            int at = rest.indexOf(" " + t.text() + " ");
            return at >= 0 ? at : rest.length();
        }
        return rest.length();
    }

    /** "food security and programmes that include ...": the "include" of another clause, not the cue's. */
    private static final Pattern CLAUSE_IN_PREFIX = Pattern.compile("\\b(?:and|that|which|who)\\b");

    /** A short qualifier after a cue noun, then "include": "for the next three years include ". */
    private static final Pattern INCLUDE_AFTER_CUE =
            Pattern.compile("[^,;:.]{1,50}?\\b(?:include|includes|included)\\s+");

    /** "for the Suva talks is: ", "of this year's forum was " before a quoted title. */
    private static final Pattern OWNER_BEFORE_TITLE =
            Pattern.compile("^(?:for|of)\\s+[^:“\"]{1,60}?\\s+(?:is|was|will be)\\s*:?\\s*(?=[“\"])");

    /** "This year's theme is "Resilient Coasts, Shared Futures"": one quoted title, commas and all. */
    private static final Pattern QUOTED_TITLE = Pattern.compile("[\"“‘']([^\"“”‘’']{3,120})[\"”’']\\W*");

    /**
     * The coordinated items of {@code list}, each cut to a label; none when fewer than {@code least}. Adjectives that
     * share one noun ("economic, social and political reform") are one theme, whatever {@code least}.
     */
    private List<Theme> items(String list, AnnotatedSentence u, int least) {
        if (list.isEmpty() || GENERIC.matcher(list).find()) {
            return List.of();
        }
        Matcher title = QUOTED_TITLE.matcher(list.strip());
        if (title.matches()) {
            String whole = TRAILING_STOPS.matcher(title.group(1).strip()).replaceAll("");
            return List.of(new Theme(whole, Evidence.of(u.text()))); // a title is one theme
        }
        // a comma inside a number ("3,500") separates nothing
        // the last item splits at its last "and" only: "search and rescue and black carbon", "to strengthen
        // cooperation on loss and damage and to improve access to finance"
        String protectedList = protectPairs(list);
        String[] items = placesKept(
                protectedList,
                protectedList.split("\\s*,(?!\\d{3}\\b)\\s*(?:and\\s+)?|\\s+and\\s+(?=(?:(?!\\s+and\\s)[^,])*$)"));
        int kept = Math.min(1, items.length);
        while (kept < items.length && !COUNTED.matcher(items[kept]).find()) {
            kept++; // "..., spans two days and brings together 900 delegates": the sentence has gone on
        }
        items = Arrays.copyOf(items, kept);
        Set<String> finiteVerbs = finiteVerbs(u);
        boolean sentenceWentOn = false;
        for (int k = 1; k < items.length && !sentenceWentOn; k++) {
            for (String word : items[k].strip().split("\\s+")) {
                if (finiteVerbs.contains(word)) {
                    items = Arrays.copyOf(items, k); // "..., met resistance", "..., the minister announced that"
                    sentenceWentOn = true;
                    int and = items[k - 1].lastIndexOf(" and ");
                    if (and > 0) { // the list's last item, now that the sentence after it is gone
                        items = Arrays.copyOf(items, k + 1);
                        items[k] = items[k - 1].substring(and + " and ".length());
                        items[k - 1] = items[k - 1].substring(0, and);
                    }
                    break;
                }
            }
        }
        items = loneAdjectivesKept(list, items, u);
        items = verbsSharingAnObject(list, items, u);
        items = actorsContinued(list, items, u);
        if (sharedHead(items, u)) {
            // "Chad's economic, institutional and social recovery": adjectives that share one noun are one theme
            int end = 0;
            for (String item : items) {
                end = list.indexOf(item, end) + item.length();
            }
            String whole = list.substring(0, end);
            return List.of(new Theme(
                    ThemeLabels.label(LEADING_ARTICLE.matcher(whole.strip()).replaceFirst("")), Evidence.of(u.text())));
        }
        for (int k = 0; k < items.length; k++) {
            items[k] = items[k].replace(PAIR_JOINER, " and ");
        }
        List<Theme> themes = new ArrayList<>();
        for (int k = 0; k < items.length; k++) {
            // "focused on schools, and on early warning": the cue's preposition said again
            String bare = LEADING_PREPOSITION.matcher(items[k].strip()).replaceFirst("");
            if (k == 0 && items.length > 1) {
                // "discussed measures to address bleaching, overfishing and ...": what the measures address (a later
                // "ways to promote tourism" is an item of its own)
                bare = LEADING_MEANS.matcher(bare).replaceFirst("");
            }
            String label = ThemeLabels.withoutAdjunct(
                    ThemeLabels.label(LEADING_ARTICLE.matcher(bare).replaceFirst("")), trailingAdjuncts);
            if (!label.isBlank()) {
                themes.add(new Theme(label, Evidence.of(u.text())));
            }
        }
        return themes.size() >= (sentenceWentOn ? 1 : least) ? themes : List.of();
    }

    /**
     * The sentence's inflected verbs that follow a noun or pronoun ("priorities ... met", "the minister announced"),
     * as written: a list item holding one is the sentence going on, not a theme.
     */
    private static Set<String> finiteVerbs(AnnotatedSentence u) {
        Set<String> verbs = new HashSet<>();
        List<Token> tokens = u.tokens();
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            Tag before = tokens.get(k - 1).tag();
            String w = t.lower();
            if (t.tag() == Tag.VERB
                    && !w.equals(t.lemma())
                    && !w.endsWith("ing")
                    && !w.endsWith("s") // "best practices": a plural the tagger took for a verb
                    && !w.endsWith("eed") // "seed banks": a noun the tagger took for "see" + "d"
                    && (before == Tag.NOUN
                            || before == Tag.PROPN
                            || before == Tag.PRON
                            // after a comma only an irregular past ("..., met resistance"): "organised crime",
                            // "forced labour" open an item with a participle that modifies its noun
                            || before == Tag.PUNCT && !w.endsWith("ed"))
                    && !attributive(tokens, k)) {
                verbs.add(t.text());
            }
        }
        return verbs;
    }

    /**
     * "..., marine protected areas": a participle between an item's first noun and its head noun modifies it, where
     * the item opens right before that first noun (after a comma or "and").
     */
    private static boolean attributive(List<Token> tokens, int k) {
        return k >= 2
                && k + 1 < tokens.size()
                && tokens.get(k).lower().endsWith("ed")
                && tokens.get(k - 1).tag() == Tag.NOUN
                && (tokens.get(k - 2).punctuation(',') || tokens.get(k - 2).tag() == Tag.CCONJ)
                && tokens.get(k + 1).tag() == Tag.NOUN;
    }

    /** An item that ends in a preposition and a name: "roads in Cusco", "aid for Chad". */
    private static final Pattern ENDS_IN_PLACE = Pattern.compile(
            ".*\\b(?:in|across|for|from|of)\\s+\\p{Lu}[\\p{L}'-]*(?:(?:,|\\s+and)?\\s+\\p{Lu}[\\p{L}'-]*)*");

    /**
     * "roads in Cusco, Puno and Tacna regions": names listed after an item's preposition stay in that item, one
     * theme, not a theme a place. Items are found back in {@code list} in order, so the joined item is as written.
     */
    private static String[] placesKept(String list, String[] items) {
        List<String> kept = new ArrayList<>();
        int from = 0;
        int keptStart = -1;
        for (String item : items) {
            int at = list.indexOf(item, from);
            if (at < 0) {
                return items;
            }
            from = at + item.length();
            String last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last != null
                    && !item.isBlank()
                    && Character.isUpperCase(item.strip().charAt(0))
                    && ENDS_IN_PLACE.matcher(last.strip()).matches()) {
                kept.set(kept.size() - 1, list.substring(keptStart, from));
            } else {
                kept.add(item);
                keptStart = at;
            }
        }
        return kept.toArray(String[]::new);
    }

    /**
     * "trade, and legal and technical cooperation": a lone adjective of the sentence before another item shares
     * that item's noun, so the two are one item, as written. Items are found back in {@code list} in order.
     */
    private static String[] loneAdjectivesKept(String list, String[] items, AnnotatedSentence u) {
        if (items.length < 2) {
            return items;
        }
        Set<String> adjectives = new HashSet<>();
        for (Token t : u.tokens()) {
            if (t.tag() == Tag.ADJ) {
                adjectives.add(t.lower());
            }
        }
        List<String> kept = new ArrayList<>();
        int from = 0;
        int pendingStart = -1;
        for (int k = 0; k < items.length; k++) {
            String item = items[k];
            int at = list.indexOf(item, from);
            if (at < 0) {
                return items;
            }
            from = at + item.length();
            String bare = LIST_JOINER.matcher(item.strip()).replaceFirst("");
            boolean lone = k + 1 < items.length
                    && !bare.isEmpty()
                    && bare.indexOf(' ') < 0
                    && adjectives.contains(bare.toLowerCase(Locale.ROOT))
                    && ThemeLabels.words(items[k + 1]) >= 2;
            if (pendingStart < 0) {
                pendingStart = at;
            }
            if (!lone) {
                kept.add(pendingStart == at ? item : list.substring(pendingStart, from));
                pendingStart = -1;
            }
        }
        return kept.toArray(String[]::new);
    }

    private static final Pattern LIST_JOINER = Pattern.compile("^(?:as well as|and|or)\\s+");

    /** "loss and damage": a pair that names one thing keeps its "and" out of the split. */
    private String protectPairs(String list) {
        String lower = list.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(list);
        for (String pair : fixedPairs) {
            for (int at = lower.indexOf(pair); at >= 0; at = lower.indexOf(pair, at + 1)) {
                int and = at + pair.indexOf(" and ");
                out.replace(and, and + " and ".length(), PAIR_JOINER);
                lower = out.toString().toLowerCase(Locale.ROOT);
            }
        }
        return out.toString();
    }

    /** Stands for the "and" of a fixed pair while a list is split; as long as " and ", so offsets hold. */
    private static final String PAIR_JOINER = "\u00a0and\u00a0";

    /**
     * "plans to halt, detect, track and stop coral theft": an item ending in a verb, single verbs, and
     * an item opening with a verb are one item, the verbs sharing the last one's object (three verbs at least, so that
     * "boost trade and cut tariffs" stays two).
     */
    private static String[] verbsSharingAnObject(String list, String[] items, AnnotatedSentence u) {
        Set<String> verbs = new HashSet<>();
        for (Token t : u.tokens()) {
            if (t.tag() == Tag.VERB && t.lower().equals(t.lemma()) && !t.lower().endsWith("ing")) {
                verbs.add(t.lower());
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < items.length) {
            String[] first = items[i].strip().split("\\s+");
            int j = i + 1;
            while (j < items.length - 1 && isOneOf(items[j], verbs)) {
                j++;
            }
            boolean run = verbs.contains(first[first.length - 1].toLowerCase(Locale.ROOT))
                    && j > i + 1
                    && j < items.length
                    && verbs.contains(items[j].strip().split("\\s+")[0].toLowerCase(Locale.ROOT));
            if (!run) {
                out.add(items[i]);
                i++;
                continue;
            }
            out.add(spanOf(list, items, i, j));
            i = j + 1;
        }
        return out.toArray(String[]::new);
    }

    /**
     * "aid for Tonga, Samoa, and the Cook Islands": an item that is only an actor's name, after an item that ends
     * in one, continues it.
     */
    private static String[] actorsContinued(String list, String[] items, AnnotatedSentence u) {
        Set<String> names = new HashSet<>();
        for (Mention m : u.mentions()) {
            names.add(u.span(m.first(), m.last()));
        }
        if (names.isEmpty()) {
            return items;
        }
        List<String> out = new ArrayList<>();
        int runStart = -1;
        for (int k = 0; k < items.length; k++) {
            String bare = LEADING_ARTICLE.matcher(items[k].strip()).replaceFirst("");
            int last = out.size() - 1;
            if (last >= 0 && names.contains(bare) && endsInAName(out.get(last), names)) {
                out.set(last, spanOf(list, items, runStart, k));
            } else {
                out.add(items[k]);
                runStart = k;
            }
        }
        return out.toArray(String[]::new);
    }

    /** The list's own words from item {@code from} to item {@code to}, with the commas and "and" it wrote. */
    private static String spanOf(String list, String[] items, int from, int to) {
        int start = list.indexOf(items[from].strip());
        int end = start < 0 ? -1 : list.indexOf(items[to].strip(), start);
        if (start < 0 || end < 0) {
            return String.join(", ", Arrays.copyOfRange(items, from, to + 1)).strip();
        }
        return list.substring(start, end + items[to].strip().length());
    }

    private static boolean endsInAName(String item, Set<String> names) {
        String stripped = item.strip();
        return names.stream().anyMatch(n -> stripped.endsWith(" " + n) || stripped.endsWith(", " + n));
    }

    private static boolean isOneOf(String item, Set<String> words) {
        String[] parts = item.strip().split("\\s+");
        return parts.length == 1 && words.contains(parts[0].toLowerCase(Locale.ROOT));
    }

    /** Items before the last that end in an adjective of the sentence, the last with the noun they share. */
    private static boolean sharedHead(String[] items, AnnotatedSentence u) {
        if (items.length < 2 || ThemeLabels.words(items[items.length - 1]) < 2) {
            return false;
        }
        Set<String> adjectives = new HashSet<>();
        for (Token t : u.tokens()) {
            // "illegal, unreported and unregulated fishing": a participle in the list modifies the noun too
            if (t.tag() == Tag.ADJ || t.tag() == Tag.VERB && t.lower().endsWith("ed")) {
                adjectives.add(t.lower());
            }
        }
        String[] lastWords = items[items.length - 1].strip().split("\\s+");
        // "building a tightly linked and cohesive reef economy": the first item may be long where single modifiers
        // follow it and one opens the last item
        boolean tailShared = adjectives.contains(lastWords[0].toLowerCase(Locale.ROOT));
        for (int i = 0; i < items.length - 1; i++) {
            String[] words = items[i].strip().split("\\s+");
            if (!adjectives.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
                return false;
            }
            int most = !tailShared ? 2 : i == 0 ? Integer.MAX_VALUE : 1;
            if (words.length > most) {
                return false;
            }
        }
        return true;
    }

    private String proseLabel(String sentence) {
        String s = sentence.strip();
        int cut = 0;
        for (PhraseMatcher.Hit hit : proseLeads.find(s)) {
            if (hit.start() < s.length() / 2 && hit.end() > cut) {
                cut = hit.end();
            }
        }
        s = s.substring(cut).strip();
        if (ThemeLabels.words(s) > 8) {
            String cutClause = PARTICIPLE_CLAUSE.matcher(s).replaceFirst("");
            if (ThemeLabels.words(cutClause) >= 6) {
                s = cutClause;
            }
        }
        return ThemeLabels.label(s);
    }
}
