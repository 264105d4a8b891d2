package org.briefingpack.render.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefingpack.model.Facts;
import org.briefingpack.render.RenderedChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One renderer shared by several threads (as the partitioned render step shares it) draws exactly the
 * bytes it draws alone: no shared mutable JFreeChart, font or encoder state.
 */
class ConcurrentChartRenderTest {

    private static final List<String> IDS = List.of("paris-ai-summit-2025", "cop28-dubai-2023", "ai-seoul-summit-2024");

    @TempDir
    Path dir;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void renderDocument_whenFourThreadsShareOneRenderer_thenEveryPngMatchesTheOneDrawnAlone() throws Exception {
        ChartRenderer renderer = new ChartRenderer(ChartRendererTest.FX);
        Map<String, byte[]> alone = new LinkedHashMap<>();
        for (String id : IDS) {
            for (RenderedChart chart : renderer.renderDocument(
                    ChartRendererTest.fixture(id), dir.resolve("alone").resolve(id))) {
                alone.put(id + "/" + chart.name(), Files.readAllBytes(chart.png()));
            }
        }
        assertThat(alone).isNotEmpty();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Map<String, byte[]>>> results = new ArrayList<>();
        try {
            for (int task = 0; task < 12; task++) {
                String id = IDS.get(task % IDS.size());
                Path out = dir.resolve("task" + task);
                results.add(pool.submit(() -> drawn(renderer, ChartRendererTest.fixture(id), id, out)));
            }
            for (Future<Map<String, byte[]>> result : results) {
                for (Map.Entry<String, byte[]> png : result.get().entrySet()) {
                    assertThat(png.getValue()).as(png.getKey()).isEqualTo(alone.get(png.getKey()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<String, byte[]> drawn(ChartRenderer renderer, Facts facts, String id, Path out)
            throws IOException {
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        for (RenderedChart chart : renderer.renderDocument(facts, out)) {
            pngs.put(id + "/" + chart.name(), Files.readAllBytes(chart.png()));
        }
        return pngs;
    }
}
