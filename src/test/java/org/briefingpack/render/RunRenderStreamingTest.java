package org.briefingpack.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.chart.ChartRenderer;
import org.briefingpack.render.workbook.CommitmentsWorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run-level render (run charts and workbook) over a source that reads each document afresh, as the job's
 * does from facts.json: it must take the documents in one pass and let each go before the next, or a run of
 * 10,000 documents would hold them all.
 */
class RunRenderStreamingTest {

    private static final FxRates FX = new FxRates(
            "USD", LocalDate.of(2025, 6, 30), Map.of("EUR", new BigDecimal("1.1720"), "GBP", new BigDecimal("1.3720")));
    private static final List<String> FIXTURES =
            List.of("paris-ai-summit-2025", "ai-seoul-summit-2024", "cop28-dubai-2023");
    private static final int DOCUMENTS = 12;

    @TempDir
    Path dir;

    @Test
    void renderRun_readsTheDocumentsInOnePassAndNeverHoldsTwoOfThemAtOnce() throws IOException {
        WatchedDocuments documents = new WatchedDocuments(DOCUMENTS);
        // the PDF renderer plays no part in the run-level render
        PackRenderer renderer = new DefaultPackRenderer(new ChartRenderer(FX), null, new CommitmentsWorkbookWriter(FX));

        List<Path> files = renderer.renderRun(
                new RunContents("run", Instant.parse("2026-11-25T06:00:00Z"), documents, List.of()), dir);

        assertThat(documents.passes).as("passes over the documents").isEqualTo(1);
        assertThat(documents.read).as("documents read").isEqualTo(DOCUMENTS);
        // At each read, the document before it may still sit in the caller's loop variable; no other may be held.
        assertThat(documents.mostHeldAtARead)
                .as("earlier documents still reachable when the next was read")
                .isLessThanOrEqualTo(1);
        assertThat(files).contains(dir.resolve("commitments.xlsx"));
        try (var in = Files.newInputStream(dir.resolve("commitments.xlsx"));
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            int outcomes = FIXTURES.stream()
                            .mapToInt(id -> fixture(id).outcomes().size())
                            .sum()
                    * DOCUMENTS
                    / FIXTURES.size();
            assertThat(workbook.getSheet("Commitments").getLastRowNum()).isEqualTo(outcomes);
        }
    }

    private static Facts fixture(String id) {
        return new FactsJson().read(Path.of("src/test/resources/fixtures/facts", id + ".json"));
    }

    /**
     * Reads each document anew when the pass reaches it, and checks with a full collection before every read how
     * many of the documents handed out earlier are still reachable.
     */
    private static final class WatchedDocuments implements RunDocuments {
        private final int count;
        private final List<WeakReference<Facts>> handedOut = new ArrayList<>();
        int passes;
        int read;
        int mostHeldAtARead;

        WatchedDocuments(int count) {
            this.count = count;
        }

        /** Known up front, as the job knows it from extraction, so the count takes no pass of its own. */
        @Override
        public long outcomes() {
            return FIXTURES.stream()
                            .mapToLong(id -> fixture(id).outcomes().size())
                            .sum()
                    * count
                    / FIXTURES.size();
        }

        @Override
        public Iterator<RunContents.DocumentPack> iterator() {
            passes++;
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < count;
                }

                @Override
                public RunContents.DocumentPack next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    mostHeldAtARead = Math.max(mostHeldAtARead, stillHeld());
                    Facts facts = fixture(FIXTURES.get(next % FIXTURES.size()));
                    handedOut.add(new WeakReference<>(facts));
                    next++;
                    read++;
                    return new RunContents.DocumentPack(facts, List.of());
                }
            };
        }

        private int stillHeld() {
            System.gc();
            return (int) handedOut.stream().filter(ref -> ref.get() != null).count();
        }
    }
}
