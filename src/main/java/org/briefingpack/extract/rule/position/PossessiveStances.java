package org.briefingpack.extract.rule.position;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * A stance said as a noun that the actor owns ({@code possessive-stance-nouns.tsv}): "Brazil's absence was
 * noted", "despite India's abstention", "Hungary's veto blocked the text", "Peru's notable absence". The owner
 * takes the stance; an adjective may stand between the possessive and the noun.
 */
public final class PossessiveStances implements Rule {

    private final Map<String, Stance> nouns = new HashMap<>();

    /** Lower case: "Kenya's hosting of the summit" hosts it, "Kenya's hosting of refugees" does not. */
    private final Set<String> eventNouns;

    /** The roles of {@code lexicon/possessive-stance-words.tsv}. */
    enum Word {
        PRESIDENCY,
        DECISION_NOUN,
        SKIPPING_VERB
    }

    /** The offices a gathering is held under: "under the Fijian presidency", "under Fiji's chairmanship". */
    private final Set<String> presidencies;

    /** Nouns of deciding before "to" ("decision", "move"), and verbs of staying away after it ("skip", "boycott"). */
    private final Set<String> decisionNouns;

    private final Set<String> skippingVerbs;

    PossessiveStances(LexiconFile nouns, List<String> eventNouns, LexiconFile words) {
        for (LexiconRow row : nouns.rows()) {
            this.nouns.put(row.text(0), row.choice(1, Stance.class));
        }
        this.eventNouns =
                eventNouns.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        Map<Word, Set<String>> byRole = words.wordsByRole(Word.class);
        this.presidencies = byRole.get(Word.PRESIDENCY);
        this.decisionNouns = byRole.get(Word.DECISION_NOUN);
        this.skippingVerbs = byRole.get(Word.SKIPPING_VERB);
    }

    static PossessiveStances fromClasspath() {
        return new PossessiveStances(
                LexiconFile.read("possessive-stance-nouns.tsv"),
                LexiconFile.read("event-nouns.txt").words(),
                LexiconFile.read("possessive-stance-words.tsv"));
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            attributive(s, findings);
            List<Token> tokens = s.tokens();
            for (int k = 1; k + 1 < tokens.size(); k++) {
                Token mark = tokens.get(k);
                if (!mark.possessiveMark()) {
                    continue;
                }
                int n = k + 1;
                if (tokens.get(n).tag() == Tag.ADJ
                        && n + 1 < tokens.size()
                        && !nouns.containsKey(tokens.get(n).lemma())) { // the tagger's "proposal" may be an ADJ
                    n++; // "Peru's notable absence"
                }
                Stance stance = decidedToSkipAt(tokens, n) ? Stance.DECLINED : stanceNounAt(tokens, n);
                for (Mention m : s.mentions()) {
                    if (m.last() != k) {
                        continue;
                    }
                    if (stance != null) {
                        add(findings, m, stance, s);
                    } else if (m.kind() != MentionKind.PERSON && underPresidency(tokens, m.first(), n)) {
                        // not "under Biden's presidency": a person's term in office
                        add(findings, m, Stance.HOSTED, s);
                    }
                }
            }
        }
    }

    /**
     * The same noun with the country or organisation before it as a modifier, after an article: "a US refusal to
     * mention ...", "the Russian veto", "a Chinese objection", "a World Bank proposal", "a Chile and Peru proposal".
     */
    private void attributive(AnnotatedSentence s, Findings findings) {
        List<Token> tokens = s.tokens();
        List<Mention> mentions = s.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.kind() == MentionKind.COMPANY
                    || m.kind() == MentionKind.PERSON
                    || m.first() == 0
                    || !ARTICLES.contains(tokens.get(m.first() - 1).lower())) {
                continue;
            }
            // "a Chile and Peru proposal": the modifiers joined by "and" all own the noun
            int last = i;
            while (last + 1 < mentions.size()
                    && mentions.get(last + 1).first() == mentions.get(last).last() + 1
                    && tokens.get(mentions.get(last).last()).is("and")
                    && mentions.get(last + 1).kind() != MentionKind.PERSON) {
                last++;
            }
            int n = mentions.get(last).last();
            if (n >= tokens.size()) {
                continue;
            }
            Stance stance = stanceNounAt(tokens, n);
            if (stance != null) {
                for (Mention owner : mentions.subList(i, last + 1)) {
                    add(findings, owner, stance, s);
                }
            } else if (last == i && m.first() > 1 && underPresidency(tokens, m.first() - 1, n)) {
                add(findings, m, Stance.HOSTED, s);
            }
        }
    }

    /** How far after the verb of "decision to skip the summit" the gathering's noun may stand. */
    private static final int SKIPPED_GATHERING_REACH = 4;

    /**
     * "Chile's decision to skip the summit", "Peru's move to boycott the talks": a noun of deciding, "to", a verb of
     * staying away (the DECISION_NOUN and SKIPPING_VERB rows of {@code possessive-stance-words.tsv}) and the
     * gathering; the owner declined to come.
     */
    private boolean decidedToSkipAt(List<Token> tokens, int n) {
        if (n + 3 >= tokens.size()
                || !decisionNouns.contains(tokens.get(n).lemma())
                || !tokens.get(n + 1).is("to")
                || !skippingVerbs.contains(tokens.get(n + 2).lemma())) {
            return false;
        }
        for (int k = n + 3; k < tokens.size() && k <= n + 2 + SKIPPED_GATHERING_REACH; k++) {
            if (eventNouns.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** How many capitalised words may stand between the holder and "presidency" ("India's G20 Presidency"). */
    private static final int PRESIDENCY_QUALIFIERS = 2;

    /**
     * "Under Fiji's presidency, the summit ...", "under the Fijian presidency", "during India's G20 Presidency": the
     * holder of the presidency the text puts the gathering under hosts it, with no "of" and a gathering after it.
     */
    private boolean underPresidency(List<Token> tokens, int first, int n) {
        if (first < 1
                || !tokens.get(first - 1).is("under") && !tokens.get(first - 1).is("during")) {
            return false;
        }
        for (int j = 0; j < first; j++) {
            if (LATER.contains(tokens.get(j).lower())) {
                return false; // "the next meeting will convene in Lima under the Peruvian presidency": another one
            }
        }
        int k = n;
        while (k < tokens.size()
                && k < n + PRESIDENCY_QUALIFIERS
                && tokens.get(k).capitalised()
                && !presidencies.contains(tokens.get(k).lower())) {
            k++;
        }
        return k < tokens.size()
                && presidencies.contains(tokens.get(k).lower())
                && (k + 1 >= tokens.size() || !tokens.get(k + 1).tag().nominal());
    }

    /** Words before "under" that put the presidency on a gathering still to come. */
    private static final Set<String> LATER = WordSets.of("will", "next", "upcoming", "shall");

    /**
     * The stance of the noun at token n, or null; none where another noun follows it ("Venezuela's opposition
     * leader", "France's signature policy": a modifier, no stance).
     */
    private Stance stanceNounAt(List<Token> tokens, int n) {
        Stance stance = nouns.get(tokens.get(n).lemma());
        return stance == null
                        || n + 1 < tokens.size() && tokens.get(n + 1).tag().nominal()
                        || stance == Stance.HOSTED && !ofAGathering(tokens, n + 1)
                ? null
                : stance;
    }

    /** "of the summit", "of this conference", "of the forum's talks": a gathering after "of", a word between at most. */
    private boolean ofAGathering(List<Token> tokens, int from) {
        if (from >= tokens.size() || !tokens.get(from).is("of")) {
            return false;
        }
        for (int k = from + 1; k < tokens.size() && k <= from + 3; k++) {
            if (eventNouns.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static void add(Findings findings, Mention m, Stance stance, AnnotatedSentence s) {
        Positions.addUnlessKnown(
                findings.positions,
                new Position(
                        m.actor(),
                        stance,
                        IncludedSignatories.lastOutcomeUpTo(findings.outcomes, s.index()),
                        List.of(),
                        Evidence.of(s.text())));
    }

    private static final Set<String> ARTICLES = WordSets.of("a", "an", "the");
}
