package org.briefingpack.extract.rule.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.briefingpack.extract.annotate.Place;
import org.briefingpack.extract.rule.Structures;
import org.briefingpack.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The event as news reporting names it; every sentence here was written for this test. */
class NewsEventRulesTest {

    private static Event event(String text) {
        return Structures.pipeline(text.replace("\\n", "\n")).event();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministers met at the U.N. ocean summit on Monday to agree new targets.                         | U.N. ocean Summit
            The Ocean Fund held its second replenishment conference in Oslo on Friday.                       | Ocean Fund second replenishment Conference
            ASEAN leaders met on Monday. They agreed a plan at the summit in Vientiane.                      | ASEAN summit in Vientiane
            The Three-Day Delta Summit closed in Dhaka on Sunday.                                            | Delta Summit
            The talks took place on the margins of the G20 Leaders' Summit, at the first Rivers Conference.   | Rivers Conference
            Donors gave $1 billion at Wednesday’s Sahel Pledging Conference.                       | Sahel Pledging Conference
            EU pledges €2 billion at Lisbon conference on reefs\\n\\nThe EU pledged €2 billion.            | Lisbon Conference
            The Coastal Resilience in the Small Island States (CRISIS) summit in Apia was the second. The Apia summit ended on Friday. | Coastal Resilience in the Small Island States (CRISIS) Summit
            The pledging conference for Haiti, convened by Canada, raised $300 million.             | Pledging conference for Haiti
            The international conference on Mali opened in Dakar on Monday.                          | International conference on Mali
            The donors' conference on Tuesday raised $300 million for schools.                      | Donors' conference
            Foreign ministers of the Baltic Sea Council met on Thursday in Riga.                    | Baltic Sea Council Ministerial Meeting
            ASEAN finance ministers met in Jakarta on Friday.                                       | ASEAN Ministerial Meeting
            The Ninth Meeting of States Parties to the Convention on Cluster Munitions was held in Geneva. | Meeting of States Parties to the Convention on Cluster Munitions
            The Conference of the Parties to the Minamata Convention met in Bali.                   | Conference of the Parties to the Minamata Convention
            The Reef Assembly on Sunday adopted a charter for the atolls.                           | Reef Assembly
            The Coral Islands Forum Leaders Meeting on Thursday endorsed the plan.                  | Coral Islands Forum Leaders Meeting
            The Summit of the Andes and Chile signed a pact.                                        | Summit of the Andes
            DAKAR, Senegal (AP) — West African leaders on Tuesday opened a three-day water summit in Dakar, seeking funds. | Water summit in Dakar
            Leaders from 30 countries met in Lima on Thursday for a summit on financing clean cooking. | Summit on financing clean cooking
            The Ministerial Meeting of the Reef Partnership opened in Apia on Monday.                | Ministerial Meeting of the Reef Partnership
            Peru Holds First Andes Water Conference; Sets Five Goals\\n\\nThe talks opened in Lima.        | Andes Water Conference
            Fiji Hosts Reef Summit as Donors Gather\\n\\nDonors met in Suva on Monday.                       | Reef Summit
            Fiji to Host 3rd Reef Summit\\n\\nFiji will host the summit in Suva in June.                  | Reef Summit
            Samoa Will Convene Ocean Dialogue\\n\\nDelegates will meet in Apia.                           | Ocean Dialogue
            Kenya will host the Africa Water Summit in Nairobi on 4 September.                      | Africa Water Summit
            Reef aid pledged\\n\\nA three-day conference on relief to Fiji ended on Tuesday with $4 billion pledged. | Conference on relief to Fiji
            Reef aid pledged\\n\\nThe conference on reef repair opened on Monday with 40 delegations.                  | Conference on reef repair
            Ahead of the opening session, delegates arrived for the Andes Water Summit in Lima on Monday. | Andes Water Summit
            An international fundraising conference in Lima raised $2 billion. It came ahead of the minister's first address to the Andes General Assembly this week. | International fundraising conference
            Reef lenders end talks\\n\\nSUVA — The Pacific Reef Bank's 2026 Annual Meetings ended in Suva on Friday. | Pacific Reef Bank's 2026 Annual Meetings
            Lenders gather in Suva\\n\\nThe Reef Debt Roundtable met in Suva on Monday to speed up restructurings. | Reef Debt Roundtable
            In 2026 Reef Summit, leaders back a fund\\n\\nLeaders met in Suva on Monday.     | Reef Summit
            In advance of the Andes Leaders' Summit next month, Reef finance ministers met in Suva on Friday. | Reef Ministerial Meeting
            Forty donors on Monday pledged $80 million at a ministerial event for the Reef Emergency Fund (REF) for 2032. | Ministerial event for the Reef Emergency Fund (REF)
            A conference in support of island fishers opened on 2 December 2030 by video link. | Conference in support of island fishers
            SUVA (Wire) – Fiji began a pledging conference on Tuesday for $2 billion of reef work. | Fiji pledging Conference
            Reef bloc admits Tonga\\n\\nTonga may again take part in Coral Union meetings, and Chile's Congress backed it. At a ministerial meeting on Monday, Coral Union leaders agreed to admit Tonga. | Coral Union ministerial Meeting
            The 5th Summit of Heads of State and Government of the Reef Alliance concluded in Suva on Monday. | Summit of Heads of State and Government of the Reef Alliance
            Exporters sealed deals at the maiden Reef Trade Fair in Suva on Monday.                 | Reef Trade Fair
            Member states signed the Reef Charter. A signing ceremony for the charter was held in Suva and hosted by the Government of Fiji. | Signing ceremony
            """)
    void namesTheGatheringAsTheStoryDoes(String text, String name) {
        assertThat(event(text).name()).isEqualTo(name);
    }

    @Test
    void theGatheringBesideTheStorysEvent_isTheEventWhenNoOtherIsNamed() {
        Event event = event(
                "The minister attended a health event on the sidelines of the Delta Leaders’ Summit in Lima, Peru.");
        assertThat(event.name()).isEqualTo("Delta Leaders’ Summit");
        assertThat(event.location()).isEqualTo("Lima");
    }

    @Test
    void aDemonstrativeIsNoPartOfAName() {
        // "Delegates" opens the sentence as those who met: no name is better than one made of them
        Event e = event("Delegates said This Summit had built trust between the river states.");
        assertThat(e == null ? null : e.name()).isNotEqualTo("This Summit");
    }

    @Test
    void aDatelineIsWhereTheStoryWasFiledNotWhereTheEventWas() {
        Event e = event(
                "Leaders gather for river talks\n\nLONDON (Wire) - Ministers met at the Mekong Summit in Vientiane "
                        + "on 3 March 2025 to agree a water-sharing plan.");
        assertThat(e.location()).isEqualTo("Vientiane");
        assertThat(e.country()).isEqualTo("LA");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Donors meeting in the Malawian capital on Tuesday pledged $40 million for clinics.    | Lilongwe     | MW
            Leaders of the bloc gathered in the Laotian capital on Thursday for the Mekong Summit. | Vientiane    | LA
            The Reef Dialogue took place in Bridgetown, Barbados, on 5 March 2024.                | Bridgetown   | BB
            The Pacific Water Forum opened in Suva on Monday.                                     | Suva         | FJ
            Officials met in the Ruritanian capital on Friday for the Salt Road Forum.            | null         | null
            The Nile Summit was held in the South Sudanese capital on Monday.                     | Juba         | SS
            Ministers met on Monday to discuss investment in Africa at the Salt Road Forum.      | null         | null
            """, nullValues = "null")
    void everyNationalCapitalIsAPlace_alsoWhenNamedByItsCountrysAdjective(String text, String place, String country) {
        Event e = event("Ministers meet\n\n" + text);
        assertThat(e.location()).isEqualTo(place);
        assertThat(e.country()).isEqualTo(country);
    }

    @Test
    void aHeldParticipleAfterASentenceAboutTheGatheringDatesIt_evenDeepInTheStory() {
        String lead = "Reef Summit ends with deals\n\nThe Reef Summit 2026, held in Suva, ended with talks. Chaired"
                + " by Ana Ruiz, the summit drew 400 delegates. It focused on reefs. Chile took part. Peru took part"
                + " too. Tonga sent a team.\n\nBackground\n\nThe Reef Summit 2026 ended with talks. ";
        Event e = event(lead + "Held at the Grand Pacific Hall in Suva, on March 3-8, 2026, it drew many.");
        assertThat(e.startDate()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(e.endDate()).isEqualTo(LocalDate.of(2026, 3, 8));
        assertThat(event(lead + "Tonga was hit by a storm on March 3, 2026.").startDate())
                .isNull();
    }

    @Test
    void aVenueNoListKnowsKeepsTheTownAfterIt_andAGatheringVerbMayTakeItsObjectFirst() {
        Event e = event("Outcomes of the second Reef Community summit\n\nThe second meeting of the Reef Community"
                + " brought together ministers of many islands at Tavu Castle in Navua, Fiji on 3 March 2026.");
        assertThat(e.location()).isEqualTo("Tavu Castle, Navua");
        assertThat(e.country()).isEqualTo("FJ");
        Event city = event("Reef Summit ends\n\nThe Reef Summit was held in Suva in Fiji on 3 March 2026.");
        assertThat(city.location()).isEqualTo("Suva");
    }

    @Test
    void aReleasesPlaceAndDateOnALineOfTheirOwnIsWhereItWasIssued_notTheVenue() {
        Event e = event("Minister attends reef meeting\n\nWellington, 14 May 2019\n\nThe Minister attended the Ninth "
                + "Ministerial Meeting of the Reef Partnership, held in Port Vila, Vanuatu from 12 to 13 May 2019.");
        assertThat(e.location()).isEqualTo("Port Vila");
        assertThat(e.country()).isEqualTo("VU");
        assertThat(e.startDate()).isEqualTo(LocalDate.of(2019, 5, 12));
        Event issuedOnly = event("Minister opens water forum\n\nCanberra, 2 June 2021\n\nThe Minister for Water "
                + "opened the Regional Water Forum today.");
        assertThat(issuedOnly.location()).isEqualTo("Canberra");
    }

    @Test
    void aCapitalNamedByItsCountrysAdjectiveIsThatCapital_andADemonymAloneIsNoPlace() {
        Event e = event("Ministers meet\n\nThe trade ministers of the bloc met in the Kenyan capital on Friday for the "
                + "East Africa Trade Forum.");
        assertThat(e.location()).isEqualTo("Nairobi");
        assertThat(e.country()).isEqualTo("KE");
        Event adjective = event("Ministers meet\n\nThe river ministers met in the Peruvian highlands on Friday for the "
                + "Andes Water Forum.");
        assertThat(adjective.location()).isNotEqualTo("Peruvian");
    }

    @Test
    void aDatelineOnALineOfItsOwnWithItsCountryInBrackets_countsWhereNoPlaceIsNamed() {
        Event e =
                event("Reef talks end without a deal\n\nLautoka (Fiji) (Wire) –\n\nMinisters of the region meeting in "
                        + "Fiji's west on Tuesday failed to agree a reef pact at the Pacific Reef Forum.");
        assertThat(e.location()).isEqualTo("Lautoka");
        assertThat(e.country()).isEqualTo("FJ");
        Event heading = event("Reef talks\n\nKEY POINTS –\n\nThe Pacific Reef Forum opened in Suva on 3 March 2025.");
        assertThat(heading.location()).isEqualTo("Suva");
    }

    @Test
    void aDatelineCountsWhereTheTextNamesNoOtherPlace() {
        Event e = event(
                "Leaders agree river plan\n\nNAIROBI, Kenya -- The River Summit ended on 4 March 2025 with a plan.");
        assertThat(e.location()).isEqualTo("Nairobi");
    }

    @Test
    void aTwoDayEventEndsTheDayAfterItOpened() {
        Event e = event("The two-day summit opened in Lima on November 20, 2024, with 30 delegations.");
        assertThat(e.startDate()).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(e.endDate()).isEqualTo(LocalDate.of(2024, 11, 21));
    }

    @Test
    void theVenueAfterAtTheIsThePlace() {
        assertThat(event("The 5th Harbour Summit was held on May 3, 2024, at the Palais de Tokyo, with 40 firms.")
                        .location())
                .isEqualTo("Palais de Tokyo");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The focus of the Danube Water Dialogue was on preparing for the UN Water Conference in Nairobi, to which end ministers met at the Federal Chancellery. | Federal Chancellery
            The Shanghai Cooperation Organisation's energy forum opened in Samarkand on Monday.                                                                   | Samarkand
            Ahead of the ocean conference in Lisbon, the Azores Fisheries Forum met in Ponta Delgada.                                                              | Ponta Delgada
            """)
    void aPlaceInAnotherGatheringsOrAnOrganisationsNameIsNotTheVenue(String text, String place) {
        assertThat(event(text).location()).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef pact topped up\\n\\nThe Reef Protocol Meeting closed on Friday. Its new fund helps members keep to the Protocol and its Suva Amendment.                      | ''
            Reef pact topped up\\n\\nThe Reef Protocol Meeting closed on Friday in Apia. Its new fund helps members keep to the Protocol and its Suva Amendment.               | Apia
            Reef talks open\\n\\nThe Reef Forum opened on Monday. Ministers welcomed the Lima Mandate and the Suva Statement of 2019.                                                                                 | ''
            """)
    void aTownInATextsName_isNoVenue(String text, String place) {
        assertThat(event(text).location()).isEqualTo(place.isEmpty() ? null : place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef leaders urged to hurry\\n\\nAt the Reef Council headquarters in Suva, the chair invited 20 states to speak at the Reef Ambition Summit. Chile and Peru as well as the city of Nadi were among the participants. | Suva
            Reef leaders urged to hurry\\n\\nAt the Reef Ambition Summit, which opened in Nadi on Monday, leaders agreed a hub to be headquartered in Suva.                                                | Nadi
            """)
    void aSentenceThatOpensAtABodysSeat_happenedThere_whileASeatNamedElseIsNoVenue(String text, String place) {
        assertThat(event(text).location()).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Leaders met at the Reef Ambition Summit in Suva on 2 June 2026. Next on the calendar is the council's Reef Conference, which begins on 12 October 2026 in Lima. | 2026-06-02
            Leaders met at the Reef Ambition Summit in Suva. Next on the calendar is the council's two-week Reef Conference, which begins on 12 October 2026 in Lima.       |
            Leaders gathered in Suva for the two-day Reef Summit, which opened on 2 June 2026.                                                                                     | 2026-06-02
            Leaders gathered in Suva for the summit, which opened on 2 June 2026.                                                                                                  | 2026-06-02
            """)
    void aDayInARelativeClauseOnAnotherGathering_isThatOnesDay(String text, String start) {
        Event e = event("Summit news\n\n" + text);
        assertThat(e.startDate()).isEqualTo(start == null ? null : LocalDate.parse(start));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef talks open\\n\\nThe Coral Dialogue sits in preparation for the Ocean Conference, which will take place in Lima. The dialogue was opened by the foreign minister in Suva. | Suva
            Reef talks open\\n\\nThe Coral Dialogue met in preparation for talks with the hosts of the Ocean Conference in Lima. The dialogue was opened by the foreign minister in Suva.                | Suva
            Reef talks open\\n\\nEnvoys of 30 states gathered for the Coral Dialogue at the Foreign Office in Suva, ahead of the Ocean Conference.                            | Suva
            Reef talks to open\\n\\nThe Ocean Conference, which will take place in Lima next week, is the first in Peru.                                                                              | Lima
            """)
    void aVenueSaidOfTheGatheringAnotherIsPreparedFor_isThatOnes_andTheOfficeAGatheringMeetsAtIsInItsTown(
            String text, String place) {
        assertThat(event(text).location()).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef talks end\\n\\nSantiago, 13 May (RNA): Chile hosted the reef conference on Fiji in Santiago. The aims of the Conference on Fiji are to end the crisis in Fiji. | Santiago
            Reef leaders vow aid\\n\\nSUVA (RNA) -- The leaders of Fiji, Chile and Norway on Tuesday backed reef aid.\\n\\nThe in-person Reef summit was the first hosted by Fiji -- a country troubled by claims in the Coral Sea. | Suva
            """)
    void theCountryAGatheringIsAbout_andASea_areNoVenue(String text, String place) {
        assertThat(event(text).location()).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Dhaka, 6 March 2025 - The three-day Delta Water Summit closed on Thursday with a declaration. | 2025-03-04 | 2025-03-06
            Dhaka, 4 March 2025 - The three-day Delta Water Summit opened on Tuesday.                      | 2025-03-04 | 2025-03-06
            Leaders held closed-door talks on 12 May 2025, the first day of the two-day Delta Summit.       | 2025-05-12 | 2025-05-13
            Apia, 12 September 2023 - Leaders adopted a charter at the close of their two-day Reef Summit on Tuesday. | 2023-09-11 | 2023-09-12
            LIMA, November 27, 2014 (Reuters) - Leaders on Tuesday opened the Andes Summit in Lima.          | 2014-11-25 |
            LIMA, November 27, 2014 (Reuters) - Leaders opened the Andes Summit in Lima on Thursday.          | 2014-11-27 |
            LIMA, November 27, 2014 (Reuters) - Leaders opened the Andes Summit in Lima, which closes on Saturday. | 2014-11-27 |
            The Andes Water Summit ended in Quito on 4 October 2025 with a pledge on glaciers.               |            | 2025-10-04
            QUITO, Ecuador, 4 October 2025\\n\\nThe Andes Water Summit concluded in the capital with a pledge. |            | 2025-10-04
            The Andes Water Summit opened in Quito on 6 May 2025 and runs for three days.                    | 2025-05-06 | 2025-05-08
            (6 May 2025) Water ministers of the Andes signed a pact on glaciers in Quito.                     | 2025-05-06 | 2025-05-06
            """)
    void
            aStatedLengthCountsBackFromAClosingDay_andOnFromAnOpeningOne_aWeekdayBeforeTheDatelinesDay_andAClosingOrOpeningDayAloneIsOneEnd(
                    String text, String start, String end) {
        Event e = event("Summit news\n\n" + text);
        assertThat(e.startDate()).isEqualTo(start == null ? null : LocalDate.parse(start));
        assertThat(e.endDate()).isEqualTo(end == null ? null : LocalDate.parse(end));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            14 May 2025\\n\\n12 May 2025: At a meeting in Quito, water ministers adopted a plan on glaciers.     | 2025-05-12
            14 May 2025\\n\\nWater ministers adopted a plan. They met at a meeting in Quito on 12 May 2025.         | 2025-05-12
            14 May 2025\\n\\nWater ministers adopted a plan. The next meeting in Quito is on 20 May 2025.           | 2025-05-14
            14 May 2025\\n\\nWater ministers adopted a plan. The summit recalled the accord of 10 May 2025.          | 2025-05-14
            14 May 2025\\n\\nWater ministers adopted a plan. A meeting in Quito on 2 January 2025 began the work.  | 2025-05-14
            May 14 2025\\n\\nYesterday, leaders gathered in Quito for the water summit.                          | 2025-05-13
            May 14 2025\\n\\nMinisters agreed a plan on glaciers. The water summit closed yesterday, she said.       | 2025-05-13
            May 14 2025\\n\\nLeaders adopted a plan. Ministers met in Lima. Talks were held yesterday at the summit. | 2025-05-14
            """)
    void underALineOnlyOfTheDayPosted_aDayTheGatheringMetUpToAMonthBefore(String text, String start) {
        Event e = event("Glacier plan adopted\n\n" + text);
        assertThat(e.startDate()).isEqualTo(LocalDate.parse(start));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            QUITO, Oct 4, 2025 (Reuters) - Ministers of forty states backed a glacier plan on Saturday.
            Quito, Ecuador, 4 October 2025 - Glacier talks held in Quito last week left ministers divided.
            Leaders at the Andes Summit called for a glacier state on the lines of 4 June 1967.
            """)
    void theDayOfAnActOrTheDayAStoryWasFiled_isNoDayOfTheGathering(String text) {
        Event e = event("Glacier plan agreed\\n\\n" + text);
        assertThat(e.startDate()).isNull();
        assertThat(e.endDate()).isNull();
    }

    @Test
    void aDateAfterThePartOfADayItNames_isTheGatheringsDay() {
        Event e = event(
                "Andes leaders meet\\n\\nOn the morning of 23 March 2026, leaders opened the Andes Summit in Lima.");
        assertThat(e.startDate()).isEqualTo(LocalDate.parse("2026-03-23"));
    }

    @Test
    void aDatelineUnderSummaryPoints_datesTheGatheringTheNextSentenceNames_onItsWeekday() {
        Event e = event("Reef bloc admits Tonga\n\nJune 26, 2026|Wire\n\n* Tonga joins on July 30\n\n* Fiji and Chile "
                + "still at odds\n\nLAUTOKA, Fiji, June 26 (Wire) - The Coral Union will admit Tonga next month.\n\nAt a "
                + "summit on Thursday, Coral Union leaders also lifted a ban. Tonga will join on July 30 at a meeting "
                + "in Apia.");
        assertThat(e.name()).isEqualTo("Coral Union Summit");
        assertThat(e.startDate()).isEqualTo(LocalDate.parse("2026-06-25"));
        assertThat(e.location()).isEqualTo("Lautoka");
    }

    @Test
    void aSummitThatKicksOffOnTheDaysDate_opensThen_andAVenueOfLastWeekIsAnotherGatherings() {
        Event e =
                event("Reef Summit kicks off\n\nSunday, August 16, 2026\n\nFresh from the Ocean Summit held in Lisbon "
                        + "last week, island leaders are meeting in Fiji, where the Reef Summit kicks off today.\n\nThe "
                        + "Chilean president landed on Saturday in the seaside town of Port Dalby.");
        assertThat(e.startDate()).isEqualTo(LocalDate.parse("2026-08-16"));
        assertThat(e.endDate()).isNull();
        assertThat(e.location()).isEqualTo("Port Dalby");
        assertThat(e.country()).isEqualTo("FJ");
    }

    @Test
    void theDayLeadersActedDatesTheGathering_whereNoSentenceGivesItsOwnDate() {
        Event e =
                event("Reef leaders adopt a plan\n\n3 May 2026 [Suva - Fiji]\n\nReef leaders on Saturday 2nd May 2026 "
                        + "in Suva adopted a plan for the atolls.\n\nIn a communique after their one-day Extraordinary "
                        + "Summit on the Atolls, the leaders urged donors to act.");
        assertThat(e.startDate()).isEqualTo(LocalDate.parse("2026-05-02"));
        assertThat(e.endDate()).isEqualTo(LocalDate.parse("2026-05-02"));
    }

    @Test
    void aDatelineOfPlaceDateAndAgency_isWhereTheGatheringMet_inTheCountryItsTownIsSaidToBeIn() {
        Event e = event("Reef pact signed\n\nPORT DALBY, May 4, 2026, REEFNEWS.\n\nLeaders on Friday signed the "
                + "Reef Pact.\n\nThe signing took place at the Reef Summit held in the Fijian town.");
        assertThat(e.location()).isEqualTo("Port Dalby");
        assertThat(e.country()).isEqualTo("FJ");
    }

    @Test
    void aWireStoryThatNeverNamesTheGathering_hasItWhereItsDatelineIs() {
        Event e = event("Donors promise aid for the delta\n\nDHAKA, Bangladesh (AP) — Donors on Wednesday pledged "
                + "$900 million to help the delta's farmers, the government said.");
        assertThat(e.name()).isNull();
        assertThat(e.location()).isEqualTo("Dhaka");
        assertThat(e.country()).isEqualTo("BD");
    }

    @Test
    void ministersOfACountryNameNoGathering_butWhereTheyMetStays() {
        Event french = event("French ministers met in Paris on Monday.");
        assertThat(french.name()).isNull();
        assertThat(french.location()).isEqualTo("Paris");
        assertThat(event("Foreign ministers met in Paris on Monday.").name()).isNull();
    }

    @Test
    void aStoryThatNeverNamesTheGathering_keepsWhereItMet_andADeadlineOrALaterDateIsNoDate() {
        Event e = event("Donors gather for the delta\\n\\nMore than 60 states met in the Bangladeshi port of Mongla "
                + "yesterday to raise aid. They want the works finished by 31 December 2026.");
        assertThat(e.name()).isNull();
        assertThat(e.location()).isEqualTo("Mongla");
        assertThat(e.startDate()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Aid for the delta\\n\\nThe Delta summit was held from July 3-4 in the Bangladeshi city of Khulna. | Khulna
            Aid for the delta\\n\\nDonors met at an international donors' conference in Dhaka on Monday.       | Dhaka
            Reef panel closes Lautoka session\\n\\nThe 12th session of the Reef Panel has wrapped in Lautoka, a port in western Fiji. | Lautoka
            SUVA, FIJI – At the close of the Reef Science Ministerial, Chile stressed partnerships in Antarctic research and in Pacific fisheries. | Suva
            Reef talks end\\n\\nMinisters ended their meeting on Friday. Ties have frayed since Lima's exit from the pact. The talks, which took place in the southern Chilean city of Valparaiso, adopted a text. | Valparaiso
            Reef talks end\\n\\nAfter six days of talks at a Reef Council meeting in the Pacific state of Tonga, ministers agreed to begin negotiations. A similar deal failed in Suva two years ago. | Tonga
            Reef fund agreed\\n\\nMinisters agreed to speed up the Lautoka Initiative Framework, a regional fund. The deal came at an extra meeting on Sunday in Nadi. | Nadi
            """)
    void aVenueAfterTheDatesOrBehindALooseName(String text, String place) {
        assertThat(event(text).location()).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            LAUTOKA, Fiji (Wire) - Reef leaders on Sunday backed a fund.\\n\\nThe fund will be headquartered in Suva. | Lautoka    | FJ
            QUITO (Wire) - Trade ministers ended their meeting with no progress in the Lima round of reef talks.       | Quito      | EC
            The third Lima Conference on Reefs opened in Nadi, Fiji, on Saturday.                                      | Nadi       | FJ
            The third Lima Conference on Reefs opened on Saturday.                                                     | Lima       | PE
            Held from 3-5 May 2026, in Nadi, the Reef Summit drew 14 leaders.                                          | Nadi       |
            The Reef Summit, hosted May 3-5 in Nadi under the theme of resilience, closed with a pact.                 | Nadi       |
            Suva/Fiji — The Reef Summit, hosted May 3-5 in Nadi, closed with a pact.                                   | Nadi       | FJ
            Leaders closed the Reef Summit with a fund for projects in ASEAN states.                                   |            |
            The Reef Summit was held at the WHO Headquarters in Lima on Monday.                                       | Lima       | PE
            LAUTOKA, Fiji (Wire) - Reef leaders backed a fund.\\n\\nIts staff will work at the headquarters in Suva.  | Lautoka    | FJ
            """)
    void whereABodySits_aPlaceNamingSomethingElse_orInTheGatheringsOwnName_yieldsToTheVenue(
            String text, String place, String country) {
        Event e = event("Reef news\\n\\n" + text);
        assertThat(e.location()).isEqualTo(place);
        assertThat(e.country()).isEqualTo(country);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            May 4, 2026 (SUVA/LIMA) – Donors pledged $40 million at a reef conference in Lima, Peru.                    | Lima | PE
            May 4, 2026 (SUVA) – Donors pledged aid on Monday.                                             | Suva | FJ
            Leaders agreed on a string of pacts.\\n\\nNADI, FIJI: Reef leaders ended their summit on Friday. | Nadi | FJ
            """)
    void aDatelineAfterTheDate_orUnderAStandfirst_orBeforeAColonWithItsCountry_isWhereTheStoryWasFiled(
            String text, String place, String country) {
        Event e = event("Reef news\\n\\n" + text);
        assertThat(e.location()).isEqualTo(place);
        assertThat(e.country()).isEqualTo(country);
    }

    @Test
    void aHeadlineVerbInLowerCase_aLengthAndAVerbOfSaying_areNoPartOfAName_andTwoEventNounsEndInTheLast() {
        Event e = event("Reef bloc ends meeting with no deal\\n\\nSUVA: The Coral Union closed its biennial "
                + "ministerial conference on Saturday.");
        assertThat(e.name()).isEqualTo("Coral Union biennial ministerial Conference");
        Event monthlong = event("Ministers ended the monthlong conference, convened each decade, with a plan.");
        assertThat(monthlong == null ? null : monthlong.name()).isNull();
        Event twoDay = event("Ministers from 40 countries left the two day conference early.");
        assertThat(twoDay == null ? null : twoDay.name()).isNull();
        assertThat(event("This week Fiji's foreign minister convened the first “Reef Futures” conference in Suva.")
                        .name())
                .isEqualTo("Reef Futures Conference");
        assertThat(event("Reef bloc ends meeting with no deal\\n\\nSUVA: Ministers met on Saturday. Ruiz said "
                                + "constructive dialogue had helped.")
                        .name())
                .doesNotContain("said")
                .doesNotContain("ends");
    }

    @Test
    void aLooselyNamedConferenceWithTwoModifiers_andNoSummitInADeclarationsName() {
        assertThat(event("Aid for the delta\\n\\nDonors met at an international donors' conference in Dhaka on Monday.")
                        .name())
                .isEqualTo("International donors' conference in Dhaka");
        Event e = event(
                "Delta Leaders Fail to Adopt Joint Summit Declaration\\n\\nThe bloc's summit ended without a text.");
        assertThat(e == null ? null : e.name()).isNotEqualTo("Adopt Joint Summit");
    }

    @Test
    void aCityStateListedAmongDonorsIsNoVenue() {
        Event e = event("Aid for Chad\\n\\nBRUSSELS, 3 March 2025 - The Chad Pledging Conference raised €900 million. "
                + "Ireland, Belgium and Luxembourg also announced contributions.");
        assertThat(e.location()).isEqualTo("Brussels"); // the dateline, as no other place is the venue
    }

    @Test
    void aCapitalThatActsIsNoVenue() {
        Event event = event("Donors pledge aid for flood relief\\n\\nOSLO (AP) — Donors pledged $1 billion on Monday at"
                + " the Flood Relief Conference. Washington did not attend the conference.");
        assertThat(event.location()).isEqualTo("Oslo");
    }

    @Test
    void aCountrysMinisterNamesNoSummitOfItsOwn() {
        Event event = event("Donors pledge aid\\n\\nDonors pledged $1 billion on Monday. Britain's aid minister"
                + " announced 50 million pounds at the summit.");
        assertThat(event == null ? "" : event.name()).doesNotContain("Britain");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Leaders gathered in the Danish port of Esbjerg on Monday for the Wind Summit.            | Esbjerg
            The Ocean Summit took place in the coastal city of Mombasa.                             | Mombasa
            Brussels, 20 March 2026 — The donors' conference "Together for the people of Chad and Niger" raised EUR 7 billion. | Brussels
            The Delta Summit in St. Petersburg closed on Friday.                                     | St. Petersburg
            """)
    void theVenueBehindAKindOfPlace_andNotOneInAQuotedTitle(String text, String place) {
        assertThat(event(text).location()).isEqualTo(place);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister held a bilateral meeting in Lima on Monday.
            The minister spoke at a news conference in Lima on Monday.
            The ministers held a meeting on the sidelines of the talks.
            """)
    void aSideOrPressMeetingNamesNoGathering(String text) {
        Event e = event(text);
        assertThat(e == null ? null : e.name()).isNull();
    }

    @Test
    void aCityInAnAgreementsNameIsNoVenue() {
        assertThat(event("The Ocean Review Summit opened. Leaders adopted the Lima Compact.")
                        .location())
                .isNull();
    }

    @Test
    void theDaySomethingElseStartsOnIsNoEventDate() {
        Event e = event(
                "The Delta Summit closed on Thursday. Six countries were invited to enter the bloc on Jan. 1, 2027.");
        assertThat(e.startDate()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Foreign Ministers of the Andean Group meet on the sidelines of the UN General Assembly. | Andean Group Ministerial Meeting
            Finance ministers of CARICOM met in the margins of the Delta Summit on Monday.          | CARICOM Ministerial Meeting
            Donors pledged $2 billion to the fund at a pledging session in Oslo on Friday.          | Pledging session in Oslo
            Today the leaders of Chile and Peru opened the Summit for Open Seas in Lima.           | Summit for Open Seas
            """)
    void aGroupsMeetingBesideALargerGathering_andAPledgingSession(String text, String name) {
        assertThat(event(text).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Busan, 1 December 2024 - The reef talks closed without a deal. Talks will resume in Geneva next year. | Busan
            Ministers closed the Oslo Fisheries Meeting. They will meet again in Reykjavik in 2027.               | Oslo
            """)
    void aLaterMeetingsVenueIsNotThisEvents(String text, String place) {
        assertThat(event(text).location()).isEqualTo(place);
    }

    @Test
    void talksALeadBulletLooksForwardToAreAnotherGathering_theDatelinesPlaceStays() {
        Event e = event("Reef plan wins backing\\n\\n* Targets set for coral cover\\n* Hopes for Lima ocean talks "
                + "rise\\n\\nSUVA, Fiji, May 4 (Reuters) - Ministers from forty states backed a reef plan on Friday "
                + "after a fortnight of talks in the Fijian capital.");
        assertThat(e.name()).isNull();
        assertThat(e.location()).isEqualTo("Suva");
    }

    @Test
    void ministersOfADepartmentNameNoGroup() {
        Event event = event("The Ministers of Finance met in Jakarta on Monday.");
        assertThat(event == null ? "" : String.valueOf(event.name())).doesNotContain("Finance Ministerial");
    }

    @Test
    void aCityAfterOnIsAGovernmentBlamedOrPressed_notTheVenue() {
        Event e = event("Donors pledge billions at Peru aid conference\\n\\nLima (AFP) - International donors on"
                + " Wednesday pledged $6.0 billion for Peru at a conference overshadowed by an attack blamed by the West"
                + " on Quito.\\n\\nThe countries further pledged $3.7 billion at the Lima meeting.");
        assertThat(e.location()).isEqualTo("Lima");
    }

    @Test
    void aCountryNamedAfterTheEventIsItsPlace_aCityElsewhereInTheStoryIsNot_andAHostBeforeTheNameIsNoPartOfIt() {
        Event e = event("Oceans: EU wants cleaner seas\\n\\nMore than €6 billion was committed at the EU-hosted Reef"
                + " Conference 2017 in Malta on October 5-6.\\n\\nThe Commission will phase out plastic cups in its"
                + " buildings in Brussels.");
        assertThat(e.name()).isEqualTo("Reef Conference");
        assertThat(e.location()).isEqualTo("Malta");
        assertThat(e.country()).isEqualTo("MT");
    }

    @Test
    void aCapitalBeforeAnEventNounNamesThePlace_notAGovernment() {
        assertThat(Structures.pipeline("Reef talks\n\nThe European Union hosted the third Brussels conference on reefs"
                                + " and co-chaired with the UN on 12-14 March 2019.")
                        .positions()
                        .stream()
                        .map(p -> p.actor().name())
                        .distinct()
                        .toList())
                .containsExactlyInAnyOrder("European Union", "UN");
    }

    @Test
    void anIslandVenueAfterHeldOnIsThePlace() {
        Event e = event("Reef talks end\\n\\nThe Reef Summit, held on Bali on 4 May 2023, drew 40 leaders.");
        assertThat(e.location()).isEqualTo("Bali");
    }

    @Test
    void aHeadlinesShortNameGivesWayToTheFullOneInTheLead() {
        Event e = event("WHO Summit backs clinics\\n\\n20 June 2023, Geneva - The two-day World Summit on Rural Health"
                + " ended here today after ministers agreed to fund clinics.");
        assertThat(e.name()).isEqualTo("World Summit on Rural Health");
        assertThat(event("Reef Summit ends\\n\\nThe Reef Summit closed in Suva. A summit for island nations opened.")
                        .name())
                .isEqualTo("Reef Summit");
    }

    @Test
    void aLineThatIsOnlyADateGivesWayToTheRangeOfTheGatheringFurtherOn() {
        Event e = event("River Summit draws 90 pledges\\n\\n12 May 2024\\n\\nThe ninth River Summit sought pledges."
                + "\\n\\nMore than 90 pledges were made.\\n\\nThey are worth $2 billion.\\n\\nDonors were generous."
                + "\\n\\nHeld on the theme, ‘Rivers for All,’ in Lima, Peru, from 3-4 May, the ninth River Summit drew 90"
                + " pledges.");
        assertThat(e.startDate()).hasToString("2024-05-03");
        assertThat(e.endDate()).hasToString("2024-05-04");
        assertThat(e.location()).isEqualTo("Lima");
    }

    @Test
    void aWeekdayEndsThePlaceAfterAVerbOfMeeting() {
        Event e = event(
                "Leaders gather\\n\\nMore than 100 leaders gathered at the Palais Nations Tuesday to call for a deal.");
        assertThat(e.location()).isEqualTo("Palais Nations");
    }

    @Test
    void talksGiveWayToTheGatheringsCodeOrName_andNameItWhenNothingElseDoes() {
        assertThat(event(
                                "Climate deal struck\\n\\nRich countries pledged $300 billion a year in a deal struck at UN talks in"
                                        + " Azerbaijan, bringing talks at the Cop29 summit to a close.")
                        .name())
                .isEqualTo("Cop29");
        assertThat(event("Talks end\\n\\nUN talks on reefs ended in Suva on Friday.")
                        .name())
                .isEqualTo("UN Talks");
        assertThat(event("Cop talks\\n\\nThe cop said the Reef Summit had ended in Suva.")
                        .name())
                .isEqualTo("Reef Summit");
    }

    @Test
    void aPlaceSomeoneCameFromOrANicknameIsNoVenue_theDatelineIsWhereNothingElseSays() {
        Event e = event("Reef Fund raises $90 million\\n\\nLIMA DE ABAJO, May 4, 2024 - The Reef Fund said today it had"
                + " raised $90 million. New pledges were US$10 million from Singapore and EUR 5 million from Spain.");
        assertThat(e.location()).isEqualTo("Lima de Abajo");
        assertThat(event("Reef forum ends\\n\\nThe Reef Forum, nicknamed “Davos by the Sea”, closed in Suva on Friday.")
                        .location())
                .isEqualTo("Suva");
    }

    @Test
    void aGatheringDescribedThenWhoOrganisedItNamesIt() {
        assertThat(event("Reef plan launched\\n\\nThe plan is part of a global reef forum organized by Peru and Chile.")
                        .name())
                .isEqualTo("Global reef forum");
        assertThat(event("Aid for farmers\\n\\nA pledging event, organised along with Chile, raised $40 million.")
                        .name())
                .isEqualTo("Pledging event");
        assertThat(event("Aid for farmers\\n\\nAn international donors' conference was held in Lima to raise aid.")
                        .name())
                .isEqualTo("International donors' conference");
    }

    @Test
    void theBareConferenceOfThePartiesIsTheTreatysTheStoryNames_andACodeOrFootnoteKeepsTheTitleGoing() {
        assertThat(event("Reef meeting bans coral trade\\n\\nThe decision came at the biennial summit of the Andes"
                                + " Convention on Coral Reefs. It was one of 21 decisions adopted by the sixth meeting of"
                                + " the Conference of the Parties, or COP-6.")
                        .name())
                .isEqualTo("Conference of the Parties to the Andes Convention on Coral Reefs");
        assertThat(event("Reef meeting ends\\n\\nThe third meeting of the Conference of the Parties (COP 3) [1] to the"
                                + " Regional Agreement on Coral Reefs concluded today in Lima.")
                        .name())
                .isEqualTo("Conference of the Parties (COP 3) to the Regional Agreement on Coral Reefs");
        assertThat(event("Reef meeting ends\\n\\nThe Conference of the Parties ended in Lima on Friday.")
                        .name())
                .isEqualTo("Conference of the Parties");
    }

    @Test
    void aCountrysParliamentIsNoGathering() {
        assertThat(event("Islands summit opens\\n\\nWASHINGTON (Reuters) - The United States began a summit with island"
                                + " leaders on Wednesday. They will be feted at the U.S. Congress and the White House.")
                        .name())
                .isEqualTo("Islands Summit");
        assertThat(event("Vote delayed\\n\\nThe Peruvian National Assembly met in Lima on Monday.")
                        .name())
                .isNull();
    }

    @Test
    void aPlaceTheLexiconLacksAfterCityOf_withItsCountryFromTheAdjectiveBefore() {
        Event event = event("Reef charter signed\\n\\nWrapping up a two-day conference in the northern Peruvian city"
                + " of Chiclayo on Friday, leaders signed the Reef Charter.");
        assertThat(event.location()).isEqualTo("Chiclayo");
        assertThat(event.country()).isEqualTo("PE");
        assertThat(Structures.annotate("The talks in the capital of Ghana ended on Friday.")
                        .sentences()
                        .get(0)
                        .places())
                .extracting(Place::name)
                .doesNotContain("Ghana");
    }

    @Test
    void aGerundIsNoGathering_andAGroupsMembersOwnTheSummitHeldInAPlace() {
        assertThat(event("NATO welcomes deal\\n\\nNATO member-states welcomed the deal, in a communique released after"
                                + " the critical summit held in Vilnius on Tuesday. The news came from NATO chief Ana Ruiz"
                                + " after meeting Li and Chen.")
                        .name())
                .isEqualTo("NATO summit in Vilnius");
    }

    @Test
    void aTitleGoesOnPastAnAcronymInBracketsAndAgainst() {
        assertThat(event("Reef talks end\\n\\nThe Tenth session of the Conference of the Parties (COP10) to the Reef"
                                + " Convention against Coral Theft (RCCT) has concluded with a decision.")
                        .name())
                .isEqualTo("Conference of the Parties (COP10) to the Reef Convention against Coral Theft");
    }

    @Test
    void aMonthAfterTookPlaceInIsWhenNotWhere_andACountryAfterAnUnknownTownIsItsCountry() {
        Event e = event("The 9th Reef Conference took place in November 2018 in Port Dalby, Fiji, under a motto.");
        assertThat(e.location()).isEqualTo("Port Dalby");
        assertThat(e.country()).isEqualTo("FJ");
        Event bracketed = event("The Reef Conference was held in Port Dalby (Fiji) on 3 May 2019.");
        assertThat(bracketed.location()).isEqualTo("Port Dalby");
        assertThat(bracketed.country()).isEqualTo("FJ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Delegates at the Ninth Conference of the Parties to the Reef Convention (COP9) agreed a budget.        | Conference of the Parties to the Reef Convention (COP9)
            On the sidelines of the Coral Coast Leaders Summit (CCLS) in Suva, two ministers signed a memorandum.   | Coral Coast Leaders Summit (CCLS)
            """)
    void aShortFormInBracketsAfterTheGatheringsNameStaysWithIt(String text, String name) {
        assertThat(event("Reef plan backed\\n\\n" + text).name()).isEqualTo(name);
    }

    @Test
    void aConventionsShortFormIsNotTheGatherings() {
        assertThat(event(
                                "Reef plan backed\\n\\nDelegates to the Reef Convention against Coral Theft (RCCT) met in Suva.")
                        .name())
                .doesNotContain("RCCT");
    }

    @Test
    void aReleaseOfTheDayGathersTodayInItsPlace_andLastYearsSummitIsAnotherGathering() {
        Event e = event("Ministers back reef plan\\n\\nFisheries ministers gather today in Suva for two days of talks."
                + " Their agenda picks up where last year's Lautoka Reef Summit left off.");
        assertThat(e.location()).isEqualTo("Suva");
        assertThat(e.name()).isNull();
    }

    @Test
    void aCountrysPossessiveBeforeTheVenueIsItsCountry_andAnUpcomingConferenceIsAnother() {
        Event e = event("Reef plan backed\\n\\nThe Reef Summit opened on Monday in Fiji's Port Dalby.");
        assertThat(e.location()).isEqualTo("Port Dalby");
        assertThat(e.country()).isEqualTo("FJ");
        Event upcoming = event("Reef statement\\n\\nMinisters met in Suva on Monday. An upcoming Conference in Lima"
                + " will take stock next year.");
        assertThat(upcoming.name()).isNull();
    }

    @Test
    void aReleasesPlaceAndDateLineIsWhenItWasIssued_notWhenTheGatheringMet() {
        Event e = event("Leaders look back on the reef week\\n\\nSuva, 9 December 2024\\n\\nThe theme of the year was"
                + " shared reefs.\\n\\nLeaders spoke of many things.\\n\\nThe Reef Leaders' Summit met in Lima, Peru,"
                + " from 9-16 November and agreed a work plan.");
        assertThat(e.startDate()).isEqualTo(java.time.LocalDate.of(2024, 11, 9));
        assertThat(e.endDate()).isEqualTo(java.time.LocalDate.of(2024, 11, 16));
    }

    @Test
    void aCityThatNamesAProcessIsNoVenue() {
        Event e = event(
                "Ministers adopt a reef plan\\n\\nReef ministers of the Suva Process met in Apia on 3 May 2022 for"
                        + " their fourth round.");
        assertThat(e.location()).isEqualTo("Apia");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef ties deepen\\n\\nChilean President Ana Ruiz arrived in Suva on Monday for a two-day state visit to Fiji.      | Ana Ruiz's two-day state visit to Fiji
            Ana Ruiz's Fiji visit ends with three pacts\\n\\nFiji and Chile signed three pacts on Tuesday.                     | Ana Ruiz's visit to Fiji
            Visit completed\\n\\nThe official visit of the Prime Minister of the Republic of Chile Ana Ruiz to the Republic of Fiji ended. | Ana Ruiz's official visit to Fiji
            Reef pacts signed\\n\\nPacts were signed in Suva during the Chilean leader's first visit to Fiji.                    | Chilean leader's first visit to Fiji
            """)
    void aStoryThatOpensOnAVisitAbroadIsAboutTheVisit(String text, String name) {
        assertThat(event(text).name()).isEqualTo(name);
    }

    @Test
    void aGatheringNamedAsEarlyAsTheVisitKeepsItsName_andAVisitHomeIsNoVisit() {
        assertThat(event("Reef pledges\n\nOn a state visit to Fiji, Chilean President Ana Ruiz opened the Reef Summit"
                                + " in Suva.")
                        .name())
                .isEqualTo("Reef Summit");
        assertThat(event("Reef pledges\n\nThe Reef Summit closed in Suva. It came during the Fijian President's"
                                + " visit to Fiji's outer islands.")
                        .name())
                .isEqualTo("Reef Summit");
    }

    @Test
    void aCityAndDateInBracketsAfterTheGatheringAreWhereItMet_overACityInItsName() {
        Event e = event(
                "Reef talks close\\n\\nChile, which attended the joint session of the parties to the"
                        + " Lima (COP4) and Quito (COP2) Conventions on Reef Fish (Suva, 3-14 May 2021), praised the decisions.");
        assertThat(e.location()).isEqualTo("Suva");
        assertThat(e.country()).isEqualTo("FJ");
    }

    @Test
    void aReleasesDateAndPlaceLineAnchorsToday() {
        Event e =
                event("Fiji helps chart a reef roadmap\\n\\nApril 30, 2024 – Suva, Viti Levu\\n\\nThe fourth session of"
                        + " the Reef Committee wrapped up in Suva today, marking progress.");
        assertThat(e.endDate()).isEqualTo(java.time.LocalDate.of(2024, 4, 30));
        assertThat(e.location()).isEqualTo("Suva");
    }

    @Test
    void aPlaceEndedByAPointBeforeAnAgencyAndADashIsTheDateline_notTheVenue() {
        Event e = event("Reef leaders meet\n\nLIMA. REEFNEWS - The Reef Summit of island states closed on Monday in"
                + " the Fijian capital.");
        assertThat(e.location()).isEqualTo("Suva");
        assertThat(e.country()).isEqualTo("FJ");
    }

    @Test
    void aBodysNameRunsOnOverAndWhenItEndsInItsMembersPlural_butTwoCountriesAreTwo() {
        assertThat(event("Reef talks\n\nThe 7th Summit of the Community of Reef and Island States closed in Suva.")
                        .name())
                .isEqualTo("Summit of the Community of Reef and Island States");
        assertThat(event("Reef talks\n\nThe Summit of Fiji and Chile Leaders opened in Suva on Monday.")
                        .name())
                .isEqualTo("Summit of Fiji");
    }

    @Test
    void aPastGatheringsVenueInAClauseOpenedBySinceIsNotThisOnes() {
        Event e = event("Fiji, Chile sign reef treaty\\n\\nSUVA – The second Reef summit closed on June 17 with a"
                + " treaty.\\n\\nSince the first Reef summit held in Lima in 2023, trade has grown by a third.");
        assertThat(e.location()).isEqualTo("Suva");
        assertThat(e.country()).isEqualTo("FJ");
    }

    @Test
    void aGatheringTheStorysIsAPrecursorOfIsALaterOne_andALooseNameStopsAtItsDates() {
        assertThat(event("Reef ministers meet\\n\\nThe ministry was praised for its work at the meeting of the Reef"
                                + " Ministers of Fisheries on 4 and 5 May 2024 in Suva.\\n\\nThe gathering was a"
                                + " precursor of the Reef Summit set for October.")
                        .name())
                .isEqualTo("Meeting of the Reef Ministers of Fisheries");
    }

    @Test
    void aHeadlinesNameStartsAfterItsVerbOrPreposition_andAShortFormInBracketsJoinsALowerCaseName() {
        assertThat(event("Chile Does Not Back Norway's Reef Plan At Suva Summit\n\nTalks ended on Monday.")
                        .name())
                .isEqualTo("Suva Summit");
        assertThat(event("Leaders To Attend Suva Reef Summit\n\nTalks begin on Monday.")
                        .name())
                .isEqualTo("Suva Reef Summit");
        assertThat(event("Reef fund raises $1 billion\n\nOn Monday, leaders pledged $1 billion at the Global Reef"
                                + " Facility (GRF) replenishment conference.")
                        .name())
                .isEqualTo("Global Reef Facility (GRF) replenishment Conference");
    }

    @Test
    void aVenueNamedByItsCountryIsTheDatelinesTownInThatCountry() {
        Event e = event("Reef decline will top the agenda at the Reef Summit in Fiji\n\nNADI, Fiji (AP) — Island"
                + " leaders meet at a resort on Thursday to plan reef repairs.");
        assertThat(e.location()).isEqualTo("Nadi");
        assertThat(e.country()).isEqualTo("FJ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            RCF Summit closes\\n\\nThe 3rd Summit of the Reef Council of Pacific States (RCF) ended today in Suva.   | 3rd Summit of the Reef Council of Pacific States (RCF)
            RCF summit closes\\n\\nLeaders of the Reef Council of Pacific States (RCF) met today in Suva.            | RCF Summit
            """)
    void anAcronymsGatheringInTheHeadline_takesTheNameTheStorySpellsOutWithThatAcronym(String text, String name) {
        assertThat(event(text).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ninth meeting of the Northern and Southern Reef Fisheries Commission closed in Suva on Friday. | Ninth meeting of the Northern and Southern Reef Fisheries Commission
            Fiji praised a reserve the Council for Reef Science (CRS) set up.\\n\\nThe yearly meeting of the Council closed in Suva. | Yearly meeting of the Council for Reef Science (CRS)
            The yearly meeting of the Council closed in Suva on Friday.                                      | Yearly meeting of the Council
            The Summit of Fiji and Chile closed in Suva on Friday.                                           | Summit of Fiji
            The Conference on Reef Safety and Coastal Fisheries closed in Suva on Friday.                    | Conference on Reef Safety and Coastal Fisheries
            """)
    void aBodysNameRunsOnAfterAndToItsHead_aTopicsTitleAfterOnToo_andABodyNamedByItsHeadIsTheOneNamedBefore(
            String text, String name) {
        assertThat(event("Reef news\\n\\n" + text).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            NADI (Wire) 9/14/25 — Members of the International Reef Commission defeated a plan at a meeting in Fiji on Friday. | International Reef Commission Meeting
            The African Union backed the plan during a meeting in Suva on Friday.                                             | African Union Meeting
            Ministers met at a meeting in Suva.\\n\\nPrices fell.\\n\\nTrade slowed.\\n\\nA G7 plan to curb fish prices failed. | Meeting in Suva
            The G7 summit closed in Suva on Friday.                                                                         | G7 Summit
            """)
    void theBodyWhoseMembersMetNamesTheMeeting_andACodeDeepInTheStoryNamesNoGathering(String text, String name) {
        assertThat(event("Reef news\\n\\n" + text).name()).isEqualTo(name);
    }

    @Test
    void aDatelineWithADateInFiguresAfterTheAgency() {
        Event e = event(
                "Reef news\\n\\nNADI (Wire) 9/13/25 — Reef ministers met at a meeting in Lautoka, Fiji, on Friday.");
        assertThat(e.location()).isEqualTo("Lautoka");
        assertThat(e.startDate()).isEqualTo(LocalDate.of(2025, 9, 12));
    }

    @Test
    void aDashRightAgainstTheStoryAfterTheAgencyStillEndsTheDateline() {
        Event e = event("Reef news\n\nSUVA (Wire) -Reef ministers on Monday agreed to protect the lagoon.");
        assertThat(e.location()).isEqualTo("Suva");
        assertThat(e.country()).isEqualTo("FJ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SUVA (Wire) - Ministers met for the Reef Summit by videoconference on Monday and agreed to protect the lagoon.
            SUVA (Wire) -Reef Summit ministers on Monday agreed to protect the lagoon.\\n\\nIn a joint note after the virtual meeting, they pledged aid.
            """)
    void aGatheringTheLeadSaysMetOnlineHasNoVenueAtTheDateline(String text) {
        Event e = event("Reef news\n\n" + text);
        assertThat(e.location()).isNull();
        assertThat(e.country()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            press release 13 July 2025\\n\\nFollowing the Reef Conference\\n\\nThe ministers of Fiji and Tonga met today with peers from Chile. | 2025-07-13
            News release 13 July 2025\\n\\nThe ministers of Fiji and Tonga met today at the Reef Conference in Suva.                                | 2025-07-13
            News release 13 July 2025\\n\\nThe ministers of Fiji and Tonga met yesterday at the Reef Conference in Suva.                            | 2025-07-12
            """)
    void aLabelledLineOfTheDayIssued_datesTheGatheringMetTodayOrYesterdayUnderIt(String text, String start) {
        Event e = event("Reef news\\n\\n" + text);
        assertThat(e.startDate()).isEqualTo(LocalDate.parse(start));
    }

    @Test
    void aCommuniquesTitleLineNamesTheGatheringWithoutTheWordCommunique() {
        Event e =
                event("Communiqué Reef Summit of Pacific Leaders, Suva, Fiji\n\nThe Reef Summit of Pacific Leaders met"
                        + " in Suva on 20 June 2009.");
        assertThat(e.name()).doesNotContain("Communiqu").contains("Reef Summit");
    }

    @Test
    void aDayOpeningAnItemWithAColonGivesWayToTheGatheringsRangeFurtherOn() {
        Event e = event("Reef leaders set priorities\n\n14 May 2025: Leaders adopted a reef plan at the close of the"
                + " Reef Summit. The plan lists four areas.\n\nThe summit series began in 2001. The Reef Summit, which"
                + " took place from 13-14 May 2025, in Lautoka, Fiji, was the first in the west.");
        assertThat(e.startDate()).isEqualTo(LocalDate.of(2025, 5, 13));
        assertThat(e.endDate()).isEqualTo(LocalDate.of(2025, 5, 14));
        assertThat(e.location()).isEqualTo("Lautoka");
    }

    @Test
    void aDayOpeningAnItemThatSaysTheGatheringConcluded_isItsLastDay() {
        Event e = event(
                "Reef talks end\n\n15 May 2025: The Reef Summit has concluded, and 12 decisions" + " were adopted.");
        assertThat(e.startDate()).isNull();
        assertThat(e.endDate()).isEqualTo(LocalDate.of(2025, 5, 15));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Reef Summit closed in Suva on 9 May 2025. Members agreed that the next meeting of reef scientists runs from 16 to 20 July 2025.
            The Reef Summit opened in Suva on 9 May 2025. The second meeting of the Reef Board, to be held during this summit, runs 11-12 May 2025.
            """)
    void aLaterOrSideMeetingsDatesAreNotTheGatherings(String text) {
        Event e = event("Reef news\\n\\n" + text);
        assertThat(e.startDate() == null ? e.endDate() : e.startDate()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(e.endDate()).isIn(null, LocalDate.of(2025, 5, 9));
    }

    @Test
    void aGatheringStillToBeHeldIsNotTheStorysOwn_whereTheStoryNamesAnother() {
        Event e = event("Reef Fisheries Ministers Adopt Charter on Ocean Warming\n\nThe ministers of Fiji, Tonga"
                + " and Samoa met from 10-12 May 2025, in Port Dalby, Fiji, to discuss reef protection. They"
                + " will report to the Pacific Leaders Summit to be held in Tonga in August 2025.");
        assertThat(e.name()).isEqualTo("Reef Fisheries Ministerial Meeting");
        assertThat(e.location()).isEqualTo("Port Dalby");
    }

    @Test
    void aGatheringStillToBeHeldIsTheStorysOwn_whereTheStoryNamesNoOther() {
        Event e = event("Pacific leaders to meet in Suva\n\nLeaders will attend the Pacific Leaders Summit to be held"
                + " in Suva from 3 to 5 August 2025. They are expected to adopt a reef plan.");
        assertThat(e.name()).isEqualTo("Pacific Leaders Summit");
        assertThat(e.location()).isEqualTo("Suva");
    }

    @Test
    void aGatheringInAYearAfterTheDatelinesIsALaterOne() {
        Event e = event("Reef conference adopts declaration\n\nSUVA, June 30, 2025 - A June 27-28 conference on reef"
                + " warming ended with a declaration. The declaration will go to the Fifth Reef Forum in 2026.");
        assertThat(e.name()).doesNotContain("Forum");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef Fisheries Ministers Adopt Charter\\n\\nThe charter sets catch limits for the region.                                        | Reef Fisheries Ministerial Meeting
            Pacific Reef Ministers Agree on Quotas\\n\\nThe ministers of fisheries of Fiji, Tonga and Samoa met in Port Dalby, Fiji, on Monday. | Pacific Reef Ministerial Meeting
            """)
    void aHeadlineTellingWhatAGroupsMinistersDidNamesTheirMeeting(String text, String name) {
        assertThat(event(text).name()).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            SUVA, April 20, 2025 –-Fisheries envoys from 12 nations gathered yesterday for talks hosted by the Reef Agency. | 2025-04-19
            SUVA, April 20, 2025 - Fisheries envoys from 12 nations gathered yesterday for talks hosted by the Reef Agency.  | 2025-04-19
            SUVA, April 20, 2025 - Fisheries envoys from 12 nations gathered for talks hosted by the Reef Agency.                   | 2025-04-20
            """)
    void yesterdayUnderADatelineIsTheDayBeforeItsDate_andADashDoubledWithAHyphenEndsTheDateline(
            String text, String start) {
        Event e = event("Reef ministers pledge action\\n\\n" + text);
        assertThat(e.startDate()).isEqualTo(LocalDate.parse(start));
        assertThat(e.location()).isEqualTo("Suva");
    }

    @Test
    void aPlaceAfterToAndBeforeANounItNamesIsNoVenue() {
        Event e = event("Nadi Declaration: 90 mayors back commitment to Suva goals\n\nNinety mayors of the largest"
                + " cities pledged to lead on reef protection at a meeting in Nadi, Fiji.\n\nAt the 12th Reef Cities"
                + " Congress, the mayors issued a Nadi Declaration.");
        assertThat(e.location()).isEqualTo("Nadi");
    }

    @Test
    void aGatheringATimeOwnsIsNamedLaterInTheStory() {
        Event e = event(
                "Nations sign reef principles\n\nSUVA, FIJI - Ministers from 16 nations today signed a Statement"
                        + " of Principles. \"Today's Ministerial puts reefs first,\" the chair said.\n\n"
                        + "The second Reef Partnership Ministerial was held in Suva ahead of the Reef Forum this week.");
        assertThat(e.name()).isEqualTo("Reef Partnership Ministerial");
    }

    @Test
    void aPlaceThatReceivesASumIsNoVenue() {
        Event e = event("Donors pledge $50 million for reef repair\n\nParticipants of the Donor Conference on Reef"
                + " Repair in Fiji pledged 45 million euros ($50 million) to Suva in reef aid, a news agency reported"
                + " on May 11.\n\nThe two-day conference that opened in Apia on May 11 helps Suva's partners raise"
                + " money.");
        assertThat(e.location()).isEqualTo("Apia");
        assertThat(event("Reef talks\n\nThe Reef Summit opened in Suva on Monday, where Chile gave $5 million to"
                                + " the Reef Fund.")
                        .location())
                .isEqualTo("Suva");
    }

    @Test
    void anotherGatheringNamedInTheStory_givesNeitherItsVenueNorItsDay() {
        Event e = event("Fiji's 12th Reef Summit closes\n\nLeaders at the 12th Reef Summit, held in Fiji on Sunday,"
                + " called for more patrols.\n\nThey thanked Samoa for chairing the previous summit in Apia, and"
                + " congratulated Tonga on hosting the 3rd Ocean Forum on 4 May 2026.");
        assertThat(e.location()).isEqualTo("Fiji");
        assertThat(e.startDate()).isNull();
        assertThat(event("Reef Summit closes\n\nThe Reef Summit opened on 2 March 2026 in Suva.")
                        .startDate())
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aPlaceThatEndsAnotherName_isNoVenue() {
        Event e = event("Reef leaders meet\n\nThe Reef Leaders Meeting, known to many as the Winter Geneva, opened on"
                + " Monday in Fiji's Suva.");
        assertThat(e.location()).isEqualTo("Suva");
    }

    @Test
    void aCountrysCapitalNamedByItsPossessiveIsThatCapital() {
        assertThat(event("Reef Summit ends\n\nThe Reef Summit concluded in Fiji's capital city on Monday.")
                        .location())
                .isEqualTo("Suva");
        assertThat(event("Reef Summit ends\n\nThe Reef Summit concluded in Fiji’s capital on Monday.")
                        .location())
                .isEqualTo("Suva");
        assertThat(event("Reef Summit ends\n\nThe Reef Summit met in Fiji's far north on Monday.")
                        .location())
                .isNull();
    }

    @Test
    void aDateSetForADayOfObservanceIsNoDayOfTheGathering() {
        assertThat(event("Reef ministers meet\n\nReef ministers met in Suva.\n\nThey welcomed the decision to proclaim"
                                + " 8 June 2026 as World Reef Day.")
                        .startDate())
                .isNull();
        assertThat(event("Reef ministers meet\n\nReef ministers met in Suva on 8 June 2026 as talks resumed.")
                        .startDate())
                .isEqualTo(LocalDate.of(2026, 6, 8));
    }

    @Test
    void aKnownTownAfterAVenueAndAComma_isWhereTheVenueStands() {
        assertThat(event("Reef work in the spotlight\n\nNew Delhi, 4 April 2026: The Coral Alliance (CA) opened its"
                                + " sixth annual conference, CAC 2026, on Monday at the Coral Pavilion, New Delhi,"
                                + " India.")
                        .location())
                .isEqualTo("Coral Pavilion, New Delhi");
    }

    @Test
    void aDatelineWithItsDateFirst_isWhereTheStoryWasFiled() {
        Event e = event("Reef ministers meet\n\n20 April 2026, Suva, Fiji - Ministers of the reef states today agreed a"
                + " plan.\n\nSpeaking at the Reef Ministerial, Fiji's minister called for more patrols.");
        assertThat(e.location()).isEqualTo("Suva");
        assertThat(e.startDate()).isEqualTo(LocalDate.of(2026, 4, 20));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Speaking after a meeting of the fisheries ministers of the five Pacific states in Apia on Tuesday, Ana Ruiz said the text was ready. | Meeting of the fisheries ministers of the five Pacific states
            The plan was endorsed at a meeting of the ocean ministers of the Reef Union member states in Brussels. | Meeting of the ocean ministers of the Reef Union member states
            The fisheries ministers of Chile, Peru, and Fiji released a communique after their annual meeting on reef science. | Annual meeting of the fisheries ministers of Chile, Peru, and Fiji
            """)
    void whereNoNameIsGiven_theMeetingOfThoseWhoMetNamesTheGathering(String text, String name) {
        assertThat(event("Ministers back reef plan\n\n" + text).name()).isEqualTo(name);
    }

    @Test
    void aMeetingOfMinistersWithNothingToSayWhoTheyAreNamesNoGathering() {
        Event e = event("Ministers back reef plan\n\nThe plan came out of a meeting of ministers last week.");
        assertThat(e == null ? null : e.name()).isNull();
    }

    @Test
    void aGatheringAModalSendsSomethingTo_isALaterOne() {
        Event e =
                event("Pacific leaders may sign reef treaty at Chile summit\n\nThe text was agreed at a meeting of the"
                        + " fisheries ministers of the five Pacific states in Apia on Tuesday.");
        assertThat(e.name()).isEqualTo("Meeting of the fisheries ministers of the five Pacific states");
        assertThat(e.location()).isEqualTo("Apia");
        // with no other gathering named, the later one is still the story's
        assertThat(event("Pacific leaders may sign reef treaty at Chile summit\n\nThe text is ready.")
                        .name())
                .isEqualTo("Chile Summit");
    }

    @Test
    void aGatheringDatedToAnEarlierYearThanTheStorysIsAnEarlierOne() {
        Event e = event("Ministers adopt reef plan\n\nLIMA – 3 March 2026: The fisheries ministers of Chile, Peru and"
                + " Fiji adopted a reef plan after their annual meeting in Lima.\n\nThe first annual reef"
                + " summit took place on 4 March 2019.");
        assertThat(e.name()).isEqualTo("Annual meeting of the fisheries ministers of Chile, Peru and Fiji");
        // described after a comma, the year is the story's gathering's history, not another gathering
        assertThat(event("Reef Summit opens\n\nLIMA – 3 March 2026: The Reef Summit, first held in 2019, opened"
                                + " in Lima.")
                        .name())
                .isEqualTo("Reef Summit");
    }

    @Test
    void aDateAfterTheDatelinesDash_closedByAColon_datesTheStory() {
        Event e = event("Ministers issue statement\n\nLIMA – 3 March 2026: The Reef Forum opened in Lima on Tuesday.");
        assertThat(e.startDate()).hasToString("2026-03-03");
        assertThat(e.location()).isEqualTo("Lima");
    }

    @Test
    void aLowerCaseEventNounBeforeAnotherQualifiesIt() {
        Event e = event("Ministers met\n\nMinisters met. As for ministerial meetings, several were held that year.");
        assertThat(e == null ? null : e.name()).isNull();
    }

    @Test
    void aParticipleAfterCountedActorsIsNoGatheringsNoun() {
        Event e = event("Fiji seeks aid\n\nFiji hopes to raise $3 billion from some 60 nations gathering on Friday in"
                + " Lisbon.");
        assertThat(e == null ? null : e.name()).isNull();
    }

    @Test
    void whereNothingNamesTheGathering_aSigningCeremonyIsNamedByTheTextSigned() {
        Event e = event("Chile, Peru sign border treaty\n\nThe foreign ministers of Chile and Peru signed the Treaty of"
                + " Reef Border between Chile and Peru in Lima on Thursday.\n\nThe presidents attended the signing"
                + " ceremony.");
        assertThat(e.name()).isEqualTo("Signing ceremony of the Treaty of Reef Border between Chile and Peru");
        assertThat(e.location()).isEqualTo("Lima");
        // without a ceremony, a signing alone names no gathering
        Event signing = event("Chile, Peru sign border treaty\n\nThe foreign ministers of Chile and Peru signed the"
                + " Treaty of Reef Border between Chile and Peru in Lima on Thursday.");
        assertThat(signing.name()).isNull();
    }
}
