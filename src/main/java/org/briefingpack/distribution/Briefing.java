package org.briefingpack.distribution;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Facts;

/**
 * One document's pack as distribution sees it.
 *
 * @param folder     the document's folder in the run, also its key in the ledger across runs
 * @param facts      its facts (subject line, message body, routes)
 * @param pdf        its {@code briefing.pdf}
 * @param packSha256 SHA-256 of its {@code facts.json}: what the pack says. A pack whose facts changed is sent
 *                   again as "updated"; one only re-rendered (new template, forced rebuild) is not
 */
public record Briefing(String folder, Facts facts, Path pdf, String packSha256) {

    public Briefing {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(packSha256, "packSha256");
    }

    /** The event's name, else the document's id. */
    public String title() {
        if (facts.event() != null
                && facts.event().name() != null
                && !facts.event().name().isBlank()) {
            return facts.event().name().strip();
        }
        return facts.document() != null && facts.document().id() != null
                ? facts.document().id()
                : folder;
    }

    /** Country codes the facts name: the event's country, and every party to a position or an outcome. */
    Set<String> countryCodes() {
        Set<String> codes = new LinkedHashSet<>();
        if (facts.event() != null && facts.event().country() != null) {
            codes.add(facts.event().country().toUpperCase(Locale.ROOT));
        }
        Stream.concat(
                        facts.positions().stream().map(p -> p.actor()),
                        facts.outcomes().stream().flatMap(o -> o.actors().stream()))
                .filter(Objects::nonNull)
                .map(Actor::code)
                .filter(Objects::nonNull)
                .forEach(code -> codes.add(code.toUpperCase(Locale.ROOT)));
        return codes;
    }
}
