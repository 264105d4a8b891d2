package org.briefingpack.extract.rule.position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.LexiconRow;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.ActorGroups;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/**
 * A noun that says who a list names ({@code list-heads.tsv}), with what it may carry between it and the list:
 * "Signatories to the accord include Fiji and Tonga", "Countries endorsing the pledge include Chile and Peru",
 * "New endorsers this year are ...", "The co-hosts, Norway and Ghana, opened ...", and the same noun said of
 * actors before it: "Chile and Peru are founding members of the alliance". Each actor listed takes the stance.
 */
public final class ListHeadStances implements Rule {

    /** The kind of a list head: a noun that names the actors, or a word that makes a noun of actors one. */
    enum HeadKind {
        NOUN,
        MODIFIER
    }

    /** The roles of {@code lexicon/list-head-stance-words.tsv}. */
    enum Word {
        NOT_AMONG
    }

    private record Head(Stance stance, int last) {}

    private static final Set<String> OPENERS =
            WordSets.of("include", "included", "includes", "including", "are", "were", "comprise", "comprised");
    private static final Set<String> BE = WordSets.of("are", "were", "is", "was");
    /** Words between a copula and the head noun: "are also the founding members", "was among the biggest donors". */
    private static final Set<String> BEFORE_HEAD = WordSets.of(
            "also", "the", "all", "both", "now", "among", "its", "biggest", "largest", "top", "main", "major",
            "leading", "first", "only", "other");
    /** How far back a word of {@link #notAmongWords} may stand: "missing from the list of signatories were". */
    private static final int NOT_AMONG_REACH = 5;
    /** How far the opener may stand after the head ("signatories to the accord signed in 2019 include"). */
    private static final int MAX_GAP = 8;
    /** How long an aside between the head and its opener may be ("..., which was agreed late on Friday, ..."). */
    private static final int MAX_ASIDE = 25;

    private final Map<String, Stance> nouns = new HashMap<>();
    private final Map<String, Stance> modifiers = new HashMap<>();
    private final Set<String> actorNouns;
    /** The first words of two-word heads ("founding"): no string is built for the other tokens of a sentence. */
    private final Set<String> twoWordFirsts = new HashSet<>();
    /** Words before a head that say the actors listed are not what it names: "absent from the signatories were". */
    private final Set<String> notAmongWords;

    ListHeadStances(LexiconFile heads, List<String> actorNouns, LexiconFile words) {
        for (LexiconRow row : heads.rows()) {
            Stance stance = row.choice(1, Stance.class);
            if (row.choice(2, HeadKind.class) == HeadKind.NOUN) {
                nouns.put(row.text(0), stance);
                if (row.text(0).contains(" ")) {
                    twoWordFirsts.add(row.text(0).substring(0, row.text(0).indexOf(' ')));
                }
            } else {
                modifiers.put(row.text(0), stance);
            }
        }
        this.actorNouns = WordSets.copyOf(actorNouns);
        // "not" is grammar, kept here: "not among the signatories were"
        this.notAmongWords = WordSets.copyOf(
                Stream.concat(words.wordsByRole(Word.class).get(Word.NOT_AMONG).stream(), Stream.of("not"))
                        .toList());
    }

    static ListHeadStances fromClasspath() {
        return new ListHeadStances(
                LexiconFile.read("list-heads.tsv"),
                LexiconFile.read("listed-actor-nouns.txt").words(),
                LexiconFile.read("list-head-stance-words.tsv"));
    }

    @Override
    public void apply(AnnotatedDocument document, Findings findings) {
        for (AnnotatedSentence s : document.sentences()) {
            List<Token> tokens = s.tokens();
            for (int k = 0; k < tokens.size(); k++) {
                Head head = headAt(tokens, k);
                if (head == null) {
                    continue;
                }
                if (notAmong(tokens, k)) {
                    k = head.last(); // stances.tsv gives these their own stance
                    continue;
                }
                List<Mention> listed = listAfter(s, head.last());
                if (listed.isEmpty()) {
                    listed = subjectsBefore(s, k);
                }
                String subject = IncludedSignatories.lastOutcomeUpTo(findings.outcomes, s.index());
                for (Mention m : listed) {
                    if (head.stance() == Stance.PLEDGED
                            && IncludedSignatories.placedHere(
                                    findings.positions, m, s, p -> p.stance() == Stance.DECLINED)) {
                        continue; // "Some donors, including Peru, said they were unable to pledge": the head is no act
                    }
                    Positions.addUnlessKnown(
                            findings.positions,
                            new Position(m.actor(), head.stance(), subject, List.of(), Evidence.of(s.text())));
                }
                k = head.last();
            }
        }
    }

    /** Whether a word of {@link #notAmongWords} stands in the few words before the head, in its clause. */
    private boolean notAmong(List<Token> tokens, int head) {
        for (int k = head - 1; k >= 0 && k >= head - NOT_AMONG_REACH; k--) {
            Token t = tokens.get(k);
            if (t.punctuation(',') || t.punctuation(';') || t.punctuation(':')) {
                return false;
            }
            if (notAmongWords.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The head that starts at token k: a head noun, "endorsing countries", or "countries endorsing". */
    private Head headAt(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k + 1 < tokens.size() && twoWordFirsts.contains(t.lower())) {
            Stance two = nouns.get(t.lower() + " " + tokens.get(k + 1).lower());
            if (two != null) {
                return new Head(two, k + 1);
            }
        }
        Stance noun = nouns.get(t.lower());
        if (noun != null) {
            return new Head(noun, k);
        }
        if (k + 1 >= tokens.size()) {
            return null;
        }
        Stance before = modifiers.get(t.lower());
        if (before != null && actorNouns.contains(tokens.get(k + 1).lower())) {
            return new Head(before, k + 1); // "endorsing countries"
        }
        Stance after = modifiers.get(tokens.get(k + 1).lower());
        if (after != null
                && actorNouns.contains(t.lower())
                && tokens.get(k + 1).lower().endsWith("ing")) {
            return new Head(after, k + 1); // "countries endorsing the pledge"
        }
        return null;
    }

    /** The actors of a list the head opens, after an opener verb or a colon, or set off by commas. */
    private static List<Mention> listAfter(AnnotatedSentence s, int head) {
        List<Token> tokens = s.tokens();
        if (head + 1 < tokens.size() && tokens.get(head + 1).punctuation(',')) {
            // "The co-hosts, Norway and Ghana, opened the meeting": an apposition closed by a comma, which may
            // name only some of them ("Signatories, including Chile and Peru, condemned ...")
            int first = head + 2;
            if (first < tokens.size()
                    && (tokens.get(first).is("including") || tokens.get(first).is("notably"))) {
                first++;
            }
            List<Mention> listed = ListedActors.leading(s, first);
            if (!listed.isEmpty()) {
                int after = listed.get(listed.size() - 1).last();
                return after < tokens.size() && tokens.get(after).punctuation(',') ? listed : List.of();
            }
            return afterAside(s, head + 1);
        }
        for (int k = head + 1; k < tokens.size() && k <= head + 1 + MAX_GAP; k++) {
            Token t = tokens.get(k);
            // "its three co-chairs - Kenya, Peru and the AU - closed the meeting": a list set off by dashes
            boolean dash = t.dash();
            if (OPENERS.contains(t.lower()) || t.punctuation(':') || dash) {
                if (t.is("including") && k == head + 1) {
                    return List.of(); // "signatories including ..." is a phrase of stances.tsv already
                }
                return ListedActors.leading(s, k + 1);
            }
            if (t.punctuation(',')) {
                return afterAside(s, k);
            }
            if (t.punctuation(';') || t.punctuation('.') || t.tag().verbal()) {
                return List.of(); // a verb: the clause goes on without a list ("Donors gave more", "Opponents warned")
            }
        }
        return List.of();
    }

    /**
     * "Signatories of the pact, which was agreed late on Friday, include Chile and Peru": the list after an aside
     * set off by commas that ends right before an opener verb; none where the comma opens no such aside.
     */
    private static List<Mention> afterAside(AnnotatedSentence s, int comma) {
        List<Token> tokens = s.tokens();
        for (int k = comma + 2; k + 1 < tokens.size() && k <= comma + MAX_ASIDE; k++) {
            Token t = tokens.get(k);
            if (t.punctuation(';') || t.punctuation(':') || t.punctuation('.')) {
                return List.of();
            }
            if (t.punctuation(',')) {
                Token opener = tokens.get(k + 1);
                return OPENERS.contains(opener.lower()) && !opener.is("including")
                        ? ListedActors.leading(s, k + 2)
                        : List.of();
            }
        }
        return List.of();
    }

    /** "Chile and Peru are (also) (the) founding members": the coordinated actors right before the copula. */
    private static List<Mention> subjectsBefore(AnnotatedSentence s, int headFirst) {
        List<Token> tokens = s.tokens();
        int k = headFirst - 1;
        while (k >= 0 && BEFORE_HEAD.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < 1 || !BE.contains(tokens.get(k).lower())) {
            return List.of();
        }
        int be = k;
        if (tokens.get(be - 1).is("also")) {
            be--;
        }
        List<Mention> before = new ArrayList<>();
        for (Mention m : s.mentions()) {
            if (m.last() <= be) {
                before.add(m);
            }
        }
        if (before.isEmpty() || before.get(before.size() - 1).last() != be) {
            return List.of(); // the subject must end right before the copula: not "in Chile, donors were ..."
        }
        return ActorGroups.nearestBefore(s, 0, tokens.get(be).start());
    }
}
