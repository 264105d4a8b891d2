package org.briefingpack.render.chart;

import java.nio.file.Path;
import java.util.List;

import org.briefingpack.model.Facts;

/** Not a test: renders every fixture's charts into target/chart-preview to look at them. */
final class ChartPreview {
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        ChartRenderer renderer = new ChartRenderer(ChartRendererTest.FX);
        Path out = Path.of("target/chart-preview");
        List<String> ids = List.of("paris-ai-summit-2025", "cop28-dubai-2023", "ai-seoul-summit-2024");
        List<Facts> all = ids.stream().map(ChartRendererTest::fixture).toList();
        for (Facts f : all) {
            renderer.renderDocument(f, out.resolve(f.document().id())).forEach(c -> System.out.println(c.png() + " " + c.heightPx() + "\n  " + c.altText()));
        }
        renderer.renderRun(all, out.resolve("run")).forEach(c -> System.out.println(c.png() + "\n  " + c.altText()));
    }
}
