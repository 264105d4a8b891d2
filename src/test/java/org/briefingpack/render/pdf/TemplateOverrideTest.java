package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateOverrideTest {

    @TempDir
    Path dir;

    @Test
    void userFolder_overridesOnlyTheFilesItHas_andTheRestComeFromTheShippedTemplate() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        // A user stylesheet without its own fonts: fonts/ still resolves to the shipped ones.
        Files.writeString(templates.resolve("briefing.css"), """
                @font-face { font-family: "Liberation Sans"; src: url("fonts/LiberationSans-Regular.ttf");
                  -fs-pdf-font-embed: embed; -fs-pdf-font-encoding: Identity-H; }
                body { font-family: "Liberation Sans"; color: #7a0019; }
                """);
        Files.writeString(templates.resolve(Labels.FILE), "section.outcomes=What was agreed\n");

        new PdfBriefingRenderer(PdfFixtures.settings(), templates)
                .render(
                        PdfFixtures.facts("paris-ai-summit-2025"),
                        List.of(),
                        dir.resolve("out"),
                        PdfFixtures.GENERATED_AT);

        String html = Files.readString(dir.resolve("out/briefing.html"));
        assertThat(Jsoup.parse(html).select("style").html()).contains("#7a0019");
        try (PDDocument pdf = PdfReading.open(dir.resolve("out/briefing.pdf"))) {
            assertThat(PdfReading.outlineTitles(pdf)).contains("What was agreed", "Themes");
            assertThat(PdfReading.embeddedFontNames(pdf)).anyMatch(name -> name.endsWith("+LiberationSans"));
        }
    }

    @Test
    void userFontFile_replacedBetweenRenders_isUsedByTheNextRenderOfTheSameRenderer() throws IOException {
        // A scheduled process keeps its renderer (and the fonts it parsed) from run to run.
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("briefing.css"), """
                @font-face { font-family: "House"; src: url("fonts/House.ttf");
                  -fs-pdf-font-embed: embed; -fs-pdf-font-encoding: Identity-H; }
                body { font-family: "House"; }
                """);
        Path houseFont = Files.createDirectories(templates.resolve("fonts")).resolve("House.ttf");
        Files.copy(Path.of("templates/fonts/LiberationSans-Regular.ttf"), houseFont);
        PdfBriefingRenderer renderer = new PdfBriefingRenderer(PdfFixtures.settings(), templates);

        renderer.render(
                PdfFixtures.facts("paris-ai-summit-2025"), List.of(), dir.resolve("first"), PdfFixtures.GENERATED_AT);
        Files.copy(Path.of("templates/fonts/DejaVuSans.ttf"), houseFont, StandardCopyOption.REPLACE_EXISTING);
        renderer.render(
                PdfFixtures.facts("paris-ai-summit-2025"), List.of(), dir.resolve("second"), PdfFixtures.GENERATED_AT);

        try (PDDocument first = PdfReading.open(dir.resolve("first/briefing.pdf"));
                PDDocument second = PdfReading.open(dir.resolve("second/briefing.pdf"))) {
            assertThat(PdfReading.embeddedFontNames(first)).anyMatch(name -> name.endsWith("+LiberationSans"));
            assertThat(PdfReading.embeddedFontNames(second))
                    .anyMatch(name -> name.endsWith("+DejaVuSans"))
                    .noneMatch(name -> name.endsWith("+LiberationSans"));
        }
    }

    @Test
    void userFolder_withItsOwnTemplate_isUsedForBothOutputs() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("briefing.html"), """
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <head><title th:text="${b.title}">t</title>
                <link th:if="${pdf}" rel="stylesheet" type="text/css" href="briefing.css" /></head>
                <body><h1>Minister's note</h1><p th:each="o : ${b.outcomes}" th:text="${o.name + ': ' + o.amount}">o</p></body>
                </html>
                """);
        new PdfBriefingRenderer(PdfFixtures.settings(), templates)
                .render(
                        PdfFixtures.facts("paris-ai-summit-2025"),
                        List.of(),
                        dir.resolve("out"),
                        PdfFixtures.GENERATED_AT);
        try (PDDocument pdf = PdfReading.open(dir.resolve("out/briefing.pdf"))) {
            assertThat(PdfReading.text(pdf)).contains("Minister's note", "Current AI Initiative: $400 million");
        }
        assertThat(Files.readString(dir.resolve("out/briefing.html")))
                .contains("<h1>Minister's note</h1>", "Europe AI development pledge: €200 billion");
    }

    @Test
    void userTemplate_withHtmlNamedEntities_isRenderedWithTheirCharacters() throws IOException {
        // The shipped template writes no named entity; a user's may, as XHTML with the HTML5 doctype allows.
        Path templates = Files.createDirectories(dir.resolve("entities"));
        Files.writeString(templates.resolve("briefing.html"), """
                <!DOCTYPE html>
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:th="http://www.thymeleaf.org">
                <head><title th:text="${b.title}">t</title></head>
                <body><h1>Note&nbsp;for&nbsp;ministers &mdash; draft</h1></body>
                </html>
                """);
        new PdfBriefingRenderer(PdfFixtures.settings(), templates)
                .render(
                        PdfFixtures.facts("paris-ai-summit-2025"),
                        List.of(),
                        dir.resolve("out"),
                        PdfFixtures.GENERATED_AT);
        try (PDDocument pdf = PdfReading.open(dir.resolve("out/briefing.pdf"))) {
            assertThat(PdfReading.text(pdf)).contains("Note\u00a0for\u00a0ministers \u2014 draft");
        }
    }

    @Test
    void userTemplate_thatIsNotWellFormed_failsWithAMessageNamingTheFolder() throws IOException {
        Path templates = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(templates.resolve("briefing.html"), "<html><body><p>open<br></body></html>");
        PdfBriefingRenderer renderer = new PdfBriefingRenderer(PdfFixtures.settings(), templates);
        assertThatThrownBy(() -> renderer.render(
                        PdfFixtures.facts("paris-ai-summit-2025"),
                        List.of(),
                        dir.resolve("out"),
                        PdfFixtures.GENERATED_AT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("well-formed")
                .hasMessageContaining(templates.toString());
        assertThat(dir.resolve("out/briefing.pdf")).doesNotExist();
    }

    @Test
    void templateFolder_thatDoesNotExist_isAClearError() {
        assertThatThrownBy(() -> new PdfBriefingRenderer(PdfFixtures.settings(), dir.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
    }
}
