package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefingpack.extract.annotate.Chunk;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * A text named after the town the gathering met in, wherever the story names it: "revealed in the Suva
 * Declaration", "will endorse the 'Suva Principles'". Gatherings name their texts after their venue, so such a
 * name is this gathering's, with or without a verb of adopting; not one dated by another year than the gathering's
 * ("the 1992 Suva Declaration", "the Suva Declaration, the landmark text of 2015"), which an earlier gathering in the
 * same town made.
 */
final class VenueNamedDocument implements OutcomeFinder {

    /** What a word of {@code venue-named-document-words.tsv} is. */
    enum Word {
        TEXT_HEAD,
        NAMING_WORD
    }

    private static final Map<Word, Set<String>> WORDS =
            LexiconFile.read("venue-named-document-words.tsv").wordsByRole(Word.class);

    @Override
    public void find(OutcomeScope scope) {
        if (scope.venue == null || !scope.text().contains(scope.venue)) {
            return;
        }
        String town = scope.venue.split(" ")[0]; // "Port Moresby": its first word, the rest checked below
        List<Token> tokens = scope.tokens();
        for (Chunk name : scope.sentence.chunks()) {
            if (!name.proper()) {
                continue;
            }
            int first = name.first();
            while (first < name.head() && !tokens.get(first).text().equals(town)) {
                first++; // "the 17-page Suva Declaration": the name starts at the town
            }
            if (first >= name.head()) {
                continue;
            }
            int head = first + 1;
            while (head < name.head() && !textHead(scope, tokens.get(head))) {
                head++; // "the Suva Call for Reef Resilient Development": the text's word inside a longer title
            }
            Token keyword = tokens.get(head);
            if (!textHead(scope, keyword)
                    || otherYearNear(scope, first - 1, name.last() + YEAR_REACH)
                    || keyword.start() < scope.bodyFrom) {
                continue;
            }
            int last = head == name.head() ? titleAfter(tokens, head + 1) : name.head() + 1;
            String text = scope.sentence.span(first, last);
            if (!text.startsWith(scope.venue + " ")) {
                continue;
            }
            int start = tokens.get(first).start();
            int end = tokens.get(last - 1).end();
            if (!(NameText.isTitle(text) || lowerCaseHead(scope, tokens, first, head, name))
                    || scope.overlaps(start, end)
                    || scope.named(text.toLowerCase(Locale.ROOT))
                    || alias(tokens, name.first())
                    || sameKeywordInSentence(scope, keyword.lower())) {
                continue;
            }
            OutcomeDraft d = new OutcomeDraft(text, start, end);
            d.fixedType = OutcomeType.AGREEMENT;
            scope.drafts.add(d);
        }
    }

    /**
     * Heads of a venue's text that name no outcome elsewhere ("the Suva Call for Reef Action", "the Suva Solution"):
     * after the town's name they do.
     */
    private static final Set<String> TEXT_HEADS = WORDS.get(Word.TEXT_HEAD);

    private static boolean textHead(OutcomeScope scope, Token t) {
        return TEXT_HEADS.contains(t.lower()) || scope.types().typeOf(t.text()) == OutcomeType.AGREEMENT;
    }

    /**
     * "the Suva declaration", "the Suva pact": a text of the gathering's kind right after the town, its head written
     * lower case as news copy often writes it; not a head that names no outcome elsewhere ("the Suva agenda").
     */
    private static boolean lowerCaseHead(OutcomeScope scope, List<Token> tokens, int town, int head, Chunk name) {
        Token keyword = tokens.get(head);
        return head == town + 1
                && head == name.head()
                && !keyword.upperCase()
                && scope.types().typeOf(keyword.text()) == OutcomeType.AGREEMENT;
    }

    /** "Call for Reef Action": "for", "on" or "to" and capitalised words after the head are the title's; else k. */
    private static int titleAfter(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()
                || !(tokens.get(k).is("for")
                        || tokens.get(k).is("on")
                        || tokens.get(k).is("to"))
                || !tokens.get(k + 1).upperCase()) {
            return k;
        }
        int end = k + 1;
        while (end < tokens.size() && tokens.get(end).word() && tokens.get(end).upperCase()) {
            end++;
        }
        return end;
    }

    /** How many tokens after a name a year may stand and still date it ("the Suva Declaration, the text of 2015"). */
    private static final int YEAR_REACH = 6;

    /** A year other than the gathering's from token {@code from} to {@code to}: an earlier gathering's text. */
    private static boolean otherYearNear(OutcomeScope scope, int from, int to) {
        List<Token> tokens = scope.tokens();
        for (int k = Math.max(0, from); k < Math.min(tokens.size(), to); k++) {
            String t = tokens.get(k).text();
            if (t.length() == 4
                    && t.chars().allMatch(Character::isDigit)
                    && Integer.parseInt(t) != scope.eventYear
                    && (t.startsWith("19") || t.startsWith("20"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words before a second name for a text just described ("usually called the Suva Declaration"); "as" ("known as
     * the ...") is grammar and stays beside the rule.
     */
    private static final Set<String> NAMING_WORDS = WORDS.get(Word.NAMING_WORD);

    /** "a declaration ..., known as the Suva Declaration": the name of a text the sentence has already found. */
    private static boolean alias(List<Token> tokens, int first) {
        int k = first - 1;
        if (k >= 0 && tokens.get(k).is("the")) {
            k--;
        }
        return k >= 0
                && (tokens.get(k).is("as")
                        || NAMING_WORDS.contains(tokens.get(k).lower()));
    }

    private static boolean sameKeywordInSentence(OutcomeScope scope, String keyword) {
        return scope.drafts.stream()
                .anyMatch(d -> d.name != null && d.name.toLowerCase(Locale.ROOT).contains(keyword));
    }
}
