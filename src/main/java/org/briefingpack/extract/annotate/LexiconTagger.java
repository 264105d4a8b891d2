package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;

/**
 * A part-of-speech tagger from word lists and word shape: closed-class words from
 * {@code grammar/closed-class.tsv}, verbs and their forms from {@code grammar/verbs.tsv} (regular forms by
 * their ending), suffixes for adverbs, adjectives and nouns, capitals for proper nouns, and a look at the
 * word before for the forms that are both noun and verb ("the pledge" against "to pledge"). It is not a
 * statistical model: it is 40 times faster than OpenNLP's UD tagger and sees what the rules ask of it
 * (docs/extraction.md compares the two).
 */
public final class LexiconTagger implements Tagger {

    private enum VerbForm {
        BASE,
        THIRD_PERSON,
        PAST,
        GERUND
    }

    private record VerbReading(String lemma, VerbForm form) {}

    private static final Set<String> MODALS = WordSets.of(
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "did", "does", "do", "to",
            "n't", "not", "never");
    private static final Set<String> SUBJECT_PRONOUNS = WordSets.of("i", "we", "they", "you");
    private static final Set<Tag> OPEN_CLASSES = Set.of(Tag.ADV, Tag.ADJ, Tag.NOUN, Tag.NUM);
    private static final String SYMBOLS = "$€£¥₹₩%#@&+=<>§°";

    private final Map<String, Tag> closed = new HashMap<>();
    private final Set<String> verbs = new HashSet<>();
    private final Map<String, VerbReading> irregularForms = new HashMap<>();
    /** The verbs whose past is irregular ("see", "saw"). */
    private final Set<String> irregularPast = new HashSet<>();

    private final Map<String, VerbReading> forms = new HashMap<>();
    /** Every listed word: its closed class, or its reading as a form of a known verb; one look-up a token. */
    private final Map<String, Known> lexicon = new HashMap<>();

    /** Each word's reading out of context, remembered: one look-up a token instead of one a list. */
    private final Map<String, WordReading> readings = new ConcurrentHashMap<>();

    private static final int MAX_READINGS = 50_000;

    private record Known(Tag closed, VerbReading verb) {}

    private record OpenWord(Tag tag, String lemma) {}

    /**
     * What the lists say of a word (null when none does) and what its shape says.
     *
     * @param lower the word as first read, kept: tokens take this one string (its hash made once) instead of a
     *     fresh copy each, so every later look-up of the word finds its hash made and compares by reference
     */
    private record WordReading(String lower, Known known, OpenWord open) {}

    private final Map<String, String> irregularPlurals = new HashMap<>();
    private final Set<String> notPlural;
    /** Nouns in "-ly" ("assembly", "family"), which their shape would make adverbs. */
    private final Set<String> nounsInLy;

    public LexiconTagger(
            LexiconFile closedClass, LexiconFile verbList, List<String> notPlural, List<String> nounsInLy) {
        for (LexiconRow row : closedClass.rows()) {
            closed.putIfAbsent(row.text(0), row.choice(1, Tag.class));
        }
        for (LexiconRow row : verbList.rows()) {
            String lemma = row.text(0);
            verbs.add(lemma);
            if (row.size() > 1) {
                irregularPast.add(lemma);
                irregularForms.putIfAbsent(row.text(1), new VerbReading(lemma, VerbForm.PAST));
                irregularForms.putIfAbsent(row.optional(2, row.text(1)), new VerbReading(lemma, VerbForm.PAST));
            }
        }
        irregularPlurals.put("people", "person");
        irregularPlurals.put("children", "child");
        irregularPlurals.put("men", "man");
        irregularPlurals.put("women", "woman");
        this.notPlural = WordSets.copyOf(notPlural);
        this.nounsInLy = WordSets.copyOf(nounsInLy);
        indexVerbForms();
        closed.forEach((word, tag) -> lexicon.put(word, new Known(tag, null)));
        forms.forEach(
                (word, verb) -> lexicon.merge(word, new Known(null, verb), (a, b) -> new Known(a.closed(), b.verb())));
    }

    /** The tagger with the word lists shipped under {@code lexicon/grammar}. */
    public static LexiconTagger fromClasspath() {
        return new LexiconTagger(
                LexiconFile.read("grammar/closed-class.tsv"),
                LexiconFile.read("grammar/verbs.tsv"),
                LexiconFile.read("figures/not-plural.txt").words(),
                LexiconFile.read("grammar/nouns-in-ly.txt").words());
    }

    @Override
    public List<Token> tag(List<Token> tokens) {
        int n = tokens.size();
        Tag[] tags = new Tag[n];
        String[] lemmas = new String[n];
        VerbReading[] readings = new VerbReading[n];
        String[] lowers = new String[n];
        boolean sentenceStart = true;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            lowers[i] = t.lower();
            lemmas[i] = t.lower();
            if (t.lower().equals("n't") || t.lower().equals("n’t")) {
                tags[i] = Tag.PART; // "didn't": a negation, whose lemma is "not"
                lemmas[i] = "not";
                continue;
            }
            if (!t.word()) {
                tags[i] =
                        t.possessiveMark() ? Tag.PART : SYMBOLS.indexOf(t.text().charAt(0)) >= 0 ? Tag.SYM : Tag.PUNCT;
                if (":;\"“”(–—-".contains(t.text())) {
                    sentenceStart = true;
                }
                continue;
            }
            if (Character.isDigit(t.text().charAt(0))) {
                tags[i] = Tag.NUM;
                sentenceStart = false;
                continue;
            }
            boolean capitalised = Character.isUpperCase(t.text().charAt(0));
            WordReading reading = reading(t.lower());
            lowers[i] = reading.lower();
            lemmas[i] = reading.lower();
            Known known = reading.known();
            Tag closedTag = known == null ? null : known.closed();
            if (capitalised && !sentenceStart && closedTag == null) {
                tags[i] = Tag.PROPN;
            } else if (closedTag == Tag.AUX && t.text().equals("May") && (!sentenceStart || digitAfter(tokens, i))) {
                tags[i] = Tag.PROPN; // the month ("on 3 and 4 May the forum opened"): a modal is capitalised
                // only first
            } else if (closedTag != null
                    && capitalised
                    && !sentenceStart
                    && OPEN_CLASSES.contains(closedTag)
                    && (i + 1 < n && tokens.get(i + 1).upperCase() || i > 0 && tags[i - 1] == Tag.PROPN)) {
                tags[i] = Tag.PROPN; // "Just" in "Indonesia Just Energy Transition Partnership", "New Delhi"
            } else if (closedTag != null && !(capitalised && !sentenceStart && isAllCapitals(t.text()))) {
                tags[i] = closedTag;
            } else {
                VerbReading verb = known == null ? null : known.verb();
                if (verb != null) {
                    readings[i] = verb;
                    lemmas[i] = verb.lemma();
                    tags[i] = verb.form() == VerbForm.PAST ? Tag.VERB : null; // the others need context
                } else if (capitalised
                        && (isAllCapitals(t.text()) || reading.open().tag() != Tag.ADV)) {
                    // not a verb form (looked up above) nor an adverb by its shape: a name
                    tags[i] = Tag.PROPN;
                } else {
                    OpenWord open = reading.open();
                    tags[i] = open.tag();
                    lemmas[i] = open.lemma();
                }
            }
            sentenceStart = false;
        }
        boolean infinitive = false; // "to protect forests, cut methane and help ...": the verbs coordinate
        for (int i = 0; i < n; i++) {
            Token here = tokens.get(i);
            if (here.punctuation('.') || here.punctuation(';')) {
                infinitive = false;
            }
            if (tags[i] == null
                    && infinitive
                    && readings[i].form() == VerbForm.BASE
                    && i > 0
                    && (tokens.get(i - 1).is("and")
                            || tokens.get(i - 1).is("or")
                            || tokens.get(i - 1).punctuation(','))) {
                tags[i] = Tag.VERB;
            }
            if (tags[i] == null) {
                tags[i] = inContext(tags, tokens, i, readings[i]);
                if (tags[i] == Tag.NOUN) {
                    lemmas[i] = readings[i].form() == VerbForm.THIRD_PERSON
                            ? singular(lowers[i])
                            : readings[i].form() == VerbForm.GERUND ? lowers[i] : lemmas[i];
                }
            }
            Token t = tokens.get(i);
            if (t.is("to")) {
                tags[i] = i + 1 < n && readings[i + 1] != null && readings[i + 1].form() == VerbForm.BASE
                        ? Tag.PART
                        : Tag.ADP;
                infinitive |= tags[i] == Tag.PART;
            } else if (t.is("that") && i + 1 < n) {
                tags[i] = tags[i + 1] == Tag.NOUN || tags[i + 1] == Tag.ADJ ? Tag.DET : Tag.SCONJ;
            } else if (t.possessiveMark() && i > 0 && tags[i - 1] == Tag.PRON) {
                tags[i] = Tag.AUX;
                lemmas[i] = "be";
            } else if (tags[i] == Tag.AUX) {
                lemmas[i] = auxiliaryLemma(t.lower());
            }
        }
        List<Token> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            String lower = lowers[i];
            // a word written in lower case shares the kept string as its text too
            String text = t.text().equals(lower) ? lower : t.text();
            out.add(new Token(text, lower, t.start(), t.end(), tags[i], lemmas[i]));
        }
        return out;
    }

    /** A form that is both noun and verb, decided by the word before it. */
    private static Tag inContext(Tag[] tags, List<Token> tokens, int i, VerbReading reading) {
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Tag previous = i > 0 ? tags[i - 1] : null;
        switch (reading.form()) {
            case BASE -> {
                if (before != null && (MODALS.contains(before.lower()) || SUBJECT_PRONOUNS.contains(before.lower()))) {
                    return Tag.VERB;
                }
                return presentOfAPluralSubject(tags, tokens, i) ? Tag.VERB : Tag.NOUN;
            }
            case THIRD_PERSON -> {
                if (previous == null
                        || previous == Tag.DET
                        || previous == Tag.ADJ
                        || previous == Tag.NUM
                        || previous == Tag.ADP
                        || previous == Tag.PART && !before.is("n't")) {
                    return Tag.NOUN;
                }
                return Tag.VERB;
            }
            case GERUND -> {
                return previous == Tag.DET
                                || previous == Tag.ADJ
                                || previous == Tag.PART && before.lower().startsWith("'")
                        ? Tag.NOUN
                        : Tag.VERB;
            }
            default -> {
                return Tag.VERB;
            }
        }
    }

    /**
     * A base form between a plural subject and the object's determiner ("Chile and Peru support the fund", "donors
     * also back a levy"): a name or a plural noun before it, an adverb between them allowed, a determiner after it.
     * A noun stands there only in a compound ("the Peru support office"), which no determiner follows.
     */
    private static boolean presentOfAPluralSubject(Tag[] tags, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()
                || tags[i + 1] != Tag.DET
                || tokens.get(i + 1).is("that")) {
            return false; // "that" may open a relative clause after a noun ("Pacific support that lasts")
        }
        int subject = i - 1;
        if (subject > 0 && tags[subject] == Tag.ADV) {
            subject--;
        }
        if (subject < 0) {
            return false;
        }
        Token t = tokens.get(subject);
        return tags[subject] == Tag.PROPN
                || tags[subject] == Tag.NOUN
                        && t.lower().endsWith("s")
                        && !t.lower().endsWith("ss");
    }

    /** Every form of every known verb, analysed once: tagging looks a word up instead of cutting endings off. */
    private void indexVerbForms() {
        for (String lemma : verbs) {
            int n = lemma.length();
            String dropE = lemma.endsWith("e") ? lemma.substring(0, n - 1) : lemma;
            String doubled = lemma + lemma.charAt(n - 1);
            String yStem = lemma.endsWith("y") ? lemma.substring(0, n - 1) : null;
            // a verb with a past of its own has no regular one: "seed" is no past of "see"
            boolean regularPast = !irregularPast.contains(lemma);
            for (String form : new String[] {
                lemma,
                lemma + "s",
                lemma + "es",
                regularPast ? lemma + "ed" : null,
                regularPast ? lemma + "d" : null,
                lemma + "ing",
                dropE + "ing",
                regularPast ? doubled + "ed" : null,
                doubled + "ing",
                yStem == null ? null : yStem + "ies",
                yStem == null || !regularPast ? null : yStem + "ied"
            }) {
                if (form != null && !forms.containsKey(form)) {
                    VerbReading reading = analyse(form);
                    if (reading != null) {
                        forms.put(form, reading);
                    }
                }
            }
        }
        forms.putAll(irregularForms);
    }

    /** A word's listed class or verb reading, and its class by shape ("-ly" adverb, a noun and its singular). */
    private WordReading reading(String lower) {
        WordReading cached = readings.get(lower);
        if (cached != null) {
            return cached;
        }
        Tag tag = byShape(lower);
        String lemma = tag == Tag.NOUN ? singular(lower) : lower;
        Known known = lexicon.get(lower);
        if (known == null) {
            known = repeatedVerb(lower);
        }
        WordReading word = new WordReading(lower, known, new OpenWord(tag, lemma.equals(lower) ? lower : lemma));
        if (readings.size() > MAX_READINGS) {
            readings.clear(); // a bound on memory: the words of a run repeat, the cache refills at once
        }
        readings.put(lower, word);
        return word;
    }

    /** How long a verb after "re" must be to make "re" a prefix ("redefine", "reform"; not "read", "rest"). */
    private static final int MIN_REPEATED_VERB = 4;

    /**
     * "redefine", "redrafted", "reshaping": a word no list knows that is "re" and a verb the lists know is that verb
     * done again, in the same form; null otherwise.
     */
    private Known repeatedVerb(String lower) {
        if (!lower.startsWith("re") || lower.length() < 2 + MIN_REPEATED_VERB) {
            return null;
        }
        Known base = lexicon.get(lower.substring(2));
        if (base == null || base.closed() != null || base.verb() == null) {
            return null;
        }
        return new Known(
                null, new VerbReading("re" + base.verb().lemma(), base.verb().form()));
    }

    private VerbReading analyse(String word) {
        VerbReading irregular = irregularForms.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (verbs.contains(word)) {
            return new VerbReading(word, VerbForm.BASE);
        }
        if (word.endsWith("ing") && word.length() > 4) {
            String lemma = stem(word.substring(0, word.length() - 3));
            return lemma == null ? null : new VerbReading(lemma, VerbForm.GERUND);
        }
        if (word.endsWith("ed") && word.length() > 3) {
            String stem = word.substring(0, word.length() - 2);
            String lemma = stem(stem);
            if (lemma == null && word.endsWith("ied")) {
                lemma = verbs.contains(stem.substring(0, stem.length() - 1) + "y")
                        ? stem.substring(0, stem.length() - 1) + "y"
                        : null;
            }
            return lemma == null ? null : new VerbReading(lemma, VerbForm.PAST);
        }
        if (word.endsWith("s") && word.length() > 2) {
            String lemma = word.endsWith("ies") && verbs.contains(word.substring(0, word.length() - 3) + "y")
                    ? word.substring(0, word.length() - 3) + "y"
                    : verbs.contains(word.substring(0, word.length() - 1))
                            ? word.substring(0, word.length() - 1)
                            : word.endsWith("es") && verbs.contains(word.substring(0, word.length() - 2))
                                    ? word.substring(0, word.length() - 2)
                                    : null;
            return lemma == null ? null : new VerbReading(lemma, VerbForm.THIRD_PERSON);
        }
        return null;
    }

    /** The verb a stem without its ending belongs to: "sign", "pledg(e)", "committ" → "commit". */
    private String stem(String stem) {
        if (verbs.contains(stem)) {
            return stem;
        }
        if (verbs.contains(stem + "e")) {
            return stem + "e";
        }
        int n = stem.length();
        if (n > 2 && stem.charAt(n - 1) == stem.charAt(n - 2) && verbs.contains(stem.substring(0, n - 1))) {
            return stem.substring(0, n - 1);
        }
        return null;
    }

    /** Endings in "-al" of nouns made from verbs, which the adjectives' "-al" would take. */
    private static final String[] NOUN_IN_AL = {"posal", "roval", "moval", "newal", "drawal", "rival", "fusal", "ferral"
    };

    private static boolean digitAfter(List<Token> tokens, int i) {
        return i + 1 < tokens.size()
                && Character.isDigit(tokens.get(i + 1).text().charAt(0));
    }

    private Tag byShape(String word) {
        if (word.endsWith("ly") && word.length() > 4 && !nounsInLy.contains(word)) {
            return Tag.ADV;
        }
        if (word.endsWith("ing") && word.length() > 5) {
            return Tag.VERB;
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return Tag.VERB;
        }
        for (String suffix : NOUN_IN_AL) {
            if (word.endsWith(suffix)) {
                return Tag.NOUN; // "proposal", "approval", "renewal", "withdrawal", "arrival", "refusal"
            }
        }
        for (String suffix : new String[] {
            "ous", "ful", "ive", "able", "ible", "ical", "ic", "al", "ary", "less", "ese", "ian", "ish"
        }) {
            if (word.endsWith(suffix) && word.length() > suffix.length() + 2) {
                return Tag.ADJ;
            }
        }
        return Tag.NOUN;
    }

    private static boolean isAllCapitals(String word) {
        boolean letter = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter && word.length() > 1;
    }

    /** The singular of a plural noun ("countries" → "country"); other words as they are. */
    String singular(String word) {
        String irregular = irregularPlurals.get(word);
        if (irregular != null) {
            return irregular;
        }
        if (notPlural.contains(word)
                || !word.endsWith("s")
                || word.length() < 4
                || word.endsWith("ss")
                || word.endsWith("us")
                || word.endsWith("is")) {
            return word;
        }
        if (word.endsWith("ies")) {
            // "ties", "lies": a one-letter stem keeps its "ie" ("countries" is "country")
            return word.length() == 4 ? word.substring(0, 3) : word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses")
                || word.endsWith("xes")
                || word.endsWith("ches")
                || word.endsWith("shes")
                || word.endsWith("zes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    private static String auxiliaryLemma(String word) {
        return switch (word) {
            case "is", "are", "was", "were", "been", "being", "am", "'re", "'m" -> "be";
            case "has", "had", "having" -> "have";
            case "does", "did" -> "do";
            default -> word;
        };
    }
}
