package org.briefingpack.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.Position;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A paragraph about an earlier year is background; every sentence here was written for this test. */
class PastParagraphsTest {

    private static final String EVENT = "The Reef Summit met in Suva on 12 May 2024. Fiji hosted the summit.\n\n";

    private static List<String> positions(String text) {
        return Structures.pipeline(EVENT + text.replace("\\n", "\n")).positions().stream()
                .map(PastParagraphsTest::key)
                .distinct()
                .toList();
    }

    private static String key(Position p) {
        return (p.actor().code() != null ? p.actor().code() : p.actor().name()) + ":" + p.stance();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In March 2019, Norway hosted a reef conference in Oslo. Chile pledged $40 million there.          | FJ:HOSTED
            In 2019, Norway hosted a reef conference in Oslo.\\n\\nChile pledged $40 million on Monday.       | FJ:HOSTED,CL:PLEDGED
            In March 2019, Norway hosted a reef conference. This year Chile pledged $40 million.             | FJ:HOSTED,CL:PLEDGED
            In March 2019, Norway hosted a reef conference. In May 2024, Chile pledged $40 million.          | FJ:HOSTED,CL:PLEDGED
            In May 2024, Chile pledged $40 million to the reef fund.                                          | FJ:HOSTED,CL:PLEDGED
            Back in 2021, Peru pledged $5 million. Tonga pledged $2 million too.                              | FJ:HOSTED
            Chile pledged $40 million, up from the sum it gave in March 2019.                                  | FJ:HOSTED,CL:PLEDGED
            During the first Reef Summit in 2019, Peru pledged $5 million.                                     | FJ:HOSTED
            At the 2019 summit, Peru pledged $5 million.\\n\\nChile pledged $40 million on Monday.      | FJ:HOSTED,CL:PLEDGED
            At the summit in 2024, Peru pledged $5 million.                                                    | FJ:HOSTED,PE:PLEDGED
            During talks on the 2019 plan, Peru pledged $5 million.                                           | FJ:HOSTED,PE:PLEDGED
            """)
    void stancesOfAParagraphOpeningOnAnEarlierYearAreDropped(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrder(keys.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Since Tonga joined the reef fund in 2009, Norway has given it $40 million.          | FJ:HOSTED
            Since 2009, Norway has given the reef fund $40 million. Chile pledged $5 million.   | FJ:HOSTED,CL:PLEDGED
            Since Monday, Norway has pledged $40 million to the reef fund.                      | FJ:HOSTED,NO:PLEDGED
            Since the fund began in 2024, Norway has pledged $40 million to it.                 | FJ:HOSTED,NO:PLEDGED
            """)
    void aSentenceOpeningOnSinceAnEarlierYearIsBackgroundOnItsOwn(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrder(keys.split(","));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In March 2019, Norway pledged $40 million to the reef fund.  | 0
            In May 2024, Norway pledged $40 million to the reef fund.    | 1
            """)
    void outcomesOfAParagraphOpeningOnAnEarlierYearAreDropped(String text, int pledges) {
        List<Outcome> outcomes = Structures.pipeline(EVENT + text).outcomes();
        assertThat(outcomes.stream().filter(o -> o.amount() != null)).hasSize(pledges);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In March 2019, Norway hosted a reef conference in Oslo.
            """)
    void withoutAnEventDateNothingIsDropped(String text) {
        assertThat(Structures.pipeline(text).positions())
                .extracting(PastParagraphsTest::key)
                .contains("NO:HOSTED");
    }
}
