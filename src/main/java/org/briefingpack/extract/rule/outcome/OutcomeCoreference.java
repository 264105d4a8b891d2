package org.briefingpack.extract.rule.outcome;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.GatheringText;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeTypes;
import org.briefingpack.extract.rule.Rule;

/**
 * One outcome, however often the text names it: "the Alliance" (or "the pact", "an agreement") where a
 * fuller name with the same keyword stands anywhere in the document is that outcome; so is a phrase whose
 * words the fuller name holds ("the Reef Compact" and "the Pacific Reef Compact"), a verbal outcome that
 * shares its keyword and two more words with a named one, and a money pledge repeated with the same amount.
 * The one kept has the fuller name; it takes the other's money, count and actors where it had none, and
 * its sentence as a second evidence quote. A lone common keyword that refers to nothing is dropped.
 */
public final class OutcomeCoreference implements Rule {

    private static final Set<String> STOP = WordSets.of(
            "the", "of", "and", "for", "a", "an", "on", "in", "to", "by", "with", "at", "its", "their", "new", "s");

    /** Compiled once: {@code String.split} compiles a pattern of more than one character on every call. */
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Set<String> EMPTY_MODIFIERS =
            WordSets.copyOf(LexiconFile.read("outcome-empty-modifiers.txt").words());

    private final OutcomeTypes types;
    private final ActorGazetteer gazetteer;
    private final GatheringText gatheringText;

    public OutcomeCoreference(OutcomeTypes types, ActorGazetteer gazetteer, GatheringText gatheringText) {
        this.types = types;
        this.gazetteer = gazetteer;
        this.gatheringText = gatheringText;
    }

    private static String capitalise(String w) {
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        List<OutcomeDraft> outcomes = findings.outcomes;
        for (OutcomeDraft titled : List.copyOf(outcomes)) {
            if (titled.laterTitle != null) {
                takeEarlierMention(titled, outcomes);
            }
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            search:
            for (int i = 0; i < outcomes.size(); i++) {
                for (int j = 0; j < outcomes.size(); j++) {
                    if (i == j) {
                        continue;
                    }
                    OutcomeDraft mention = outcomes.get(i);
                    OutcomeDraft fuller = outcomes.get(j);
                    if (refersTo(mention, fuller)) {
                        merge(mention, fuller);
                        outcomes.remove(i);
                        merged = true;
                        break search;
                    }
                }
            }
        }
        // "an agreement", "the deal": a lone keyword that names nothing the document knows
        // "issued a joint communique": the gathering's communique, kept and named after it where the story names it
        String event = findings.event.name;
        for (OutcomeDraft o : outcomes) {
            // "in a joint communique issued Friday, they ...": a joint or final text that nothing else names is
            // the gathering's own, however the sentence brings it in
            o.eventDocument |= JOINT_DOCUMENT.matcher(o.name).matches();
        }
        oneOwnText(outcomes);
        for (OutcomeDraft o : outcomes) {
            String described = isLoneKeyword(o) ? describedByParticiple(o) : null;
            if (described != null) {
                o.name = described; // "adopted a declaration recognising the role of reef science"
                o.eventDocument = false;
            }
        }
        outcomes.removeIf(
                o -> o.money == null && o.count == null && !(o.eventDocument && event != null) && isLoneKeyword(o));
        for (OutcomeDraft o : outcomes) {
            if (o.eventDocument
                    && event != null
                    && (TriggeredOutcome.EVENT_DOCUMENT.matcher(o.name).matches()
                            || gatheringText.isSignedName(o.name))) {
                o.name = event + " " + o.name.toLowerCase(Locale.ROOT);
            }
        }
        // "40", "20-year": a name without a letter, or only a number's measure, names nothing a reader could look up
        outcomes.removeIf(o -> o.name.chars().noneMatch(Character::isLetter)
                || NUMBER_COMPOUND.matcher(o.name).matches());
    }

    /**
     * "a declaration recognising ...", "a statement calling for ...": a participle of {@code describing-participles.txt}
     * right after the keyword, and what follows it up to a break or a new clause.
     */
    private static final Pattern PARTICIPLE_AFTER = Pattern.compile("^\\s+(?:(?:"
            + LexiconFile.read("describing-participles.txt").words().stream()
                    .map(Pattern::quote)
                    .collect(java.util.stream.Collectors.joining("|"))
            + ")\\s+[^,;.:()]{3,80}?)(?=\\s*(?:[,;.:()]|$|\\s(?:and|which|that|to the|as)\\s))");

    /** How many words a name described by its participle may take. */
    private static final int DESCRIBED_WORDS = 10;

    /**
     * The keyword and the participle phrase after it in its sentence ("Declaration recognising the role of reef
     * science"), or null where none follows or it runs too long.
     */
    private static String describedByParticiple(OutcomeDraft o) {
        if (o.sentence == null || o.end <= 0 || o.end > o.sentence.text().length()) {
            return null;
        }
        Matcher m = PARTICIPLE_AFTER.matcher(o.sentence.text().substring(o.end));
        if (!m.find() || m.group().strip().split("\\s+").length > DESCRIBED_WORDS) {
            return null;
        }
        String keyword = o.name.strip();
        return Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1) + " "
                + m.group().strip();
    }

    /**
     * "adopted a political declaration", then "the Declaration - titled “United for Reefs”": the last earlier mention
     * with the same keyword and no name of its own is that text; its words lead the name, its sentence is evidence.
     */
    private void takeEarlierMention(OutcomeDraft titled, List<OutcomeDraft> outcomes) {
        String head = head(titled.name);
        OutcomeDraft earlier = null;
        for (OutcomeDraft o : outcomes) {
            if (o != titled
                    && o.laterTitle == null
                    && o.money == null
                    && o.sentence != null
                    && titled.sentence != null
                    && o.sentence.index() < titled.sentence.index()
                    && head != null
                    && head.equals(head(o.name))
                    && !proper(o)) {
                earlier = o;
            }
        }
        if (earlier != null) {
            titled.name = capitalise(earlier.name) + " " + titled.laterTitle;
            merge(earlier, titled);
            outcomes.remove(earlier);
        }
    }

    /**
     * "closed by adopting a joint declaration", then "a Final Declaration was approved", then "the final
     * communique": a gathering issues one closing text, however the story words it; the first mention keeps them.
     */
    private static void oneOwnText(List<OutcomeDraft> outcomes) {
        OutcomeDraft first = null;
        for (var it = outcomes.iterator(); it.hasNext(); ) {
            OutcomeDraft o = it.next();
            if (!JOINT_DOCUMENT.matcher(o.name).matches() || o.money != null) {
                continue;
            }
            if (first == null) {
                first = o;
            } else {
                merge(o, first);
                it.remove();
            }
        }
    }

    private static final Pattern JOINT_DOCUMENT =
            Pattern.compile("(?i)(?:joint|final)(?:\\s+(?:joint|final))?\\s+(?:communiqu[eé]|declaration|statement)");

    private static final Pattern NUMBER_COMPOUND = Pattern.compile("\\d[\\d.,]*-\\p{L}+");

    /** Whether {@code mention} is another mention of {@code fuller}. */
    boolean refersTo(OutcomeDraft mention, OutcomeDraft fuller) {
        if (mention.money != null && fuller.money != null) {
            return mention.moneyOnly && sameMoney(mention, fuller) && sameActors(mention, fuller);
        }
        if (mention.moneyOnly || fuller.moneyOnly) {
            return false;
        }
        String head = head(mention.name);
        if (head != null && !head.equals(head(fuller.name)) && sameKindShortName(mention, fuller, head)) {
            return true; // "the Kunming-Montreal deal" for "the Kunming-Montreal Global Biodiversity Framework"
        }
        if (head == null || !head.equals(head(fuller.name))) {
            return false;
        }
        Set<String> mine = words(mention.name);
        Set<String> theirs = words(fuller.name);
        Set<String> shared = new HashSet<>(mine);
        shared.retainAll(theirs);
        if (!proper(mention) && proper(fuller) && shared.size() >= 3) {
            return true; // "launch a dialogue on critical minerals" and the "Critical Minerals Dialogue"
        }
        if (theirs.size() < mine.size() || theirs.equals(mine) && !isLoneKeyword(mention)) {
            return false;
        }
        return theirs.containsAll(mine) && !(proper(mention) && !proper(fuller));
    }

    /** A short name of the same type whose distinctive words the fuller name holds. */
    private boolean sameKindShortName(OutcomeDraft mention, OutcomeDraft fuller, String head) {
        if (mention.type == null || mention.type != fuller.type || !Character.isUpperCase(mention.name.charAt(0))) {
            return false;
        }
        Set<String> distinctive = words(mention.name);
        distinctive.remove(head);
        // "UAE Consensus" and "UAE Framework": a country's name distinguishes nothing
        distinctive.removeIf(w -> gazetteer.byName(capitalise(w)).isPresent()
                || gazetteer.byName(w.toUpperCase(Locale.ROOT)).isPresent());
        // two distinctive words at least ("Kunming-Montreal"): one word ("Future", "Seville") is too common
        return distinctive.size() == 2
                && words(fuller.name).containsAll(distinctive)
                && words(fuller.name).size() > distinctive.size() + 1;
    }

    /** The same donors, or none named on one side. */
    private static boolean sameActors(OutcomeDraft a, OutcomeDraft b) {
        return a.actors.isEmpty() || b.actors.isEmpty() || a.actors.equals(b.actors);
    }

    private static boolean sameMoney(OutcomeDraft a, OutcomeDraft b) {
        return a.money.figure().value().compareTo(b.money.figure().value()) == 0
                && Objects.equals(a.money.figure().currency(), b.money.figure().currency());
    }

    private static void merge(OutcomeDraft mention, OutcomeDraft fuller) {
        if (fuller.money == null) {
            fuller.money = mention.money;
        }
        if (fuller.count == null) {
            fuller.count = mention.count;
        }
        if (fuller.actors.isEmpty()) {
            fuller.actors.addAll(mention.actors);
        }
        if (fuller.purpose == null) {
            fuller.purpose = mention.purpose;
        }
        if (mention.sentence != fuller.sentence && !fuller.alsoIn.contains(mention.sentence)) {
            fuller.alsoIn.add(mention.sentence);
        }
        for (var s : mention.alsoIn) {
            if (s != fuller.sentence && !fuller.alsoIn.contains(s)) {
                fuller.alsoIn.add(s);
            }
        }
    }

    private boolean isLoneKeyword(OutcomeDraft o) {
        Set<String> w = words(o.name);
        w.removeAll(EMPTY_MODIFIERS); // "a long-awaited plan" is a lone "plan"
        String head = head(o.name);
        return head != null && w.size() == 1 && w.contains(singular(head)) && !proper(o)
                || head != null
                        && w.size() == 1
                        && Character.isUpperCase(o.name.charAt(0))
                        && o.name.indexOf(' ') < 0
                        && o.name.toLowerCase(Locale.ROOT).equals(head);
    }

    private static boolean proper(OutcomeDraft o) {
        String[] words = o.name.split("\\s+");
        int upper = 0;
        for (int k = 1; k < words.length; k++) {
            if (!words[k].isEmpty() && Character.isUpperCase(words[k].charAt(0))) {
                upper++;
            }
        }
        return words.length > 1 && upper * 2 >= words.length - 1;
    }

    private String head(String name) {
        String keyword = types.headKeyword(name);
        return keyword == null ? null : singular(keyword);
    }

    private static String singular(String word) {
        return word.endsWith("s") && word.length() > 3 && !word.endsWith("ss")
                ? word.substring(0, word.length() - 1)
                : word;
    }

    static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String w : NON_WORD.split(name.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty() && !STOP.contains(w)) {
                out.add(singular(w));
            }
        }
        return out;
    }
}
