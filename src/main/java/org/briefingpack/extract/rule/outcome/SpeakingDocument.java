package org.briefingpack.extract.rule.outcome;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingpack.extract.annotate.Tag;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.rule.GatheringText;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.model.OutcomeType;

/**
 * A gathering's text quoted as a speaker: "the declaration said", "a joint communique issued at the end of the
 * summit said". The text is an outcome, the gathering's own; {@link OutcomeCoreference} names it after the event
 * or merges it into the named declaration the story gives elsewhere.
 */
final class SpeakingDocument implements OutcomeFinder {

    /** How many words a participle phrase may put between the document and its verb ("issued at the end of ..."). */
    private static final int MAX_GAP = 16;

    /** The one-word verbs of saying ("said", "stated", "noted"), as for reported speech. */
    private static final Set<String> SPEECH = LexiconFile.read("speech-verbs.txt").words().stream()
            .filter(w -> w.indexOf(' ') < 0)
            .collect(Collectors.toUnmodifiableSet());

    private final GatheringText gatheringText;

    SpeakingDocument(GatheringText gatheringText) {
        this.gatheringText = gatheringText;
    }

    @Override
    public void find(OutcomeScope scope) {
        List<Token> tokens = scope.tokens();
        for (int k = 1; k < tokens.size(); k++) {
            Token noun = tokens.get(k);
            if (scope.sentence.quoted(noun.start())) {
                continue;
            }
            GatheringText.Phrase phrase = gatheringText.at(tokens, k);
            if (phrase == null || noun.capitalised() && k > 1 && !phrase.signed()) {
                continue; // "the Lima Declaration said" is a name the other finders take ("the Chairs' Summary" is not)
            }
            String name = scope.sentence.span(phrase.first(), k + 1);
            if (!phrase.signed()
                    && !TriggeredOutcome.EVENT_DOCUMENT.matcher(name).matches()) {
                continue; // a lone "statement" is anyone's
            }
            name = phrase.signerPrefix() + name;
            int determiner = phrase.determiner();
            Token before = determiner >= 0 ? tokens.get(determiner) : null;
            if (before == null || !(before.is("the") || before.is("a") || before.is("an"))) {
                continue; // "Peru's communique": someone's, named otherwise
            }
            if (!speaks(tokens, determiner, k) || scope.overlaps(before.start(), noun.end())) {
                continue;
            }
            OutcomeDraft d = new OutcomeDraft(
                    Character.toUpperCase(name.charAt(0)) + name.substring(1), before.start(), noun.end());
            d.fixedType = OutcomeType.AGREEMENT;
            d.eventDocument = true;
            scope.drafts.add(d);
            return;
        }
    }

    /**
     * Whether the document speaks: a verb of saying ends its clause ("the declaration, issued Friday, said"), a verb
     * follows it at once ("the group's declaration criticized"), or it follows a verb of saying ("said the
     * leaders' statement").
     */
    private static boolean speaks(List<Token> tokens, int determiner, int noun) {
        if (speechVerbAfter(tokens, noun + 1) >= 0) {
            return true;
        }
        if (noun + 1 < tokens.size()) {
            Token next = tokens.get(noun + 1);
            if (next.tag() == Tag.VERB && !next.lower().endsWith("ing")) {
                return true;
            }
        }
        return determiner > 0 && SPEECH.contains(tokens.get(determiner - 1).lower());
    }

    /** The verb of saying that ends the document's clause, within reach and before any punctuation; -1 if none. */
    private static int speechVerbAfter(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size() && k <= from + MAX_GAP; k++) {
            Token t = tokens.get(k);
            if (SPEECH.contains(t.lower())) {
                return k == from || tokens.get(from).lower().endsWith("ed") ? k : -1;
            }
            if (!t.word() && !t.punctuation('-')) {
                return -1;
            }
        }
        return -1;
    }
}
