package org.briefingpack.extract.annotate;

import java.util.List;
import java.util.Optional;
import org.briefingpack.extract.FoundFigure;

/**
 * One document as the rules see it: its text, its sentences in order (each annotated), its figures, the
 * dateline a news story opens with, and its headline.
 */
public record AnnotatedDocument(
        String text, List<AnnotatedSentence> sentences, List<FoundFigure> figures, Dateline dateline) {

    public AnnotatedDocument {
        sentences = List.copyOf(sentences);
        figures = List.copyOf(figures);
    }

    public Optional<Dateline> datelineIfAny() {
        return Optional.ofNullable(dateline);
    }

    /** The headline sentence, if the document opens with one. */
    public Optional<AnnotatedSentence> headline() {
        return sentences.stream().filter(s -> s.part() == PartKind.HEADLINE).findFirst();
    }

    /** The sentences that carry the story: not the headline or byline. */
    public List<AnnotatedSentence> body() {
        return sentences.stream()
                .filter(s -> s.part() != PartKind.HEADLINE && s.part() != PartKind.BYLINE)
                .toList();
    }
}
