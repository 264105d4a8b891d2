package org.briefingpack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import org.briefingpack.model.Facts;
import org.briefingpack.render.RenderedChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunChartsTest {

    @TempDir
    Path dir;

    final ChartRenderer renderer = new ChartRenderer(ChartRendererTest.FX);

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static List<Facts> fixtures(String... ids) {
        return Arrays.stream(ids).map(ChartRendererTest::fixture).toList();
    }

    @Test
    void renderRun_ordersSummitsByEventStartDateWhateverTheInputOrder() throws IOException {
        List<RenderedChart> charts =
                renderer.renderRun(fixtures("paris-ai-summit-2025", "cop28-dubai-2023", "ai-seoul-summit-2024"), dir);

        assertThat(charts)
                .extracting(RenderedChart::name)
                .containsExactly("funding-by-summit", "signatories-by-summit");
        List<String> funding = Files.readAllLines(charts.get(0).csv(), StandardCharsets.UTF_8);
        assertThat(funding.get(0))
                .isEqualTo("document,event,start_date,usd_total,amounts,amounts_without_rate,rate_date");
        assertThat(funding.subList(1, 4))
                .extracting(l -> l.substring(0, l.indexOf(',')))
                .containsExactly("cop28-dubai-2023", "ai-seoul-summit-2024", "paris-ai-summit-2025");
        // Paris: €200 billion at 1.172 plus $400 million
        assertThat(funding.get(3)).contains(",2025-02-10,234800000000,2,0,");
        List<String> signatories = Files.readAllLines(charts.get(1).csv(), StandardCharsets.UTF_8);
        assertThat(signatories.get(3))
                .startsWith("paris-ai-summit-2025,Paris AI Summit,2025-02-10,61,nations and organizations,");
        for (RenderedChart chart : charts) {
            BufferedImage image = ImageIO.read(chart.png().toFile());
            assertThat(image.getWidth()).isEqualTo(1600);
            assertThat(image.getHeight()).isEqualTo(chart.heightPx());
        }
    }

    @Test
    void renderRun_withOneDocument_drawsNothing() {
        assertThat(renderer.renderRun(fixtures("paris-ai-summit-2025"), dir)).isEmpty();
        assertThat(renderer.renderRun(List.of(), dir)).isEmpty();
    }

    @Test
    void renderRun_isTheSameWhateverTheInputOrder(@TempDir Path other) throws IOException {
        List<RenderedChart> a = renderer.renderRun(fixtures("paris-ai-summit-2025", "cop28-dubai-2023"), dir);
        List<RenderedChart> b = renderer.renderRun(fixtures("cop28-dubai-2023", "paris-ai-summit-2025"), other);

        assertThat(a).hasSize(2);
        for (int i = 0; i < a.size(); i++) {
            assertThat(Files.readAllBytes(b.get(i).png()))
                    .isEqualTo(Files.readAllBytes(a.get(i).png()));
        }
    }

    @Test
    void renderRun_withManySummits_drawsTheLatestFortyAndKeepsEveryOneInTheCsv(@TempDir Path other) throws IOException {
        List<Facts> many = Collections.nCopies(200, ChartRendererTest.fixture("paris-ai-summit-2025"));
        List<Facts> forty = Collections.nCopies(RunCharts.MAX_BARS, ChartRendererTest.fixture("paris-ai-summit-2025"));

        List<RenderedChart> drawn = renderer.renderRun(many, dir);
        List<RenderedChart> bounded = renderer.renderRun(forty, other);

        assertThat(drawn).isNotEmpty();
        for (RenderedChart chart : drawn) {
            RenderedChart same = bounded.stream()
                    .filter(c -> c.name().equals(chart.name()))
                    .findFirst()
                    .orElseThrow();
            BufferedImage image = ImageIO.read(chart.png().toFile());
            assertThat(image.getHeight())
                    .as(chart.name() + " height stays that of 40 bars plus a note")
                    .isLessThan(ImageIO.read(same.png().toFile()).getHeight() * 6 / 5);
            assertThat(Files.readAllLines(chart.csv(), StandardCharsets.UTF_8))
                    .as("header and every summit")
                    .hasSize(201);
            assertThat(chart.altText()).contains("the 40 latest of 200");
        }
    }
}
