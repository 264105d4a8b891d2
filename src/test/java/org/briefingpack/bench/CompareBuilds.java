package org.briefingpack.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Extraction time of two builds in one JVM, their passes over a corpus alternated (A B, B A, ...), each build in a
 * class loader of its own. On a shared machine whose speed drifts by a factor of two within minutes, separate JMH runs
 * of two builds disagree by more than the difference sought; passes a few milliseconds apart meet the same machine,
 * so the median of their ratios holds still. Run by {@code scripts/compare-builds.sh}; a build of the same classes
 * against itself gives the ratio's spread (docs/performance.md).
 *
 * <p>Arguments: classes folder A, classes folder B, dependency class path, corpus folder, warm-up pairs, measured
 * pairs. The warm-up goes on past its pairs until the JIT is quiet: pinned to one core, the compiler shares the core
 * with the passes and needs a minute or two for both builds' rules, and passes measured before that time each
 * build's compiling, not its code.
 */
public final class CompareBuilds {

    private CompareBuilds() {}

    /** One build's extractor and the corpus as that build reads it. */
    private static final class Build {
        private final Object extractor;
        private final Method extract;
        private final List<Object> documents = new ArrayList<>();

        Build(Path classes, String dependencies, Path corpus) throws Exception {
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            for (String jar : dependencies.split(java.io.File.pathSeparator)) {
                if (!jar.isBlank()) {
                    urls.add(Path.of(jar).toUri().toURL());
                }
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Object splitter = instance(loader, "org.briefingpack.extract.text.RuleBasedSentenceSplitter");
            Object figures = instance(loader, "org.briefingpack.extract.figure.RuleBasedFigureRecognizer");
            Object links = instance(loader, "org.briefingpack.extract.link.RuleBasedLinkRecognizer");
            Method withDefaults = Arrays.stream(loader.loadClass("org.briefingpack.extract.RuleBasedFactsExtractor")
                            .getMethods())
                    .filter(m -> m.getName().equals("withDefaults") && m.getParameterCount() == 3)
                    .findFirst()
                    .orElseThrow();
            extractor = withDefaults.invoke(null, splitter, figures, links);
            Class<?> sourceDocument = loader.loadClass("org.briefingpack.ingest.SourceDocument");
            extract = extractor.getClass().getMethod("extract", sourceDocument);
            Object reader = instance(loader, "org.briefingpack.ingest.DocumentReader");
            Method read = reader.getClass().getMethod("read", Path.class);
            for (Path file :
                    ExtractionBenchmark.corpusFiles(corpus)) { // the benchmark's files, as this checkout picks them
                documents.add(read.invoke(reader, file));
            }
        }

        private static Object instance(ClassLoader loader, String name) throws Exception {
            return loader.loadClass(name).getConstructor().newInstance();
        }

        /** Nanoseconds to extract every document once. */
        long pass() throws Exception {
            long start = System.nanoTime();
            int sink = 0;
            for (Object document : documents) {
                sink += extract.invoke(extractor, document).hashCode();
            }
            long took = System.nanoTime() - start;
            return sink == Integer.MIN_VALUE ? took + 1 : took; // the facts are used, so no pass is optimised away
        }
    }

    /** Pairs a window of the warm-up runs before the compiler's share of it is read. */
    private static final int QUIET_WINDOW = 20;

    /** Windows in a row that must be quiet: the compiler pauses between waves of recompiling. */
    private static final int QUIET_WINDOWS = 3;

    /** The compiler's share of a window under which it counts as quiet. */
    private static final double QUIET_SHARE = 0.02;

    /** The longest warm-up, however busy the compiler: a limit for a machine on which it never settles. */
    private static final long WARM_UP_LIMIT_NANOS = 600_000_000_000L;

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println(
                    "usage: CompareBuilds CLASSES_A CLASSES_B DEPENDENCY_CLASSPATH CORPUS [WARM_UP [PAIRS]]");
            System.exit(2);
        }
        Path corpus = Path.of(args[3]);
        Build a = new Build(Path.of(args[0]), args[2], corpus);
        Build b = new Build(Path.of(args[1]), args[2], corpus);
        int warmUp = args.length > 4 ? Integer.parseInt(args[4]) : 300;
        int pairs = args.length > 5 ? Integer.parseInt(args[5]) : 300;
        CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
        long warmUpStart = System.nanoTime();
        for (int i = 0; i < warmUp; i++) {
            a.pass();
            b.pass();
        }
        int extraWindows = 0;
        int quietInARow = 0;
        while (quietInARow < QUIET_WINDOWS && System.nanoTime() - warmUpStart < WARM_UP_LIMIT_NANOS) {
            long compiledBefore = compiler.getTotalCompilationTime();
            long windowStart = System.nanoTime();
            for (int i = 0; i < QUIET_WINDOW; i++) {
                a.pass();
                b.pass();
            }
            double compiledMillis = compiler.getTotalCompilationTime() - compiledBefore;
            boolean quiet = compiledMillis < QUIET_SHARE * (System.nanoTime() - windowStart) / 1e6;
            quietInARow = quiet ? quietInARow + 1 : 0;
            extraWindows++;
        }
        long compiledBeforeMeasuring = compiler.getTotalCompilationTime();
        System.out.printf(
                "warm-up %.0f s (%d pairs past the %d asked), compiling %.0f s in all%n",
                (System.nanoTime() - warmUpStart) / 1e9,
                extraWindows * QUIET_WINDOW,
                warmUp,
                compiledBeforeMeasuring / 1e3);
        long[] timesA = new long[pairs];
        long[] timesB = new long[pairs];
        double[] ratios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            boolean aFirst = i % 2 == 0; // each build runs first in half the pairs
            long first = aFirst ? a.pass() : b.pass();
            long second = aFirst ? b.pass() : a.pass();
            timesA[i] = aFirst ? first : second;
            timesB[i] = aFirst ? second : first;
            ratios[i] = (double) timesB[i] / timesA[i];
        }
        System.out.printf(
                "compiling while measuring: %d ms%n", compiler.getTotalCompilationTime() - compiledBeforeMeasuring);
        Arrays.sort(timesA);
        Arrays.sort(timesB);
        Arrays.sort(ratios);
        System.out.printf(
                "%d pairs; A fastest %.2f, median %.2f ms a pass; B fastest %.2f, median %.2f ms;"
                        + " B/A median %.3f (quartiles %.3f to %.3f)%n",
                pairs,
                timesA[0] / 1e6,
                timesA[pairs / 2] / 1e6,
                timesB[0] / 1e6,
                timesB[pairs / 2] / 1e6,
                ratios[pairs / 2],
                ratios[pairs / 4],
                ratios[3 * pairs / 4]);
    }
}
