package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.briefingpack.model.Facts;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.render.chart.ChartRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfDeterminismTest {

    private static final FxRates FX =
            new FxRates("USD", LocalDate.of(2025, 6, 30), Map.of("EUR", new BigDecimal("1.1720")));

    @TempDir
    Path out;

    static List<String> fixtureIds() {
        return PdfFixtures.fixtureIds();
    }

    @ParameterizedTest
    @MethodSource("fixtureIds")
    void render_withTheSameFactsAndTimestamp_writesIdenticalBytes(String id) throws IOException {
        // Two renderer instances, as two runs of the job would have.
        byte[] first = render(new PdfBriefingRenderer(PdfFixtures.settings(), null), id, "a", PdfFixtures.GENERATED_AT);
        byte[] second =
                render(new PdfBriefingRenderer(PdfFixtures.settings(), null), id, "b", PdfFixtures.GENERATED_AT);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(out.resolve("a/briefing.html")))
                .isEqualTo(Files.readString(out.resolve("b/briefing.html")));
    }

    @ParameterizedTest
    @MethodSource("fixtureIds")
    void render_withChartsDrawnIntoThePdf_writesIdenticalBytesFromTwoRenderers(String id) throws IOException {
        // The charts' text is set in fonts of their own, whose subset prefixes must not come from the clock.
        byte[] first = renderWithCharts(new PdfBriefingRenderer(PdfFixtures.settings(), null), id, "a");
        byte[] second = renderWithCharts(new PdfBriefingRenderer(PdfFixtures.settings(), null), id, "b");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void render_afterOtherBriefingsOnTheSameRenderer_writesTheBytesOfAFreshRenderer() throws IOException {
        // The renderer keeps its parsed fonts between briefings; nothing of one briefing may reach the next.
        List<String> ids = fixtureIds();
        PdfBriefingRenderer reused = new PdfBriefingRenderer(PdfFixtures.settings(), null);
        for (String id : ids) {
            render(reused, id, "warm-" + id, PdfFixtures.GENERATED_AT);
        }
        for (String id : reversed(ids)) {
            byte[] afterOthers = render(reused, id, "again-" + id, PdfFixtures.GENERATED_AT);
            byte[] fresh = render(
                    new PdfBriefingRenderer(PdfFixtures.settings(), null), id, "fresh-" + id, PdfFixtures.GENERATED_AT);
            assertThat(afterOthers).as(id).isEqualTo(fresh);
        }
    }

    @Test
    void render_withAnotherTimestamp_changesTheDatesAndTheDocumentId() throws IOException {
        PdfBriefingRenderer renderer = new PdfBriefingRenderer(PdfFixtures.settings(), null);
        byte[] first = render(renderer, "paris-ai-summit-2025", "a", PdfFixtures.GENERATED_AT);
        byte[] later = render(renderer, "paris-ai-summit-2025", "b", Instant.parse("2025-03-02T09:30:00Z"));
        assertThat(later).isNotEqualTo(first);
        assertThat(trailerId(later)).isNotEqualTo(trailerId(first));
    }

    private byte[] render(PdfBriefingRenderer renderer, String id, String dir, Instant at) throws IOException {
        renderer.render(PdfFixtures.facts(id), List.of(), out.resolve(dir), at);
        return Files.readAllBytes(out.resolve(dir).resolve("briefing.pdf"));
    }

    private byte[] renderWithCharts(PdfBriefingRenderer renderer, String id, String dir) throws IOException {
        Facts facts = PdfFixtures.facts(id);
        List<RenderedChart> charts =
                new ChartRenderer(FX).renderDocument(facts, out.resolve(dir).resolve("charts"));
        assertThat(charts).isNotEmpty();
        renderer.render(facts, charts, out.resolve(dir), PdfFixtures.GENERATED_AT);
        return Files.readAllBytes(out.resolve(dir).resolve("briefing.pdf"));
    }

    private static List<String> reversed(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }

    private static String trailerId(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("/ID");
        return text.substring(at, text.indexOf(']', at) + 1);
    }
}
