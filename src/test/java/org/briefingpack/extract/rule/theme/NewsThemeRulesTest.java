package org.briefingpack.extract.rule.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.briefingpack.extract.annotate.AnnotatedDocument;
import org.briefingpack.extract.rule.Findings;
import org.briefingpack.extract.rule.Structures;
import org.briefingpack.model.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Themes as news reporting states an agenda; every sentence here was written for this test. */
class NewsThemeRulesTest {

    private static List<String> themes(String text) {
        return Structures.pipeline(text).themes().stream().map(Theme::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Security in the Red Sea and food prices were high on the agenda at the Cairo summit. | Security in the Red Sea;food prices
            However, migration dominated the talks at the Quito summit.                         | migration
            Peru hosts the Quito summit, with glacier loss and water rights being a top priority. | glacier loss;water rights
            Glacier loss was a key issue at the Quito summit.                                   | Glacier loss
            Water rights featured prominently in the talks at the Quito summit.                 | Water rights
            The Quito summit also touched on seed banks and rural broadband.                    | seed banks;rural broadband
            Wider marine reserves emerged as a central theme at the Quito summit.               | Wider marine reserves
            Islands most exposed to rising seas will be the focus of the Quito summit.          | Islands most exposed to rising seas
            On the agenda were debt relief for poor nations and a levy on shipping.              | debt relief for poor nations;levy on shipping
            The talks in Oslo covered fisheries quotas, ocean acidification and port emissions.  | fisheries quotas;ocean acidification;port emissions
            The plan will focus on clean water, school meals, and roads in Cusco, Puno and Tacna. | clean water;school meals;roads in Cusco, Puno and Tacna
            Ministers met in Quito to discuss water security and glacier loss.                   | water security;glacier loss
            The leaders discussed coastal erosion, seed banks and rural broadband.               | coastal erosion;seed banks;rural broadband
            Chile's minister met Fiji's minister. The two sides discussed fisheries, reef science and tourism. | fisheries;reef science;tourism
            Delegates discussed, among other things, fishing quotas, port fees and coral theft.  | fishing quotas;port fees;coral theft
            The ministers focused on building a tightly linked and cohesive reef economy.        | building a tightly linked and cohesive reef economy
            The talks covered reef patrols and port fees, since most boats dock in Suva.         | reef patrols;port fees
            The talks covered plans to halt, detect, track and stop coral theft, and port fees.     | plans to halt, detect, track and stop coral theft;port fees
            The talks covered aid for Tonga, Samoa, and the Cook Islands, and reef science.     | aid for Tonga, Samoa, and the Cook Islands;reef science
            Delegates discussed, among other things: fishing quotas; port fees; coral theft; financing, and a just transition. | fishing quotas;port fees;coral theft;financing;just transition
            At the Lima talks, ministers also discussed fishing rights and port fees.            | fishing rights;port fees
            Drought relief and grain storage were also on the agenda in Dakar.                   | Drought relief;grain storage
            Ministers held talks on tariffs and port fees on the sidelines.                      | tariffs;port fees
            The leaders also talked about energy security and migration.                         | energy security;migration
            The ministers addressed grain storage and rural roads.                               | grain storage;rural roads
            Delegates debated port fees and fishing quotas.                                      | port fees;fishing quotas
            Talks on soil health and seed banks opened in Quito on Monday.                       | soil health;seed banks
            The agenda includes tariffs, shipping and energy.                                    | tariffs;shipping;energy
            Talks are expected to centre on debt relief and climate finance.                     | debt relief;climate finance
            Key issues include drought, grazing rights and seed prices.                          | drought;grazing rights;seed prices
            Ministers will also discuss fisheries and ocean noise.                               | fisheries;ocean noise
            The meeting was dominated by the floods in Chad and rising bread prices.             | floods in Chad;rising bread prices
            Among the topics discussed were vaccine supply and clinic staffing.                  | vaccine supply;clinic staffing
            Chaired by Fiji, the reef summit discussed measures to curb coral bleaching, overfishing and port disputes. | coral bleaching;overfishing;port disputes
            Leaders discussed ways of tackling coral theft and port fees.                        | coral theft;port fees
            The reef forum covered several subject areas including no-take protected areas, coral bleaching and reef pollution. | no-take protected areas;coral bleaching;reef pollution
            The reef forum covered several subject areas including coral bleaching, marine protected areas and reef pollution. | coral bleaching;marine protected areas;reef pollution
            Donors pledged $400 million on Monday to help farmers cope with drought, the United Nations said. | help farmers cope with drought
            Donors pledged $400 million to help Mali, Niger and Chad, officials said.           | help Mali, Niger and Chad
            Ministers met in Oslo, with discussions dominated by fish stocks and port fees.       | fish stocks;port fees
            Donors pledged $40 million on Friday to restore mangroves, at talks hosted by Ghana. | restore mangroves
            The conference held sessions on coastal erosion and fisheries.                      | coastal erosion;fisheries
            This year's theme is "Tides of Change, Shared Shores".                              | Tides of Change, Shared Shores
            The forum examined ways to expand access to clean cooking.                          | expand access to clean cooking
            The forum, focused on Chad's economic, institutional, and social recovery, spans three days and brings together 3,500 delegates. | Chad's economic, institutional, and social recovery
            Talks focused on political, economic and security cooperation.                       | political, economic and security cooperation
            Talks focused on water, health and trade.                                            | water;health;trade
            The two-day meeting will tackle food security, migration and climate finance.       | food security;migration;climate finance
            Ministers exchanged views on grain exports and port tariffs.                         | grain exports;port tariffs
            Talks will concentrate on ending plastic pollution.                                  | ending plastic pollution
            Talks focused on trade, COVID-19 vaccines and energy.                                | trade;COVID-19 vaccines;energy
            The talks focused on clinic staffing, and on vaccine supply for remote islands.      | clinic staffing;vaccine supply for remote islands
            The agenda covers port fees, grain storage and fishing quotas.                       | port fees;grain storage;fishing quotas
            The ministers also discussed search and rescue and oil spill response.               | search and rescue;oil spill response
            The two-day meeting will look at port fees and shipping lanes.                      | port fees;shipping lanes
            The ministers deliberated on grain storage and seed prices.                         | grain storage;seed prices
            Issues such as port fees and fishing quotas were discussed.                         | port fees;fishing quotas
            Port fees and fishing quotas will be discussed on Tuesday.                          | Port fees;fishing quotas
            Grain storage was the main topic of the talks.                                      | Grain storage
            The forum seeks ways to protect coastal farmers from salt water.                    | protect coastal farmers from salt water
            Ministers met in Quito on Monday to discuss glacier loss.                           | glacier loss
            The talks focused on adaptation, mitigation and loss and damage.                    | adaptation;mitigation;loss and damage
            Top on the agenda is the outlook for grain and port fees.                           | outlook for grain;port fees
            At the top of the agenda are fishing quotas and ocean noise.                        | fishing quotas;ocean noise
            The forum opened in Quito under the theme of mountain water for all.                | mountain water for all
            The Reef Summit was held in Suva under the theme, “Reefs for Tomorrow,” and closed on Tuesday. | Reefs for Tomorrow
            Leaders met in Suva on Monday, under the theme: Making Reef Capital Work for Islands. | Making Reef Capital Work for Islands
            The meeting included a frank exchange on the reef economy, coastal erosion, and ways to promote tourism. | reef economy;coastal erosion;ways to promote tourism
            The forum closed in Suva after three days of panels and discussions on the region's reef economy. | region's reef economy
            The Reef Forum's leaders addressed issues related to maritime security, the coordination of fishing patrols, and other important issues. | maritime security;coordination of fishing patrols
            Ministers wanted to focus on a range of topics, ranging from the coral crisis to cheaper island fuel, but the Reef Summit was focused on Fiji. | coral crisis;cheaper island fuel
            """)
    void agendaStatedBeforeOrAfterItsCue(String text, String expected) {
        assertThat(themes(text)).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @org.junit.jupiter.api.Test
    void aHeadlineWithAnAgendaHeadsNoListOfThemes() {
        assertThat(themes("Reef summit ends with 12-point agenda\n\nA string of pacts was signed by the bloc.\n\n"
                        + "SUVA, FIJI: Leaders ended the summit on Friday.\n\nFiji's president said the bloc will"
                        + " trade more."))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The forum brought together ministers from 30 nations to address pressing challenges, including drought, soil loss and rural credit. | drought;soil loss;rural credit
            Donors announced grants in areas like school meals, clean water, and seed banks.      | school meals;clean water;seed banks
            The plan sets out support in five priority areas, including demining, irrigation and trauma care. A total of 40 contracts were signed. | demining;irrigation;trauma care
            Working groups at the summit also addressed the issues of grain storage and port safety. | grain storage;port safety
            The theme of the Forum, 'Shared Shores', brought delegates together to address urgent challenges, including coastal erosion, fisheries and tourism. | coastal erosion;fisheries;tourism
            Ten resolutions were adopted, addressing issues including reef patrols, challenges of atoll states, bleaching and illegal fishing. | reef patrols;challenges of atoll states;bleaching;illegal fishing
            At the session, the ministers discussed key threats facing the reef states, including bleaching, overfishing, plastic waste, and coastal erosion, as well as other forms of harm. | bleaching;overfishing;plastic waste;coastal erosion;other forms of harm
            The envoys discussed the risks to river towns, including floods and landslides.       | floods;landslides
            """)
    void examplesAfterAGeneralNounForWhatAGatheringTakesUp(String text, String expected) {
        assertThat(themes(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The leaders vowed to meet global challenges such as the debt crisis together and in partnership. | in partnership
            “We will invest in areas like ports and rural roads,” the minister said at the forum.           | rural roads
            Aid groups from across sectors like health and farming attended the conference.                  | farming
            Despite challenges such as drought and inflation, the summit focused on trade and energy.        | inflation
            Mozambique, which faces challenges such as drought and a debt crisis, did not send a minister.   | send a minister
            """)
    void noExamplesFromAnAdjunct_aQuote_orThoseTakingPart(String text, String notATheme) {
        assertThat(themes(text)).noneMatch(t -> t.contains(notATheme));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef ministers meet in Suva\\n\\nThe Reef Summit opened in Suva. Its main theme was coral restoration.            | coral restoration
            Reef ministers meet in Suva\\n\\nThe Reef Summit opened in Suva. Talks also covered illegal fishing.              | illegal fishing
            Reef ministers meet in Suva\\n\\nThe Reef Summit opened in Suva. Among the issues discussed were overfishing and coral bleaching. | overfishing;coral bleaching
            Reef ministers meet in Suva\\n\\nThe Reef Summit opened in Suva. Ministers examined overfishing and coral bleaching. | overfishing;coral bleaching
            Reef ministers meet in Suva\\n\\nThe Reef Summit opened in Suva. Ministers shared experiences on reef restoration and coral farming. | reef restoration;coral farming
            """)
    void aMainThemeWhatTalksAlsoCoveredAndIssuesDiscussedOrExamined(String text, String expected) {
        assertThat(themes(text)).containsExactly(expected.split(";"));
    }

    @Test
    void aDayTheTalksFallOnIsNoTheme() {
        String text = "Reef ministers meet in Suva\n\nThe Reef Summit opened in Suva on 2 March 2026."
                + " Fiji will host ministers for talks on 9 and 10 March 2026.";

        assertThat(themes(text)).noneMatch(t -> t.contains("March"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Special attention was given to the needs of farmers, herders and fishers.                       | the needs of farmers, herders and fishers
            There was a pronounced emphasis on bolstering pump manufacturing within Peru, primarily through a new fund. | bolstering pump manufacturing within Peru
            Donors pledged more than $300 million to address the flood crisis in Chad, at the Paris Conference on Chad, which closed today. A meeting was held for ministers to discuss unifying initiatives. | address the flood crisis in Chad
            Donors pledged $50 million to fund flood defences, early warning systems and crop insurance.   | fund flood defences, early warning systems and crop insurance
            """)
    void whatAttentionOrEmphasisWentTo_andWhatAPledgeWasFor(String text, String expected) {
        assertThat(themes("The Lima Water Forum opened on Monday. " + text)).containsExactly(expected.split(";"));
    }

    @org.junit.jupiter.api.Test
    void aCueFollowedByWhereOrWhenListsNothing_andAListEndsBeforeWhatWasDoneWithIt() {
        assertThat(themes("The Lima Forum opened on Monday. The declaration asks the secretariat to reflect the"
                        + " development agenda in its programs, projects, and activities."))
                .noneMatch(t -> t.equals("projects") || t.equals("activities"));
        assertThat(themes("The Lima Forum opened on Monday. The forum focused on a reef charter and a fishing code,"
                        + " adopted by all members on Friday."))
                .containsExactly("reef charter", "fishing code");
    }

    @org.junit.jupiter.api.Test
    void aGroupDescribedByTheCueIsNoSubjectThatDiscussesIt() {
        // "focused on" after a noun that is not among those taking part describes that noun
        assertThat(themes("A charity focused on clean water and school meals spoke at the summit."))
                .isEmpty();
    }

    /**
     * A cue about something else comes first (a programme's quoted title before "agenda", another plan further on);
     * the gathering's own themes are the ones found.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Governors backed the bank's “Blue Reef” agenda for fisheries and tourism in Fiji and Tonga."
                        + " At the meeting the agenda focused on themes such as: coral loss, port fees and seed banks.",
                "Reef talks open\n\nMinisters have gathered in Suva for the Reef Summit, which opens today to"
                        + " examine issues facing the Pacific including coral loss, port fees and seed banks.\n\n"
                        + "Fiji's own reef plan focuses on three priorities: 1) roads; 2) schools; and 3) ports."
            })
    void aCueAboutSomethingElseGivesWayToTheGatheringsOwnThemes(String text) {
        assertThat(themes(text)).containsExactly("coral loss", "port fees", "seed banks");
    }

    @org.junit.jupiter.api.Test
    void aCueFollowedByAParticipleAndWhenOrWhereItWasAdopted_listsNothing() {
        assertThat(themes("Reef ministers met in Suva on 26 May 2025 and took stock of the priority areas adopted"
                        + " during the last Reef Summit held in 2019, in Lautoka."))
                .noneMatch(t -> t.contains("Lautoka") || t.contains("adopted"));
    }

    @org.junit.jupiter.api.Test
    void aThemeSaidToBeForTheGatheringIsTheQuotedTitleAfterIt() {
        assertThat(themes("The Reef Summit opened in Suva on Monday. The theme for the Suva talks is: “Deepen Reef"
                        + " Partnership and Build a Shared Future.”"))
                .containsExactly("Deepen Reef Partnership and Build a Shared Future");
    }

    @org.junit.jupiter.api.Test
    void aPurposeInPassingGivesWayToAStatedFocus() {
        List<String> found = themes("The forum meets every year to discuss shared problems, including trade."
                + " Leaders focused on energy, ports and tourism.");
        assertThat(found).isNotEmpty().noneMatch(t -> t.contains("shared problems"));
        assertThat(String.join(" ", found)).contains("energy").contains("tourism");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister stressed the importance of safe routes for seasonal workers, the protection of fishers' rights and the role of port towns. | safe routes for seasonal workers;protection of fishers' rights;role of port towns
            The minister stressed the importance of growth, fostering trade and creating jobs in ports. | growth, fostering trade and creating jobs in ports
            Talks on a pact to end ocean dumping collapsed without agreement on Friday.          | end ocean dumping
            Key priorities for the coming decade include cleaning rivers, mapping aquifers and training engineers. | cleaning rivers;mapping aquifers;training engineers
            The summit aims to review progress on funding needed for adaptation.                | review progress on funding needed for adaptation
            The forum aimed to deepen cooperation on loss and damage and to widen access to climate finance. | deepen cooperation on loss and damage;widen access to climate finance
            """)
    void aListOfNounPhrasesIsOneThemeAnItem_andAPurposeEndsAtTheMainVerb(String text, String expected) {
        assertThat(themes(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On the sidelines of the forum, the minister met her counterparts from Peru and Chile and discussed fishing rights and port fees.
            The two presidents held bilateral talks on tariffs and port fees.
            """)
    void aSideMeetingsTalkIsNoThemeOfTheEvent(String text) {
        assertThat(themes("The Andes Water Forum opened in Lima on Monday. " + text))
                .isEmpty();
    }

    @Test
    void aGroupsMeetingOnTheSidelinesIsTheEvent_soItsTalkIsItsAgenda() {
        assertThat(themes("Foreign Ministers of MIKTA met on the sidelines of the UN General Assembly and discussed"
                        + " fisheries and energy security."))
                .containsExactly("fisheries", "energy security");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials said the details will be discussed in June.
            In a speech on Monday, she addressed delegates from 190 countries.
            """)
    void aClauseBeforeTheCue_aTimeAfterIt_orASpeechIsNoTheme(String text) {
        assertThat(themes(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks focused on illegal, unreported, and unregulated fishing.                                   | illegal, unreported, and unregulated fishing
            Many of Peru's priorities, especially a focus on coral bleaching, ocean heat and fish stocks, met resistance from Japan. | coral bleaching;ocean heat;fish stocks
            Reaffirming the summit's goals of jointly protecting coral reefs, the minister announced that the pact had been signed. | jointly protecting coral reefs
            Leaders launched a plan "to end plastic waste in the ocean" said a joint statement.                 | end plastic waste in the ocean
            """)
    void participlesShareTheirNoun_theSentenceGoingOnEndsAList_aQuotationEndsAPurpose(String text, String expected) {
        assertThat(themes("The Reef Summit met in Lima on 4 May 2023. " + text))
                .containsExactlyElementsOf(List.of(expected.split(";")));
    }

    @Test
    void aPurposeWhoseObjectIsAPronounIsNoTheme() {
        assertThat(
                        themes(
                                "The Reef Summit met in Lima on 4 May 2023. The spill was filmed, despite measures to take it down."))
                .isEmpty();
    }

    @Test
    void aCountedCueNounFollowedByWhoSetItIsNoListAndNotElaboratedBelow() {
        assertThat(themes("The Reef Summit met in Lima on 4 May 2023. Forty states made pledges within the seven"
                        + " priorities presented by the Secretary-General, Ana Ruiz, as part of the plan, the strategy"
                        + " for the next two years.\\n\\nThe summit drew new pledges to close gaps in funding."))
                .noneMatch(t -> t.contains("Ana Ruiz") || t.startsWith("presented") || t.startsWith("The summit drew"));
    }

    @Test
    void aNounBeforeOfAfterAndIsNoSecondPurpose() {
        assertThat(themes(
                        "The Reef Summit met in Lima on 4 May 2023. Forty states announced new pledges to help enhance"
                                + " the performance and impact of reef patrols."))
                .containsExactly("help enhance the performance and impact of reef patrols");
    }

    @Test
    void aParticipleOpeningAnItemModifiesItsNoun_itDoesNotEndTheList() {
        assertThat(
                        themes(
                                "The Reef Summit met in Lima on 4 May 2023. The agenda covered trade, organised crime and water."))
                .containsExactly("trade", "organised crime", "water");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The pledges span the four areas of action: clean rivers (CR); safe dams; fair water prices, for farmers and towns; and flood warning. | clean rivers;safe dams;fair water prices, for farmers and towns;flood warning
            As host, Peru named three focus areas: river tourism; the green shipping corridor; and plastic pollution.                           | river tourism;green shipping corridor;plastic pollution
            The talks focused on three areas: clean water for island schools; repairs to clinics; and training for reef rangers.                | clean water for island schools;repairs to clinics;training for reef rangers
            Chile co-hosted the summit to raise $2 billion in three priority areas including: clean water; clinic repairs; and ranger training. | clean water;clinic repairs;ranger training
            """)
    void aListAfterACueAndAColonThatSemicolonsSeparate(String text, String expected) {
        assertThat(themes("The River Summit met in Lima on 3 May 2024. " + text))
                .containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The bank pledged $300 million to fund projects in coastal towns that help curb flooding as well as improve clean water, school meals and rural roads. | curb flooding;clean water;school meals;rural roads
            Donors pledged $50 million to support programmes that aim to train nurses in remote clinics.                                                        | train nurses in remote clinics
            Donors pledged $50 million to support farmers in Chad as well as restore grazing land.                                                              | support farmers in Chad;restore grazing land
            """)
    void aCarrierNounsRelativeClauseAndAsWellAsGiveThePurposes(String text, String expected) {
        assertThat(themes("The Reef Summit met in Lima on 4 May 2023. " + text)).containsExactly(expected.split(";"));
    }

    @Test
    void anAppositionAfterAPurposesObjectIsNoListOfThemes() {
        assertThat(themes("The Reef Summit met in Lima on 4 May 2023. Donors pledged $50 million to implement the"
                        + " Harbour Compact, the one agreed last year."))
                .noneMatch(t -> t.startsWith("one agreed") || t.equals("Harbour Compact"));
    }

    @Test
    void aListAfterInTheseAreasAndAColonThatSemicolonsSeparate() {
        assertThat(
                        themes(
                                "The Reef Summit met in Lima on 4 May 2023. The ministers deliberated on many subjects in these"
                                        + " areas: Fisheries, Ports and the Rule of Law; Health; Youth; and Technology and Innovation."))
                .containsExactly(
                        "Fisheries, Ports and the Rule of Law", "Health", "Youth", "Technology and Innovation");
    }

    @Test
    void aTitleTheEventWasThemedIsAThemeBesideTheOthers() {
        assertThat(themes("The Reef Summit met in Lima on 4 May 2023. The summit, themed “Tides of Change, Shared"
                        + " Shores”, was the first in Peru. The talks focused on fisheries, ports and coral."))
                .containsExactly("fisheries", "ports", "coral", "Tides of Change, Shared Shores");
    }

    @Test
    void aThemesTitleThatLostItsClosingMarkLeavesNoLoneQuotationMark() {
        assertThat(themes("The Reef Forum met in Lima on 4 May 2023. The forum was organised under the theme of"
                        + " “Every Tide Counts, Act for Reefs Today."))
                .containsExactly("Every Tide Counts", "Act for Reefs Today");
    }

    @Test
    void aQuotedTitleAfterSeeIsAReferenceNotAPillar() {
        assertThat(themes("The Reef Forum met in Lima on 4 May 2023. The forum has three pillars. Reef cities made"
                        + " progress, with new research (see ‘Notes To Editors’ for a link) showing gains."))
                .doesNotContain("Notes To Editors");
    }

    @Test
    void aPurposeEndsBeforeTheMainClausesPassiveVerb() {
        assertThat(themes("The Reef Summit met in Lima on 4 May 2023. After two years of talks, an agreement aimed at"
                        + " protecting coral reefs was adopted."))
                .containsExactly("protecting coral reefs");
    }

    @Test
    void aTitleTheEventWasThemedStaysWholeWhenItsClosingMarkIsLost() {
        assertThat(themes("The Reef Summit met in Lima on 4 May 2023. The summit was themed “Tides of Change, Shared"
                        + " Shores."))
                .containsExactly("Tides of Change, Shared Shores");
    }

    @Test
    void aListItemsLabelIsTheTheme_whenASentenceOfItsOwnFollowsTheColon() {
        String text = "Reef leaders meet\n\nThe Reef Summit was held in Suva on 4 May 2023. Its agenda covered"
                + " the region's security, with major outcomes including:\n\n"
                + "- Suva Coral Declaration: Leaders pledged to halve reef damage by 2035.\n\n"
                + "- Fishing history & Reef Treaty: Leaders looked back on ten years of shared patrols.\n\n"
                + "- Fisheries: Leaders discussed the sharing of catch data.";
        assertThat(themes(text.replace("\\n", "\n"))).containsExactly("Fishing history & Reef Treaty", "Fisheries");
        String phrases = "Reef leaders meet\n\nThe Reef Summit was held in Suva on 4 May 2023. The agenda covered:\n\n"
                + "- Safety: managing the risks of the largest trawlers\n\n"
                + "- Inclusion: sharing the catch across island communities";
        assertThat(themes(phrases.replace("\\n", "\n")))
                .containsExactly(
                        "Safety: managing the risks of the largest trawlers",
                        "Inclusion: sharing the catch across island communities");
    }

    @Test
    void aListRunIntoOneSentenceWithLetteredMarkersGivesOneThemePerItem() {
        assertThat(
                        themes(
                                "Ministers met at the Reef Forum in Suva. The chair named three priority areas for the talks:"
                                        + " (a) funding for reef repair and (b) fair fishing quotas for small islands (c) data on coral health."))
                .containsExactly(
                        "funding for reef repair", "fair fishing quotas for small islands", "data on coral health");
        assertThat(ThemeListRule.inlineItems("Kenya (Nairobi) and Peru (Lima) signed."))
                .isEmpty();
    }

    @Test
    void aLoneAdjectiveBeforeTheLastItemSharesItsNoun() {
        assertThat(themes("The Reef Summit met in Suva on Monday. The leaders discussed stronger transport links,"
                        + " sustainable fisheries, as well as legal and technical cooperation."))
                .containsExactly(
                        "stronger transport links", "sustainable fisheries", "legal and technical cooperation");
    }

    @Test
    void aThemeNamedAfterItsOwnerAndVerb_gerundsAfterFocusingOnInASemicolonList_andWhatLeadersMetToDiscuss() {
        assertThat(themes("The Reef Summit met in Suva on Monday. The theme of the Suva summit was 'caring for a"
                        + " shared ocean'."))
                .containsExactly("caring for a shared ocean");
        assertThat(themes("The Reef Summit met in Suva on Monday. Ministers approved a declaration focusing on"
                        + " opening markets; building resilience; and protecting reefs."))
                .containsExactly("opening markets", "building resilience", "protecting reefs");
        assertThat(themes("The Reef Summit met in Suva on Monday. Ministers came to Suva to discuss the dire state of"
                        + " reefs."))
                .containsExactly("dire state of reefs");
    }

    @Test
    void whatTheEventBroughtPeopleTogetherToDoIsItsThemes() {
        assertThat(themes("Reef Conference ends\n\nThe Reef Agency hosted the Reef Conference in Suva in May. The event"
                        + " brought together envoys from 40 island nations to tackle ocean health, food security and"
                        + " coastal management."))
                .containsExactly("ocean health", "food security", "coastal management");
    }

    @Test
    void whatAGatheringBroughtPeopleTogetherToDoIsItsThemes() {
        assertThat(themes("Reef Conference ends in Suva\n\nThe Reef Conference in Suva brought together ministers from"
                        + " 40 island nations to tackle ocean health, food security and coastal management."))
                .containsExactly("ocean health", "food security", "coastal management");
    }

    private static List<String> tidied(List<String> labels) {
        Findings findings = new Findings();
        labels.forEach(label -> findings.themes.add(new Theme(label, List.of())));
        ThemeTidy.fromClasspath().apply(new AnnotatedDocument("", List.of(), List.of(), null), findings);
        return findings.themes.stream().map(Theme::text).toList();
    }

    @Test
    void whereOrWhenATopicWasTalkedAboutIsNoPartOfIt_andALabelNamingNoTopicIsDropped() {
        assertThat(themes("Reef talks end\n\nThe Reef Summit in Suva ended on Friday. Ministers talked about reef"
                        + " science and agreed steps to link the islands' harbours and towns on"
                        + " the Reef Summit today."))
                .noneMatch(t -> t.contains("Summit") || t.endsWith("today"));
        assertThat(tidied(List.of("tourism during this session", "was", "2063", "forum", "trade")))
                .containsExactly("tourism", "trade");
    }

    @Test
    void aPurposeThatRunsOnIntoItsSentencesMainVerb_endsBeforeIt() {
        assertThat(tidied(List.of(
                        "help reef towns in small island states have welcomed the offer",
                        "Regional cooperation was stressed as the way to protect reefs",
                        "climate finance for states that have signed the pact",
                        "fund projects that were delayed",
                        "fair was set up to boost trade",
                        "event")))
                .containsExactly(
                        "help reef towns in small island states",
                        "Regional cooperation",
                        "climate finance for states that have signed the pact",
                        "fund projects that were delayed",
                        "fair was set up to boost trade");
    }

    @Test
    void theNumberedPartsOfAProgrammeNameItsThemes() {
        assertThat(themes("Reef summit closes\n\nThe Reef Summit ended in Suva on Friday.\n\nThe talks were split"
                        + " into:\n\nSession 1: Restoring Damaged Reefs\n\nLeaders' Dialogue 2: Financing Coastal"
                        + " Protection\n\nPanel III - Science and Monitoring of Reefs"))
                .contains("Restoring Damaged Reefs", "Financing Coastal Protection", "Science and Monitoring of Reefs");
        assertThat(themes("Reef summit closes\n\nThe Reef Summit ended in Suva on Friday.\n\nPanel 3: Fiji's"
                        + " envoy and Chile's minister at the closing session"))
                .noneMatch(t -> t.contains("envoy"));
    }

    @Test
    void roundTablesOnLetteredItems_andDiscussionsFocusedOnIssuesRelatedToThem() {
        assertThat(themes("Reef forum in Suva\n\nMinisters met at the Reef Forum in Suva on Monday. After the opening,"
                        + " two round tables were held on a) reef restoration, b) coastal finance, and c) ocean"
                        + " science."))
                .containsExactly("reef restoration", "coastal finance", "ocean science");
        assertThat(themes("Reef forum in Suva\n\nMinisters met at the Reef Forum in Suva on Monday.\n\nThe forum"
                        + " focused their discussions on main issues related to marine safety, illegal fishing and reef"
                        + " tourism."))
                .containsExactly("marine safety", "illegal fishing", "reef tourism");
        assertThat(themes("Reef forum in Suva\n\nMinisters met at the Reef Forum in Suva on Monday. Plan a) failed,"
                        + " said Fiji."))
                .isEmpty();
    }

    @Test
    void aLabelThatIsOnlyAnActorOrAPlace_ItsListsSource_orACountOfTopics_namesNoTopic() {
        assertThat(themes("Reef talks end\n\nThe Reef Summit ended in Suva on Friday.\n\nThe summit focused on reef"
                        + " finance, coastal law and Samoa."))
                .containsExactly("reef finance", "coastal law");
        assertThat(tidied(List.of(
                        "nine main points",
                        "three key areas",
                        "reef finance",
                        "the Reef Press Agency reported",
                        "what ministers said about reefs")))
                .containsExactly("reef finance", "what ministers said about reefs");
    }

    @Test
    void aTitleWithoutQuotesAfterThemed_addsToTheTopicsOfItsSentence() {
        assertThat(themes("Reef forum ends\n\nOn 3-4 March, Fiji hosted the Reef Forum (RF), themed Building Resilience"
                        + " through Science: Towards Healthy Reefs, bringing together experts to discuss reef finance"
                        + " and coastal law."))
                .contains("Building Resilience through Science", "reef finance", "coastal law");
        assertThat(themes("Reef forum ends\n\nOn 3-4 March, Fiji hosted the Reef Forum, themed around reef health,"
                        + " bringing together experts to discuss reef finance and coastal law."))
                .noneMatch(t -> t.startsWith("around"));
    }

    @Test
    void everyPurposeOfASentencesGatherings_isATheme() {
        assertThat(themes("Reef leaders meet\n\nLeaders agreed to launch a reef dialogue to protect fish stocks at the"
                        + " Reef Meeting convened in Suva to redefine ties between the islands and the coast."))
                .contains("protect fish stocks")
                .anyMatch(t -> t.startsWith("redefine ties between the islands"));
    }

    @Test
    void aDashBeforeAListsFirstItemIsNoPartOfIt() {
        assertThat(themes("Reef Summit ends\n\nThe Reef Summit discussed three priorities – patrols, coral science"
                        + " and ocean finance."))
                .contains("patrols")
                .noneMatch(label -> label.startsWith("–"));
    }

    @Test
    void inTheLead_whatASumGivenIsForIsATheme() {
        assertThat(themes("Donors pledge $900 million for Tonga\n\nSUVA (Reuters) - Donors promised $900 million on"
                        + " Friday for cyclone-hit Tonga's rebuilding, far above the goal."))
                .containsExactly("cyclone-hit Tonga's rebuilding");
        // deep in the story, a sum's purpose is a detail of that pledge, not what the gathering was about
        assertThat(themes("Reef Summit ends\n\nLeaders met at the Reef Summit in Suva.\n\nThey talked.\n\nThey ate."
                        + "\n\nLater, Chile pledged $5 million for reef patrols."))
                .doesNotContain("reef patrols");
    }

    @Test
    void whoSaidIt_howLongItTook_andWhoMadeOrReceivedItAreNoTopics() {
        assertThat(tidied(List.of(
                        "protect the reefs from trawling, he said. The plan",
                        "end coral mining after four years of talks",
                        "to the delegates at the Reef Conference",
                        "hammered out by negotiators over two years",
                        "drawn up by the island states",
                        "reef science")))
                .containsExactly("protect the reefs from trawling", "end coral mining", "reef science");
    }
}
