package org.briefingpack.extract.annotate;

import org.briefingpack.model.Actor;

/**
 * An actor named in a sentence: over tokens [first, last) and characters [start, end) of the sentence text.
 * A person's mention carries the country or body they speak for as its actor.
 */
public record Mention(Actor actor, MentionKind kind, int first, int last, int start, int end) {

    /**
     * A name the gazetteer lacks, over tokens [first, last) of the sentence, as the text writes it ("Acme Reef
     * Holdings"): an actor with no code.
     */
    public static Mention named(AnnotatedSentence sentence, int first, int last, MentionKind kind) {
        return new Mention(
                new Actor(sentence.span(first, last), null),
                kind,
                first,
                last,
                sentence.tokens().get(first).start(),
                sentence.tokens().get(last - 1).end());
    }

    /** The same mention standing for another actor (a person resolved to their country). */
    public Mention as(Actor other, MentionKind newKind) {
        return new Mention(other, newKind, first, last, start, end);
    }
}
