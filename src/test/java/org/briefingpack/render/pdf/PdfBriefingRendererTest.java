package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.assertj.core.data.Offset;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Link;
import org.briefingpack.model.Outcome;
import org.briefingpack.render.HumanFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfBriefingRendererTest {

    private static final PdfBriefingRenderer RENDERER = new PdfBriefingRenderer(PdfFixtures.settings(), null);

    @TempDir
    Path out;

    static List<String> fixtureIds() {
        return PdfFixtures.fixtureIds();
    }

    private PDDocument render(Facts facts) {
        RENDERER.render(facts, List.of(), out, PdfFixtures.GENERATED_AT);
        return PdfReading.open(out.resolve("briefing.pdf"));
    }

    @ParameterizedTest
    @MethodSource("fixtureIds")
    void pdf_showsEveryOutcomeNameAndEveryAmountAsFormattedForPeople(String id) throws IOException {
        Facts facts = PdfFixtures.facts(id);
        try (PDDocument pdf = render(facts)) {
            String text = PdfReading.text(pdf);
            for (Outcome outcome : facts.outcomes()) {
                assertThat(text).contains(outcome.name());
                if (outcome.amount() != null) {
                    assertThat(text).contains(HumanFormat.money(outcome.amount()));
                }
                if (outcome.count() != null) {
                    assertThat(text).contains(HumanFormat.count(outcome.count()));
                }
            }
            assertThat(text).doesNotContainIgnoringCase("null");
        }
    }

    @Test
    void pdf_writesMoneyWithCurrencySymbolAndScaleWord() throws IOException {
        try (PDDocument pdf = render(PdfFixtures.facts("paris-ai-summit-2025"))) {
            assertThat(PdfReading.text(pdf))
                    .contains("$400 million", "€200 billion", "10–11 February 2025", "Paris, France");
        }
    }

    @ParameterizedTest
    @MethodSource("fixtureIds")
    void pdf_makesEveryResourceLinkAClickableAnnotationAndNamesItsHost(String id) throws IOException {
        Facts facts = PdfFixtures.facts(id);
        assertThat(facts.links()).isNotEmpty();
        try (PDDocument pdf = render(facts)) {
            List<String> uris = PdfReading.linkUris(pdf);
            String text = PdfReading.text(pdf);
            for (Link link : facts.links()) {
                String address = Objects.requireNonNullElse(link.normalized(), link.url());
                assertThat(uris).contains(address);
                assertThat(text).contains(URI.create(address).getHost());
            }
        }
    }

    @Test
    void pdf_hasAnOutlineEntryForEverySectionWithFacts() throws IOException {
        try (PDDocument pdf = render(PdfFixtures.facts("paris-ai-summit-2025"))) {
            assertThat(PdfReading.outlineTitles(pdf))
                    .containsExactly(
                            "Overview",
                            "Key figures",
                            "Themes",
                            "Outcomes",
                            "Positions",
                            "Resources",
                            "Sources and method");
        }
    }

    @Test
    void pdf_carriesTitleAuthorSubjectKeywordsCreationDateAndLanguage() throws IOException {
        try (PDDocument pdf = render(PdfFixtures.facts("paris-ai-summit-2025"))) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Paris AI Summit — Briefing");
            assertThat(info.getAuthor()).isEqualTo("Policy Unit");
            assertThat(info.getSubject()).startsWith("5 outcomes, 4 positions and 5 themes recorded");
            assertThat(info.getKeywords()).contains("Paris AI Summit", "Paris, France", "Funding");
            Calendar created = info.getCreationDate();
            created.setTimeZone(TimeZone.getTimeZone("UTC"));
            assertThat(created.toInstant()).isEqualTo(PdfFixtures.GENERATED_AT);
            assertThat(info.getModificationDate().toInstant()).isEqualTo(PdfFixtures.GENERATED_AT);
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @ParameterizedTest
    @MethodSource("fixtureIds")
    void pdf_hasASanePageCountAndNumbersPagesXOfY(String id) throws IOException {
        try (PDDocument pdf = render(PdfFixtures.facts(id))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isBetween(1, 8);
            assertThat(PdfReading.text(pdf, 1, 1)).contains("Page 1 of " + pages);
            assertThat(PdfReading.text(pdf, pages, pages)).contains("Page " + pages + " of " + pages);
        }
    }

    @Test
    void pdf_isA4ByDefaultAndLetterWhenConfigured() throws IOException {
        try (PDDocument pdf = render(PdfFixtures.facts("paris-ai-summit-2025"))) {
            assertMediaBox(pdf, PDRectangle.A4);
        }
        new PdfBriefingRenderer(PdfFixtures.settings("Letter"), null)
                .render(PdfFixtures.facts("paris-ai-summit-2025"), List.of(), out, PdfFixtures.GENERATED_AT);
        try (PDDocument pdf = PdfReading.open(out.resolve("briefing.pdf"))) {
            assertMediaBox(pdf, PDRectangle.LETTER);
        }
    }

    @Test
    void renderer_refusesAPageSizeItDoesNotKnow() {
        assertThatThrownBy(() -> new PdfBriefingRenderer(PdfFixtures.settings("A3-ish"), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A3-ish");
    }

    private static void assertMediaBox(PDDocument pdf, PDRectangle expected) {
        PDRectangle box = pdf.getPage(0).getMediaBox();
        assertThat(box.getWidth()).isCloseTo(expected.getWidth(), Offset.offset(1f));
        assertThat(box.getHeight()).isCloseTo(expected.getHeight(), Offset.offset(1f));
    }

    @Test
    void pdf_printsTheEventNameAtopEveryPageButTheFirst() throws IOException {
        try (PDDocument pdf = render(PdfFixtures.facts("cop28-dubai-2023"))) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            assertThat(headerText(pdf, 0))
                    .doesNotContain("COP28 UN Climate Change Conference".toUpperCase(Locale.ROOT));
            for (int page = 1; page < pdf.getNumberOfPages(); page++) {
                assertThat(headerText(pdf, page)).contains("COP28 UN CLIMATE CHANGE CONFERENCE", "OFFICIAL");
            }
        }
    }

    private static String headerText(PDDocument pdf, int pageIndex) throws IOException {
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        PDRectangle box = pdf.getPage(pageIndex).getMediaBox();
        stripper.addRegion("top", new Rectangle2D.Float(0, 0, box.getWidth(), 60));
        stripper.extractRegions(pdf.getPage(pageIndex));
        return stripper.getTextForRegion("top");
    }

    @Test
    void pdf_embedsRealRegularAndBoldFaces() throws IOException {
        try (PDDocument pdf = render(PdfFixtures.facts("paris-ai-summit-2025"))) {
            List<String> fonts = PdfReading.embeddedFontNames(pdf);
            assertThat(fonts).anyMatch(name -> name.endsWith("+LiberationSans"));
            assertThat(fonts).anyMatch(name -> name.endsWith("+LiberationSans-Bold"));
        }
    }

    @Test
    void pdf_numbersEachEvidenceQuoteAndMarksTheFactsItSupports() throws IOException {
        Facts facts = PdfFixtures.withEvidence(PdfFixtures.facts("paris-ai-summit-2025"));
        try (PDDocument pdf = render(facts)) {
            String text = PdfReading.text(pdf);
            assertThat(text)
                    .contains("“The Paris AI Summit was held.”", "“The summit announced the Current AI Initiative.”");
            // Event [1], five themes [2]-[6], five outcomes [7]-[11], positions share quotes by stance.
            assertThat(text).contains("Current AI Initiative [8]");
            assertThat(text).contains("United States [12]", "United Kingdom [12]");
            assertThat(text).contains("[12] “DECLINED was the stance of several parties.”");
        }
    }

    @Test
    void pdf_forAnEmptyDocument_saysPlainlyThatNoFactsWereFound() throws IOException {
        Facts empty = new Facts(
                Facts.SCHEMA,
                new DocumentInfo("notes", "notes.txt", "ab".repeat(32), 12),
                null,
                null,
                null,
                null,
                null,
                null);
        try (PDDocument pdf = render(empty)) {
            String text = PdfReading.text(pdf);
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("No facts were found in this document", "notes.txt");
            assertThat(text).doesNotContainIgnoringCase("null").doesNotContain("Key figures", "Outcomes");
            assertThat(PdfReading.outlineTitles(pdf)).containsExactly("Overview", "Sources and method");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("notes.txt — Briefing");
        }
    }

    @Test
    void render_replacesEarlierOutputsAndLeavesNoPartFiles() throws IOException {
        RENDERER.render(PdfFixtures.facts("ai-seoul-summit-2024"), List.of(), out, PdfFixtures.GENERATED_AT);
        RENDERER.render(PdfFixtures.facts("paris-ai-summit-2025"), List.of(), out, PdfFixtures.GENERATED_AT);
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("briefing.pdf", "briefing.html");
        }
        try (PDDocument pdf = PdfReading.open(out.resolve("briefing.pdf"))) {
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Paris AI Summit");
        }
    }
}
