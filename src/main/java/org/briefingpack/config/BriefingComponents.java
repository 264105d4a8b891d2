package org.briefingpack.config;

import javax.sql.DataSource;
import org.briefingpack.corroborate.ResourcePages;
import org.briefingpack.distribution.DistributionLedger;
import org.briefingpack.distribution.Distributor;
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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

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

    /** Resource pages read with the same reader and extractor as the inputs, and matched with their facts. */
    @Bean
    ResourcePages resourcePages(
            BriefingProperties properties, LinkFetcher linkFetcher, DocumentReader reader, FactsExtractor extractor) {
        return new ResourcePages(
                linkFetcher, properties.links().fetch(), reader, extractor, new RuleBasedSentenceSplitter());
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

    /**
     * The ledger of what was sent, in the job repository's database (its table created on start, like Spring
     * Batch's), written in the job's transactions.
     */
    @Bean
    DistributionLedger distributionLedger(DataSource dataSource, PlatformTransactionManager transactionManager) {
        DistributionLedger.createTableIfMissing(dataSource);
        return new DistributionLedger(dataSource, transactionManager);
    }

    /** Sends over the mail server Spring Boot configures from {@code spring.mail.*}, when there is one. */
    @Bean
    Distributor distributor(
            BriefingProperties properties, DistributionLedger ledger, ObjectProvider<JavaMailSender> mailSender) {
        return new Distributor(
                properties.distribution(),
                ledger,
                mailSender.getIfAvailable(),
                duration -> Thread.sleep(duration.toMillis()));
    }
}
