package org.briefingpack.render.chart;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.briefingpack.model.Facts;

/**
 * Not a test: renders every fixture's charts into target/chart-preview to look at them, and with the
 * argument {@code time} measures render time per chart in a warm JVM (printed, never asserted).
 */
final class ChartPreview {
    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        ChartRenderer renderer = new ChartRenderer(ChartRendererTest.FX);
        Path out = Path.of("target/chart-preview");
        List<String> ids = List.of("paris-ai-summit-2025", "cop28-dubai-2023", "ai-seoul-summit-2024");
        List<Facts> all = ids.stream().map(ChartRendererTest::fixture).toList();
        for (Facts f : all) {
            renderer.renderDocument(f, out.resolve(f.document().id()))
                    .forEach(c -> System.out.println(c.png() + " " + c.heightPx() + "\n  " + c.altText()));
        }
        renderer.renderRun(all, out.resolve("run")).forEach(c -> System.out.println(c.png() + "\n  " + c.altText()));
        renderer.renderDocument(ChartStress.crowded(), out.resolve("crowded"))
                .forEach(c -> System.out.println(c.png() + " " + c.heightPx() + "\n  " + c.altText()));
        if (args.length > 0 && args[0].equals("time")) {
            time(renderer, all, out.resolve("timing"));
        }
    }

    private static void time(ChartRenderer renderer, List<Facts> all, Path dir) {
        int warmup = 30;
        int rounds = 60;
        for (int i = 0; i < warmup; i++) {
            all.forEach(f -> renderer.renderDocument(f, dir));
        }
        // CPU time of this thread as well as wall time: on a shared, overloaded machine wall time mostly measures
        // waiting
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (Facts f : all) {
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            int charts = 0;
            for (int i = 0; i < rounds; i++) {
                charts += renderer.renderDocument(f, dir).size();
            }
            double msPerChart = (System.nanoTime() - start) / 1e6 / charts;
            double cpuPerChart = (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / charts;
            System.out.printf(
                    "%s: %d charts/render, %.1f ms wall, %.1f ms CPU per chart (PNG + CSV written)%n",
                    f.document().id(), charts / rounds, msPerChart, cpuPerChart);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            renderer.renderRun(all, dir);
        }
        System.out.printf("run charts: %.1f ms per chart%n", (System.nanoTime() - start) / 1e6 / rounds / 2);
    }
}
