package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.MentionKind;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.Grammar;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * A person a gathering elects or appoints: "the governors elected Ana Ruiz as president of the reef bank",
 * "Pedro Soto was re-elected to the executive committee", "Ana Ruiz was appointed secretary-general". One outcome of
 * type OTHER, "Election of Ana Ruiz as president of the bank" or "Appointment of ...", from a named person only (not
 * "a Peruvian admiral facing charges", not "newly elected members", not "will elect").
 */
final class Elections implements OutcomeFinder {

    /** Auxiliaries of the passive: "was elected", "has been appointed". */
    private static final Set<String> PASSIVE = WordSets.of("was", "were", "is", "are", "been");
    /** Words of the office that say nothing of it: "as its new president" is "as president". */
    private static final Set<String> OFFICE_DROPS = WordSets.of("the", "its", "their", "his", "her", "a", "an", "new");
    /** Words that end the office: what follows is when, how or why ("as president on Thursday, despite ..."). */
    private static final Set<String> OFFICE_ENDS = WordSets.of(
            "on",
            "in",
            "at",
            "by",
            "after",
            "following",
            "despite",
            "during",
            "with",
            "for",
            "from",
            "and",
            "but",
            "who",
            "which",
            "that",
            "while",
            "when",
            "amid",
            "until",
            "to",
            "replacing",
            "succeeding");
    /** Lower-case parts of names ("Ana al-Ruiz", "Ahmed bin Saleh", "Luis de Soto"). */
    private static final Set<String> NAME_PARTICLES =
            WordSets.of("al", "bin", "ibn", "de", "da", "do", "dos", "del", "van", "von", "der", "le", "la");

    /** "al-Raisi", "bin-Saleh": a particle joined to the capitalised rest of a name. */
    private static final Pattern PARTICLE_JOINED = Pattern.compile("\\p{Ll}{1,3}-\\p{Lu}.*");

    /** How far after the verb the object's "as" may stand, in tokens. */
    private static final int OBJECT_REACH = 10;
    /** How many tokens the office may take. */
    private static final int MAX_OFFICE_TOKENS = 10;

    /** What a word of {@code election-words.tsv} is. */
    enum Word {
        ELECTING,
        APPOINTING
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("election-words.tsv").wordsByRole(Word.class);

    /** The verbs as written, with and without "re". */
    private static final Set<String> ELECTING = WORDS.get(Word.ELECTING);

    private static final Set<String> APPOINTING = WORDS.get(Word.APPOINTING);

    @Override
    public void find(OutcomeScope scope) {
        String text = scope.sentence.text();
        if (!text.contains("elected") && !text.contains("appointed")) {
            return; // most sentences elect no one: one look at the text instead of one at every token
        }
        List<Token> tokens = scope.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            Token verb = tokens.get(k);
            boolean elected = ELECTING.contains(verb.lower());
            boolean appointed = APPOINTING.contains(verb.lower());
            if (!elected && !appointed || verb.start() < scope.bodyFrom) {
                continue;
            }
            if (Grammar.negatedBefore(tokens, k)
                    || Grammar.hedgedBefore(tokens, k)
                    || k > 0 && tokens.get(k - 1).lower().endsWith("ly")) {
                continue; // "was not elected", "hopes to be elected", "newly elected members": no one chosen here
            }
            boolean passive = k > 0 && PASSIVE.contains(tokens.get(k - 1).lower());
            int personEnd;
            int officeFrom;
            if (passive) {
                personEnd = k - 1; // "Ana Ruiz was elected ..."
                if (personEnd > 0 && tokens.get(personEnd).is("been")) {
                    personEnd--; // "has been"
                    while (personEnd > 0
                            && (tokens.get(personEnd).is("has")
                                    || tokens.get(personEnd).is("have"))) {
                        personEnd--;
                    }
                    personEnd++;
                }
                officeFrom = k + 1;
            } else {
                int as = k + 1;
                while (as < tokens.size()
                        && as <= k + OBJECT_REACH
                        && !tokens.get(as).is("as")) {
                    as++;
                }
                if (as >= tokens.size() || !tokens.get(as).is("as")) {
                    continue; // "elected a new board": no person named as holding an office
                }
                personEnd = as; // "elected former minister Ana Ruiz as ..."
                officeFrom = as;
            }
            int first = personStart(scope, tokens, personEnd, passive ? 0 : k + 1);
            if (first < 0) {
                continue;
            }
            int officeEnd = officeEnd(tokens, officeFrom);
            String office = officeEnd > officeFrom
                    ? " " + tokens.get(officeFrom).lower() + " "
                            + scope.sentence.span(officeStart(tokens, officeFrom), officeEnd)
                    : "";
            String name =
                    (elected ? "Election of " : "Appointment of ") + scope.sentence.span(first, personEnd) + office;
            int start = tokens.get(first).start();
            int end = tokens.get(Math.max(officeEnd, k + 1) - 1).end();
            if (scope.drafts.stream().anyMatch(o -> o.start < end && start < o.end)) {
                continue; // another finder named what stands here
            }
            OutcomeDraft d = new OutcomeDraft(name, start, end);
            d.fixedType = OutcomeType.OTHER;
            scope.drafts.add(d);
        }
    }

    /**
     * Where the person's name right before token {@code end} (exclusive) starts, not before {@code from}: a PERSON
     * mention that ends there, else the capitalised words (and particles) before it, without a country's adjective
     * or name that opens them ("Chilean Pedro Soto" is Pedro Soto); -1 when none.
     */
    private static int personStart(OutcomeScope scope, List<Token> tokens, int end, int from) {
        for (Mention m : scope.sentence.mentions()) {
            if (m.kind() == MentionKind.PERSON && m.last() == end && m.first() >= from) {
                // a pronoun that stands for the person ("He was re-elected") leaves the outcome without a name
                return m.last() - m.first() >= 2 && tokens.get(m.first()).tag() != Tag.PRON ? m.first() : -1;
            }
        }
        int first = end;
        while (first > from && nameWord(tokens.get(first - 1))) {
            first--;
        }
        while (first < end
                && !NAME_PARTICLES.contains(tokens.get(first).lower())
                && scope.gazetteer.byName(tokens.get(first).text()).isPresent()) {
            first++; // "Chilean Pedro Soto", "Emirati General ..."
        }
        while (first < end && NAME_PARTICLES.contains(tokens.get(first).lower())) {
            first++;
        }
        // two words at least: one capitalised word is a title, a body or a country, seldom a whole name
        return end - first >= 2 && tokens.get(first).upperCase() ? first : -1;
    }

    private static boolean nameWord(Token t) {
        return t.word()
                && (t.upperCase()
                        || NAME_PARTICLES.contains(t.lower())
                        || PARTICLE_JOINED.matcher(t.text()).matches());
    }

    /** The end of the office after "as" or "to" at {@code from} ("as president of the bank"), or {@code from}. */
    private static int officeEnd(List<Token> tokens, int from) {
        if (from >= tokens.size()
                || !(tokens.get(from).is("as") || tokens.get(from).is("to"))) {
            return from;
        }
        int first = officeStart(tokens, from);
        int end = first;
        while (end < tokens.size()
                && end - first < MAX_OFFICE_TOKENS
                && (tokens.get(end).word() || tokens.get(end).possessiveMark())
                && !OFFICE_ENDS.contains(tokens.get(end).lower())) {
            end++;
        }
        return end > first ? end : from;
    }

    /** The office's first word after "as" (past "the", "its", "new") or "to" ("to the board" as written). */
    private static int officeStart(List<Token> tokens, int from) {
        int first = from + 1;
        while (tokens.get(from).is("as")
                && first < tokens.size()
                && OFFICE_DROPS.contains(tokens.get(first).lower())) {
            first++;
        }
        return first;
    }
}
