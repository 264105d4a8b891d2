package org.briefingpack.render.pdf;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefingpack.model.Event;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.Position;
import org.briefingpack.model.Theme;

/** Facts fixtures and settings shared by the PDF tests. */
final class PdfFixtures {

    static final Instant GENERATED_AT = Instant.parse("2025-03-01T09:30:00Z");
    static final Path FACTS_DIR = Path.of("src/test/resources/fixtures/facts");

    private PdfFixtures() {}

    static Facts facts(String id) {
        return new FactsJson().read(FACTS_DIR.resolve(id + ".json"));
    }

    static List<String> fixtureIds() {
        return List.of("paris-ai-summit-2025", "ai-seoul-summit-2024", "cop28-dubai-2023");
    }

    static PdfSettings settings() {
        return new PdfSettings("A4", "OFFICIAL", "Policy Unit", "en", null, false);
    }

    static PdfSettings settings(String pageSize) {
        return new PdfSettings(pageSize, "", "Policy Unit", "en", null, false);
    }

    /** The fixture with an evidence quote on every fact, as extraction gives them (fixtures carry none). */
    static Facts withEvidence(Facts facts) {
        Event event = facts.event() == null
                ? null
                : new Event(
                        facts.event().name(),
                        facts.event().startDate(),
                        facts.event().endDate(),
                        facts.event().location(),
                        facts.event().country(),
                        Evidence.of("The " + facts.event().name() + " was held."));
        List<Theme> themes = new ArrayList<>();
        for (Theme t : facts.themes()) {
            themes.add(new Theme(t.text(), Evidence.of("Delegates addressed " + t.text() + ".")));
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Outcome o : facts.outcomes()) {
            outcomes.add(new Outcome(
                    o.type(),
                    o.name(),
                    o.actors(),
                    o.amount(),
                    o.count(),
                    o.purpose(),
                    Evidence.of("The summit announced the " + o.name() + ".")));
        }
        List<Position> positions = new ArrayList<>();
        for (Position p : facts.positions()) {
            // Two parties sharing a sentence, as "the U.S. and U.K. chose not to sign" does.
            String quote = p.stance() + " was the stance of several parties.";
            positions.add(new Position(p.actor(), p.stance(), p.subject(), p.reasons(), Evidence.of(quote)));
        }
        return new Facts(
                facts.schema(), facts.document(), event, themes, outcomes, positions, facts.figures(), facts.links());
    }
}
