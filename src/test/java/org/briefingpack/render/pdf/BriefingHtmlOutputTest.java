package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.render.RenderedChart;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingHtmlOutputTest {

    private static final PdfBriefingRenderer RENDERER = new PdfBriefingRenderer(PdfFixtures.settings(), null);

    @TempDir
    Path out;

    @Test
    void html_isWellFormedSelfStyledAndCarriesTheSameContentAsThePdf() throws IOException {
        RENDERER.render(PdfFixtures.facts("paris-ai-summit-2025"), List.of(), out, PdfFixtures.GENERATED_AT);
        String html = Files.readString(out.resolve("briefing.html"));

        Document xml = Jsoup.parse(html, "", Parser.xmlParser());
        assertThat(xml.select("html").attr("lang")).isEqualTo("en");
        Document page = Jsoup.parse(html);
        assertThat(page.title()).isEqualTo("Paris AI Summit — Briefing");
        assertThat(page.select("style").html()).contains("font-family", "Liberation Sans");
        assertThat(page.select("link[rel=stylesheet]")).isEmpty();
        assertThat(page.select("bookmarks")).as("PDF-only outline markup").isEmpty();
        assertThat(page.select("#outcomes td.col-name .name").eachText())
                .containsExactly(
                        "International AI Safety Report",
                        "Current AI Initiative",
                        "Environmental Sustainability Coalition",
                        "Europe AI development pledge",
                        "Inclusive and Sustainable Artificial Intelligence for People and the Planet");
        assertThat(page.select("#outcomes td.col-amount").eachText()).contains("$400 million", "€200 billion");
        assertThat(page.select("#resources a[href]").eachAttr("href"))
                .containsExactly(
                        "https://www.jdsupra.com/legalnews/ai-action-paris-summit-2025-key-4010493/",
                        "https://aimagazine.com/ai-strategy/global-ai-leaders-key-take-aways-from-the-ai-summit");
        assertThat(page.text()).doesNotContainIgnoringCase("null");
    }

    @Test
    void html_referencesOnlyFilesThatAreThere_soABrowserShowsItsFontsNotMissingOnes() throws IOException {
        RENDERER.render(PdfFixtures.facts("paris-ai-summit-2025"), List.of(), out, PdfFixtures.GENERATED_AT);
        String css = Jsoup.parse(Files.readString(out.resolve("briefing.html")))
                .select("style")
                .html();

        Matcher url = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)").matcher(css);
        while (url.find()) {
            assertThat(out.resolve(url.group(1)))
                    .as("referenced by briefing.html")
                    .exists();
        }
        assertThat(css).doesNotContainPattern("@font-face\\s*\\{").contains("font-family: \"Liberation Sans\"");
    }

    @Test
    void html_escapesMarkupInFactsInsteadOfInterpretingIt() throws IOException {
        Facts hostile = new Facts(
                Facts.SCHEMA,
                PdfFixtures.facts("paris-ai-summit-2025").document(),
                null,
                null,
                List.of(new Outcome(
                        OutcomeType.OTHER,
                        "<script>alert(1)</script> & <b>Fund</b>",
                        List.of(new Actor("A \"quoted\" party", null)),
                        null,
                        null,
                        null,
                        Evidence.of("It said <img src=x onerror=alert(1)>."))),
                null,
                null,
                null);
        RENDERER.render(hostile, List.of(), out, PdfFixtures.GENERATED_AT);
        String html = Files.readString(out.resolve("briefing.html"));
        Document page = Jsoup.parse(html);

        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("#outcomes .name").text()).isEqualTo("<script>alert(1)</script> & <b>Fund</b>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;Fund&lt;/b&gt;");
        try (PDDocument pdf = PdfReading.open(out.resolve("briefing.pdf"))) {
            assertThat(PdfReading.text(pdf)).contains("<script>alert(1)</script> & <b>Fund</b>");
        }
    }

    @Test
    void chartsSection_referencesChartsRelativelyAndCaptionsThemWithTheirAltText() throws IOException {
        Path png = out.resolve("charts/funding.png");
        Files.createDirectories(png.getParent());
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(image, "png", png.toFile());
        RenderedChart chart = new RenderedChart(
                "funding",
                "Funding announced",
                "Bars compare the sums pledged.",
                png,
                out.resolve("charts/funding.csv"),
                800,
                400);

        RENDERER.render(PdfFixtures.facts("paris-ai-summit-2025"), List.of(chart), out, PdfFixtures.GENERATED_AT);

        Document page = Jsoup.parse(Files.readString(out.resolve("briefing.html")));
        assertThat(page.select("#charts img").attr("src")).isEqualTo("charts/funding.png");
        assertThat(page.select("#charts img").attr("alt")).isEqualTo("Bars compare the sums pledged.");
        try (PDDocument pdf = PdfReading.open(out.resolve("briefing.pdf"))) {
            assertThat(PdfReading.text(pdf)).contains("Funding announced. Bars compare the sums pledged.");
            assertThat(PdfReading.outlineTitles(pdf)).contains("Charts");
            assertThat(imageCount(pdf)).isEqualTo(1);
        }
    }

    @Test
    void chartsSection_isLeftOutWhenThereAreNoCharts() throws IOException {
        RENDERER.render(PdfFixtures.facts("paris-ai-summit-2025"), List.of(), out, PdfFixtures.GENERATED_AT);
        assertThat(Jsoup.parse(Files.readString(out.resolve("briefing.html"))).select("#charts"))
                .isEmpty();
    }

    private static int imageCount(PDDocument pdf) throws IOException {
        int count = 0;
        for (var page : pdf.getPages()) {
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
        }
        return count;
    }
}
