package org.briefingpack.testsupport;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The shared grader ({@code ../shared/eval/score.py}) in Java, so that the build itself can hold extraction
 * to a floor: the same categories, the same matching (names by word overlap, money by value and currency,
 * counts by value, dates by both ends, positions by actor and stance, links by normalized URL), the same
 * greedy pairing. Evidence is checked against the text as a reader sees it (white space squashed).
 */
public final class FactsGrader {

    public static final List<String> CATEGORIES = List.of(
            "event",
            "themes",
            "outcomes",
            "outcome_details",
            "positions",
            "dates",
            "money",
            "counts",
            "percents",
            "links",
            "evidence");

    private static final Set<String> STOP =
            Set.of("the", "of", "and", "for", "a", "an", "on", "in", "to", "by", "with", "at", "its", "their");
    private static final Pattern WORD = Pattern.compile("[a-z0-9€$£¥]+");

    /** True positives, false positives and false negatives of one category. */
    public static final class Tally {
        int tp;
        int fp;
        int fn;

        void add(int tp, int fp, int fn) {
            this.tp += tp;
            this.fp += fp;
            this.fn += fn;
        }

        boolean used() {
            return tp + fp + fn > 0;
        }

        public double f1() {
            double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.3f (%d/%d/%d)", f1(), tp, fp, fn);
        }
    }

    private final Map<String, Tally> tallies = new LinkedHashMap<>();

    public FactsGrader() {
        CATEGORIES.forEach(c -> tallies.put(c, new Tally()));
    }

    /** The F1 of each category that the gold or the output filled, in the grader's order. */
    public Map<String, Double> scores() {
        Map<String, Double> out = new LinkedHashMap<>();
        tallies.forEach((c, t) -> {
            if (t.used()) {
                out.put(c, t.f1());
            }
        });
        return out;
    }

    public double overall() {
        return scores().values().stream()
                .mapToDouble(Double::doubleValue)
                .average()
                .orElse(0);
    }

    public Map<String, Tally> tallies() {
        return tallies;
    }

    /** Grades one document: its gold, the extracted facts (as JSON), and the text a reader sees. */
    public void grade(JsonNode gold, JsonNode pred, String readerText) {
        gradeEvent(gold.path("event"), pred.path("event"));
        List<JsonNode> gThemes = list(gold.path("themes"));
        List<JsonNode> pThemes = list(pred.path("themes"));
        Pairs themes = bestPairs(gThemes, pThemes, (g, p) -> dice(text(g, "text"), text(p, "text")), 0.3);
        tallies.get("themes")
                .add(themes.pairs.size(), pThemes.size() - themes.pairs.size(), gThemes.size() - themes.pairs.size());

        List<JsonNode> gOut = list(gold.path("outcomes"));
        List<JsonNode> pOut = list(pred.path("outcomes"));
        Pairs outcomes = bestPairs(gOut, pOut, FactsGrader::outcomeScore, 0.5);
        tallies.get("outcomes")
                .add(outcomes.pairs.size(), pOut.size() - outcomes.pairs.size(), gOut.size() - outcomes.pairs.size());
        for (JsonNode[] pair : outcomes.pairs) {
            detail(text(pair[0], "type")
                    .toUpperCase(Locale.ROOT)
                    .equals(text(pair[1], "type").toUpperCase(Locale.ROOT)));
            detail(sameMoney(pair[0].path("amount"), pair[1].path("amount")));
            detail(sameCount(pair[0].path("count"), pair[1].path("count")));
        }

        multiset("positions", positionKeys(gold), positionKeys(pred), String::equals);
        multiset("dates", figures(gold, "DATE"), figures(pred, "DATE"), FactsGrader::sameDate);
        multiset("money", figures(gold, "MONEY"), figures(pred, "MONEY"), FactsGrader::sameMoney);
        multiset("counts", figures(gold, "COUNT"), figures(pred, "COUNT"), FactsGrader::sameCount);
        multiset(
                "percents",
                figures(gold, "PERCENT"),
                figures(pred, "PERCENT"),
                (a, b) -> sameNumber(a.path("value"), b.path("value")));
        multiset("links", urls(gold), urls(pred), String::equals);

        String squashed = squash(readerText);
        List<JsonNode> facts = new ArrayList<>();
        if (!pred.path("event").isMissingNode() && !pred.path("event").isNull()) {
            facts.add(pred.path("event"));
        }
        facts.addAll(pThemes);
        facts.addAll(pOut);
        facts.addAll(list(pred.path("positions")));
        for (JsonNode fact : facts) {
            List<JsonNode> evidence = list(fact.path("evidence"));
            boolean ok = !evidence.isEmpty()
                    && evidence.stream().allMatch(e -> {
                        String q = squash(e.path("quote").asString(""));
                        return !q.isEmpty() && squashed.contains(q);
                    });
            tallies.get("evidence").add(ok ? 1 : 0, ok ? 0 : 1, 0);
        }
    }

    private void detail(boolean same) {
        tallies.get("outcome_details").add(same ? 1 : 0, same ? 0 : 1, same ? 0 : 1);
    }

    private void gradeEvent(JsonNode g, JsonNode p) {
        for (String field : List.of("name", "startDate", "endDate", "location")) {
            String gv = g.path(field).isNull() || g.path(field).isMissingNode()
                    ? null
                    : g.path(field).asString();
            String pv = p.path(field).isNull() || p.path(field).isMissingNode()
                    ? null
                    : p.path(field).asString();
            boolean ok;
            if (field.equals("name")) {
                ok = gv != null && pv != null && dice(gv, pv) >= 0.5;
            } else if (field.equals("location")) {
                ok = gv != null
                        && pv != null
                        && (pv.toLowerCase(Locale.ROOT).contains(gv.toLowerCase(Locale.ROOT))
                                || gv.toLowerCase(Locale.ROOT).contains(pv.toLowerCase(Locale.ROOT)));
            } else {
                ok = gv != null && gv.equals(pv);
            }
            if (ok) {
                tallies.get("event").add(1, 0, 0);
            } else {
                tallies.get("event").add(0, pv != null ? 1 : 0, gv != null ? 1 : 0);
            }
        }
    }

    private <T> void multiset(String category, List<T> gold, List<T> pred, BiPredicate<T, T> same) {
        List<T> left = new ArrayList<>(pred);
        int tp = 0;
        int fn = 0;
        for (T g : gold) {
            int hit = -1;
            for (int i = 0; i < left.size(); i++) {
                if (same.test(g, left.get(i))) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                fn++;
            } else {
                left.remove(hit);
                tp++;
            }
        }
        tallies.get(category).add(tp, left.size(), fn);
    }

    private record Pairs(List<JsonNode[]> pairs) {}

    private interface Score {
        double of(JsonNode g, JsonNode p);
    }

    private static Pairs bestPairs(List<JsonNode> gold, List<JsonNode> pred, Score score, double threshold) {
        record Candidate(double s, int g, int p) {}
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                candidates.add(new Candidate(score.of(gold.get(g), pred.get(p)), g, p));
            }
        }
        // Python sorts (score, gi, pi) tuples in reverse: higher score, then higher indexes first
        candidates.sort((a, b) -> a.s() != b.s()
                ? Double.compare(b.s(), a.s())
                : a.g() != b.g() ? Integer.compare(b.g(), a.g()) : Integer.compare(b.p(), a.p()));
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedP = new HashSet<>();
        List<JsonNode[]> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.s() < threshold || usedG.contains(c.g()) || usedP.contains(c.p())) {
                continue;
            }
            usedG.add(c.g());
            usedP.add(c.p());
            pairs.add(new JsonNode[] {gold.get(c.g()), pred.get(c.p())});
        }
        return new Pairs(pairs);
    }

    private static double outcomeScore(JsonNode g, JsonNode p) {
        double s = dice(text(g, "name"), text(p, "name"));
        if (present(g.path("amount")) && sameMoney(g.path("amount"), p.path("amount"))) {
            s += 1;
        }
        if (present(g.path("count")) && sameCount(g.path("count"), p.path("count"))) {
            s += 1;
        }
        return s;
    }

    static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    static double dice(String a, String b) {
        Set<String> x = words(a);
        Set<String> y = words(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        return 2.0 * both.size() / (x.size() + y.size());
    }

    private static boolean present(JsonNode n) {
        return !n.isMissingNode() && !n.isNull() && !(n.isObject() && n.isEmpty());
    }

    private static boolean sameNumber(JsonNode a, JsonNode b) {
        if (!present(a) || !present(b)) {
            return !present(a) && !present(b);
        }
        double x = a.asDouble();
        double y = b.asDouble();
        return Math.abs(x - y) <= Math.max(0.005 * Math.max(Math.abs(x), Math.abs(y)), 1e-9);
    }

    private static boolean sameMoney(JsonNode a, JsonNode b) {
        if (!present(a) || !present(b)) {
            return !present(a) && !present(b);
        }
        return a.path("currency")
                        .asString("")
                        .equalsIgnoreCase(b.path("currency").asString(""))
                && sameNumber(a.path("value"), b.path("value"));
    }

    private static boolean sameCount(JsonNode a, JsonNode b) {
        if (!present(a) || !present(b)) {
            return !present(a) && !present(b);
        }
        return sameNumber(a.path("value"), b.path("value"));
    }

    private static boolean sameDate(JsonNode a, JsonNode b) {
        String af = a.path("from").asString(null);
        String bf = b.path("from").asString(null);
        String at = present(a.path("to")) ? a.path("to").asString() : af;
        String bt = present(b.path("to")) ? b.path("to").asString() : bf;
        return af != null && af.equals(bf) && at != null && at.equals(bt);
    }

    private static List<String> positionKeys(JsonNode doc) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : list(doc.path("positions"))) {
            JsonNode actor = p.path("actor");
            String code = actor.path("code").isNull()
                    ? ""
                    : actor.path("code").asString("").toUpperCase(Locale.ROOT);
            String key = !code.isEmpty()
                    ? code
                    : String.join(" ", wordsInOrder(actor.path("name").asString("")));
            out.add(key + "|" + p.path("stance").asString("").toUpperCase(Locale.ROOT));
        }
        return out;
    }

    private static List<String> wordsInOrder(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static List<JsonNode> figures(JsonNode doc, String kind) {
        return list(doc.path("figures")).stream()
                .filter(f -> f.path("kind").asString("").equalsIgnoreCase(kind))
                .toList();
    }

    private static List<String> urls(JsonNode doc) {
        List<String> out = new ArrayList<>();
        for (JsonNode link : list(doc.path("links"))) {
            String url = present(link.path("normalized"))
                    ? link.path("normalized").asString()
                    : link.path("url").asString("");
            url = url.strip().replaceFirst("(?i)^https?://", "");
            while (url.endsWith("/")) {
                url = url.substring(0, url.length() - 1);
            }
            int slash = url.indexOf('/');
            out.add(
                    slash < 0
                            ? url.toLowerCase(Locale.ROOT)
                            : url.substring(0, slash).toLowerCase(Locale.ROOT) + url.substring(slash));
        }
        return out;
    }

    private static List<JsonNode> list(JsonNode n) {
        List<JsonNode> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).isNull() ? "" : n.path(field).asString("");
    }

    private static String squash(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }

    /** A table of the scores, one category a line, for the test log. */
    public String table(String title) {
        StringBuilder out = new StringBuilder(title).append('\n');
        tallies.forEach((c, t) -> {
            if (t.used()) {
                out.append(String.format(Locale.ROOT, "  %-16s %s%n", c, t));
            }
        });
        out.append(String.format(Locale.ROOT, "  %-16s %.3f%n", "overall", overall()));
        return out.toString();
    }

    static Collection<String> categories() {
        return CATEGORIES;
    }
}
