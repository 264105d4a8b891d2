package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.Sentence;
import org.briefingpack.model.Actor;
import org.briefingpack.model.FigureKind;

/**
 * Builds the {@link AnnotatedDocument} of one text from its sentences and figures: the layout and part of
 * each sentence, the headline, byline and dateline, quotations, tokens tagged with part of speech and lemma,
 * noun-phrase chunks, places, and actor mentions (people resolved to the country or body they speak for,
 * and a sentence-opening "It" or "They" to the actor the sentence before opened with). Thread-safe.
 */
public final class Annotator {

    private final ActorGazetteer gazetteer;
    private final Tagger tagger;

    public Annotator(ActorGazetteer gazetteer, Tagger tagger) {
        this.gazetteer = gazetteer;
        this.tagger = tagger;
    }

    /** The gazetteer and tagger shipped under {@code resources/lexicon}. */
    public static Annotator withDefaults() {
        return new Annotator(ActorGazetteer.fromClasspath(), LexiconTagger.fromClasspath());
    }

    public ActorGazetteer gazetteer() {
        return gazetteer;
    }

    /**
     * @param text      the document's normalised text
     * @param sentences its sentences, list items and headings in order (offsets into {@code text})
     * @param figures   its figures (offsets into {@code text}), in any order
     */
    public AnnotatedDocument annotate(String text, List<Sentence> sentences, List<FoundFigure> figures) {
        List<FoundFigure> sorted = new ArrayList<>(figures);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Quote> quotes = Quotes.find(text);
        Layout layout = new Layout(text);
        List<Layout.Lines> lines = new ArrayList<>(sentences.size());
        List<List<Token>> tokens = new ArrayList<>(sentences.size());
        List<List<Mention>> mentions = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            lines.add(layout.of(s.start(), s.end(), s.text()));
            List<Token> tagged = tagger.tag(Tokenizer.tokens(s.text()));
            tokens.add(tagged);
            mentions.add(gazetteer.actors(tagged));
        }
        List<PartKind> parts = NewsStructure.parts(sentences, lines);
        Dateline dateline = NewsStructure.dateline(sentences, parts, sorted, gazetteer, tokens);
        People people = People.of(tokens, mentions, gazetteer);

        List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
        int f = 0;
        List<Mention> previous = List.of();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Layout.Lines l = lines.get(i);
            List<Token> tagged = tokens.get(i);
            int bodyFrom = dateline != null && dateline.start() >= s.start() && dateline.end() <= s.end()
                    ? dateline.end() - s.start()
                    : 0;
            List<Mention> found = people.resolve(tagged, mentions.get(i));
            if (bodyFrom > 0) {
                int cut = bodyFrom;
                found = found.stream().filter(m -> m.start() >= cut).toList();
            }
            boolean heading = parts.get(i) == PartKind.HEADLINE || parts.get(i) == PartKind.HEADING;
            if (!heading) {
                found = withPronounSubject(tagged, found, previous);
                previous = found;
            }
            while (f < sorted.size() && sorted.get(f).end() <= s.start()) {
                f++;
            }
            List<FoundFigure> inside = new ArrayList<>();
            for (int g = f; g < sorted.size() && sorted.get(g).start() < s.end(); g++) {
                if (sorted.get(g).start() >= s.start() && sorted.get(g).end() <= s.end()) {
                    inside.add(sorted.get(g));
                }
            }
            List<Quote> inSentence = quotes.stream()
                    .filter(q -> q.start() < s.end() && s.start() < q.end())
                    .toList();
            out.add(new AnnotatedSentence(
                    i,
                    s.start(),
                    s.text(),
                    l.plain(),
                    parts.get(i),
                    l.heading(),
                    l.lineItem(),
                    l.marker(),
                    l.newBlock(),
                    bodyFrom,
                    tagged,
                    found,
                    NounChunker.chunks(tagged),
                    gazetteer.places(tagged),
                    inSentence,
                    inside));
        }
        return new AnnotatedDocument(text, out, sorted, dateline);
    }

    /**
     * "Germany announced a fund. It pledged $50 million": a sentence opening with "It" or "They" whose
     * sentence before opened with an actor as its subject gets that actor as a mention over the pronoun.
     */
    static List<Mention> withPronounSubject(List<Token> tokens, List<Mention> mentions, List<Mention> previous) {
        if (tokens.isEmpty() || previous.isEmpty() || previous.get(0).first() > 1) {
            return mentions;
        }
        Token first = tokens.get(0);
        if (!first.text().equals("It") && !first.text().equals("They")) {
            return mentions;
        }
        if (!mentions.isEmpty() && mentions.get(0).first() == 0) {
            return mentions;
        }
        List<Mention> with = new ArrayList<>(mentions.size() + 1);
        Actor actor = previous.get(0).actor();
        with.add(new Mention(actor, previous.get(0).kind(), 0, 1, first.start(), first.end()));
        with.addAll(mentions);
        return with;
    }

    /** The DATE figures of a sentence, for the dateline. */
    static List<FoundFigure> dates(List<FoundFigure> figures, int from, int to) {
        return figures.stream()
                .filter(f -> f.figure().kind() == FigureKind.DATE && f.start() >= from && f.end() <= to)
                .toList();
    }
}
