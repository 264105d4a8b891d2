package org.briefingpack.distribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.briefingpack.model.Event;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;
import org.briefingpack.render.HumanFormat;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * A message's subject, HTML body and plain-text alternative, from the briefings' facts as the PDF cover shows
 * them: event, dates and place, key figures, outcomes, positions by stance; formatted by {@link HumanFormat} like
 * every other output. The HTML is {@code briefing-email.html} (Thymeleaf) with inline styles only, which mail
 * clients keep. Thread-safe.
 */
final class MessageContent {

    static final int MAX_SUBJECT_EVENTS = 3;
    private static final int MAX_FIGURES = 4;
    private static final int MAX_OUTCOMES = 8;

    /** One briefing as the message shows it; {@code pdf} is "attached" or a link/path to the file. */
    record BriefingBlock(
            String title,
            boolean updated,
            String when,
            String where,
            List<String> figures,
            List<String> outcomes,
            List<String> positions,
            boolean attached,
            String pdfName,
            String link) {}

    record Rendered(String subject, String html, String text) {}

    private final TemplateEngine engine;

    MessageContent() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MessageContent.class.getClassLoader());
        resolver.setPrefix("org/briefingpack/distribution/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    Rendered render(List<BriefingBlock> blocks, String runId) {
        String subject = subject(blocks);
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("subject", subject);
        context.setVariable("blocks", blocks);
        context.setVariable("runId", runId);
        return new Rendered(subject, engine.process("briefing-email", context), text(blocks, runId));
    }

    /** "Briefing: Paris AI Summit, 10–11 February 2025"; "Updated briefing: …"; "Briefings: A (dates); B; and 2 more". */
    static String subject(List<BriefingBlock> blocks) {
        boolean allUpdated = blocks.stream().allMatch(BriefingBlock::updated);
        long updated = blocks.stream().filter(BriefingBlock::updated).count();
        if (blocks.size() == 1) {
            BriefingBlock b = blocks.get(0);
            return (b.updated() ? "Updated briefing: " : "Briefing: ")
                    + b.title()
                    + (b.when().isEmpty() ? "" : ", " + b.when());
        }
        List<String> names = new ArrayList<>();
        for (BriefingBlock b : blocks.subList(0, Math.min(MAX_SUBJECT_EVENTS, blocks.size()))) {
            names.add(b.title() + (b.when().isEmpty() ? "" : " (" + b.when() + ")"));
        }
        String list = String.join("; ", names);
        if (blocks.size() > MAX_SUBJECT_EVENTS) {
            list += "; and " + (blocks.size() - MAX_SUBJECT_EVENTS) + " more";
        }
        String prefix = allUpdated
                ? "Updated briefings: "
                : updated > 0 ? "Briefings (" + updated + " updated): " : "Briefings: ";
        return prefix + list;
    }

    static BriefingBlock block(Delivery.Item item, boolean attached, String link) {
        Facts facts = item.briefing().facts();
        Event event = facts.event();
        return new BriefingBlock(
                item.briefing().title(),
                item.updated(),
                event == null ? "" : HumanFormat.dateRange(event.startDate(), event.endDate()),
                event == null ? "" : place(event),
                figures(facts),
                outcomes(facts),
                positions(facts),
                attached,
                item.briefing().folder() + ".pdf",
                link);
    }

    private static String place(Event event) {
        List<String> parts = new ArrayList<>();
        if (event.location() != null && !event.location().isBlank()) {
            parts.add(event.location().strip());
        }
        if (event.country() != null && event.country().strip().length() == 2) {
            String name = new Locale.Builder()
                    .setRegion(event.country().strip())
                    .build()
                    .getDisplayCountry(Locale.ENGLISH);
            if (!name.isBlank() && !parts.contains(name)) {
                parts.add(name);
            }
        }
        return String.join(", ", parts);
    }

    /** The largest sums named, then the largest counts: "$400 million", "91 partners". */
    private static List<String> figures(Facts facts) {
        List<String> out = new ArrayList<>();
        facts.figures().stream()
                .filter(f -> f.kind() == FigureKind.MONEY && f.value() != null)
                .sorted(Comparator.comparing(f -> f.value(), Comparator.reverseOrder()))
                .map(f -> HumanFormat.money(f.value(), f.currency()))
                .distinct()
                .limit(MAX_FIGURES)
                .forEach(out::add);
        facts.figures().stream()
                .filter(f -> f.kind() == FigureKind.COUNT && f.value() != null)
                .sorted(Comparator.comparing(f -> f.value(), Comparator.<BigDecimal>reverseOrder()))
                .map(f -> HumanFormat.integerOrDecimal(f.value()) + (f.unit() == null ? "" : " " + f.unit()))
                .distinct()
                .limit(Math.max(0, MAX_FIGURES - out.size()))
                .forEach(out::add);
        return out;
    }

    private static List<String> outcomes(Facts facts) {
        List<String> out = new ArrayList<>();
        for (Outcome outcome : facts.outcomes()) {
            if (out.size() == MAX_OUTCOMES) {
                out.add("and " + (facts.outcomes().size() - MAX_OUTCOMES) + " more in the briefing");
                break;
            }
            String amount = outcome.amount() == null ? "" : " (" + HumanFormat.money(outcome.amount()) + ")";
            out.add(Objects.requireNonNullElse(outcome.name(), "(unnamed)") + amount);
        }
        return out;
    }

    /** "Signed: France, Germany" — one line per stance, in the model's order. */
    private static List<String> positions(Facts facts) {
        Map<Stance, List<String>> byStance = new EnumMap<>(Stance.class);
        for (Position position : facts.positions()) {
            if (position.stance() != null
                    && position.actor() != null
                    && position.actor().name() != null) {
                List<String> names = byStance.computeIfAbsent(position.stance(), s -> new ArrayList<>());
                if (!names.contains(position.actor().name())) {
                    names.add(position.actor().name());
                }
            }
        }
        List<String> out = new ArrayList<>();
        byStance.forEach((stance, names) -> {
            String label = stance.name().charAt(0) + stance.name().substring(1).toLowerCase(Locale.ROOT);
            out.add(label + ": " + String.join(", ", names));
        });
        return out;
    }

    private static String text(List<BriefingBlock> blocks, String runId) {
        StringBuilder s = new StringBuilder();
        for (BriefingBlock b : blocks) {
            s.append(b.updated() ? "UPDATED: " : "").append(b.title()).append('\n');
            s.append("=".repeat(Math.min(72, b.title().length() + (b.updated() ? 9 : 0))))
                    .append('\n');
            String cover = String.join(
                    " · ",
                    List.of(b.when(), b.where()).stream()
                            .filter(x -> !x.isEmpty())
                            .toList());
            if (!cover.isEmpty()) {
                s.append(cover).append('\n');
            }
            section(s, "Key figures", b.figures());
            section(s, "Outcomes", b.outcomes());
            section(s, "Positions", b.positions());
            s.append('\n')
                    .append(b.attached() ? "The briefing is attached: " + b.pdfName() : "The briefing: " + b.link())
                    .append("\n\n");
        }
        s.append("-- \nbriefing-pack, run ").append(runId).append('\n');
        return s.toString();
    }

    private static void section(StringBuilder s, String title, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        s.append('\n').append(title).append(":\n");
        lines.forEach(line -> s.append("  - ").append(line).append('\n'));
    }
}
