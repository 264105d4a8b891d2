package org.briefingpack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.model.Outcome;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.RenderedChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChartRendererTest {

    static final FxRates FX = new FxRates(
            "USD", LocalDate.of(2025, 6, 30), Map.of("EUR", new BigDecimal("1.1720"), "GBP", new BigDecimal("1.3720")));

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static Facts fixture(String id) {
        return new FactsJson().read(Path.of("src/test/resources/fixtures/facts", id + ".json"));
    }

    final ChartRenderer renderer = new ChartRenderer(FX);

    @ParameterizedTest
    @ValueSource(strings = {"paris-ai-summit-2025", "cop28-dubai-2023", "ai-seoul-summit-2024"})
    void renderDocument_drawsEveryChartWithDataAsDecodable2xPngWithCsvBeside(String id) throws IOException {
        List<RenderedChart> charts = renderer.renderDocument(fixture(id), dir);

        assertThat(charts).extracting(RenderedChart::name).containsExactly("funding", "participation", "positions");
        for (RenderedChart chart : charts) {
            BufferedImage image = ImageIO.read(chart.png().toFile());
            assertThat(image).as(chart.name()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(1600).isEqualTo(chart.widthPx());
            assertThat(image.getHeight())
                    .isEqualTo(chart.heightPx())
                    .isGreaterThanOrEqualTo(900)
                    .isEven();
            assertThat(chart.png()).hasFileName(chart.name() + ".png");
            assertThat(chart.csv()).hasFileName(chart.name() + ".csv").exists();
            assertThat(chart.altText())
                    .endsWith(".")
                    .contains(fixture(id).event().name());
        }
    }

    @Test
    void renderDocument_isByteIdenticalAcrossRendersAndRenderers(@TempDir Path other) throws IOException {
        Facts cop28 = fixture("cop28-dubai-2023");
        List<RenderedChart> first = renderer.renderDocument(cop28, dir);
        List<RenderedChart> second = new ChartRenderer(FX).renderDocument(cop28, other);

        assertThat(first).hasSize(3);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Files.readAllBytes(second.get(i).png()))
                    .as(first.get(i).name())
                    .isEqualTo(Files.readAllBytes(first.get(i).png()));
            assertThat(Files.readAllBytes(second.get(i).csv()))
                    .isEqualTo(Files.readAllBytes(first.get(i).csv()));
        }
    }

    @Test
    void renderDocument_afterChartsOfOtherSizes_givesTheBytesOfAFreshRenderer(@TempDir Path other) throws IOException {
        // Pixel arrays are reused between draws: a taller chart's leftovers must never show in a shorter one.
        List<String> ids = List.of("cop28-dubai-2023", "ai-seoul-summit-2024", "paris-ai-summit-2025");
        for (String id : ids) {
            renderer.renderDocument(fixture(id), dir.resolve("warm-" + id));
        }
        for (String id : ids) {
            List<RenderedChart> reused = renderer.renderDocument(fixture(id), dir.resolve("again-" + id));
            List<RenderedChart> fresh = new ChartRenderer(FX).renderDocument(fixture(id), other.resolve(id));
            assertThat(reused).hasSameSizeAs(fresh);
            for (int i = 0; i < fresh.size(); i++) {
                assertThat(Files.readAllBytes(reused.get(i).png()))
                        .as(id + " " + fresh.get(i).name())
                        .isEqualTo(Files.readAllBytes(fresh.get(i).png()));
            }
        }
    }

    @Test
    void renderDocument_fromSeveralThreadsAtOnce_givesTheSameBytesAsAlone() throws Exception {
        Facts cop28 = fixture("cop28-dubai-2023");
        byte[] alone = Files.readAllBytes(chart(renderer.renderDocument(cop28, dir.resolve("alone")), "funding")
                .png());
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Path out = dir.resolve("t" + i);
                futures.add(pool.submit(() -> Files.readAllBytes(
                        chart(renderer.renderDocument(cop28, out), "funding").png())));
            }
            for (var future : futures) {
                assertThat(future.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void pngCarriesNoTimeOrTextChunks() throws IOException {
        byte[] png = Files.readAllBytes(chart(renderer.renderDocument(fixture("paris-ai-summit-2025"), dir), "funding")
                .png());

        String chunks = new String(png, StandardCharsets.ISO_8859_1);
        assertThat(chunks).contains("IHDR", "IDAT", "IEND").doesNotContain("tIME", "tEXt", "iTXt", "zTXt");
    }

    @Test
    void fundingCsv_holdsOriginalAmountCurrencyConvertedValueAndRate() throws IOException {
        RenderedChart funding = chart(renderer.renderDocument(fixture("paris-ai-summit-2025"), dir), "funding");

        List<String> lines = Files.readAllLines(funding.csv(), StandardCharsets.UTF_8);
        assertThat(lines)
                .containsExactly(
                        "outcome,type,amount,currency,amount_text,usd_value,usd_per_unit,rate_date,plotted",
                        "Europe AI development pledge,FUNDING,200000000000,EUR,€200 billion,234400000000,1.172,2025-06-30,yes",
                        "Current AI Initiative,INITIATIVE,400000000,USD,$400 million,400000000,1,2025-06-30,yes");
    }

    @Test
    void funding_spanningMoreThanTwoOrdersOfMagnitude_saysLogScaleAndConversion() {
        RenderedChart funding = chart(renderer.renderDocument(fixture("paris-ai-summit-2025"), dir), "funding");

        assertThat(funding.altText())
                .contains(
                        "logarithmic scale",
                        "converted at rates of 30 June 2025",
                        "€200 billion (about $234 billion)",
                        "Current AI Initiative $400 million");
        assertThat(FundingChart.needsLog(List.of(new BigDecimal("400000000"), new BigDecimal("234400000000"))))
                .isTrue();
        assertThat(FundingChart.needsLog(List.of(new BigDecimal("100"), new BigDecimal("10000"))))
                .isFalse();
    }

    @Test
    void documentWithoutMoney_getsNoFundingChart() {
        Facts paris = fixture("paris-ai-summit-2025");
        Facts noMoney = withOutcomes(
                paris,
                paris.outcomes().stream()
                        .map(o ->
                                new Outcome(o.type(), o.name(), o.actors(), null, o.count(), o.purpose(), o.evidence()))
                        .toList());

        List<RenderedChart> charts = renderer.renderDocument(noMoney, dir);

        assertThat(charts).extracting(RenderedChart::name).containsExactly("participation", "positions");
        assertThat(dir.resolve("funding.png")).doesNotExist();
        assertThat(dir.resolve("funding.csv")).doesNotExist();
    }

    @Test
    void documentWithoutCounts_getsNoParticipationChart() {
        Facts paris = fixture("paris-ai-summit-2025");
        Facts noCounts = withOutcomes(
                paris,
                paris.outcomes().stream()
                        .map(o -> new Outcome(
                                o.type(), o.name(), o.actors(), o.amount(), null, o.purpose(), o.evidence()))
                        .toList());

        assertThat(renderer.renderDocument(noCounts, dir))
                .extracting(RenderedChart::name)
                .containsExactly("funding", "positions");
        assertThat(dir.resolve("participation.png")).doesNotExist();
    }

    @Test
    void documentWithNothingToPlot_getsNoCharts() throws IOException {
        Facts paris = fixture("paris-ai-summit-2025");
        Facts empty = new Facts(
                paris.schema(),
                paris.document(),
                paris.event(),
                paris.themes(),
                List.of(),
                List.of(),
                paris.figures(),
                paris.links());

        assertThat(renderer.renderDocument(empty, dir)).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    static RenderedChart chart(List<RenderedChart> charts, String name) {
        return charts.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    static Facts withOutcomes(Facts f, List<Outcome> outcomes) {
        return new Facts(
                f.schema(), f.document(), f.event(), f.themes(), outcomes, f.positions(), f.figures(), f.links());
    }
}
