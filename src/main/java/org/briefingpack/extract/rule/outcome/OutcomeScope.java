package org.briefingpack.extract.rule.outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.annotate.ActorGazetteer;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.extract.annotate.Mention;
import org.briefingpack.extract.annotate.Token;
import org.briefingpack.extract.rule.OutcomeDraft;
import org.briefingpack.extract.rule.OutcomeNames;
import org.briefingpack.extract.rule.OutcomeTypes;
import org.briefingpack.model.FigureKind;

/** One sentence while the outcome finders work on it: what they found so far, and what they share. */
public final class OutcomeScope {

    final AnnotatedSentence sentence;
    final List<OutcomeDraft> earlier;
    final List<OutcomeDraft> drafts = new ArrayList<>();
    /** "agreed to ..." and "agreed that ..." outcomes: kept only when nothing named comes. */
    final List<OutcomeDraft> verbal = new ArrayList<>();

    final List<FoundFigure> money;
    final OutcomeNames names;
    final ActorGazetteer gazetteer;
    /** Where the sentence's body starts after a "Label:" (characters); finders look from here on. */
    int bodyFrom;
    /** The town or venue the story's gathering met in, as the event rules found it; null where none. */
    final String venue;
    /** The year the story's gathering began in, as the event rules found it; 0 where none. */
    final int eventYear;

    OutcomeScope(
            AnnotatedSentence sentence,
            List<OutcomeDraft> earlier,
            OutcomeNames names,
            ActorGazetteer gazetteer,
            String venue,
            int eventYear) {
        this.venue = venue;
        this.eventYear = eventYear;
        this.sentence = sentence;
        this.earlier = earlier;
        this.money = sentence.local(FigureKind.MONEY);
        this.names = names;
        this.gazetteer = gazetteer;
        this.bodyFrom = sentence.bodyFrom();
    }

    String text() {
        return sentence.text();
    }

    List<Token> tokens() {
        return sentence.tokens();
    }

    List<Mention> actors() {
        return sentence.mentions();
    }

    OutcomeTypes types() {
        return names.types();
    }

    List<OutcomeDraft> drafts() {
        return drafts;
    }

    /** An outcome found before, or in this sentence so far, whose name holds these lower-case words. */
    boolean named(String lowerWords) {
        for (OutcomeDraft o : earlier) {
            if (o.name != null && o.name.toLowerCase(Locale.ROOT).contains(lowerWords)) {
                return true;
            }
        }
        return drafts.stream()
                .anyMatch(d -> d.name != null && d.name.toLowerCase(Locale.ROOT).contains(lowerWords));
    }

    boolean overlaps(int start, int end) {
        return drafts.stream().anyMatch(d -> d.start < end && start < d.end);
    }

    /** Not an actor's bare name, not a repeat ("the declaration") of an outcome already found. */
    boolean acceptable(OutcomeNames.Phrase p) {
        if (gazetteer.byName(p.text()).isPresent()) {
            return false;
        }
        int words = NameText.words(p.text());
        if (p.definite() && !p.capitalised() && words == 1) {
            return false; // "the declaration" refers back, it names nothing new
        }
        if (p.definite() && words <= 2 && !p.quoted()) {
            String head = types().headKeyword(p.text());
            if (head != null) {
                for (OutcomeDraft o : earlier) {
                    if (head.equals(types().headKeyword(o.name))) {
                        return false;
                    }
                }
                for (OutcomeDraft d : drafts) {
                    if (head.equals(types().headKeyword(d.name))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The name written as one (capitalised or quoted) at {@code offset}, added as a draft that starts at {@code from},
     * when it is acceptable and no draft has its words yet.
     */
    void addWrittenName(int offset, int from) {
        OutcomeNames.Phrase p = names.after(sentence, offset, money);
        if (p != null && (p.capitalised() || p.quoted()) && acceptable(p) && !overlaps(p.start(), p.end())) {
            drafts.add(new OutcomeDraft(p.text(), from, p.end()));
        }
    }
}
