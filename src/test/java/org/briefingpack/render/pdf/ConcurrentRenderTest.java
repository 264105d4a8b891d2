package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcurrentRenderTest {

    @TempDir
    Path out;

    @Test
    void oneRenderer_sharedByThreads_writesTheSameBytesAsOneThreadDoes() throws Exception {
        PdfBriefingRenderer renderer = new PdfBriefingRenderer(PdfFixtures.settings(), null);
        List<String> ids = PdfFixtures.fixtureIds();
        for (String id : ids) {
            renderer.render(PdfFixtures.facts(id), List.of(), out.resolve("serial/" + id), PdfFixtures.GENERATED_AT);
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String id : ids) {
                    Path dir = out.resolve("parallel-" + round + "/" + id);
                    jobs.add(pool.submit(
                            () -> renderer.render(PdfFixtures.facts(id), List.of(), dir, PdfFixtures.GENERATED_AT)));
                }
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        for (int round = 0; round < 2; round++) {
            for (String id : ids) {
                assertThat(Files.readAllBytes(out.resolve("parallel-" + round + "/" + id + "/briefing.pdf")))
                        .isEqualTo(Files.readAllBytes(out.resolve("serial/" + id + "/briefing.pdf")));
            }
        }
    }
}
