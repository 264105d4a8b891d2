package org.briefingpack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefingpack.extract.figure.RuleBasedFigureRecognizer;
import org.briefingpack.ingest.DocumentFormat;
import org.briefingpack.ingest.SourceDocument;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Figure;
import org.briefingpack.model.FigureKind;
import org.briefingpack.model.Link;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Stance;
import org.junit.jupiter.api.Test;

class RuleBasedFactsExtractorTest {

    private static final String TEXT = "The Lisbon Ocean Summit, held on 3-4 June 2026, focused on three themes:\n"
            + "- protecting the high seas;\n- ending illegal fishing;\n- funding coastal resilience.\n\n"
            + "Portugal hosted the summit. Leaders adopted the Lisbon Ocean Declaration. "
            + "Norway pledged $50 million to the Blue Fund. See https://example.org/ocean.";

    /** One sentence per line or per ". " (enough for this fixture). */
    private static final SentenceSplitter SPLITTER = text -> {
        List<Sentence> out = new ArrayList<>();
        Matcher m = Pattern.compile("[^\\n]+?(?:[.:;](?=\\s|$)|(?=\\n)|$)").matcher(text);
        while (m.find()) {
            int start = m.start();
            while (start < m.end() && (text.charAt(start) == ' ' || text.charAt(start) == '-')) {
                start++;
            }
            if (start < m.end()) {
                out.add(new Sentence(start, m.end(), text.substring(start, m.end())));
            }
        }
        return out;
    };

    private static final FigureRecognizer FIGURES = (text, documentYear) -> {
        String date = "3-4 June 2026";
        String money = "$50 million";
        return List.of(
                new FoundFigure(
                        Figure.date(date, LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 4)),
                        text.indexOf(date),
                        text.indexOf(date) + date.length()),
                new FoundFigure(
                        Figure.money(money, BigDecimal.valueOf(50_000_000), "USD"),
                        text.indexOf(money),
                        text.indexOf(money) + money.length()));
    };

    private static final LinkRecognizer LINKS =
            (text, markup) -> List.of(Link.of("https://example.org/ocean", "https://example.org/ocean", "example.org"));

    @Test
    void composesDocumentInfoStructureFiguresAndLinks() {
        RuleBasedFactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(SPLITTER, FIGURES, LINKS);
        SourceDocument doc = new SourceDocument(
                "lisbon", "lisbon.txt", DocumentFormat.TEXT, "abc123", "UTF-8", TEXT, List.of(), List.of());

        Facts facts = extractor.extract(doc);

        assertThat(facts.schema()).isEqualTo("briefing-facts/1");
        assertThat(facts.document().id()).isEqualTo("lisbon");
        assertThat(facts.document().file()).isEqualTo("lisbon.txt");
        assertThat(facts.document().sha256()).isEqualTo("abc123");
        assertThat(facts.document().characters()).isEqualTo(TEXT.length());
        assertThat(facts.event().name()).isEqualTo("Lisbon Ocean Summit");
        assertThat(facts.event().startDate()).isEqualTo(LocalDate.of(2026, 6, 3));
        assertThat(facts.event().country()).isEqualTo("PT");
        assertThat(facts.themes())
                .extracting(t -> t.text())
                .containsExactly("protecting the high seas", "ending illegal fishing", "funding coastal resilience");
        assertThat(facts.outcomes())
                .extracting(o -> o.type())
                .containsExactly(OutcomeType.AGREEMENT, OutcomeType.FUNDING);
        assertThat(facts.outcomes().get(1).name()).isEqualTo("Blue Fund");
        assertThat(facts.positions())
                .extracting(p -> p.actor().code() + ":" + p.stance())
                .containsExactly("PT:" + Stance.HOSTED, "NO:" + Stance.PLEDGED);
        assertThat(facts.figures()).hasSize(2);
        assertThat(facts.links()).extracting(Link::host).containsExactly("example.org");
        String squashed = TEXT.replaceAll("\\s+", " ");
        facts.outcomes()
                .forEach(o -> o.evidence().forEach(e -> assertThat(squashed).contains(e.quote())));
        facts.themes()
                .forEach(t -> t.evidence().forEach(e -> assertThat(squashed).contains(e.quote())));
    }

    @Test
    void returnsEmptyFactsForAnEmptyDocument() {
        RuleBasedFactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
                text -> List.of(), (text, documentYear) -> List.of(), (text, markup) -> List.of());
        Facts facts = extractor.extract(
                new SourceDocument("e", "e.txt", DocumentFormat.TEXT, "0", "UTF-8", "", List.of(), List.of()));
        assertThat(facts.isEmpty()).isTrue();
        assertThat(facts.document().characters()).isZero();
    }

    @Test
    void aDatelineWithoutAYear_isDatedInTheFileNamesYear_andUndatedWithoutOne() {
        assertThat(datesIn("reef-forum-2022.txt", "Suva, 16 November: the forum closed."))
                .containsExactly(LocalDate.of(2022, 11, 16));
        assertThat(datesIn("reef-forum.txt", "Suva, 16 November: the forum closed."))
                .isEmpty();
    }

    private static List<LocalDate> datesIn(String fileName, String text) {
        RuleBasedFactsExtractor extractor = RuleBasedFactsExtractor.withDefaults(
                SPLITTER, new RuleBasedFigureRecognizer(), (t, markup) -> List.of());
        Facts facts = extractor.extract(
                new SourceDocument("reef", fileName, DocumentFormat.TEXT, "0", "UTF-8", text, List.of(), List.of()));
        return facts.figures().stream()
                .filter(f -> f.kind() == FigureKind.DATE)
                .map(Figure::from)
                .toList();
    }
}
