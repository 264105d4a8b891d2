package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Figure;
import org.briefingpack.model.FigureKind;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs the recognizer on every dev corpus document and grades it per kind the way
 * ../shared/eval/score.py does (money on value and currency, counts and percents on value,
 * dates on both ends, one-to-one). Prints every miss and extra. Skipped when the corpus is absent.
 */
class DevCorpusFiguresTest {

    private static final Path CORPUS = Path.of("../shared/corpus/dev");

    private final RuleBasedFigureRecognizer recognizer = new RuleBasedFigureRecognizer();

    @Test
    void devCorpus_figuresMatchGold_withF1AtLeast097PerKind() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(CORPUS.resolve("gold")),
                "dev corpus not found at " + CORPUS.toAbsolutePath() + ": skipping the corpus figures test");
        ObjectMapper mapper = new ObjectMapper();
        Map<FigureKind, int[]> tally = new EnumMap<>(FigureKind.class);
        for (FigureKind kind : FigureKind.values()) {
            tally.put(kind, new int[3]);
        }
        List<Path> golds;
        try (Stream<Path> files = Files.list(CORPUS.resolve("gold"))) {
            golds = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(golds).isNotEmpty();
        for (Path goldFile : golds) {
            String id = goldFile.getFileName().toString().replace(".json", "");
            String text = readerText(id);
            JsonNode gold = mapper.readTree(goldFile.toFile());
            List<Figure> expected = new ArrayList<>();
            for (JsonNode f : gold.get("figures")) {
                expected.add(goldFigure(f));
            }
            List<Figure> found =
                    recognizer.recognize(text).stream().map(FoundFigure::figure).toList();
            System.out.println("## " + id);
            for (FigureKind kind : FigureKind.values()) {
                grade(
                        kind,
                        expected.stream().filter(f -> f.kind() == kind).toList(),
                        found.stream().filter(f -> f.kind() == kind).toList(),
                        tally.get(kind));
            }
        }
        for (FigureKind kind : FigureKind.values()) {
            int[] c = tally.get(kind);
            double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
            double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            System.out.printf("%-8s P=%.3f R=%.3f F1=%.3f  tp/fp/fn=%d/%d/%d%n", kind, p, r, f1, c[0], c[1], c[2]);
            assertThat(f1).as("F1 for " + kind).isGreaterThanOrEqualTo(0.97);
        }
    }

    private static void grade(FigureKind kind, List<Figure> gold, List<Figure> found, int[] tally) {
        List<Figure> left = new ArrayList<>(found);
        for (Figure g : gold) {
            Figure hit = left.stream().filter(p -> same(g, p)).findFirst().orElse(null);
            if (hit == null) {
                System.out.println("   " + kind + " missed: " + g.text());
                tally[2]++;
            } else {
                left.remove(hit);
                tally[0]++;
            }
        }
        for (Figure extra : left) {
            System.out.println("   " + kind + " extra: " + extra.text() + " = "
                    + (extra.value() != null ? extra.value() : extra.from()));
            tally[1]++;
        }
    }

    private static boolean same(Figure g, Figure p) {
        return switch (g.kind()) {
            case MONEY -> close(g.value(), p.value()) && Objects.equals(g.currency(), p.currency());
            case COUNT, PERCENT -> close(g.value(), p.value());
            case DATE -> g.from().equals(p.from()) && g.to().equals(p.to());
        };
    }

    private static boolean close(BigDecimal a, BigDecimal b) {
        double x = a.doubleValue();
        double y = b.doubleValue();
        return Math.abs(x - y) <= 0.005 * Math.max(Math.abs(x), Math.abs(y)) + 1e-9;
    }

    private static Figure goldFigure(JsonNode f) {
        FigureKind kind = FigureKind.valueOf(f.get("kind").asString());
        String text = f.get("text").asString();
        return switch (kind) {
            case MONEY ->
                Figure.money(
                        text, f.get("value").decimalValue(), f.get("currency").asString());
            case COUNT ->
                Figure.count(
                        text,
                        f.get("value").decimalValue(),
                        f.has("unit") ? f.get("unit").asString() : null);
            case PERCENT -> Figure.percent(text, f.get("value").decimalValue());
            case DATE ->
                Figure.date(
                        text,
                        java.time.LocalDate.parse(f.get("from").asString()),
                        java.time.LocalDate.parse(f.get("to").asString()));
        };
    }

    /** The document as a reader sees it (a stand-in for the real reader, which lives elsewhere). */
    static String readerText(String id) throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            Path doc = files.filter(p -> p.getFileName().toString().startsWith(id + "."))
                    .findFirst()
                    .orElseThrow();
            String raw = Files.readString(doc, StandardCharsets.UTF_8);
            String name = doc.getFileName().toString();
            if (name.endsWith(".html") || name.endsWith(".htm")) {
                return Jsoup.parse(raw).body().wholeText();
            }
            if (name.endsWith(".md")) {
                return raw.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1")
                        .replaceAll("(\\*\\*|__|`)", "")
                        .replaceAll("(?m)^\\s{0,3}(#{1,6}|[-*+>])\\s+", "");
            }
            return raw;
        }
    }
}
