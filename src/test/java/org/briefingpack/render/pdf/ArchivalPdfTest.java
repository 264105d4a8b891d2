package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.briefingpack.extract.RuleBasedFactsExtractor;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.DefaultPackRenderer;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.chart.ChartRenderer;
import org.briefingpack.render.workbook.CommitmentsWorkbookWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * {@code briefing.pdf.archive=true}: every development-corpus document, extracted and rendered as the job does
 * (charts included), gives a PDF that veraPDF finds PDF/A-3b compliant, whose XMP names that level, and which
 * carries its {@code facts.json} byte for byte as an associated file. Skipped (visibly) without the shared corpus.
 */
class ArchivalPdfTest {

    private static final Path CORPUS = Path.of("../shared/corpus/dev");
    private static final Instant GENERATED_AT = Instant.parse("2025-03-01T09:30:00Z");

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void archivalPdf_forEveryDevCorpusDocument_isPdfA3bWithItsFactsEmbedded() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "dev corpus not found at " + CORPUS.toAbsolutePath());
        RuleBasedFactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
                new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());
        DocumentReader reader = new DocumentReader();
        FactsJson json = new FactsJson();
        FxRates fx = new FxRates(
                "USD", java.time.LocalDate.of(2025, 6, 30), java.util.Map.of("EUR", new java.math.BigDecimal("1.172")));
        DefaultPackRenderer renderer = new DefaultPackRenderer(
                new ChartRenderer(fx),
                new PdfBriefingRenderer(new PdfSettings("A4", "OFFICIAL", "Policy Unit", "en", null, true), null),
                new CommitmentsWorkbookWriter(fx));
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            SourceDocument doc = reader.read(file);
            Facts facts = extractor.extract(doc);
            Path dir = Path.of("target/archival-pdf", doc.id());
            Files.createDirectories(dir);
            byte[] factsJson = json.toBytes(facts);
            Files.write(dir.resolve("facts.json"), factsJson);

            renderer.renderDocument(facts, dir, GENERATED_AT);

            Path pdf = dir.resolve("briefing.pdf");
            assertThat(violations(pdf)).as(doc.id()).isEmpty();
            try (PDDocument read = Loader.loadPDF(pdf.toFile())) {
                PDDocumentInformation info = read.getDocumentInformation();
                String xmp = new String(
                        read.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(xmp).contains("<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>B</pdfaid:conformance>");
                assertThat(xmp).contains(escape(info.getTitle()), escape(info.getAuthor()));
                PDComplexFileSpecification spec = read.getDocumentCatalog()
                        .getNames()
                        .getEmbeddedFiles()
                        .getNames()
                        .get("facts.json");
                assertThat(spec.getEmbeddedFile().toByteArray()).as(doc.id()).isEqualTo(factsJson);
                assertThat(read.getDocumentCatalog().getCOSObject().getCOSArray(org.apache.pdfbox.cos.COSName.AF))
                        .isNotNull();
            }
        }
    }

    /** What veraPDF finds wrong with the file as PDF/A-3b; also checks the file claims that level itself. */
    private static List<String> violations(Path pdf) throws Exception {
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in)) {
            assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_3_B);
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false);
            ValidationResult result = validator.validate(parser);
            List<String> failed = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct()
                    .limit(20)
                    .collect(Collectors.toList());
            if (failed.isEmpty()) {
                assertThat(result.isCompliant()).isTrue();
            }
            return failed;
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
