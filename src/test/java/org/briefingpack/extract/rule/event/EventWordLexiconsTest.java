package org.briefingpack.extract.rule.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.extract.lexicon.LexiconAssertions.assertEveryRoleHasWords;

import java.time.LocalDate;
import org.briefingpack.extract.rule.Structures;
import org.briefingpack.model.Event;
import org.junit.jupiter.api.Test;

/** The event rules' own word files load, and the words still drive them; every sentence was written for this test. */
class EventWordLexiconsTest {

    private static Event event(String text) {
        return Structures.pipeline(text).event();
    }

    @Test
    void eventDateWords_load_withAWordForEveryRole() {
        assertEveryRoleHasWords("event-date-words.tsv", EventDatesRule.Word.class);
    }

    @Test
    void eventNameWords_load_withAWordForEveryRole() {
        assertEveryRoleHasWords("event-name-words.tsv", EventNameRule.Word.class);
    }

    @Test
    void eventPlaceWords_load_withAWordForEveryRole() {
        assertEveryRoleHasWords("event-place-words.tsv", EventPlaceRule.Word.class);
    }

    @Test
    void aVerbOfMeetingWithYesterday_underALineOnlyOfTheDayPosted_datesTheGatheringTheDayBefore() {
        Event e =
                event("Reef plan agreed\n\nJune 4 2031\n\nYesterday, ministers convened in Suva for the reef summit.");
        assertThat(e.startDate()).isEqualTo(LocalDate.parse("2031-06-03"));
    }

    @Test
    void aCountryThatConvenesAGathering_givesItsName() {
        Event e = event("Reef money sought\n\nNADI (Wire) – Tonga convened a pledging conference on Tuesday for "
                + "$2 billion of reef work.");
        assertThat(e.name()).isEqualTo("Tonga pledging Conference");
    }

    @Test
    void aCityWhereABodyIsBased_isNoVenue() {
        Event e = event("The Reef Summit, run by a fund based in Lautoka, opened in Suva on Monday.");
        assertThat(e.location()).isEqualTo("Suva");
    }
}
