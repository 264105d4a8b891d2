package org.briefingpack.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingpack.model.Corroboration;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Link;
import org.briefingpack.model.LinkRead;
import org.briefingpack.model.Outcome;

/**
 * The outcomes resource pages state that the document does not: from pages about the same event, not
 * already shown beside one of the document's outcomes (as its corroboration or conflict), once per name.
 * The briefing and the workbook show the same list.
 */
public final class ResourceOutcomes {

    /** An outcome read from a resource page, with the page's address. */
    public record PageOutcome(String url, String host, Outcome outcome) {}

    private ResourceOutcomes() {}

    public static List<PageOutcome> further(Facts facts) {
        Set<String> known = new LinkedHashSet<>();
        facts.outcomes().forEach(o -> known.add(key(o.name())));
        List<PageOutcome> found = new ArrayList<>();
        for (Link link : facts.links()) {
            LinkRead read = link.read();
            if (read == null || read.facts() == null || read.aboutAnotherEvent()) {
                continue;
            }
            for (Outcome outcome : read.facts().outcomes()) {
                if (outcome.name() == null
                        || shownBeside(facts, link.target(), outcome)
                        || !known.add(key(outcome.name()))) {
                    continue;
                }
                found.add(new PageOutcome(link.target(), link.host(), outcome));
            }
        }
        return List.copyOf(found);
    }

    /** "2 sources" (the document and one page), or empty when no page states the fact. */
    public static String sourcesMark(List<Corroboration> corroboration) {
        long pages = corroboration.stream().map(Corroboration::url).distinct().count();
        return pages == 0 ? "" : (pages + 1) + " sources";
    }

    private static boolean shownBeside(Facts facts, String url, Outcome theirs) {
        String quote =
                theirs.evidence().isEmpty() ? null : theirs.evidence().get(0).quote();
        if (quote == null) {
            return false;
        }
        for (Outcome mine : facts.outcomes()) {
            if (mine.corroboration().stream().anyMatch(c -> c.url().equals(url) && quote.equals(c.quote()))
                    || mine.conflicts().stream().anyMatch(c -> c.url().equals(url) && quote.equals(c.quote()))) {
                return true;
            }
        }
        return false;
    }

    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
