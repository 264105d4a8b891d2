package org.briefingpack.extract;

import java.util.List;
import java.util.OptionalInt;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.Annotator;
import org.briefingpack.extract.rule.ExtractionRules;
import org.briefingpack.extract.rule.FactsAssembler;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.RuleEngine;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.Link;

/**
 * The complete facts of a document: sentences and figures first, then one annotated document (parts,
 * tokens, tags, chunks, actor mentions), then the rules over it in order (event, themes, outcomes,
 * positions), and the links. Stateless and thread-safe.
 */
public final class RuleBasedFactsExtractor implements FactsExtractor {

    private final SentenceSplitter sentences;
    private final FigureRecognizer figures;
    private final LinkRecognizer links;
    private final Annotator annotator;
    private final RuleEngine rules;

    public RuleBasedFactsExtractor(
            SentenceSplitter sentences,
            FigureRecognizer figures,
            LinkRecognizer links,
            Annotator annotator,
            RuleEngine rules) {
        this.sentences = sentences;
        this.figures = figures;
        this.links = links;
        this.annotator = annotator;
        this.rules = rules;
    }

    /** The extractor with the annotator and rules shipped on the classpath (lexicons checked here, at start). */
    public static RuleBasedFactsExtractor withDefaults(
            SentenceSplitter sentences, FigureRecognizer figures, LinkRecognizer links) {
        Annotator annotator = Annotator.withDefaults();
        return new RuleBasedFactsExtractor(
                sentences, figures, links, annotator, ExtractionRules.defaults(annotator.gazetteer()));
    }

    @Override
    public Facts extract(SourceDocument document) {
        String text = document.text() == null ? "" : document.text();
        AnnotatedDocument annotated = annotate(text, DocumentYear.inFileName(document.fileName()));
        Findings found = rules.run(annotated);
        List<Figure> figureList =
                annotated.figures().stream().map(FoundFigure::figure).toList();
        List<Link> linkList = links.recognize(text, document.markupLinks());
        DocumentInfo info = new DocumentInfo(document.id(), document.fileName(), document.sha256(), text.length());
        Facts facts = new Facts(
                Facts.SCHEMA,
                info,
                FactsAssembler.event(annotated, found),
                List.copyOf(found.themes),
                FactsAssembler.outcomes(found),
                List.copyOf(found.positions),
                figureList,
                linkList);
        return EvidencePages.of(facts, document);
    }

    /** The annotated document the rules read (for tests and tools that look at the annotation). */
    public AnnotatedDocument annotate(String text) {
        return annotate(text, OptionalInt.empty());
    }

    /** The annotated document, dates that state no year placed in {@code documentYear} where nothing nearer says. */
    public AnnotatedDocument annotate(String text, OptionalInt documentYear) {
        return annotator.annotate(text, sentences.split(text), figures.recognize(text, documentYear));
    }
}
