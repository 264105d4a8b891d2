package org.briefingpack.extract;

import java.util.List;
import org.briefingpack.extract.structure.StructureRecognizer;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.Link;

/**
 * The complete facts of a document: sentences and figures first, then the structured facts over them
 * (event, themes, outcomes, positions), and the links. Stateless and thread-safe.
 */
public final class RuleBasedFactsExtractor implements FactsExtractor {

    private final SentenceSplitter sentences;
    private final FigureRecognizer figures;
    private final LinkRecognizer links;
    private final StructureRecognizer structure;

    public RuleBasedFactsExtractor(
            SentenceSplitter sentences, FigureRecognizer figures, LinkRecognizer links, StructureRecognizer structure) {
        this.sentences = sentences;
        this.figures = figures;
        this.links = links;
        this.structure = structure;
    }

    /** The extractor with the structure lexicons shipped on the classpath. */
    public static RuleBasedFactsExtractor withDefaults(
            SentenceSplitter sentences, FigureRecognizer figures, LinkRecognizer links) {
        return new RuleBasedFactsExtractor(sentences, figures, links, StructureRecognizer.withDefaults());
    }

    @Override
    public Facts extract(SourceDocument document) {
        String text = document.text() == null ? "" : document.text();
        List<Sentence> split = sentences.split(text);
        List<FoundFigure> found = figures.recognize(text);
        StructureRecognizer.Structure s = structure.recognize(text, split, found);
        List<Figure> figureList = found.stream().map(FoundFigure::figure).toList();
        List<Link> linkList = links.recognize(text, document.markupLinks());
        DocumentInfo info = new DocumentInfo(document.id(), document.fileName(), document.sha256(), text.length());
        return new Facts(Facts.SCHEMA, info, s.event(), s.themes(), s.outcomes(), s.positions(), figureList, linkList);
    }
}
