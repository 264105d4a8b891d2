package org.briefingpack.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventRecognizerTest {

    private final Structures structure = new Structures();

    private Event event(Fixtures.Doc doc, FoundFigure... figures) {
        return structure
                .recognize(doc.text(), doc.sentences(), List.of(figures))
                .event();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Paris AI Summit, held in February, was a pivotal gathering.        | Paris AI Summit
            AI Seoul Summit 2024: briefing note                                     | AI Seoul Summit
            NATO SUMMIT IN VILNIUS: BRIEFING NOTE                                   | NATO Summit
            G20 LEADERS' SUMMIT, NEW DELHI - BRIEFING                               | G20 Leaders' Summit
            Summit of the Future (United Nations, New York)                         | Summit of the Future
            Briefing: the AI Safety Summit at Bletchley Park                        | AI Safety Summit
            Leaders gathered for the World Economic Forum in Davos.                 | World Economic Forum
            The Munich Security Conference opened on Friday.                        | Munich Security Conference
            Leaders arrived for the 2024 NATO summit in Washington.                 | NATO Summit
            What COP28 agreed, and what it left open                                | COP28
            """)
    void namesTheEventFromTheTitleOrFirstSentence(String sentence, String name) {
        assertThat(event(Fixtures.doc(sentence, "NATO heads of state met.")).name())
                .isEqualTo(name);
    }

    @Test
    void putsTheShortNameOfAnAppositionInFront() {
        Fixtures.Doc doc = Fixtures.doc(
                "COP29 in Baku: the finance COP",
                "COP29, the UN Climate Change Conference hosted by Azerbaijan, opened on 11 November 2024.");
        Event e = event(doc, doc.date("11 November 2024", "2024-11-11", "2024-11-11"));
        assertThat(e.name()).isEqualTo("COP29 UN Climate Change Conference");
        assertThat(e.location()).isEqualTo("Baku");
        assertThat(e.country()).isEqualTo("AZ");
        assertThat(e.startDate()).isEqualTo(LocalDate.of(2024, 11, 11));
    }

    @Test
    void takesTheFirstDateRangeAndItsPlace() {
        Fixtures.Doc doc =
                Fixtures.doc("The Paris AI Summit, held from February 10-11, 2025, was a pivotal gathering.");
        Event e = event(doc, doc.date("February 10-11, 2025", "2025-02-10", "2025-02-11"));
        assertThat(e.startDate()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(e.endDate()).isEqualTo(LocalDate.of(2025, 2, 11));
        assertThat(e.location()).isEqualTo("Paris");
        assertThat(e.country()).isEqualTo("FR");
        assertThat(e.evidence())
                .extracting(q -> q.quote())
                .containsExactly(doc.sentences().get(0).text());
    }

    @Test
    void skipsTheDatelineAndStretchesTheEndWhenTheEventOverran() {
        Fixtures.Doc doc = Fixtures.doc(
                "Policy briefing, published Friday, 3 December 2023",
                "COP28 took place in Dubai. It was scheduled to run from 30 November to 12 December 2023, but the "
                        + "final decisions were adopted on Wednesday, 13 December 2023.");
        Event e = event(
                doc,
                doc.date("3 December 2023", "2023-12-03", "2023-12-03"),
                doc.date("30 November to 12 December 2023", "2023-11-30", "2023-12-12"),
                doc.date("13 December 2023", "2023-12-13", "2023-12-13"));
        assertThat(e.startDate()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(e.endDate()).isEqualTo(LocalDate.of(2023, 12, 13));
        assertThat(e.location()).isEqualTo("Dubai");
    }

    @Test
    void fallsBackOnTheVenueAndTheHostCountry() {
        Fixtures.Doc doc = Fixtures.doc(
                "Briefing: the AI Safety Summit at Hogwarts Castle",
                "The United Kingdom hosted the AI Safety Summit on 1–2 November 2023.");
        Event e = event(doc, doc.date("1–2 November 2023", "2023-11-01", "2023-11-02"));
        assertThat(e.location()).isEqualTo("Hogwarts Castle");
        assertThat(e.country()).isEqualTo("GB");
    }

    @Test
    void writesAHeadingCityTheWayTheTextDoes() {
        Fixtures.Doc doc = Fixtures.doc("NATO SUMMIT IN VILNIUS: BRIEFING NOTE", "Leaders met in Vilnius.");
        assertThat(event(doc).location()).isEqualTo("Vilnius");
    }

    @Test
    void findsNoEventInTextWithoutNameOrDate() {
        assertThat(event(Fixtures.doc("Nothing happened here."))).isNull();
    }

    @Test
    void takesAPlaceTheGazetteerDoesNotKnowFromHeldIn() {
        Fixtures.Doc doc = Fixtures.doc("The Commonwealth Heads of Government Meeting was held in Apia this year.");
        Event e = event(doc);
        assertThat(e.name()).isEqualTo("Commonwealth Heads of Government Meeting");
        assertThat(e.location()).isEqualTo("Apia");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Ministers gathered at the Lakeside Convention Centre in Geneva for the Global Soil Summit.         ~ Global Soil Summit ~ Geneva
            Delegates met at the Palais Forum in Geneva. The Global Soil Summit then adopted a declaration.   ~ Global Soil Summit ~ Geneva
            The Global Soil Summit was the first since Nairobi in 2027. It met in Geneva.                     ~ Global Soil Summit ~ Geneva
            The Global Soil Summit, the largest meeting since Cairo, opened in Lima.                          ~ Global Soil Summit ~ Lima
            """)
    void tellsTheEventFromItsVenueAndAnEarlierVenue(String text, String name, String location) {
        Structures.Structure s = Structures.pipeline(text);
        assertThat(s.event().name()).isEqualTo(name);
        assertThat(s.event().location()).isEqualTo(location);
    }
}
