package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.briefingpack.extract.FoundFigure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class RuleBasedFigureRecognizerTest {

    private final RuleBasedFigureRecognizer recognizer = new RuleBasedFigureRecognizer(Rendered.LEXICON);

    private String find(String text) {
        return Rendered.of(text, recognizer.recognize(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Allies committed to spend at least 2% of GDP on defence. | 2%=2
            the Current AI Initiative, backed by a robust $400 million investment | $400 million=400000000 USD
            11 and 12 July 2023                                 | 11 and 12 July 2023=2023-07-11/2023-07-12
            The Pact sets out 56 actions and the 193 member states commit. | 56 actions=56 [actions] ; 193 member states=193 [member states]
            Some 50 oil and gas companies, together responsible for more than 40 per cent of world oil production | 50 oil and gas companies=50 [oil and gas companies] ; 40 per cent=40
            5 million dollars for 5 million people              | 5 million dollars=5000000 USD ; 5 million people=5000000 [people]
            G20 leaders met on Sept. 9-10, 2023 in New Delhi.   | Sept. 9-10, 2023=2023-09-09/2023-09-10
            COP28 closed on 13 December 2023 after 118 countries signed. | 13 December 2023=2023-12-13 ; 118 countries=118 [countries]
            The €40bn ($43.3bn, £33.7bn) plan                   | €40bn=40000000000 EUR ; $43.3bn=43300000000 USD ; £33.7bn=33700000000 GBP
            pledges of $5-10 billion from 20 countries          | $5=5000000000 USD ; 10 billion=10000000000 USD ; 20 countries=20 [countries]
            a two-day summit in 2024 with 300 GW of new capacity and 1.5°C | ""
            The UN's 2030 Agenda, Article 6 and the F-16 jets     | ""
            See https://example.com/2023/10/11/20-countries-pledge-$5bn-50% now | ""
            Visit www.un.org/en/5-may-2024/12-countries today     | ""
            Write to press@12countries.org for 5 countries      | 5 countries=5 [countries]
            A loan of 11.34 billion United States (US) dollars was signed. | 11.34 billion United States (US) dollars=11340000000 USD
            Bus fares rose 45 cents, stamps 250 pence and bread 12 dollars 40 cents. | 45 cents=0.45 USD ; 250 pence=2.5 GBP ; 12 dollars 40 cents=12.4 USD
            COP 15 ended; COP 28 delegates and G 20 talks followed. | ""
            four of the seven leading donors gave $20 billion (10 billion each). | four of the seven leading donors=4 [leading donors] ; seven leading donors=7 [leading donors] ; $20 billion=20000000000 USD ; 10 billion=10000000000 USD
            Growth was minus 3.5% as 4.6 billion dollars, down from 6 billion, left. | minus 3.5%=-3.5 ; 4.6 billion dollars=4600000000 USD ; 6 billion=6000000000 USD
            """)
    void mixedFiguresInDocumentOrder(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @Test
    void recognize_whenTheTextStatesNoYearAnywhere_leavesTheBareDateOut() {
        String text = "On 22 May, ministers from 27 nations and the EU agreed. The UK announced up to £8.5 million.";
        assertThat(find(text)).isEqualTo("27 nations=27 [nations] ; £8.5 million=8500000 GBP");
    }

    @Test
    void recognize_whenDocumentStatesTheYearElsewhere_placesBareDaysInThatYear() {
        String text = "NATO SUMMIT 2023\nLeaders met on 12 July and 13 July.";
        assertThat(find(text)).isEqualTo("12 July=2023-07-12 ; 13 July=2023-07-13");
    }

    @Test
    void recognize_whenOnlyTargetYearsAreStated_doesNotPlaceBareDaysInThem() {
        String text =
                "The 2023 summit opened on 5 May. Net zero by 2050, by 2050 at the latest, and 2050 again by 2050.";
        assertThat(find(text)).isEqualTo("5 May=2023-05-05");
    }

    @Test
    void recognize_whenTheTextStatesNoYear_datesAWeekdayByTheClock() {
        Clock clock = Clock.fixed(Instant.parse("2025-12-01T12:00:00Z"), ZoneOffset.UTC);
        RuleBasedFigureRecognizer dated = new RuleBasedFigureRecognizer(Rendered.LEXICON, clock);
        String text = "The talks open on Tuesday, 2 November, with 30 ministers.";
        assertThat(Rendered.of(text, dated.recognize(text)))
                .isEqualTo("Tuesday, 2 November=2021-11-02 ; 30 ministers=30 [ministers]");
    }

    @Test
    void recognize_returnsSpansThatHoldTheFigureText() {
        String text = "On Monday, 10 July 2023, all 31 allies agreed to spend 2% of GDP, and Germany gave EUR 700m.";
        List<FoundFigure> found = recognizer.recognize(text);
        assertThat(found).hasSize(4);
        for (FoundFigure f : found) {
            assertThat(text.substring(f.start(), f.end())).isEqualTo(f.figure().text());
        }
        assertThat(found).extracting(FoundFigure::start).isSorted();
    }

    @ParameterizedTest
    @NullAndEmptySource
    void recognize_whenTextIsNullOrEmpty_returnsNothing(String text) {
        assertThat(recognizer.recognize(text)).isEmpty();
    }

    @Test
    void recognize_fromManyThreadsAtOnce_givesTheSameFigures() throws Exception {
        String text =
                "On 1–2 November 2023, twenty-eight countries signed; the UK committed £225 million and 43 per cent.";
        String expected = find(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> jobs = java.util.Collections.nCopies(64, () -> find(text));
            for (Future<String> result : pool.invokeAll(jobs)) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(expected).contains("£225 million=225000000 GBP").contains("twenty-eight countries=28 [countries]");
    }

    @Test
    void defaultConstructor_loadsTheShippedLexicon() {
        assertThat(new RuleBasedFigureRecognizer().recognize("USD 4 trillion")).hasSize(1);
    }
}
