package org.briefingpack.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingpack.extract.DocumentYear;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.Sentence;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.annotate.Annotator;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.extract.link.RuleBasedLinkRecognizer;
import org.briefingpack.extract.rule.ExtractionRules;
import org.briefingpack.extract.rule.FactsAssembler;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Rule;
import org.briefingpack.extract.text.RuleBasedSentenceSplitter;
import org.briefingpack.ingest.SourceDocument;

/**
 * Where a pass of extraction spends its time: sentences, figures, annotation, each rule in order, links. Runs the
 * extractor's parts over a corpus until the JIT has had {@code -Dwarm} seconds (default 90), then times each part for
 * {@code -Dmeas} seconds (default 30) and prints milliseconds a pass, largest first. Not a benchmark (the clock is read
 * around every rule); JMH's {@link ExtractionBenchmark} gives the figure, this says which parts make it up.
 *
 * <pre>java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
 *     org.briefingpack.bench.PhaseTimes [corpus folder]</pre>
 */
public final class PhaseTimes {

    private PhaseTimes() {}

    public static void main(String[] args) throws IOException {
        List<SourceDocument> documents =
                ExtractionBenchmark.read(args.length > 0 ? Path.of(args[0]) : ExtractionBenchmark.corpus());
        long warmUp = Long.getLong("warm", 90) * 1_000_000_000L;
        long measure = Long.getLong("meas", 30) * 1_000_000_000L;
        RuleBasedSentenceSplitter splitter = new RuleBasedSentenceSplitter();
        RuleBasedFigureRecognizer figures = new RuleBasedFigureRecognizer();
        RuleBasedLinkRecognizer links = new RuleBasedLinkRecognizer();
        Annotator annotator = Annotator.withDefaults();
        List<Rule> rules = ExtractionRules.defaults(annotator.gazetteer()).rules();
        Map<String, long[]> nanos = new LinkedHashMap<>();
        long started = System.nanoTime();
        boolean measuring = false;
        long passes = 0;
        long kept = 0; // what the passes found, printed so that no part is optimised away
        while (!measuring || System.nanoTime() - started < measure) {
            if (!measuring && System.nanoTime() - started > warmUp) {
                measuring = true;
                nanos.clear();
                passes = 0;
                started = System.nanoTime();
            }
            for (SourceDocument document : documents) {
                String text = document.text();
                long t0 = System.nanoTime();
                List<Sentence> sentences = splitter.split(text);
                long t1 = System.nanoTime();
                List<FoundFigure> found = figures.recognize(text, DocumentYear.inFileName(document.fileName()));
                long t2 = System.nanoTime();
                AnnotatedDocument annotated = annotator.annotate(text, sentences, found);
                long t3 = System.nanoTime();
                add(nanos, "sentences", t1 - t0);
                add(nanos, "figures", t2 - t1);
                add(nanos, "annotation", t3 - t2);
                Findings findings = new Findings();
                for (int r = 0; r < rules.size(); r++) {
                    long before = System.nanoTime();
                    rules.get(r).apply(annotated, findings);
                    add(nanos, "rule " + r + " " + rules.get(r).getClass().getSimpleName(), System.nanoTime() - before);
                }
                long before = System.nanoTime();
                kept += links.recognize(text, document.markupLinks()).size();
                kept += FactsAssembler.outcomes(findings).size();
                add(nanos, "links and outcomes assembled", System.nanoTime() - before);
            }
            passes++;
        }
        long total = nanos.values().stream().mapToLong(v -> v[0]).sum();
        System.out.printf("%d passes, %.3f ms a pass (%d found)%n", passes, total / 1e6 / passes, kept);
        long count = passes;
        nanos.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]))
                .forEach(e -> System.out.printf(
                        "%8.3f ms %5.1f%%  %s%n",
                        e.getValue()[0] / 1e6 / count, 100.0 * e.getValue()[0] / total, e.getKey()));
    }

    private static void add(Map<String, long[]> nanos, String part, long elapsed) {
        nanos.computeIfAbsent(part, k -> new long[1])[0] += elapsed;
    }
}
