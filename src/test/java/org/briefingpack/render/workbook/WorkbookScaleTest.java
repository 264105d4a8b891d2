package org.briefingpack.render.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Count;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Event;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.Link;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;
import org.briefingpack.model.Theme;
import org.briefingpack.render.RunContents;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 5's scale run: 10,000 documents, 100,000 Commitments rows, under a 512 MB heap. Off by
 * default; run it with {@code scripts/workbook-scale.sh}, which gives its JVM {@code -Xmx512m} (under surefire,
 * the pom's argLine replaces {@code -DargLine=-Xmx512m}, so the heap would be the JVM's default). It prints the time and peak heap and leaves them in {@code target/workbook-scale.txt}, the
 * workbook in {@code target/workbook-scale.xlsx}.
 */
@Tag("scale")
@EnabledIfSystemProperty(named = "scale", matches = "true")
class WorkbookScaleTest {

    private static final int DOCUMENTS = 10_000;
    private static final int OUTCOMES_PER_DOCUMENT = 10;
    private static final String[] CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CHF"};

    /**
     * The same run outside Maven, so the heap limit is the one given to {@code java}: {@code scripts/workbook-scale.sh}
     * (surefire's argLine in the pom replaces {@code -DargLine}).
     */
    public static void main(String[] args) throws IOException {
        new WorkbookScaleTest().hundredThousandRows_writeInBoundedHeap();
    }

    @Test
    void hundredThousandRows_writeInBoundedHeap() throws IOException {
        // the heap this test claims must be the one it runs with (-DargLine=-Xmx512m reaches the forked JVM)
        assertThat(Runtime.getRuntime().maxMemory() >> 20)
                .as("max heap in MB; run with -DargLine=-Xmx512m")
                .isLessThanOrEqualTo(512);
        List<RunContents.DocumentPack> packs = new ArrayList<>();
        for (int d = 0; d < DOCUMENTS; d++) {
            packs.add(new RunContents.DocumentPack(document(d), List.of()));
        }
        RunContents run = new RunContents("scale", WorkbookFixtures.GENERATED_AT, packs, List.of());
        // Kept under target/ so it can be opened afterwards (e.g. soffice --headless --convert-to csv).
        Path file = Files.createDirectories(Path.of("target")).resolve("workbook-scale.xlsx");

        System.gc();
        long heapBefore = usedHeap();
        HeapWatch watch = new HeapWatch();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();
        try {
            new CommitmentsWorkbookWriter(WorkbookFixtures.FX).write(run, file);
        } finally {
            watch.stop();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        long peak = watch.peakUsed();

        String report = String.format(
                "documents=%d commitmentsRows=%d wall=%.1fs writerThreadCpu=%.1fs peakHeapUsed=%dMB"
                        + " peakLiveAfterGc=%dMB factsHeldBeforeWriting=%dMB maxHeap=%dMB file=%.1fMB%n",
                DOCUMENTS,
                DOCUMENTS * OUTCOMES_PER_DOCUMENT,
                millis / 1000.0,
                cpuMillis / 1000.0,
                peak >> 20,
                watch.peakLiveAfterGc() >> 20,
                heapBefore >> 20,
                Runtime.getRuntime().maxMemory() >> 20,
                Files.size(file) / 1e6);
        System.out.print(report);
        Files.writeString(Path.of("target", "workbook-scale.txt"), report);

        try (ZipFile zip = new ZipFile(file.toFile())) {
            // every row of every column the table declares, however many columns the sheet has grown to
            String table = tableXml(zip, "Commitments");
            int columns = Integer.parseInt(table.replaceAll("(?s).*<tableColumns count=\"(\\d+)\".*", "$1"));
            assertThat(tableRef(zip, "Commitments"))
                    .isEqualTo("A1:" + (char) ('A' + columns - 1) + (DOCUMENTS * OUTCOMES_PER_DOCUMENT + 1));
        }
        assertThat(peak).isLessThanOrEqualTo(Runtime.getRuntime().maxMemory());
        assertThat(watch.peakLiveAfterGc()).isLessThan(400L << 20);
    }

    /** Reads a table's range straight from the package: loading 100,000 rows back into XSSF would not fit the heap. */
    private static String tableRef(ZipFile zip, String name) throws IOException {
        String xml = tableXml(zip, name);
        int at = xml.indexOf(" ref=\"") + 6;
        return xml.substring(at, xml.indexOf('"', at));
    }

    /** The XML of the named table's part. */
    private static String tableXml(ZipFile zip, String name) throws IOException {
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entry.getName().startsWith("xl/tables/")) {
                try (InputStream in = zip.getInputStream(entry)) {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    if (xml.contains("name=\"" + name + "\"")) {
                        return xml;
                    }
                }
            }
        }
        throw new AssertionError("No table " + name);
    }

    /**
     * Samples the heap in use every few milliseconds, and the heap still live after each collection:
     * the first says how full the heap got, the second how much the write really needs.
     */
    private static final class HeapWatch {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final Thread sampler;
        private final List<Runnable> unsubscribe = new ArrayList<>();
        private volatile boolean running = true;

        HeapWatch() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                NotificationEmitter emitter = (NotificationEmitter) gc;
                NotificationListener listener = (notification, handback) -> {
                    if (notification
                            .getType()
                            .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long live = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> isHeap(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed())
                                .sum();
                        peakLive.accumulateAndGet(live, Math::max);
                    }
                };
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException ignored) {
                        // already gone
                    }
                });
            }
            sampler = new Thread(
                    () -> {
                        while (running) {
                            peakUsed.accumulateAndGet(usedHeap(), Math::max);
                            try {
                                Thread.sleep(5);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        private static boolean isHeap(String pool) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
        }

        void stop() {
            running = false;
            sampler.interrupt();
            unsubscribe.forEach(Runnable::run);
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakLive() {
            return peakLive.get();
        }

        long peakLiveAfterGc() {
            return peakLive.get();
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** A synthetic but realistically sized document: ten outcomes with quotes, positions, figures, links. */
    private static Facts document(int d) {
        String summit = "Summit number " + d + " on artificial intelligence and climate";
        List<Outcome> outcomes = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int o = 0; o < OUTCOMES_PER_DOCUMENT; o++) {
            String currency = CURRENCIES[(d + o) % CURRENCIES.length];
            BigDecimal value = BigDecimal.valueOf((d + 1L) * (o + 1L) * 1_000_000L);
            String name = "Initiative " + o + " of summit " + d + " for open and trustworthy AI";
            outcomes.add(new Outcome(
                    OutcomeType.values()[o % OutcomeType.values().length],
                    name,
                    List.of(new Actor("Country " + o, "C" + (o % 10)), new Actor("Partner " + d, null)),
                    o % 3 == 0 ? null : new Money(value, currency, currency + " " + value),
                    o % 3 == 0 ? new Count(BigDecimal.valueOf(10 + o), "countries") : null,
                    "foster the development of open and ethically governed models, outcome " + o,
                    Evidence.of("The launch of " + name + ", backed by a robust investment, was announced on the"
                            + " second day of the summit by the host and " + (o + 3) + " partners.")));
            figures.add(Figure.money(currency + " " + value, value, currency));
        }
        figures.add(Figure.date("February 10-11, 2025", LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 11)));
        return new Facts(
                Facts.SCHEMA,
                new DocumentInfo("doc-" + d, "doc-" + d + ".txt", String.format("%064x", d), 5_000),
                new Event(
                        summit,
                        LocalDate.of(2025, 1, 1).plusDays(d % 365),
                        null,
                        "City " + d,
                        "FR",
                        Evidence.of(summit + " was held")),
                List.of(
                        new Theme("AI accessibility and the digital divide", Evidence.of("bridge the digital divide")),
                        new Theme("sustainable AI for people and the planet", Evidence.of("sustainable AI"))),
                outcomes,
                List.of(
                        new Position(
                                new Actor("United States", "US"),
                                Stance.DECLINED,
                                "declaration",
                                List.of("national security"),
                                Evidence.of("the U.S. chose not to sign")),
                        new Position(
                                new Actor("France", "FR"),
                                Stance.HOSTED,
                                summit,
                                List.of(),
                                Evidence.of("France hosted"))),
                figures,
                List.of(
                        Link.of(
                                "https://example.org/summit/" + d + "?utm_source=x",
                                "https://example.org/summit/" + d,
                                "example.org"),
                        Link.of(
                                "https://news.example.com/ai/" + d,
                                "https://news.example.com/ai/" + d,
                                "news.example.com")));
    }
}
