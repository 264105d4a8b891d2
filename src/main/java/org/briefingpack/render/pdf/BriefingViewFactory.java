package org.briefingpack.render.pdf;

import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefingpack.model.Actor;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Event;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Link;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;
import org.briefingpack.model.Theme;
import org.briefingpack.render.HumanFormat;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.render.ResourceOutcomes;

/**
 * Turns facts into the {@link BriefingView} the template shows: formats every figure through
 * {@link HumanFormat}, numbers evidence notes, drops what is empty. Stateless and thread-safe.
 */
final class BriefingViewFactory {

    /** Where a table cell has nothing to say: a dash, never "null" or a blank that looks like a bug. */
    static final String NONE = "–";

    private static final int MAX_KEY_FIGURES = 6;
    private static final int MIN_KEY_FIGURES = 3;
    private static final int MAX_MONEY_FIGURES = 4;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final PdfSettings settings;
    private final Labels labels;
    private final ResourceFindings findings;

    BriefingViewFactory(PdfSettings settings, Labels labels) {
        this.settings = settings;
        this.labels = labels;
        this.findings = new ResourceFindings(labels);
    }

    BriefingView build(Facts facts, List<RenderedChart> charts, Path documentDir, Instant generatedAt) {
        EvidenceNotes notes = new EvidenceNotes();
        Event event = facts.event();
        DocumentInfo document = facts.document();

        String eventName = event == null ? "" : text(event.name());
        String documentName = document == null ? "" : firstNonBlank(document.file(), document.id());
        String heading = firstNonBlank(eventName, documentName, labels.get("document.title.suffix"));
        String title = heading.equals(labels.get("document.title.suffix"))
                ? heading
                : heading + " — " + labels.get("document.title.suffix");

        List<Integer> eventNotes =
                event == null ? List.of() : notes.cite(event.evidence(), labels.get("supports.event") + ": " + heading);
        List<BriefingView.ThemeRow> themes = themes(facts.themes(), notes);
        List<BriefingView.OutcomeRow> outcomes = outcomes(facts.outcomes(), notes);
        List<BriefingView.StanceGroup> positions = positions(facts.positions(), notes);
        List<BriefingView.KeyFigure> keyFigures = keyFigures(facts);
        List<BriefingView.Disagreement> disagreements = findings.disagreements(facts);
        List<BriefingView.ChartView> chartViews = charts(charts, documentDir, disagreements);
        List<BriefingView.FurtherOutcome> further = findings.further(facts);
        List<BriefingView.LinkRow> links = links(facts, further);
        String summary = summary(facts);

        BriefingView.Cover cover = new BriefingView.Cover(
                heading,
                event == null ? "" : HumanFormat.dateRange(event.startDate(), event.endDate()),
                event == null ? "" : place(event),
                summary,
                generated(generatedAt),
                eventNotes);

        Map<String, String> titles = new LinkedHashMap<>();
        for (String id : List.of(
                "cover",
                "keyFigures",
                "themes",
                "outcomes",
                "positions",
                "charts",
                "disagreements",
                "further",
                "resources",
                "sources")) {
            titles.put(id, labels.get("section." + id));
        }
        List<BriefingView.Section> sections = new ArrayList<>();
        sections.add(new BriefingView.Section("cover", titles.get("cover")));
        addIf(sections, !keyFigures.isEmpty(), "keyFigures", titles);
        addIf(sections, !themes.isEmpty(), "themes", titles);
        addIf(sections, !outcomes.isEmpty(), "outcomes", titles);
        addIf(sections, !positions.isEmpty(), "positions", titles);
        addIf(sections, !chartViews.isEmpty(), "charts", titles);
        addIf(sections, !disagreements.isEmpty(), "disagreements", titles);
        addIf(sections, !further.isEmpty(), "further", titles);
        addIf(sections, !links.isEmpty(), "resources", titles);
        sections.add(new BriefingView.Section("sources", titles.get("sources")));

        return new BriefingView(
                title,
                heading,
                blankTo(settings.language(), "en"),
                blankTo(settings.author(), "briefing-pack"),
                summary.isEmpty() ? title : summary,
                keywords(facts, heading),
                text(settings.classification()),
                facts.isEmpty(),
                Map.copyOf(titles),
                List.copyOf(sections),
                cover,
                keyFigures,
                themes,
                outcomes,
                positions,
                chartViews,
                disagreements,
                further,
                links,
                notes.notes(),
                source(document));
    }

    private static void addIf(
            List<BriefingView.Section> sections, boolean present, String id, Map<String, String> titles) {
        if (present) {
            sections.add(new BriefingView.Section(id, titles.get(id)));
        }
    }

    private List<BriefingView.ThemeRow> themes(List<Theme> themes, EvidenceNotes notes) {
        List<BriefingView.ThemeRow> rows = new ArrayList<>();
        for (Theme theme : themes) {
            if (theme == null || text(theme.text()).isEmpty()) {
                continue;
            }
            String text = theme.text().strip();
            rows.add(new BriefingView.ThemeRow(
                    text, notes.cite(theme.evidence(), labels.get("supports.theme") + ": " + text)));
        }
        return List.copyOf(rows);
    }

    private List<BriefingView.OutcomeRow> outcomes(List<Outcome> outcomes, EvidenceNotes notes) {
        List<BriefingView.OutcomeRow> rows = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            if (outcome == null) {
                continue;
            }
            String name = firstNonBlank(outcome.name(), outcome.purpose(), NONE);
            OutcomeType type = outcome.type() == null ? OutcomeType.OTHER : outcome.type();
            rows.add(new BriefingView.OutcomeRow(
                    labels.get("outcome." + type.name()),
                    name,
                    orDash(actors(outcome.actors())),
                    orDash(HumanFormat.money(outcome.amount())),
                    orDash(HumanFormat.count(outcome.count())),
                    orDash(text(outcome.purpose())),
                    notes.cite(outcome.evidence(), labels.get("supports.outcome") + ": " + name),
                    ResourceOutcomes.sourcesMark(outcome.corroboration())));
        }
        return List.copyOf(rows);
    }

    private List<BriefingView.StanceGroup> positions(List<Position> positions, EvidenceNotes notes) {
        Map<Stance, List<BriefingView.PositionRow>> byStance = new EnumMap<>(Stance.class);
        for (Position position : positions) {
            if (position == null
                    || position.actor() == null
                    || text(position.actor().name()).isEmpty()) {
                continue;
            }
            Stance stance = position.stance() == null ? Stance.SUPPORTS : position.stance();
            String actor = position.actor().name().strip();
            String reasons = position.reasons().stream()
                    .filter(r -> r != null && !r.isBlank())
                    .map(String::strip)
                    .collect(Collectors.joining("; "));
            List<Integer> cited = notes.cite(
                    position.evidence(),
                    labels.get("supports.position") + ": " + actor + " · " + labels.get("stance." + stance.name()));
            byStance.computeIfAbsent(stance, s -> new ArrayList<>())
                    .add(new BriefingView.PositionRow(
                            actor,
                            orDash(text(position.subject())),
                            orDash(reasons),
                            cited,
                            ResourceOutcomes.sourcesMark(position.corroboration())));
        }
        List<BriefingView.StanceGroup> groups = new ArrayList<>();
        byStance.forEach((stance, rows) -> groups.add(new BriefingView.StanceGroup(
                stance.name().toLowerCase(Locale.ROOT), labels.get("stance." + stance.name()), List.copyOf(rows))));
        return List.copyOf(groups);
    }

    /**
     * The headline numbers: the largest amounts of money (at most four), then the largest counts of outcomes'
     * members, six in all; counts the text states outside any outcome only fill up to three tiles. Each is
     * labelled with the outcome it belongs to where there is one.
     */
    private List<BriefingView.KeyFigure> keyFigures(Facts facts) {
        record Candidate(BigDecimal value, String shown, String unit, String label) {}
        Map<String, Candidate> money = new LinkedHashMap<>();
        Map<String, Candidate> counts = new LinkedHashMap<>();
        for (Outcome outcome : facts.outcomes()) {
            if (outcome == null) {
                continue;
            }
            String name = text(outcome.name());
            if (outcome.amount() != null && outcome.amount().value() != null) {
                String shown = HumanFormat.money(outcome.amount());
                money.putIfAbsent(shown, new Candidate(outcome.amount().value(), shown, "", name));
            }
            if (outcome.count() != null && outcome.count().value() != null) {
                String shown = HumanFormat.integerOrDecimal(outcome.count().value());
                String unit = text(outcome.count().unit());
                counts.putIfAbsent(
                        shown + "|" + unit, new Candidate(outcome.count().value(), shown, unit, name));
            }
        }
        for (Figure figure : facts.figures()) {
            if (figure == null || figure.value() == null) {
                continue;
            }
            if (figure.kind() == FigureKind.MONEY) {
                String shown = HumanFormat.money(new Money(figure.value(), figure.currency(), figure.text()));
                money.putIfAbsent(shown, new Candidate(figure.value(), shown, "", ""));
            } else if (figure.kind() == FigureKind.COUNT) {
                String shown = HumanFormat.integerOrDecimal(figure.value());
                String unit = text(figure.unit());
                counts.putIfAbsent(shown + "|" + unit, new Candidate(figure.value(), shown, unit, ""));
            }
        }
        Comparator<Candidate> largestFirst =
                Comparator.comparing(Candidate::value).reversed();
        List<Candidate> chosen = new ArrayList<>(money.values().stream()
                .filter(c -> !c.label().isEmpty())
                .sorted(largestFirst)
                .limit(MAX_MONEY_FIGURES)
                .toList());
        if (chosen.size() < MAX_MONEY_FIGURES) {
            money.values().stream()
                    .filter(c -> c.label().isEmpty())
                    .sorted(largestFirst)
                    .limit(MAX_MONEY_FIGURES - chosen.size())
                    .forEach(chosen::add);
        }
        counts.values().stream()
                .filter(c -> !c.label().isEmpty())
                .sorted(largestFirst)
                .limit(MAX_KEY_FIGURES - chosen.size())
                .forEach(chosen::add);
        // A count tied to no outcome ("56 actions") is weak as a headline: only to fill a thin row.
        if (chosen.size() < MIN_KEY_FIGURES) {
            counts.values().stream()
                    .filter(c -> c.label().isEmpty() && !c.unit().isEmpty())
                    .sorted(largestFirst)
                    .limit(MIN_KEY_FIGURES - chosen.size())
                    .forEach(chosen::add);
        }
        return chosen.stream()
                .map(c -> new BriefingView.KeyFigure(c.shown(), c.unit(), c.label()))
                .toList();
    }

    /**
     * The charts as drawn; a chart whose plotted amount or count a resource page states otherwise says so
     * under its caption (the chart itself shows the document's figure).
     */
    private static List<BriefingView.ChartView> charts(
            List<RenderedChart> charts, Path documentDir, List<BriefingView.Disagreement> disagreements) {
        if (charts == null) {
            return List.of();
        }
        List<BriefingView.ChartView> views = new ArrayList<>();
        for (RenderedChart chart : charts) {
            if (chart == null || chart.png() == null) {
                continue;
            }
            views.add(new BriefingView.ChartView(
                    text(chart.name()),
                    text(chart.title()),
                    text(chart.altText()) + chartNote(chart.name(), disagreements),
                    relativeSrc(documentDir, chart.png()),
                    chart.widthPx(),
                    chart.heightPx()));
        }
        return List.copyOf(views);
    }

    private static String chartNote(String chart, List<BriefingView.Disagreement> disagreements) {
        String field = "funding".equals(chart) ? ": amount" : "participation".equals(chart) ? ": count" : null;
        if (field == null) {
            return "";
        }
        List<String> notes = disagreements.stream()
                .filter(d -> d.fact().endsWith(field))
                .map(d -> d.fact().substring(0, d.fact().length() - field.length()) + " (" + d.theirs() + " at "
                        + d.theirSource() + ")")
                .toList();
        return notes.isEmpty()
                ? ""
                : " Note: a resource states another figure for " + String.join("; ", notes)
                        + "; the chart shows the document's (see Where sources disagree).";
    }

    /** The chart's address relative to the document folder, with forward slashes, as the HTML needs it. */
    static String relativeSrc(Path documentDir, Path png) {
        Path base = documentDir.toAbsolutePath().normalize();
        Path target = png.isAbsolute() ? png.normalize() : base.resolve(png).normalize();
        return base.relativize(target).toString().replace('\\', '/');
    }

    private List<BriefingView.LinkRow> links(Facts facts, List<BriefingView.FurtherOutcome> further) {
        List<BriefingView.LinkRow> rows = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Link link : facts.links()) {
            if (link == null) {
                continue;
            }
            String address = firstNonBlank(link.normalized(), link.url());
            if (address.isEmpty() || !seen.add(address)) {
                continue;
            }
            String href = isWebAddress(address) ? address : "";
            String host = firstNonBlank(link.host(), hostOf(address));
            String title = text(link.title());
            rows.add(new BriefingView.LinkRow(
                    href,
                    title.isEmpty() ? address : title,
                    title.isEmpty() ? "" : address,
                    host,
                    text(link.status()),
                    findings.contributed(facts, link, further)));
        }
        return List.copyOf(rows);
    }

    /** Only web and mail addresses become clickable: a javascript: or file: link in a document stays text. */
    private static boolean isWebAddress(String address) {
        String lower = address.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:");
    }

    private static String hostOf(String address) {
        try {
            String host = URI.create(address.strip()).getHost();
            return host == null ? "" : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private String summary(Facts facts) {
        List<String> parts = new ArrayList<>();
        addCount(parts, facts.outcomes().size(), "outcome", "outcomes");
        addCount(parts, facts.positions().size(), "position", "positions");
        addCount(parts, facts.themes().size(), "theme", "themes");
        if (parts.isEmpty()) {
            return "";
        }
        String counted = parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        String sentence = capitalise(counted) + " recorded";
        var largest = facts.outcomes().stream()
                .filter(o -> o != null
                        && o.amount() != null
                        && o.amount().value() != null
                        && !text(o.name()).isEmpty())
                .max(Comparator.comparing(o -> o.amount().value()));
        if (largest.isPresent()) {
            // Across currencies "largest" would need exchange rates; "include" stays true without them.
            long currencies = facts.outcomes().stream()
                    .filter(o -> o != null && o.amount() != null && o.amount().value() != null)
                    .map(o -> String.valueOf(o.amount().currency()))
                    .distinct()
                    .count();
            sentence += (currencies == 1 ? "; the largest sum is " : "; sums announced include ")
                    + HumanFormat.money(largest.get().amount()) + " ("
                    + largest.get().name().strip() + ")";
        }
        return sentence + ".";
    }

    private static void addCount(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(HumanFormat.integerOrDecimal(BigDecimal.valueOf(n)) + " " + (n == 1 ? one : many));
        }
    }

    private String keywords(Facts facts, String heading) {
        Set<String> words = new LinkedHashSet<>();
        words.add(heading);
        Event event = facts.event();
        if (event != null) {
            String place = place(event);
            if (!place.isEmpty()) {
                words.add(place);
            }
        }
        facts.outcomes().stream()
                .filter(o -> o != null && o.type() != null)
                .map(o -> labels.get("outcome." + o.type().name()))
                .forEach(words::add);
        words.add(labels.get("document.title.suffix"));
        return String.join(", ", words);
    }

    /** "Paris, France"; the country alone where the text names no city; never the country twice. */
    static String place(Event event) {
        String location = text(event.location());
        String country = "";
        if (event.country() != null && event.country().strip().length() == 2) {
            Locale region =
                    new Locale.Builder().setRegion(event.country().strip()).build();
            String name = region.getDisplayCountry(Locale.ENGLISH);
            country = name.equalsIgnoreCase(event.country().strip()) ? "" : name;
        }
        if (location.isEmpty()) {
            return country;
        }
        if (country.isEmpty() || location.toLowerCase(Locale.ROOT).contains(country.toLowerCase(Locale.ROOT))) {
            return location;
        }
        return location + ", " + country;
    }

    private static String generated(Instant generatedAt) {
        ZonedDateTime utc = generatedAt.atZone(ZoneOffset.UTC);
        return HumanFormat.date(utc.toLocalDate()) + ", " + TIME.format(utc) + " UTC";
    }

    private static BriefingView.SourceInfo source(DocumentInfo document) {
        if (document == null) {
            return new BriefingView.SourceInfo("", "", "", "");
        }
        String sha = text(document.sha256());
        return new BriefingView.SourceInfo(
                firstNonBlank(document.file(), document.id()),
                sha,
                sha.length() > 12 ? sha.substring(0, 12) : sha,
                document.characters() > 0
                        ? HumanFormat.integerOrDecimal(BigDecimal.valueOf(document.characters()))
                        : "");
    }

    private static String actors(List<Actor> actors) {
        return actors.stream()
                .filter(a -> a != null && !text(a.name()).isEmpty())
                .map(a -> a.name().strip())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }

    private static String blankTo(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s.strip();
    }

    private static String firstNonBlank(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank()) {
                return candidate.strip();
            }
        }
        return "";
    }
}
