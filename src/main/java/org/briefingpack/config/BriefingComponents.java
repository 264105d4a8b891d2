package org.briefingpack.config;

import org.briefingpack.extract.FactsExtractor;
import org.briefingpack.extract.RuleBasedFactsExtractor;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.links.LinkFetcher;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.DefaultPackRenderer;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.PackRenderer;
import org.briefingpack.render.chart.ChartRenderer;
import org.briefingpack.render.pdf.PdfBriefingRenderer;
import org.briefingpack.render.workbook.CommitmentsWorkbookWriter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain (framework-free) reading, extraction and rendering classes into the application. */
@Configuration(proxyBeanMethods = false)
public class BriefingComponents {

    @Bean
    FactsJson factsJson() {
        return new FactsJson();
    }

    @Bean
    DocumentReader documentReader(BriefingProperties properties) {
        return new DocumentReader(
                DocumentReader.DEFAULT_MAX_BYTES, DocumentReader.DEFAULT_MAX_PAGED_BYTES, properties.maxPages());
    }

    @Bean
    FactsExtractor factsExtractor() {
        return RuleBasedFactsExtractor.withDefaults(
                new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());
    }

    /** One per application: building its HTTP client is slow, and its parallel limit is shared. */
    @Bean
    LinkFetcher linkFetcher(BriefingProperties properties) {
        return new LinkFetcher(properties.links());
    }

    @Bean
    FxRates fxRates(BriefingProperties properties) {
        return properties.fx();
    }

    @Bean
    public PackRenderer packRenderer(BriefingProperties properties, FxRates fxRates) {
        return new DefaultPackRenderer(
                new ChartRenderer(fxRates),
                new PdfBriefingRenderer(properties.pdf(), properties.templates()),
                new CommitmentsWorkbookWriter(fxRates));
    }
}
