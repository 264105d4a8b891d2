package org.briefingpack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.DocumentFormat;
import org.briefingpack.ingest.DocumentReader;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.testsupport.FactsGrader;
import org.briefingpack.testsupport.LibreOffice;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The development corpus read as PDF and as Word documents grades as it does as text: each document is
 * converted at test time by LibreOffice headless ({@code soffice --convert-to pdf} and {@code docx}, an own
 * profile in a temporary folder), read and extracted, and graded against the same gold; every category must
 * stay within {@link #TOLERANCE} of the text's F1. Skipped, with a message saying so, where LibreOffice
 * Writer is not installed ({@code .ci/run} installs {@code libreoffice-writer-nogui}).
 */
class FormatInvarianceTest {

    static final double TOLERANCE = 0.02;

    private static final String TEXT_IMPORT = "Text (encoded):UTF8,LF,,,";
    private static final Path KEEP = Path.of("target", "format-invariance");

    private static Path soffice;

    @TempDir
    static Path dir;

    private final RuleBasedFactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
            new RuleBasedSentenceSplitter(), new RuleBasedFigureRecognizer(), new RuleBasedLinkRecognizer());
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void findLibreOfficeWriter() {
        soffice = LibreOffice.program().orElse(null);
        if (soffice != null && !LibreOffice.hasWriter(soffice)) {
            soffice = null;
        }
        if (soffice == null) {
            System.out.println("FormatInvarianceTest SKIPPED: LibreOffice Writer (soffice) is not installed;"
                    + " install libreoffice-writer-nogui to measure PDF and DOCX against text");
        }
    }

    @Test
    void developmentCorpus_asPdfAndDocx_gradesWithinTwoHundredthsOfTextInEveryCategory() throws Exception {
        Assumptions.assumeTrue(
                soffice != null, "LibreOffice Writer (soffice) is not installed: format invariance not measured");
        Path corpus = resource("/devcorpus");
        Path sources = Files.createDirectories(dir.resolve("sources"));
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> list = Files.list(corpus)) {
            for (Path p : list.filter(Files::isRegularFile).sorted().toList()) {
                inputs.add(Files.copy(p, sources.resolve(p.getFileName())));
            }
        }
        Path pdf = Files.createDirectories(dir.resolve("pdf"));
        Path docx = Files.createDirectories(dir.resolve("docx"));
        List<Path> html =
                inputs.stream().filter(p -> p.toString().endsWith(".html")).toList();
        List<Path> plain =
                inputs.stream().filter(p -> !p.toString().endsWith(".html")).toList();
        // .txt and .md as UTF-8 text (left to guess, LibreOffice 7.4 garbles some Markdown files)
        convert("pdf", pdf, plain, TEXT_IMPORT);
        convert("pdf", pdf, html, null);
        convert("docx", docx, plain, TEXT_IMPORT);
        // HTML opens in Writer/Web, which has no plain "docx" export: name Word's filter
        convert("docx:MS Word 2007 XML", docx, html, null);

        Map<String, FactsGrader> graders = new LinkedHashMap<>();
        graders.put("text", grade(corpus, corpus, null));
        graders.put("PDF", grade(corpus, pdf, DocumentFormat.PDF));
        graders.put("DOCX", grade(corpus, docx, DocumentFormat.DOCX));
        System.out.print(table(graders));

        Map<String, Double> text = graders.get("text").scores();
        for (String format : List.of("PDF", "DOCX")) {
            Map<String, Double> scores = graders.get(format).scores();
            text.forEach((category, f1) -> assertThat(scores.getOrDefault(category, 0.0))
                    .as("%s %s F1 against text %.3f", format, category, f1)
                    .isCloseTo(f1, org.assertj.core.data.Offset.offset(TOLERANCE)));
        }
    }

    private FactsGrader grade(Path corpus, Path folder, DocumentFormat format) throws IOException {
        FactsGrader grader = new FactsGrader();
        DocumentReader reader = new DocumentReader();
        FactsJson facts = new FactsJson();
        List<Path> golds;
        try (Stream<Path> list = Files.list(corpus.resolve("gold"))) {
            golds = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path goldFile : golds) {
            String id = goldFile.getFileName().toString().replace(".json", "");
            Path input;
            try (Stream<Path> list = Files.list(folder)) {
                input = list.filter(p -> p.getFileName().toString().startsWith(id + "."))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("LibreOffice wrote no file for " + id + " in " + folder));
            }
            SourceDocument doc = reader.read(input);
            if (format != null) {
                assertThat(doc.format()).as(input.toString()).isEqualTo(format);
            }
            Facts extracted = extractor.extract(doc);
            if (format == DocumentFormat.PDF) {
                assertThat(doc.pageStarts()).as("page offsets of " + input).isNotEmpty();
                assertThat(extracted.themes().stream().flatMap(t -> t.evidence().stream()))
                        .as("every theme quote of %s says its page", id)
                        .allSatisfy(e -> assertThat(e.page()).isNotNull().isPositive());
            }
            byte[] factsJson = facts.toBytes(extracted);
            // what was read and extracted, kept for a look (score.py --verbose --texts KEEP/format)
            Path keep = Files.createDirectories(KEEP.resolve(format == null ? "text" : format.name()));
            Files.write(keep.resolve(id + ".facts.json"), factsJson);
            Files.writeString(keep.resolve(id + ".txt"), doc.text());
            JsonNode pred = json.readTree(factsJson);
            grader.grade(json.readTree(Files.readAllBytes(goldFile)), pred, doc.text());
        }
        return grader;
    }

    private static String table(Map<String, FactsGrader> graders) {
        StringBuilder out = new StringBuilder("\nformat invariance, development corpus (F1)\n");
        out.append(String.format(Locale.ROOT, "%-16s", "category"));
        graders.keySet().forEach(f -> out.append(String.format(Locale.ROOT, " %7s", f)));
        out.append('\n');
        for (String category : FactsGrader.CATEGORIES) {
            out.append(String.format(Locale.ROOT, "%-16s", category));
            graders.values()
                    .forEach(g -> out.append(
                            String.format(Locale.ROOT, " %7.3f", g.scores().getOrDefault(category, Double.NaN))));
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "%-16s", "overall"));
        graders.values().forEach(g -> out.append(String.format(Locale.ROOT, " %7.3f", g.overall())));
        return out.append('\n').toString();
    }

    private static void convert(String filter, Path out, List<Path> files, String importFilter)
            throws IOException, InterruptedException {
        if (files.isEmpty()) {
            return;
        }
        String extension = filter.contains(":") ? filter.substring(0, filter.indexOf(':')) : filter;
        List<Path> expected = files.stream()
                .map(f -> out.resolve(stem(f.getFileName().toString()) + "." + extension))
                .toList();
        LibreOffice.convert(soffice, dir, filter, importFilter, out, files, expected);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static Path resource(String name) {
        try {
            return Path.of(FormatInvarianceTest.class.getResource(name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException("missing test resource " + name, e);
        }
    }
}
