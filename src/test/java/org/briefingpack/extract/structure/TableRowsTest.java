package org.briefingpack.extract.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Stance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableRowsTest {

    private static String text(String escaped) {
        return "Donors met in Geneva on 4 May 2031.\n\n" + escaped.replace("\\n", "\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            | Donor | Pledge |\\n|---|---|\\n| Germany | €1.3 billion |\\n| Japan | US$840 million |                 ~ DE:1300000000:EUR,JP:840000000:USD
            Donor | Pledge\\n\\nNorway | $20 million\\n\\nCanada | CAD 500 million                                      ~ NO:20000000:USD,CA:500000000:CAD
            | Country | Amount | Note |\\n| France | €90 million | new |\\n| Total | $3.05 billion | |                 ~ FR:90000000:EUR
            | Bill & Melinda Gates Foundation | $912 million |                                                         ~ Bill & Melinda Gates Foundation:912000000:USD
            | Year | Amount |\\n| 2030 | $5 million |                                                                   ~ ''
            | Germany | Berlin |\\n| Japan | Tokyo |                                                                      ~ ''
            """)
    void makesOneFundingOutcomePerDonorRow(String table, String expected) {
        StructureRecognizer.Structure s = Pipeline.structure(text(table));
        List<String> want = expected.isBlank() ? List.of() : Arrays.asList(expected.split(","));
        List<String> got = s.outcomes().stream()
                .filter(o -> o.type() == OutcomeType.FUNDING)
                .map(TableRowsTest::key)
                .toList();
        assertThat(got).containsExactlyElementsOf(want);
        List<String> pledgers = s.positions().stream()
                .filter(p -> p.stance() == Stance.PLEDGED)
                .map(p ->
                        p.actor().code() != null ? p.actor().code() : p.actor().name())
                .toList();
        assertThat(pledgers)
                .containsExactlyElementsOf(
                        want.stream().map(w -> w.split(":")[0]).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Germany pledged €1.3 billion to the fund.\\n\\n| Germany | €1.3 billion |
            | Germany | €1.3 billion |\\n\\nGermany pledged €1.3 billion to the fund.
            """)
    void doesNotRepeatAPledgeTheProseGave(String table) {
        StructureRecognizer.Structure s = Pipeline.structure(text(table));
        assertThat(s.outcomes().stream().filter(o -> o.amount() != null)).hasSize(1);
        assertThat(s.positions().stream().filter(p -> p.stance() == Stance.PLEDGED))
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            a | b                 ~ true
            | a |                 ~ false
            no pipes at all       ~ false
            | Germany | €1 | x | ~ true
            """)
    void recognisesRowsByTheirCells(String line, boolean row) {
        assertThat(TableRows.isRow(line)).isEqualTo(row);
    }

    private static String key(Outcome o) {
        String who = o.actors().get(0).code() != null
                ? o.actors().get(0).code()
                : o.actors().get(0).name();
        return who + ":" + o.amount().value().toBigInteger() + ":" + o.amount().currency();
    }
}
