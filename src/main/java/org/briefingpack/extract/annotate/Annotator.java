package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.Sentence;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.model.Actor;
import org.briefingpack.model.FigureKind;

/**
 * Builds the {@link AnnotatedDocument} of one text from its sentences and figures: the layout and part of
 * each sentence, the headline, byline and dateline, quotations, tokens tagged with part of speech and lemma,
 * noun-phrase chunks, places, and actor mentions (people resolved to the country or body they speak for,
 * and a sentence-opening "It" or "They" to the actor the sentence before opened with). Thread-safe.
 */
public final class Annotator {

    private final ActorGazetteer gazetteer;
    private final Tagger tagger;
    /** {@code subject-references.tsv}: "country", "bloc", ... with the kind of actor each refers back to. */
    private final Map<String, MentionKind> subjectReferences;

    public Annotator(ActorGazetteer gazetteer, Tagger tagger) {
        this(gazetteer, tagger, subjectReferences(LexiconFile.read("subject-references.tsv")));
    }

    Annotator(ActorGazetteer gazetteer, Tagger tagger, Map<String, MentionKind> subjectReferences) {
        this.gazetteer = gazetteer;
        this.tagger = tagger;
        this.subjectReferences = WordSets.copyOf(subjectReferences);
    }

    static Map<String, MentionKind> subjectReferences(LexiconFile file) {
        Map<String, MentionKind> out = new HashMap<>();
        for (LexiconRow row : file.rows()) {
            out.put(row.text(0), row.choice(1, MentionKind.class));
        }
        return out;
    }

    /**
     * Without the countries named as where something is or happens ("invest €1 billion in France", "met in
     * Suva, Fiji"): a place, not a party that acts.
     */
    private static List<Mention> withoutLocatives(List<Token> tokens, List<Mention> found) {
        List<Mention> kept = new ArrayList<>(found.size());
        for (Mention m : found) {
            if (m.kind() != MentionKind.COUNTRY || !locative(tokens, m.first(), m.last())) {
                kept.add(m);
            }
        }
        return kept.size() == found.size() ? found : kept;
    }

    /**
     * Without a body's second name in apposition ("the Reef Agency, the UN Ocean Fund, said ..."): one body named
     * twice, not two. Only between two bodies, with a verb, "which" or "to" after the second comma, so that a list ("the
     * Reef Agency, the UN Ocean Fund, the World Bank and Fiji") keeps every member.
     */
    private static List<Mention> withoutAppositiveNames(List<Token> tokens, List<Mention> found) {
        List<Mention> kept = null;
        for (int k = 1; k < found.size(); k++) {
            Mention first = found.get(k - 1);
            Mention second = found.get(k);
            int comma = second.last();
            if (body(first)
                    && body(second)
                    && second.first() == first.last() + 2
                    && tokens.get(first.last()).punctuation(',')
                    && tokens.get(first.last() + 1).is("the")
                    && comma + 1 < tokens.size()
                    && tokens.get(comma).punctuation(',')
                    && (tokens.get(comma + 1).tag() == Tag.VERB
                            || tokens.get(comma + 1).tag() == Tag.AUX
                            || tokens.get(comma + 1).is("which")
                            || tokens.get(comma + 1).is("to"))) {
                if (kept == null) {
                    kept = new ArrayList<>(found);
                }
                kept.remove(second);
            }
        }
        return kept == null ? found : kept;
    }

    /** A body, a group or a company: not a country, its capital or a person. */
    private static boolean body(Mention m) {
        return m.kind() == MentionKind.ORGANISATION || m.kind() == MentionKind.GROUP || m.kind() == MentionKind.COMPANY;
    }

    /**
     * "in" right before the name, or "in" (or "at") a capitalised place and a comma before it with nothing
     * that acts after it ("in Suva, Fiji, the minister ..." but not "In May, Chile will ...").
     */
    private static boolean locative(List<Token> tokens, int first, int end) {
        if (first == 0) {
            return false;
        }
        if (tokens.get(first - 1).is("in")) {
            // "$20 million in UK funding": the name qualifies what is given, it is no place
            return end >= tokens.size() || !GIVEN_NOUNS.contains(tokens.get(end).lower());
        }
        if (!tokens.get(first - 1).punctuation(',') || end < tokens.size() && !endsAPlace(tokens.get(end))) {
            return false; // "In May, Chile will ...", "in Nairobi, Kenya's President ...": the country acts
        }
        int k = first - 2;
        while (k >= 0 && first - 2 - k < MAX_PLACE_WORDS && tokens.get(k).upperCase()) {
            k--;
        }
        return k >= 0
                && k < first - 2
                && (tokens.get(k).is("in") || tokens.get(k).is("at"));
    }

    private static final int MAX_PLACE_WORDS = 3;

    /** Nouns of what is given that a country's name may qualify after "in" ("in Japanese aid"). */
    private static final Set<String> GIVEN_NOUNS =
            WordSets.copyOf(LexiconFile.read("funding-nouns.txt").words());

    /** What may follow "Suva, Fiji" when it names a place: a stop, a comma, a bracket or a preposition. */
    private static boolean endsAPlace(Token next) {
        return next.tag() == Tag.ADP
                || next.punctuation(',')
                || next.punctuation('.')
                || next.punctuation(';')
                || next.punctuation(')');
    }

    /** The gazetteer and tagger shipped under {@code resources/lexicon}. */
    public static Annotator withDefaults() {
        return new Annotator(ActorGazetteer.fromClasspath(), LexiconTagger.fromClasspath());
    }

    public ActorGazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * @param text      the document's normalised text
     * @param sentences its sentences, list items and headings in order (offsets into {@code text})
     * @param figures   its figures (offsets into {@code text}), in any order
     */
    public AnnotatedDocument annotate(String text, List<Sentence> sentences, List<FoundFigure> figures) {
        List<FoundFigure> sorted = new ArrayList<>(figures);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Quote> quotes = Quotes.find(text);
        Layout layout = new Layout(text);
        List<Layout.Lines> lines = new ArrayList<>(sentences.size());
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        List<List<Mention>> mentions = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            lines.add(layout.of(s.start(), s.end(), s.text()));
            List<Token> tagged = new TokenList(tagger.tag(Tokenizer.tokens(s.text())));
            tokens.add(tagged);
            mentions.add(gazetteer.actors(tagged));
        }
        withShortForms(mentions, tokens);
        List<PartKind> parts = NewsStructure.parts(sentences, lines);
        Dateline dateline = NewsStructure.dateline(sentences, parts, lines, sorted, gazetteer, tokens);
        People people = People.of(tokens, mentions, gazetteer);
        Map<String, String> groupNames = groupNames(mentions, tokens, text);

        List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
        int f = 0;
        List<Mention> previous = List.of();
        Mention lastPerson = null;
        int lastPersonAt = -10;
        PairReferences pairs = new PairReferences();
        pairs.listGroups(tokens, mentions);
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Layout.Lines l = lines.get(i);
            List<Token> tagged = tokens.get(i);
            int bodyFrom = dateline != null && dateline.start() >= s.start() && dateline.end() <= s.end()
                    ? dateline.end() - s.start()
                    : 0;
            List<Mention> found = named(withoutFigures(people.resolve(tagged, mentions.get(i)), s, sorted), groupNames);
            if (bodyFrom > 0) {
                int cut = bodyFrom;
                found = found.stream().filter(m -> m.start() >= cut).toList();
            }
            found = pairs.resolve(i, tagged, withoutAppositiveNames(tagged, withoutLocatives(tagged, found)));
            boolean heading = parts.get(i) == PartKind.HEADLINE || parts.get(i) == PartKind.HEADING;
            if (!heading) {
                found = withPronounSubject(tagged, found, previous);
                found = withReferenceSubject(tagged, found, previous, subjectReferences);
                if (i - lastPersonAt <= 6) {
                    found = withPersonPronoun(tagged, found, lastPerson);
                }
                previous = found;
                for (Mention m : found) {
                    if (m.kind() == MentionKind.PERSON) {
                        lastPerson = m;
                        lastPersonAt = i;
                    }
                }
            }
            while (f < sorted.size() && sorted.get(f).end() <= s.start()) {
                f++;
            }
            List<FoundFigure> inside = new ArrayList<>();
            for (int g = f; g < sorted.size() && sorted.get(g).start() < s.end(); g++) {
                if (sorted.get(g).start() >= s.start() && sorted.get(g).end() <= s.end()) {
                    inside.add(sorted.get(g));
                }
            }
            List<Quote> inSentence = quotes.stream()
                    .filter(q -> q.start() < s.end() && s.start() < q.end())
                    .toList();
            out.add(new AnnotatedSentence(
                    i,
                    s.start(),
                    s.text(),
                    l.plain(),
                    parts.get(i),
                    l.heading(),
                    l.lineItem(),
                    l.marker(),
                    l.newBlock(),
                    bodyFrom,
                    tagged,
                    found,
                    () -> NounChunker.chunks(tagged),
                    () -> gazetteer.places(tagged),
                    inSentence,
                    inside));
        }
        return new AnnotatedDocument(text, out, sorted, dateline);
    }

    /**
     * "Norway spoke first. The country pledged $40 million", "The bloc pledged ...": a sentence opening with "The"
     * and a description of {@code references} whose sentence before opened with an actor of the kind the
     * description fits gets that actor as a mention over the description.
     */
    static List<Mention> withReferenceSubject(
            List<Token> tokens, List<Mention> mentions, List<Mention> previous, Map<String, MentionKind> references) {
        if (tokens.size() < 3
                || previous.isEmpty()
                || previous.get(0).first() > 1
                || !tokens.get(0).text().equals("The")) {
            return mentions;
        }
        int end = 0;
        MentionKind kind = null;
        for (int n = 2; n >= 1 && kind == null; n--) {
            if (n + 1 <= tokens.size()) {
                StringBuilder words = new StringBuilder();
                for (int k = 1; k <= n; k++) {
                    words.append(k > 1 ? " " : "").append(tokens.get(k).lower());
                }
                kind = references.get(words.toString());
                end = n + 1;
            }
        }
        if (kind == null || !mentions.isEmpty() && mentions.get(0).first() < end) {
            return mentions;
        }
        Mention before = previous.get(0);
        if (!fits(before, kind)) {
            return mentions;
        }
        List<Mention> with = new ArrayList<>(mentions.size() + 1);
        with.add(new Mention(
                before.actor(),
                before.kind(),
                0,
                end,
                tokens.get(0).start(),
                tokens.get(end - 1).end()));
        with.addAll(mentions);
        return with;
    }

    /** A country by name, capital or spokesperson for "the country"; a group or the European Union for "the bloc". */
    private static boolean fits(Mention m, MentionKind kind) {
        String code = m.actor().code();
        if (kind == MentionKind.GROUP) {
            return m.kind() == MentionKind.GROUP || "EU".equals(code);
        }
        return code != null
                && !"EU".equals(code)
                && (m.kind() == MentionKind.COUNTRY
                        || m.kind() == MentionKind.CAPITAL
                        || m.kind() == MentionKind.PERSON);
    }

    /**
     * "Germany announced a fund. It pledged $50 million": a sentence opening with "It" or "They" whose
     * sentence before opened with an actor as its subject gets that actor as a mention over the pronoun.
     */
    static List<Mention> withPronounSubject(List<Token> tokens, List<Mention> mentions, List<Mention> previous) {
        if (tokens.isEmpty() || previous.isEmpty() || previous.get(0).first() > 1) {
            return mentions;
        }
        Token first = tokens.get(0);
        if (!first.text().equals("It") && !first.text().equals("They")) {
            return mentions;
        }
        if (!mentions.isEmpty() && mentions.get(0).first() == 0) {
            return mentions;
        }
        List<Mention> with = new ArrayList<>(mentions.size() + 1);
        Actor actor = previous.get(0).actor();
        with.add(new Mention(actor, previous.get(0).kind(), 0, 1, first.start(), first.end()));
        with.addAll(mentions);
        return with;
    }

    /**
     * "Xi promised more loans. He also pledged $280 million": a sentence opening with "He" or "She" gets the
     * person named last (within the three sentences before) as a mention over the pronoun.
     */
    static List<Mention> withPersonPronoun(List<Token> tokens, List<Mention> mentions, Mention person) {
        if (person == null || tokens.isEmpty()) {
            return mentions;
        }
        Token first = tokens.get(0);
        if (!first.text().equals("He") && !first.text().equals("She")
                || !mentions.isEmpty() && mentions.get(0).first() == 0) {
            return mentions;
        }
        List<Mention> with = new ArrayList<>(mentions.size() + 1);
        with.add(new Mention(person.actor(), MentionKind.PERSON, 0, 1, first.start(), first.end()));
        with.addAll(mentions);
        return with;
    }

    /** A short form in brackets: capitals (and digits), two to ten characters. */
    private static final Pattern SHORT_FORM = Pattern.compile("[A-Z][A-Z0-9&]{1,9}");

    /**
     * "the Reef Action Task Force (RATF) said ... RATF then called": a body named with its short form in brackets is
     * named again wherever the short form stands alone, in any sentence; where the text introduced the body on its
     * own, also where the short form alone is a known name ("SADC", "PRC"): the text said which body it means, and
     * one body goes by one name.
     */
    private static void withShortForms(List<List<Mention>> mentions, List<List<Token>> tokens) {
        Map<String, Mention> byShortForm = new HashMap<>();
        Set<String> introduced = new HashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            for (Mention m : mentions.get(i)) {
                String name = m.actor().name();
                int open = name.lastIndexOf(" (");
                if (open > 0 && name.endsWith(")")) {
                    String shortForm = name.substring(open + 2, name.length() - 1);
                    if (SHORT_FORM.matcher(shortForm).matches() && byShortForm.putIfAbsent(shortForm, m) == null) {
                        List<Token> sentence = tokens.get(i);
                        if (m.last() >= sentence.size()
                                || !sentence.get(m.last()).upperCase()) {
                            // the body introduced on its own, not inside another name ("the 9th African Union
                            // (AU) Reef Assembly")
                            introduced.add(shortForm);
                        }
                    }
                }
            }
        }
        if (byShortForm.isEmpty()) {
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            List<Token> sentence = tokens.get(i);
            List<Mention> found = mentions.get(i);
            List<Mention> more = null;
            for (int k = 0; k < sentence.size(); k++) {
                Token t = sentence.get(k);
                Mention named = t.upperCase() ? byShortForm.get(t.text()) : null;
                int at = k;
                if (named == null
                        || found.stream()
                                .anyMatch(m -> m.first() <= at
                                        && at < m.last()
                                        && !(introduced.contains(t.text())
                                                && m.first() == at
                                                && m.last() == at + 1
                                                && !m.actor().equals(named.actor())))) {
                    continue; // a longer name holds it, or it is the body already
                }
                if (more == null) {
                    more = new ArrayList<>(found);
                }
                more.removeIf(m -> m.first() == at && m.last() == at + 1);
                more.add(new Mention(named.actor(), named.kind(), k, k + 1, t.start(), t.end()));
            }
            if (more != null) {
                more.sort(Comparator.comparingInt(Mention::first));
                mentions.set(i, more);
            }
        }
    }

    /**
     * The name a group goes by in this document: its own name where the text writes it, also inside another name
     * ("United Nations" where the text writes both that and "UN", "African Union" beside "the 9th African Union (AU)
     * Reef Assembly"; "G7" where it writes "G7" and "Group of Seven"), else the shortest of it and the names the text
     * gives it ("UN" where the text writes only "UN", "G7" for "Group of Seven").
     */
    private static Map<String, String> groupNames(List<List<Mention>> mentions, List<List<Token>> tokens, String text) {
        Map<String, String> names = new HashMap<>();
        Map<String, Set<String>> written = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            for (Mention m : mentions.get(i)) {
                if (m.kind() != MentionKind.GROUP) {
                    continue;
                }
                String own = m.actor().name();
                String surface = ActorGazetteer.text(tokens.get(i), m.first(), m.last());
                written.computeIfAbsent(own, k -> new LinkedHashSet<>()).add(surface);
            }
        }
        written.forEach((own, surfaces) -> names.put(
                own,
                surfaces.contains(own) || namedWhole(text, own)
                        ? own
                        : surfaces.stream().reduce(own, (a, b) -> b.length() < a.length() ? b : a)));
        return names;
    }

    /** Whether the text writes the name as a whole word anywhere ("the 39th Reef Union (RU) Assembly"). */
    private static boolean namedWhole(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static List<Mention> named(List<Mention> mentions, Map<String, String> groupNames) {
        if (groupNames.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            boolean group = m.kind() == MentionKind.GROUP
                    || m.kind() == MentionKind.PERSON && m.actor().code() == null;
            String name = group ? groupNames.get(m.actor().name()) : null;
            out.add(
                    name == null || name.equals(m.actor().name())
                            ? m
                            : m.as(new Actor(name, m.actor().code()), m.kind()));
        }
        return out;
    }

    /** "11.34 billion United States dollars": a name inside a money or count figure is no actor. */
    private static List<Mention> withoutFigures(List<Mention> mentions, Sentence s, List<FoundFigure> figures) {
        if (mentions.isEmpty()) {
            return mentions;
        }
        List<Mention> kept = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            int from = s.start() + m.start();
            int to = s.start() + m.end();
            boolean inside = figures.stream()
                    .anyMatch(f -> f.figure().kind() != FigureKind.DATE && f.start() <= from && to <= f.end());
            if (!inside) {
                kept.add(m);
            }
        }
        return kept;
    }

    /** The DATE figures of a sentence, for the dateline. */
    static List<FoundFigure> dates(List<FoundFigure> figures, int from, int to) {
        return figures.stream()
                .filter(f -> f.figure().kind() == FigureKind.DATE && f.start() >= from && f.end() <= to)
                .toList();
    }
}
