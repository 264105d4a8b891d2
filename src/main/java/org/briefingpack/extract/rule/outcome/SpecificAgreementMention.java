package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingpack.extract.annotate.Chunk;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * An agreement the text introduces by a specific common noun anywhere in a sentence, the first time it
 * does: "according to their joint statement", "rallying behind a political declaration on education
 * financing". The noun phrase has an adjective ("joint", "final", "political") or, for "a"/"an", a phrase on
 * what it is about; a later mention of the same keyword is that agreement again, not a new one.
 */
final class SpecificAgreementMention implements OutcomeFinder {

    private static final Set<String> OPENERS = WordSets.of("the", "their", "its", "a", "an");
    private static final Set<String> ABOUT = WordSets.of("on", "for", "to");
    private static final int MAX_ABOUT_WORDS = 5;
    private static final Set<String> NEGOTIATIONS =
            WordSets.copyOf(LexiconFile.read("negotiation-nouns.txt").words());

    private final Set<String> documents;

    /** @param documents the nouns of documents an event agrees (statement, declaration, communiqué ...), lemmas */
    SpecificAgreementMention(List<String> documents) {
        this.documents = WordSets.copyOf(documents);
    }

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (Chunk c : scope.sentence.chunks()) {
            Token opener = tokens.get(c.first());
            Token head = tokens.get(c.head());
            if (c.proper() && leadersDocument(tokens, c) && head.start() >= scope.bodyFrom) {
                int first = opener.is("the") ? c.first() + 1 : c.first();
                int start = tokens.get(first).start();
                int stop = head.end();
                if (!scope.overlaps(start, stop)
                        && !scope.named(scope.text().substring(start, stop).toLowerCase(Locale.ROOT))) {
                    OutcomeDraft d = new OutcomeDraft(scope.text().substring(start, stop), start, stop);
                    d.fixedType = OutcomeType.AGREEMENT;
                    scope.drafts.add(d);
                }
                continue;
            }
            if (!OPENERS.contains(opener.lower())
                    || c.proper()
                    || head.start() < scope.bodyFrom
                    || !documents.contains(head.lemma())
                    || scope.sentence.quoted(head.start())) {
                continue;
            }
            boolean adjective = false;
            for (int k = c.first() + 1; k < c.head(); k++) {
                adjective |= tokens.get(k).tag() == Tag.ADJ;
            }
            int end = c.last();
            boolean indefinite = opener.is("a") || opener.is("an");
            if (indefinite
                    && end + 1 < tokens.size()
                    && ABOUT.contains(tokens.get(end).lower())) {
                int stop = end + 1;
                while (stop < tokens.size()
                        && stop - end <= MAX_ABOUT_WORDS
                        && tokens.get(stop).word()
                        && tokens.get(stop).tag() != Tag.VERB) {
                    stop++;
                }
                end = stop > end + 1 ? stop : c.last(); // "a treaty to end pollution": a purpose, no topic
            }
            if (c.first() >= 2
                    && (tokens.get(c.first() - 1).is("on")
                            || tokens.get(c.first() - 1).is("for"))
                    && NEGOTIATIONS.contains(tokens.get(c.first() - 2).lower())) {
                continue; // "negotiations on a global treaty": not made yet
            }
            if (!adjective || end == c.last() && indefinite && !adjective || scope.named(head.lower())) {
                continue;
            }
            int start = tokens.get(c.first() + 1).start();
            int stop = tokens.get(end - 1).end();
            if (scope.overlaps(start, stop)) {
                continue;
            }
            OutcomeDraft d = new OutcomeDraft(scope.text().substring(start, stop), start, stop);
            d.fixedType = OutcomeType.AGREEMENT;
            scope.drafts.add(d);
        }
    }

    /**
     * "the G7 Lima Leaders’ Declaration", "the Reef Leaders' Statement": the gathering's own document, named so
     * whatever verb the sentence uses ("commended", "welcomed").
     */
    private boolean leadersDocument(List<Token> tokens, Chunk c) {
        int head = c.head();
        if (head - 2 <= c.first() || !documents.contains(tokens.get(head).lemma())) {
            return false;
        }
        Token mark = tokens.get(head - 1);
        boolean apostrophe = mark.text().equals("’") || mark.text().equals("'") || mark.possessiveMark();
        return apostrophe && tokens.get(head - 2).is("leaders");
    }
}
