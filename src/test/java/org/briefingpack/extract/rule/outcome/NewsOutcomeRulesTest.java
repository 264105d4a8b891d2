package org.briefingpack.extract.rule.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingpack.extract.rule.Structures;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outcomes as news reporting writes them; every sentence here was written for this test. */
class NewsOutcomeRulesTest {

    /** A headline and a sentence that name the gathering and its town, for rows that need them before. */
    private static final String REEF_LEAD = "Reef leaders meet\n\nThe Reef Summit closed in Suva on Monday. ";

    private static List<Outcome> outcomes(String text) {
        return Structures.pipeline(text.replace("\\n", "\n")).outcomes();
    }

    private static List<String> names(String text) {
        return outcomes(text).stream().map(Outcome::name).toList();
    }

    /** Exactly {@code name} found, or nothing where the row's name is empty. */
    private static void assertNameOrNone(List<String> found, String name) {
        if (name.isEmpty()) {
            assertThat(found).isEmpty();
        } else {
            assertThat(found).containsExactly(name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The official communiqué of the Andes summit shows a shared resolve on water.       | Official communiqué of the Andes summit
            The forum's final statement warned against new tariffs.                           | Forum's final statement
            The new Baltic Wind Partnership seeks to install 20 gigawatts by 2035.            | Baltic Wind Partnership
            Lima Ocean Declaration set out targets for coastal protection.                     | Lima Ocean Declaration
            The communique of the 12th Andes Leaders Forum is available online.                | Communique of the 12th Andes Leaders Forum
            """)
    void anOutcomeThatIsTheSubjectOfItsClause(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    @Test
    void theItemsOfAListAnActorAnnounces_areOutcomesNamedByTheirPhrase() {
        List<Outcome> found = outcomes(REEF_LEAD
                + "On the last day the Fijian Government announced new steps under the Reef Framework,"
                + " among them:\n\n"
                + "- a rise in Fijian firms (12) that publish reef plans each year\n"
                + "- a new register of coral nurseries across the Lau islands\n"
                + "- Fiji will host the next meeting\n");
        assertThat(found)
                .extracting(Outcome::name)
                .contains(
                        "Rise in Fijian firms (12) that publish reef plans each year",
                        "New register of coral nurseries across the Lau islands")
                .noneMatch(n -> n.contains("host"));
        assertThat(found)
                .filteredOn(o -> o.name().startsWith("Rise"))
                .extracting(Outcome::type)
                .containsExactly(OutcomeType.OTHER);
        // the same items under a lead-in that announces nothing are left to the finders
        assertThat(names(REEF_LEAD + "Speakers discussed the commitments, including:\n\n"
                        + "- a rise in Fijian firms that publish reef plans\n"
                        + "- a new register of coral nurseries\n"))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Agreement was reached on a common monitoring framework.                           | Common monitoring framework
            The ministers reached agreement on a regional action plan after two days.          | Regional action plan
            Consensus was reached on the Clean Ports Charter.                                  | Clean Ports Charter
            """)
    void anOutcomeThatAnAgreementWasReachedOn(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Delta Summit closed on Friday. The talks concluded with a joint communique.            | Delta Summit joint communique
            The Delta Summit closed on Friday. Leaders adopted a joint statement reaffirming open trade. | Delta Summit joint statement
            The Delta Summit closed on Friday. A final declaration was issued at the end.               | Delta Summit final declaration
            27 May 2031: The Delta Summit in Dhaka adopted a Declaration, which covers river pollution. | Delta Summit declaration
            The Delta Summit closed on Friday, with delegates adopting a "Delta Pledge" on river clean-up. | Delta Pledge
            The Delta Summit closed on Friday. We welcome today's launching of the Delta Support Platform (DSP). | Delta Support Platform
            The Delta Summit closed on Friday. In a joint communique issued on Friday, ministers urged calm.   | Delta Summit joint communique
            The Delta Summit closed on Friday. "We stand together," the joint statement said.              | Delta Summit joint statement
            The Delta Summit closed on Friday. "Trade must stay open," a declaration issued at the close of the talks said. | Delta Summit declaration
            The Delta Summit closed on Friday. Leaders adopted the Lima Reef Declaration. "We stand together," the declaration said. | Lima Reef Declaration
            The Delta Summit closed on Friday. The declaration of independence said nothing of rivers.      | ''
            The Delta Summit closed on Friday. A report on river pollution was released on Sunday.      | Report on river pollution
            The Delta Summit closed on Friday. Donors committed $50 million to a trust fund managed by the bank. | Trust fund
            Chile and Peru signed four agreements on fisheries during the visit.                       | Agreements on fisheries
            The two countries signed 12 memorandums of understanding on ports and energy.               | Memorandums of understanding on ports and energy
            The Delta Summit closed on Friday. Its chairs released a playbook on faster debt talks. | Playbook on faster debt talks
            The Delta Summit closed on Friday. The ministers unveiled a toolkit for river towns.          | Toolkit for river towns
            """)
    void theGatheringsOwnDocument_reportsAndAgreementsInThePlural(String text, String name) {
        if (name.isEmpty()) {
            assertThat(names(text)).isEmpty();
        } else {
            assertThat(names(text)).containsExactly(name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The minister issued a statement on Friday.
            The leaders welcomed the agreements reached in Dhaka.
            Ghanaian President Kofi Mensah signed the charter on behalf of his country.
            """)
    void aStatementOfOnesOwnOrOneReferredBack_isNoNewOutcome(String text) {
        assertThat(names(text)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void aSumGivenThenAnotherGiversSum_endsThePurposeBeforeTheOtherGiver() {
        List<Outcome> found = outcomes("Japan contributed $200 million to the reef fund and Canada $150 million.");
        assertThat(found).extracting(Outcome::name).containsExactly("Japan pledge to the reef fund", "Canada pledge");
        assertThat(found.get(0).actors()).extracting(a -> a.code()).containsExactly("JP");
    }

    @org.junit.jupiter.api.Test
    void aNameWithAnAndInside_isNotCutBeforeTheNextSum() {
        assertThat(names("Japan gave $10 million to the Loss and Damage Fund while Canada gave $5 million."))
                .containsExactly("Loss and Damage Fund", "Canada pledge");
    }

    @org.junit.jupiter.api.Test
    void anOutcomeEndorsedByASummitChairedByCountries_isNotTheChairs() {
        List<Outcome> found = outcomes("The summit, chaired by Norway and Chile, also endorsed a plan on port fees.");
        assertThat(found).extracting(Outcome::name).containsExactly("Plan on port fees");
        assertThat(found.get(0).actors()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Board oversees several funds.
            The Paris Agreement requires regular reviews.
            The fund's board met on Tuesday.
            The agreement was welcomed by most delegations.
            The premier unveiled a long-awaited plan on Monday.
            Ministers hailed a landmark deal.
            The vote on the 40 passed.
            """)
    void noOutcomeFromASubjectThatNamesNothingNew(String text) {
        assertThat(names(text)).isEmpty();
    }

    @Test
    void aNameExplainedByAKeywordInApposition() {
        List<Outcome> found =
                outcomes("Ministers also backed the Blue Harbour Commons, a platform for sharing port data.");
        assertThat(found).extracting(Outcome::name).contains("Blue Harbour Commons");
        assertThat(found)
                .filteredOn(o -> o.name().equals("Blue Harbour Commons"))
                .singleElement()
                .extracting(Outcome::type)
                .isEqualTo(OutcomeType.INITIATIVE);
    }

    @Test
    void namedExamplesWhereTheSentenceSpeaksOfProposals() {
        assertThat(names("The secretariat has received 40 proposals, including several from Chile, such as the Kelp "
                        + "Restoration Fund, which pays fishers, and the Coastal Data Hub, which shares maps."))
                .contains("Kelp Restoration Fund", "Coastal Data Hub");
    }

    @Test
    void oneOutcomePerPromisedAction() {
        assertThat(names("Ministers promised to protect mangrove forests, cut plastic waste and help Fiji build sea "
                        + "walls at the meeting on Friday."))
                .contains(
                        "Promise to protect mangrove forests",
                        "Promise to cut plastic waste",
                        "Promise to help Fiji build sea walls at the meeting on Friday");
    }

    @Test
    void aCommitmentByCountriesToAnAction() {
        List<Outcome> found =
                outcomes("Canada welcomed the commitment by more than 60 countries to end bottom trawling.");
        assertThat(found).extracting(Outcome::name).contains("Commitment to end bottom trawling");
        assertThat(found)
                .filteredOn(o -> o.name().startsWith("Commitment"))
                .singleElement()
                .satisfies(o -> assertThat(o.count().value()).isEqualByComparingTo("60"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            More than $2 billion in public and private funds have been pledged toward the plan.   | 2000000000
            Acme's €300 million investment will double the plant's output.                       | 300000000
            """)
    void moneyPledgedByANounOrAPassive(String text, long value) {
        assertThat(outcomes(text))
                .anySatisfy(o -> assertThat(o.amount().value()).isEqualByComparingTo(String.valueOf(value)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan pledged $3 billion, down from $4 billion at the last round.
            The fund raised $7 billion, short of its $10 billion target.
            """)
    void moneyForComparisonIsNoPledge(String text) {
        assertThat(outcomes(text))
                .noneSatisfy(o -> assertThat(o.amount().value())
                        .isIn(new java.math.BigDecimal("4000000000"), new java.math.BigDecimal("10000000000")));
    }

    @Test
    void aSecondConversionInTheBracketAndATargetAreNoPledgesOfTheirOwn() {
        assertThat(outcomes(
                        REEF_LEAD + "Norway offered at least 8 million pounds ($10.2 million, 9.4 million euros) for"
                                + " reef repair over three years. Donors went past the Reef Fund’s target of $2 billion set for"
                                + " 2025-2027."))
                .extracting(o -> o.amount().value().doubleValue())
                .containsExactly(8_000_000.0);
    }

    @Test
    void sharesOfASumToldBeforeAreNoPledgesOfTheirOwn() {
        assertThat(names(REEF_LEAD + "Donors pledged $90m for the reefs. UNICEF said Friday's pledges will go to "
                        + "these UNICEF appeals: Program budget: $5m, Emergency Appeal for Fiji: $2m."))
                .containsExactly("Funding pledge for the reefs");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the theme “From Pledge to Action”, the summit brought ministers together.             | ''
            It adopted the Suva Charter, which builds on the Coral Declaration adopted at the Ocean Summit of 2019. | Suva Charter
            It adopted the Suva Charter. The commitments of the Suva Charter aim to halve reef loss.   | Suva Charter
            In a Joint Communique, adopted at the Summit on Monday, leaders backed the reef fund.     | Reef Summit joint communique
            """)
    void aMotto_anotherGatheringsText_andAVerbAfterTheName_areNoOutcomeNames(String text, String name) {
        assertNameOrNone(names(REEF_LEAD + text), name);
    }

    @Test
    void theCreationOfJobsIsACountNotAnOutcome() {
        assertThat(names("The plant will lead to the creation of 300 new jobs."))
                .isEmpty();
    }

    @Test
    void oneOutcomeHoweverOftenItIsNamed() {
        List<Outcome> found = outcomes("Leaders launched the Global Alliance for Clean Cooking in Accra.\n\n"
                + "The Alliance has 40 founding members. Later the Accra alliance was praised again.");
        assertThat(found).extracting(Outcome::name).containsExactly("Global Alliance for Clean Cooking");
        assertThat(found.get(0).evidence()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void aShortNameOfTheSameKindIsTheSameOutcome() {
        List<Outcome> found = outcomes("Delegates adopted the Lima-Quito Regional Water Framework on Friday. "
                + "The Lima-Quito deal will also mobilise $4 billion by 2030.");
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Lima-Quito Regional Water Framework");
            assertThat(o.amount().value()).isEqualByComparingTo("4000000000");
        });
    }

    @Test
    void singleQuotedNamesAreNames() {
        assertThat(names("It takes note of a ‘Charter for Open River Data’, described as voluntary."))
                .contains("Charter for Open River Data");
    }

    @Test
    void theObjectOfAnAdoptionThatNamesItsAgentFirst() {
        assertThat(names("The minister praised the adoption by the plenary (held from 2 to 4 June) of the Quito "
                        + "Water Commitment."))
                .contains("Quito Water Commitment");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The growth, according to their joint statement, will create jobs in both regions.       | Joint statement
            Ministers rallied behind a political declaration on river transport led by Laos.         | Political declaration on river transport
            """)
    void aSpecificAgreementMentionedForTheFirstTime(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sweden's commitment of more than €90 million was announced on Monday.            | 90000000
            The Andes fund secured 2.5 billion dollars in pledges at its first conference.   | 2500000000
            - Peru's Water Office: $4.1 million over three years for river gauges.            | 4100000
            With $9 million committed by foundations, the network will map coral reefs.      | 9000000
            """)
    void moneyPledgedAsANounBeforeOrAfterItOrUnderADonorLabel(String text, long value) {
        assertThat(outcomes(text))
                .anySatisfy(o -> assertThat(o.amount().value()).isEqualByComparingTo(String.valueOf(value)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Italy pledged 2 billion euros ($2.2 billion) to the plan.                               | 2200000000
            Experts said the transition would need investment of around $3 trillion a year.         | 3000000000000
            """)
    void aConversionOrANeedIsNoPledgeOfItsOwn(String text, long value) {
        assertThat(outcomes(text))
                .noneSatisfy(o -> assertThat(o.amount().value()).isEqualByComparingTo(String.valueOf(value)));
    }

    @Test
    void aBulletThatHeadsASectionIsNoOutcome() {
        assertThat(names("Here are the outcomes that were announced:\n\n- Mission Goals and Priority Areas\n\n"
                        + "The network adopted a joint charter on data sharing."))
                .doesNotContain("Mission Goals and Priority Areas");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The forum showcased some of the Coalitions that emerged, including the Coalition on Clean Rivers for Towns, which the bank backs. | Coalition on Clean Rivers for Towns
            The bank helped build two other Coalitions presented at the forum: the Rivers Are Life Coalition and the Wetland Schools Coalition. | Rivers Are Life Coalition,Wetland Schools Coalition
            """)
    void namedOutcomesListedAfterTheirPluralKeyword(String text, String expected) {
        assertThat(names(text)).containsAll(List.of(expected.split(",")));
    }

    @Test
    void measuresAnActorWillTakeAreOutcomesNamedByTheirObject() {
        List<Outcome> found =
                outcomes("Norway will establish 12 training centres in coastal provinces and provide 4,000"
                        + " study places over the next decade. Starting in May, Chile will double the current number of"
                        + " ocean-science scholarships.");
        assertThat(found)
                .extracting(Outcome::name, Outcome::type)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "12 training centres in coastal provinces", OutcomeType.INSTITUTION),
                        org.assertj.core.groups.Tuple.tuple("4,000 study places", OutcomeType.INITIATIVE),
                        org.assertj.core.groups.Tuple.tuple(
                                "Doubling of current number of ocean-science scholarships", OutcomeType.INITIATIVE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit will launch a new debate on shipping.
            Peru will not build the dam.
            Canada will provide $2 million in grants.
            """)
    void noMeasureWithoutANamedActorOrWithASumOfMoney(String text) {
        assertThat(outcomes(text)).noneMatch(o -> o.type() != OutcomeType.FUNDING);
    }

    @Test
    void goodsAnActorIsProvidingAndATargetItCommittedTo() {
        assertThat(outcomes("In addition, the EU is providing 2,000 more water pumps, and hundreds of tents are on"
                        + " their way. Kenya committed to a 30% increase in the area of protected mangroves."))
                .extracting(Outcome::name, Outcome::type)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("2,000 more water pumps", OutcomeType.INITIATIVE),
                        org.assertj.core.groups.Tuple.tuple(
                                "Commitment to a 30% increase in the area of protected mangroves", OutcomeType.OTHER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Twenty countries signed up to the Clean Shipping Corridor initiative.  | Clean Shipping Corridor      | INITIATIVE
            The conference established a working group on critical minerals.       | Working group on critical minerals | INSTITUTION
            The summit closed with the adoption of the Lima Action Plan.           | Lima Action Plan             | AGREEMENT
            The summit launched the Reef Development Bank, with $10 billion of capital. | Reef Development Bank | INSTITUTION
            The leaders set up the Reef Reserve Arrangement for islands short of cash. | Reef Reserve Arrangement | INITIATIVE
            """)
    void outcomesNamedAsReportsNameThem(String text, String name, OutcomeType type) {
        assertThat(outcomes(text))
                .extracting(Outcome::name, Outcome::type)
                .contains(org.assertj.core.groups.Tuple.tuple(name, type));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Finance ministers agreed on Friday to a framework for restructuring the debts of poor countries. | Framework for restructuring the debts of poor countries
            Thirty countries signed a declaration on Tuesday committing to end coal power by 2040.          | Declaration committing to end coal power by 2040
            Delegates adopted in Accra a roadmap to double irrigated land.                                  | Roadmap to double irrigated land
            """)
    void whenOrWhereItWasMadeIsNoPartOfAnOutcomeName(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Host Peru won backing for a regional alliance against wildfires, which 14 countries have joined. | Regional alliance against wildfires | 14
            The Coral Reef Compact, which 30 nations have signed, sets limits on dredging.                    | Coral Reef Compact                 | 30
            """)
    void anOutcomeCountedByTheRelativeClauseAfterIt(String text, String name, int members) {
        assertThat(outcomes(text))
                .filteredOn(o -> o.name().equals(name))
                .singleElement()
                .satisfies(o -> assertThat(o.count().value().intValue()).isEqualTo(members));
    }

    @org.junit.jupiter.api.Test
    void aRelativeClauseWithoutJoiningCountsNothing() {
        assertThat(names("The old harbour, which 300 ships visited last year, was closed."))
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theAdoptionOfADeclarationIsThatDeclaration() {
        assertThat(names("The summit ended with the adoption of a declaration calling for a ceasefire."))
                .containsExactly("Declaration calling for a ceasefire");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers issued a joint communique and a declaration on port fees.      | Lima Ocean Summit joint communique;Declaration on port fees
            The summit launched a fund for coral reefs and a programme to train rangers. | Fund for coral reefs;Programme to train rangers
            The summit launched the Reef Fund and the Ranger Academy.                   | Reef Fund;Ranger Academy
            """)
    void eachCoordinatedObjectOfATriggerIsAnOutcome(String text, String expected) {
        assertThat(names("The Lima Ocean Summit opened on Monday. " + text))
                .containsExactlyInAnyOrder(expected.split(";"));
    }

    @org.junit.jupiter.api.Test
    void whatMinistersAgreedToSetUpIsNamedByItsObject() {
        assertThat(names(
                        "The Lima Ocean Summit opened on Monday. Ministers agreed to set up a fund for coastal towns."))
                .containsExactly("Fund for coastal towns");
    }

    @org.junit.jupiter.api.Test
    void itemsUnderALeadInThatSpeaksOfProgrammes() {
        assertThat(names("The Lima Ocean Summit opened on Monday. The programmes are:\n\n"
                        + "- a $20 million Tidal Homes Fund to rebuild houses;\n"
                        + "- the Reef Ranger Programme, training 300 rangers."))
                .contains("Tidal Homes Fund", "Reef Ranger Programme");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The headline outcome was the Lagos Clean Air Compact, under which 12 cities will ban diesel buses. | Lagos Clean Air Compact
            The members adopted a joint statement on cooperation in marine research and agreed to meet again. | Joint statement on cooperation in marine research
            """)
    void anOutcomeNamedAsTheOutcomeOrWithItsTopic(String text, String name) {
        assertThat(names("The Lima Ocean Summit opened on Monday. " + text)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministers struck a deal, dubbed the Volta Accord, that sets limits on mercury. | Volta Accord
            The deal, dubbed the Volta Accord, sets limits on mercury.                  | Volta Accord
            Norway launched what it called the Blue Skills Initiative.                  | Blue Skills Initiative
            """)
    void anOutcomeNamedAfterItsKeywordOrItsVerb(String text, String name) {
        assertThat(names("The Lima Ocean Summit opened on Monday. " + text)).containsExactly(name);
    }

    @Test
    void whatSomeoneDescribesIsNoOutcome() {
        assertThat(
                        names(
                                "The Lima Ocean Summit opened on Monday. Peru described what it called the Volta Consensus as weak."))
                .isEmpty();
    }

    @Test
    void aPromiseRestatedWithItsOwnerIsNoNewOutcome() {
        assertThat(
                        names(
                                "The Lima Ocean Summit opened on Monday. Chile reaffirmed its commitment to end bottom trawling."))
                .isEmpty();
    }

    @Test
    void aPromiseEndsBeforeTheNextActOfItsSubject() {
        assertThat(
                        names(
                                "The Lima Ocean Summit opened on Monday. Leaders pledged to end bottom trawling and agreed new quotas."))
                .contains("Pledge to end bottom trawling");
    }

    @Test
    void anAccessionApprovedIsAnOutcome() {
        assertThat(names("The Lima Ocean Summit opened on Monday. Members approved the accession of Bhutan and Nauru."))
                .containsExactly("Accession of Bhutan and Nauru");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            These commitments were made in the context of both the Accra Declaration for Clean Water launched today, and a wider plan. | Accra Declaration for Clean Water
            The Accra Declaration on Clean Water, adopted today, sets out ten goals.                                                | Accra Declaration on Clean Water
            Pledges were made under the Coastal Compact launched at the summit.                                                    | Coastal Compact
            The pledges follow the conference's outcome document, nicknamed the Accra Pathway, which was endorsed today.            | Accra Pathway
            The assembly adopted by acclamation a "Declaration on the Question of the Glaciers," on a proposal by Bolivia.        | Declaration on the Question of the Glaciers
            """)
    void aNamedOutcomeAParticipleDescribesWithoutAnAuxiliary_orANicknameGives(String text, String name) {
        assertThat(names("The Accra Water Summit opened on Monday. " + text)).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Leaders endorsed the development of a 2050 Strategy for the Andes Region, with a draft due next year. | 2050 Strategy for the Andes Region
            Leaders endorsed the creation of a Glacier Fund.                                                       | Glacier Fund
            """)
    void whatTheActOfBringingAboutBringsAboutIsTheOutcome_once(String text, String name) {
        assertThat(names("The Andes Forum opened in Lima on Monday. " + text)).containsExactly(name);
    }

    @Test
    void givenCountedAsTheSubjectOfASum_andAPurposeThatStopsBeforeAnotherSum() {
        var outcomes = org.briefingpack.extract.rule.Structures.pipeline("The Accra Water Summit opened on Monday."
                        + " At the summit, 14 donors pledged $458 million for relief in 2027 and an additional $214"
                        + " million was announced for 2028.")
                .outcomes();
        assertThat(outcomes.get(0).name()).isEqualTo("Funding pledge for relief in 2027");
        assertThat(outcomes.get(0).count().value().intValue()).isEqualTo(14);
        assertThat(outcomes.get(0).count().unit()).isEqualTo("donors");
        assertThat(outcomes.get(1).count()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Delegates recalled the Paris Agreement, adopted by 196 parties in December 2015.
            The Green Climate Fund approved on Monday a new window for glaciers.
            """)
    void aParticipleThatTellsOfAnOlderTextOrAnActiveVerbNamesNoOutcome(String text) {
        assertThat(names("The Accra Water Summit opened on Monday. " + text))
                .doesNotContain("Paris Agreement", "Green Climate Fund");
    }

    @Test
    void thoseWhoReceiveASumAreNoGivers() {
        var outcomes = org.briefingpack.extract.rule.Structures.pipeline(
                        "The Accra Water Summit opened on Monday. Twelve countries received $40 million in emergency aid.")
                .outcomes();
        assertThat(outcomes).allMatch(o -> o.count() == null);
    }

    @Test
    void aNamedBodySetUpLongAgoIsNoOutcome() {
        assertThat(
                        names(
                                "The Accra Water Summit opened on Monday. The Water Fund, established in 2010, hosts the secretariat."))
                .doesNotContain("Water Fund");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit ended without a joint statement.
            There was no final declaration.
            Envoys said any peace deal to end the dispute must respect the border.
            The conference sought support for the coast guard as part of a potential deal to end the dispute.
            Talks on an eventual trade agreement will resume in May.
            """)
    void anOutcomeTheSentenceSaysWasNotMadeIsNone(String text) {
        assertThat(names("The Lima Ocean Summit opened on Monday. " + text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Leaders launched a new Global Alliance against Hunger and Poverty.                 | Global Alliance against Hunger and Poverty
            Leaders approved the creation of a loss and damage fund.                           | Loss and damage fund
            Ministers backed the establishment of a Coastal Resilience Facility.               | Coastal Resilience Facility
            The assembly passed the Reef Compact on Monday.                                    | Reef Compact
            """)
    void namesThatGoOnAfterAgainst_andTheActOfCreatingIsNoPartOfAName(String text, String name) {
        assertThat(names(text)).containsExactly(name);
    }

    @Test
    void aTreatyTheGatheringIsNamedAfter_isNoOutcomeOfIt() {
        assertThat(
                        names(
                                "The first Meeting of States Parties to the Reef Treaty was held in Suva from 3 to 5 May 2022."))
                .isEmpty();
    }

    @Test
    void twoSumsUnderOneGenericName_areTwoPledges() {
        List<Outcome> funding = outcomes(
                        "The health summit mobilised more than $2 billion from partners, with companies and "
                                + "foundations together pledging over $50 million at the summit.")
                .stream()
                .filter(o -> o.type() == OutcomeType.FUNDING)
                .toList();
        assertThat(funding)
                .extracting(o -> o.amount().value().longValue())
                .containsExactlyInAnyOrder(2_000_000_000L, 50_000_000L);
    }

    @Test
    void aNameInAppositionBeforeAPassive_isTheOutcome() {
        assertThat(names("A new fund, the Reef Resilience Facility, was launched at the meeting."))
                .containsExactly("Reef Resilience Facility");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The replenishment raised a record $12.4 billion.                                   | 12400000000
            The appeal has secured close to €300 million so far for shelters.                  | 300000000
            The forum secured commitments worth €2.5 billion.                                  | 2500000000
            The summit aims to raise $5 billion for schools.                                   | 0
            The fund is on track to meet its target of raising $5 billion.                     | 0
            Ministers raised concerns that the $100 billion goal was missed.                   | 0
            The first summit in Oslo had raised $2 billion for clinics.                        | 0
            Officials said the fund will raise $5 billion over ten years.                      | 0
            The appeal raised $1.1 billion, far short of the $4.3 billion the UN says is needed. | 1100000000
            Donors pledged $900 million, short of the $2 billion required.                      | 900000000
            """)
    void aSumRaisedOrSecuredIsFunding_aSumAimedAtIsNot(String text, long amount) {
        List<Long> funding = outcomes(text).stream()
                .filter(o -> o.amount() != null)
                .map(o -> o.amount().value().longValue())
                .toList();
        assertThat(funding).isEqualTo(amount == 0 ? List.of() : List.of(amount));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Negotiations on a global treaty to end plastic pollution closed without agreement on Sunday.
            Talks on a binding pact for the high seas stalled on Friday.
            """)
    void anAgreementStillNegotiatedIsNoOutcome(String text) {
        assertThat(names(text)).isEmpty();
    }

    @Test
    void leadersMetToEndorseANamedInitiative() {
        assertThat(names("Leaders met in Suva to endorse the Pacific Reef Initiative, a regional plan for coral."))
                .containsExactly("Pacific Reef Initiative");
    }

    @Test
    void aPartnershipKeepsItsPartner() {
        assertThat(names("The forum also saw the launch of a new partnership with the shipping industry to cut soot."))
                .containsExactly("Partnership with the shipping industry");
    }

    @Test
    void aLongTitleBeforeAPassiveIsOneName() {
        assertThat(names("The Political Declaration on Protecting Fishing Communities from the Consequences of"
                        + " Sea Level Rise in Low-Lying Coastal Areas was endorsed by 40 States on Monday."))
                .containsExactly("Political Declaration on Protecting Fishing Communities from the Consequences of"
                        + " Sea Level Rise in Low-Lying Coastal Areas");
    }

    @Test
    void aPartnerAfterWithIsNamedOrDetermined() {
        assertThat(names("Ministers launched a partnership with strong targets for clean energy."))
                .noneMatch(name -> name.contains("strong targets"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Leaders on Sunday pledged to raise $600 billion over five years to finance roads in poor countries and counter Russia's older rail project. | Pledge to raise $600 billion over five years
            The ministers pledged to work together to close gaps in cancer care.                          | Pledge to work together
            The ministers vowed to continue to support the fund.                                          | Pledge to continue to support the fund
            """)
    void aPurposeAfterAPromiseIsNoSecondPromise(String text, String name) {
        assertThat(names(text)).containsExactly(name);
    }

    @Test
    void joiningAnOrganisationIsMembership_notAnOutcome() {
        assertThat(names("Chile has led on reefs since it joined the UN over sixty years ago."))
                .isEmpty();
        assertThat(names("Chile joined the Reef Coalition launched at the summit."))
                .isNotEmpty();
    }

    @Test
    void aSumRaisedByAnEarlierGatheringInARelativeClauseIsNoOutcome() {
        assertThat(names("Donors pledged $3.7 billion at the Lima meeting, which follows a conference in Madrid last"
                        + " year which raised $12 billion."))
                .hasSize(1)
                .allMatch(n -> !n.contains("12"));
        assertThat(outcomes("The minister, who had floated the idea earlier in the year, announced that the EU would"
                        + " invest €2.3 billion in the reef fund."))
                .anyMatch(o -> o.amount() != null
                        && o.amount().value().compareTo(new java.math.BigDecimal("2300000000")) == 0);
    }

    @Test
    void aSessionOfThisGatheringIsNoOtherGathering_andJoiningABodysFacilityJoinsTheFacility() {
        assertThat(outcomes("In the last session, Norway launched a reef fund which raised $1 billion."))
                .anyMatch(o -> o.amount() != null
                        && o.amount().value().compareTo(new java.math.BigDecimal("1000000000")) == 0);
        assertThat(names("Ten countries joined the World Bank's reef insurance facility."))
                .isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At the Delta Water Summit in Dhaka, leaders formalised the Dhaka Water Declaration on floods. | Dhaka Water Declaration
            The two ministers sealed the Reef Protection Pact on Friday.                                 | Reef Protection Pact
            """)
    void anInstrumentFormalisedOrSealed(String text, String name) {
        assertThat(names(text)).contains(name);
    }

    @Test
    void aNumbersMeasureAloneNamesNoOutcome() {
        // the finders name "20-year" here (the words before the comma); the measure alone is dropped
        assertThat(names("Water summit ends\\n\\nAt the Delta Water Summit in Dhaka, leaders formalised the Dhaka Water"
                        + " Declaration.\\n\\nCanada will spend $145 million on new clinics, while Ireland announced $16"
                        + " million in additional funds.\\n\\nBritish company Aqua Ltd announced a 20-year, 430 million"
                        + " pound water program in Kenya."))
                .contains("Dhaka Water Declaration")
                .noneMatch(name -> name.matches("\\d+-\\p{L}+"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Among the adopted documents were the Delta Leaders’ Declaration on Flood Warning, the Delta Declaration on Seed Banks, and the Declaration on Safer River Ports. | Delta Leaders’ Declaration on Flood Warning;Delta Declaration on Seed Banks;Declaration on Safer River Ports
            Among the agreements signed are the Reef Fishing Accord and the Reef Data Charter.                                     | Reef Fishing Accord;Reef Data Charter
            The United Nations has commended the Delta Dhaka Leaders’ Declaration for admitting Nepal as a member.               | Delta Dhaka Leaders’ Declaration
            """)
    void namedDocumentsAmongAListOrAsTheLeadersOwn(String text, String expected) {
        assertThat(names("Delta leaders meet\\n\\nThe Delta Summit was held in Dhaka on 4 May 2023.\\n\\n" + text))
                .containsAll(List.of(expected.split(";")));
    }

    @Test
    void amongDelegatesIsNoListOfOutcomes() {
        assertThat(names("Delta leaders meet\\n\\nThe Delta Summit was held in Dhaka on 4 May 2023. Among the delegates"
                        + " were the Delta Water Authority and the Bengal Energy Agency."))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In her speech, Ruiz said $2 billion is needed, while promising to establish a new agency to support fishers in coastal towns. | New agency to support fishers in coastal towns
            The talks closed with leaders vowing to protect coral reefs and fishing grounds.                                              | Pledge to protect coral reefs and fishing grounds
            Member states adopted agreed conclusions on fishers living in poverty.                                                        | Agreed conclusions on fishers
            """)
    void promisesMadeInAParticipleOrToSetUpABody(String text, String expected) {
        assertThat(names("Delta leaders meet\\n\\nThe Delta Summit was held in Dhaka on 4 May 2023.\\n\\n" + text))
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reporters noted that the pledges announced at the Dhaka 8th Conference exceeded the amount of $4 billion.
            Some states sought a vote if consensus couldn’t be reached.
            The Conference of the Parties governs the Delta Convention, which is the first international treaty negotiated under the UN.
            Two ministers met to discuss trade, with a particular focus on finalising a new comprehensive interstate treaty.
            """)
    void noOutcomeFromAClausesVerbASuperlativeOrATextStillNegotiated(String text) {
        assertThat(names("Delta leaders meet\\n\\nThe Delta Summit was held in Dhaka on 4 May 2023.\\n\\n" + text))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After two years of talks, the world’s first international agreement aimed at prevention, repair and protection of river deltas was adopted. | International agreement aimed at prevention, repair and protection of river deltas
            After two years of talks, the first regional agreement on delta dredging was adopted.                                                      | Regional agreement on delta dredging
            """)
    void aPassiveOutcomeIsNamedWithItsPurposeAndWithoutASuperlative(String text, String expected) {
        assertThat(names("Delta leaders meet\\n\\nThe Delta Summit was held in Dhaka on 4 May 2023.\\n\\n" + text))
                .containsExactly(expected);
    }

    @Test
    void aQuotedTitleInLowerCaseNamesAnOutcomeWhereItIsAKindOfOne() {
        assertThat(names("Delta leaders meet\\n\\nThe Delta Summit was held in Dhaka on 4 May 2023.\\n\\nOn Tuesday,"
                        + " about 40 nations endorsed a \"blueprint for action\" on river dredging."))
                .containsExactly("Blueprint for action");
        assertThat(names("Delta leaders meet\\n\\nThe Delta Summit was held in Dhaka on 4 May 2023.\\n\\nOn Tuesday,"
                        + " about 40 nations endorsed a \"more careful approach\" to river dredging."))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A key outcome of the summit was the Lima Reef Declaration, which stressed funding.   | Lima Reef Declaration
            The main achievements of the two-day meeting included the Reef Fund.                | Reef Fund
            The result of the vote was a surprise to many delegates.                            | ''
            The outcome of the talks pleased the Reef Alliance.                                 | ''
            """)
    void aNameAfterTheCopulaOfAnOutcomeOfTheGathering(String text, String name) {
        List<String> found = names("The Reef Summit met in Lima on Friday. " + text);
        assertNameOrNone(found, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Final Communiqué of the Lima Conference on Water\\n\\nThe participants met in Lima on 28 August 2021. | Final Communiqué of the Lima Conference on Water
            Joint Statement on the Andes Water Dialogue\\n\\nMinisters met in Quito on 3 May 2023 and issued the following statement. | Joint Statement on the Andes Water Dialogue
            Statement by the minister on the floods\\n\\nThe minister spoke in Lima on Monday.                     | ''
            """)
    void aReleaseTitledWithTheGatheringsText_namesThatText(String text, String name) {
        List<String> found = names(text);
        assertNameOrNone(found, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The group's declaration criticized the new levies on steel.                        | Delta Summit declaration
            "Ports must stay open," said the leaders' statement, which was issued at noon.      | Delta Summit leaders' statement
            The declaration repeated the promise of the spring talks.                           | Delta Summit declaration
            The group's statement was long.                                                     | ''
            Peru's declaration criticized the levies.                                           | ''
            """)
    void theGatheringsTextAsTheSubjectOfAVerbOrTheObjectOfSaying(String text, String name) {
        List<String> found = names("The Delta Summit closed in Dhaka on Friday. " + text);
        assertNameOrNone(found, name);
    }

    @Test
    void whatTheGatheringsTextSaysOfMoneyIsNotItsAmount() {
        List<Outcome> found = outcomes("The Delta Summit closed in Dhaka on Friday. The declaration backed"
                + " efforts that would need investment of about $2 trillion a year.");
        assertThat(found).extracting(Outcome::name).containsExactly("Delta Summit declaration");
        assertThat(found.get(0).amount()).isNull();
    }

    @Test
    void numberedItemsSetApartByBlankLinesAreEachAnOutcome() {
        assertThat(names("Reef leaders adopt texts\n\nThe Reef Summit was held in Suva on 4 May 2023.\n\n"
                        + "Leaders approved these texts:\n\n"
                        + "1. Suva Declaration on Coral Restoration\n\n"
                        + "2. Reef Leaders' Statement on Ocean Finance\n\n"
                        + "3. Pacific Declaration on Sea Level Rise."))
                .containsExactly(
                        "Suva Declaration on Coral Restoration",
                        "Reef Leaders' Statement on Ocean Finance",
                        "Pacific Declaration on Sea Level Rise");
    }

    @Test
    void aNumberedItemThatIsASentenceIsNoOutcomeByBeingListed() {
        assertThat(names("Reef summit ends\n\nThe Reef Summit was held in Suva on 4 May 2023.\n\n"
                        + "The major outcomes of the summit are as follows:\n\n"
                        + "1. Suva Stands Out as a Centre for Reef Science.\n\n"
                        + "2. Fiji gathered the region's reef networks in a single hall.\n\n"
                        + "3. Young researchers had a morning to themselves."))
                .isEmpty();
    }

    @Test
    void aLabelledItemNamingATextIsAnOutcomeAndATopicsLabelIsNot() {
        assertThat(names("Reef leaders meet\\n\\nThe Reef Summit was held in Suva on 4 May 2023. Its agenda covered"
                        + " the region's security, with major outcomes including:\\n\\n"
                        + "- Suva Coral Declaration: Leaders pledged to halve reef damage by 2035.\\n\\n"
                        + "- Fishing history & Reef Treaty: Leaders looked back on ten years of shared patrols.\\n\\n"
                        + "- Fisheries: Leaders discussed the sharing of catch data."))
                .containsExactly("Suva Coral Declaration");
    }

    @Test
    void aListedNameThatWasOnlySpokenOfIsNoOutcome() {
        assertThat(names("Reef summit ends\\n\\nThe Reef Summit was held in Suva on 4 May 2023.\\n\\n"
                        + "The major outcomes of the summit are as follows:\\n\\n"
                        + "1. The Reef Data Platform was warmly praised.\\n\\n"
                        + "2. The Reef Ranger Programme, training 300 rangers."))
                .containsExactly("Reef Ranger Programme");
    }

    @Test
    void aTextTheGatheringFailedToAgreeIsNoOutcome_andABodyThatSignedIsNoOutcome() {
        assertThat(names("Reef talks end\\n\\nLeaders met at the Reef Conference in Suva. The Reef Conference in Suva"
                        + " concluded on Friday without a common statement, as a row over quotas split the room. In the"
                        + " absence of a final communique, the hosts put out a joint statement of their own. Besides the"
                        + " hosts, the European Parliament and the Council of Europe signed."))
                .noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("communique"))
                .noneMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("common statement"))
                .doesNotContain("Council of Europe")
                .anyMatch(n -> n.toLowerCase(java.util.Locale.ROOT).contains("joint statement"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministers from Kenya and Peru will sign the Nairobi Coral Declaration at a ceremony today. | Nairobi Coral Declaration
            Peru will sign the Nairobi Coral Declaration next spring.                                 | ''
            The Coral Futures Fund (CFF), which was set up on the final day, starts with $5 million.  | Coral Futures Fund
            Fishing quotas stayed off the table, the Chairs' Summary said.                            | Reef Summit chairs' summary
            """)
    void outcomesAsReleasesAndReportsOfTheDayNameThem(String text, String name) {
        List<String> found = names("Reef talks end\\n\\nLeaders met at the Reef Summit in Suva on Monday. " + text);
        assertNameOrNone(found, name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ninety governments came to Suva to adopt the Pacific Charter for Clean, Fair and Open Seas. | Pacific Charter for Clean, Fair and Open Seas
            Chile urged the delegates to adopt stronger measures against bottom trawling.                             | ''
            The ministers then signed the so-called Suva Reef Accord.                                                 | Suva Reef Accord
            Peru and Chile signed a much-anticipated pact on Friday. Fiji flew in delegates to sign the Suva Reef Accord too. | Suva Reef Accord
            """)
    void outcomesAdoptedOnArrivalAndNamedAfterALooseFirstMention(String text, String name) {
        List<String> found = names("Reef talks end\\n\\nLeaders met at the Reef Summit in Suva on Monday. " + text);
        assertNameOrNone(found, name);
    }

    @Test
    void numberedTextsListedAsParagraphsUnderALeadInAreOutcomesByTheirWholeTitle() {
        List<String> found =
                names("Reef Commission ends its session\\n\\nThe fourth session of the Reef Commission met in"
                        + " Suva, Fiji, in May.\\n\\nThe Commission adopted three measures, as follows:\\n\\n"
                        + "Resolution 4/01 On a plan to restore grouper stocks.\\n\\n"
                        + "Resolution 4/02 Working Group on reef data\\n\\n"
                        + "Resolution 4/03 On limits to night fishing.\\n\\nThe next session meets in Apia.");
        assertThat(found)
                .containsExactly(
                        "Resolution 4/01 On a plan to restore grouper stocks",
                        "Resolution 4/02 Working Group on reef data",
                        "Resolution 4/03 On limits to night fishing");
    }

    @Test
    void measuresListedWithSemicolonsAfterInitiativesIncluding_areOutcomesEachOfTheListsType() {
        List<Outcome> found = outcomes("Leaders met at the Reef Summit in Suva on Monday. The minister announced new "
                + "initiatives, including naval patrols for the outer atolls; a joint Japanese course for harbour "
                + "police; and grants for the Lagoon Watch to map illegal nets, the first of their kind.");
        assertThat(found)
                .extracting(Outcome::name)
                .contains(
                        "Naval patrols for the outer atolls",
                        "Joint Japanese course for harbour police",
                        "Grants for the Lagoon Watch to map illegal nets");
        assertThat(found)
                .filteredOn(o -> o.name().startsWith("Naval patrols"))
                .extracting(Outcome::type)
                .containsExactly(OutcomeType.INITIATIVE);
    }

    @Test
    void aListRunTogetherWithCommasOrAfterAnotherNoun_isNoListOfMeasures() {
        assertThat(names("Leaders met at the Reef Summit in Suva on Monday. The minister announced new initiatives, "
                        + "including naval patrols for the atolls, a project with Japan and grants for reefs."))
                .doesNotContain("Naval patrols for the atolls");
        assertThat(names("Leaders met at the Reef Summit in Suva on Monday. Ministers discussed the threats, "
                        + "including warming seas in the south; bleaching on the reefs; and overfishing by trawlers."))
                .doesNotContain("Warming seas in the south");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In all, 300 commitments were made by governments, banks and firms to protect coral reefs.                | Commitments to protect coral reefs
            The summit closed with 40 countries making commitments to protect coral reefs by 2030.                         | Commitments to protect coral reefs by 2030
            Speakers praised the strong commitments to keep reefs alive.                                                    | ''
            """)
    void pluralCommitmentsCountedOrMade_areOneOutcome_notWordsOfPraise(String text, String name) {
        List<Outcome> found = outcomes("Leaders met at the Reef Summit in Suva on Monday. " + text);
        assertNameOrNone(found.stream().map(Outcome::name).toList(), name);
        found.forEach(o -> assertThat(o.type()).isEqualTo(OutcomeType.OTHER));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministers from Fiji, Samoa and Tonga endorsed the 'Suva Reef Declaration' at a meeting in Suva on 3 May 2024. | Suva Reef Declaration
            Ministers endorsed the ‘Suva Reef Declaration’ at a meeting in Suva on 3 May 2024.                            | Suva Reef Declaration
            Business at the meeting in Suva on 3 May 2024 ran from the approval of the 2024 Reef Report to the Suva Ministerial Declaration. | 2024 Reef Report,Suva Ministerial Declaration
            """)
    void aTitleInSingleQuotes_andBothEndsOfARangeOfTexts(String text, String expected) {
        assertThat(names(text)).containsExactlyInAnyOrderElementsOf(List.of(expected.split(",")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Reef Summit in Suva on 3 May 2024 closed with 27 decisions adopted to restore reefs and curb runoff. | 27 decisions adopted to restore reefs and curb runoff | 27
            The Reef Summit in Suva on 3 May 2024 adopted 35 decisions, among them a ban on reef blasting.      | 35 decisions                                          | 35
            At the Reef Summit in Suva on 3 May 2024, twelve resolutions were passed by the delegates.           | Twelve resolutions                                    | 12
            """)
    void textsASessionAdoptsCountedNotNamed(String text, String name, int count) {
        Outcome counted = outcomes(text).stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(counted.type()).isEqualTo(OutcomeType.AGREEMENT);
        assertThat(counted.count().value().intValue()).isEqualTo(count);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The committee at the Reef Summit in Suva on 3 May 2024 approved four draft resolutions.
            Chile has tabled 12 resolutions at the Reef Summit since 2010.
            The Suva Declaration of the Reef Summit of 3 May 2024 contains three resolutions adopted during the week.
            """)
    void draftsOrTextsNotAdoptedAreNoCountedOutcome(String text) {
        assertThat(names(text)).noneMatch(n -> n.contains("resolutions"));
    }

    @Test
    void sumsThatShareOutAnEarlierSumAreNoNewOutcomes() {
        List<Outcome> found = outcomes("The Reef donors conference in Suva on 3 May 2024 raised €1 billion. "
                + "Of this total, €400 million is earmarked for ports; €60 million for schools; "
                + "€15 million for clinics.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).amount().value()).isEqualByComparingTo("1000000000");
    }

    @Test
    void aSumComparedWith_orAChangeInASum_isNoPledge() {
        List<Outcome> found =
                outcomes("The Reef donors conference in Suva on 3 May 2024 raised pledges of $1.7 billion, "
                        + "a smaller sum than the $2.4 billion raised at the round before. Norway pledged $43 million, a decrease of "
                        + "$5 million from last year.");
        assertThat(found)
                .extracting(o -> o.amount().value().intValue())
                .containsExactlyInAnyOrder(1_700_000_000, 43_000_000);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Delta Summit closed on Friday. The governors elected former minister Chilean Pedro Soto Vela as the next president of the reef bank. | Election of Pedro Soto Vela as next president of the reef bank
            The Delta Summit closed on Friday. Fijian Major General Ana Ruiz al-Tamimi was elected after two rounds of voting. | Election of Major General Ana Ruiz al-Tamimi
            The Delta Summit closed on Friday. Luis de Soto was appointed to the bank's executive board on Friday.          | Appointment of Luis de Soto to the bank's executive board
            The Delta Summit closed on Friday. Maria Lopez has been re-elected as chair of the river council.           | Election of Maria Lopez as chair of the river council
            The Delta Summit closed on Friday. The assembly elected a Peruvian general accused of abuses as its new chair. | ''
            The Delta Summit closed on Friday. Newly elected members of the council took their seats.                     | ''
            The Delta Summit closed on Friday. Peru hopes to be elected to the river council next year.                 | ''
            The Delta Summit closed on Friday. Ana Ruiz was not elected to the board.                                    | ''
            """)
    void aPersonTheGatheringElectsOrAppoints(String text, String name) {
        assertNameOrNone(names(text), name);
        if (!name.isEmpty()) {
            assertThat(outcomes(text)).extracting(Outcome::type).containsExactly(OutcomeType.OTHER);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji and Chile signed an MoU on fisheries in Suva on Monday.                        | MoU on fisheries
            Fiji and Chile signed two MoUs on reef patrols in Suva on Monday.                   | MoUs on reef patrols
            Fiji and Chile signed a letter of intent on reef science.                            | Letter of intent on reef science
            The parties adopted amendments to the annual reef survey form.                       | Amendments to the annual reef survey form
            """)
    void aVisitsMemorandaAndLettersAndASessionsAmendmentsAreNamedWithTheirTopic(String text, String name) {
        assertThat(names(text)).containsExactly(name);
        assertThat(outcomes(text)).extracting(Outcome::type).containsExactly(OutcomeType.AGREEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The parties signed a pact on the protection of coral reefs.                 | Pact on the protection of coral reefs
            The parties adopted guidelines on the handling of coral waste.              | Guidelines on the handling of coral waste
            Fiji and Chile signed a fisheries pact on the sidelines of the meeting.     | Fisheries pact
            The parties adopted a reef plan on the last day of the session.             | Reef plan
            The parties adopted a reef plan on the basis of a proposal by Chile.        | Reef plan
            """)
    void aLowerCaseOutcomesTopicKeepsItsArticle_butNotWhenOrWhyItWasMade(String text, String name) {
        assertThat(names("The Reef Convention parties met in Suva from 2 to 6 May 2025. " + text))
                .containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji and Chile sealed a slew of accords on fisheries and trade.              | Accords on fisheries and trade
            Fiji and Chile signed a series of agreements on reef science.                | Agreements on reef science
            Fiji and Chile signed a raft of memoranda on coral research.                 | Memoranda on coral research
            """)
    void aQuantityOfTextsSaidInWordsIsLeftOutOfTheirName(String text, String name) {
        assertThat(names(text)).containsExactly(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Suva Declaration, the closing document of the Reef Summit, lists shared goals.            | Suva Declaration
            The Suva Compact, the outcome document adopted by leaders, sets out shared goals.             | Suva Compact
            The Suva Declaration, the landmark text of 2015, was cited by several speakers.               | ''
            """)
    void aNamedTextExplainedAsTheGatheringsDocumentIsAnOutcome(String text, String name) {
        assertNameOrNone(names("Reef leaders met at the Reef Summit in Suva on Monday. " + text), name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Peru has concluded the Reef Summit it hosted on Monday in Lima, Peru.             | ''
            Fiji and Chile concluded a fisheries pact on Monday.                             | Fisheries pact
            """)
    void aGatheringConcludedIsNoOutcome_aPactConcludedIs(String text, String name) {
        assertNameOrNone(names(text), name);
    }

    @Test
    void eachItemOfAPlansListAfterIncludesIsAnOutcome_butNotAnAgendasItems() {
        assertThat(names("Reef leaders meet\n\nAt the Reef Summit in Suva on Monday, Chile announced a 4-step action"
                        + " plan for the islands.\n\nThe 4-step action plan includes:\n\n1. A 50-bed regional hospital"
                        + " in Fiji.\n2. Coral camps in Samoa in 2025. Thereafter, two camps a year on other islands\n3."
                        + " Provide solar units for schools.\n4. Set up of a reef data helpline."))
                .containsExactly(
                        "4-step action plan",
                        "50-bed regional hospital in Fiji",
                        "Coral camps in Samoa in 2025",
                        "Solar units for schools",
                        "Reef data helpline");
        assertThat(names("Reef leaders meet\n\nLeaders met at the Reef Summit in Suva on Monday.\n\nThe agenda"
                        + " includes:\n\n1. Coral bleaching in the atolls.\n2. Fair fishing quotas."))
                .isEmpty();
    }

    @Test
    void aTextNamedAfterTheGatheringsTownIsItsOutcome_butNotAnEarlierOnesOrASecondNameForOne() {
        assertThat(names(
                        REEF_LEAD + "Each pledge is listed in the 12-page Suva Declaration, which names every member."))
                .containsExactly("Suva Declaration");
        assertThat(names(REEF_LEAD + "Fiji said 30 countries will endorse the 'Suva Principles' on reef care."))
                .containsExactly("Suva Principles");
        assertThat(names(REEF_LEAD + "Speakers recalled the 1992 Suva Declaration on fishing."))
                .isEmpty();
        assertThat(names(REEF_LEAD + "Leaders adopted a political declaration on reefs, usually called the Suva"
                        + " Declaration."))
                .hasSize(1);
    }

    @Test
    void oneStatesDecisionIsItsOwnMove_notAnOutcomeOfTheGathering() {
        assertThat(names(REEF_LEAD + "Tonga's decision to quit the fishing pact drew criticism."))
                .isEmpty();
        assertThat(names(REEF_LEAD + "Leaders welcomed the decision to create a reef fund."))
                .containsExactly("Reef fund");
    }

    @Test
    void aTextNamedAfterTheTownWithItsHeadInLowerCase_asNewsCopyWritesIt() {
        assertThat(names(REEF_LEAD + "\u201cWe will act now,\u201d states the Suva declaration."))
                .containsExactly("Suva declaration");
        assertThat(names(REEF_LEAD + "Under the Suva pact, nations will halve reef damage by 2030."))
                .containsExactly("Suva pact");
        assertThat(names(REEF_LEAD + "The Suva agenda calls on states to act.")).isEmpty();
        assertThat(names(REEF_LEAD + "Speakers recalled the 1992 Suva declaration on fishing."))
                .isEmpty();
    }

    @Test
    void aParticipleEndsATextsName_andWhatWasCreatedSinceLongAgoIsNoOutcome() {
        assertThat(names(REEF_LEAD + "Ministers approved a declaration focusing on opening markets to island goods."))
                .containsExactly("Reef Summit declaration");
        assertThat(names(REEF_LEAD
                        + "Chile called it a first for the islands since the creation of the Reef Union in 1971."))
                .isEmpty();
    }

    @Test
    void aVenuesCallOrSolutionIsItsText_withTheTitleThatFollowsIt() {
        assertThat(names(REEF_LEAD + "Delegates came up with the Suva Call for Reef Resilient Development, which aims"
                        + " to spur action."))
                .containsExactly("Suva Call for Reef Resilient Development");
        assertThat(names(REEF_LEAD + "After years of talks, the \"Suva Solution\" was reached."))
                .containsExactly("Suva Solution");
        assertThat(names(REEF_LEAD + "Delegates toured the Suva Market on Tuesday."))
                .isEmpty();
    }

    @Test
    void aHyphenLeftHangingBeforeAndJoinsTwoWords_noSecondPromise() {
        assertThat(names(REEF_LEAD + "They pledged to train nurses in small- and mid-sized towns and build clinics."))
                .containsExactly("Pledge to train nurses in small- and mid-sized towns", "Pledge to build clinics");
        assertThat(names(REEF_LEAD + "They pledged to fund schools in small\u2011 and mid\u2011sized towns."))
                .containsExactly("Pledge to fund schools in small\u2011 and mid\u2011sized towns");
    }

    @Test
    void aTextMentionedBeforeAndTitledLater_isOneOutcomeNamedByBoth() {
        List<Outcome> found = outcomes(REEF_LEAD + "Leaders issued a political declaration on reefs."
                + " Through the Declaration \u2011 titled \u201cReefs for All:  A Shared Future\u201d and adopted"
                + " at the summit \u2011 they recognised the threat.");
        assertThat(found)
                .extracting(Outcome::name)
                .containsExactly("Political declaration on reefs Reefs for All: A Shared Future");
        assertThat(found.get(0).evidence()).hasSize(2);
        assertThat(names(REEF_LEAD + "Leaders issued a political declaration on reefs."
                        + " They also backed a plan \u2013 titled \u201cReefs for All\u201d \u2013 for islands."))
                .containsExactlyInAnyOrder("Political declaration on reefs", "Reefs for All"); // a plan is another text
    }

    @Test
    void aPromiseInASpeakersQuotedWordsIsNoOutcome() {
        assertThat(names(REEF_LEAD + "\u201cToday shows a shared commitment to save the reefs,\u201d said Ana Ruiz."))
                .isEmpty();
        assertThat(names(REEF_LEAD + "Ana Ruiz said leaders made a commitment to save the reefs."))
                .containsExactly("Commitment to save the reefs");
    }

    @Test
    void aGatheringsClosingTextWordedTwoWaysIsOneOutcome() {
        List<Outcome> found = outcomes("Reef talks end with a joint declaration\n\nThe Reef Summit closed in Suva on"
                + " Monday and adopted a Final Declaration on reefs. Ministers also signed the final"
                + " communique.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).evidence()).hasSizeGreaterThan(1);
    }

    @Test
    void aPhraseOfCauseEndsAnAgreedActsName() {
        assertThat(names(REEF_LEAD + "The members agreed to a fresh sale of fish from stocks due to a price slump."))
                .containsExactly("A fresh sale of fish from stocks");
        assertThat(names(REEF_LEAD + "The members agreed to a fresh sale of fish from stocks amid a storm."))
                .containsExactly("A fresh sale of fish from stocks");
    }

    @Test
    void resolutionsInThePluralWithTheirTopic_areAnOutcomeHeadedByTheKeyword() {
        List<Outcome> related = outcomes(REEF_LEAD + "Delegates adopted resolutions related to coral safety.");
        assertThat(related).extracting(Outcome::name).containsExactly("Resolutions related to coral safety");
        List<Outcome> aimed = outcomes(
                REEF_LEAD + "On Friday, delegates passed a slew of resolutions aimed at widening the agency's reach.");
        assertThat(aimed).extracting(Outcome::name).containsExactly("Resolutions aimed at widening the agency's reach");
        assertThat(aimed.get(0).type()).isEqualTo(OutcomeType.AGREEMENT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In its last session, the assembly adopted resolutions on Chile and Peru.          | Resolution on Chile;Resolution on Peru
            On Friday the council passed resolutions on Fiji and Samoa, among others.         | Resolution on Fiji;Resolution on Samoa
            In its last session, the assembly adopted resolutions on Oceans and Fisheries.    | Resolutions on Oceans and Fisheries
            """)
    void textsInThePluralOnCountries_areOneOutcomePerCountry(String sentence, String expected) {
        assertThat(outcomes(REEF_LEAD + sentence)).extracting(Outcome::name).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit closed on Friday as leaders signed the 12-point Suva Declaration.       | Suva Declaration
            Leaders adopted a 30-page Reef Charter and went home.                             | Reef Charter
            """)
    void aSizeJoinedToANumberBeforeATextsName_isNotPartOfTheName(String sentence, String expected) {
        assertThat(outcomes(REEF_LEAD + sentence)).extracting(Outcome::name).containsExactly(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The second summit of the Reef Council concluded here today.                       | ''
            The second meeting of the Tonga Fund Board concluded today.                       | ''
            The Lautoka Accord, concluded today, protects the reef.                            | Lautoka Accord
            """)
    void aBodyWhoseGatheringEnds_isNoOutcomeOfAClauseOnItsName(String sentence, String expected) {
        assertThat(outcomes(REEF_LEAD + sentence))
                .extracting(Outcome::name)
                .containsExactly(expected.isEmpty() ? new String[0] : new String[] {expected});
    }

    @Test
    void aNumberReached_isNoOutcome() {
        assertThat(outcomes(REEF_LEAD
                        + "The secretary noted that the islands' population had reached 12 million and their exports"
                        + " had crossed $2 billion."))
                .isEmpty();
    }

    @Test
    void aCountOfPeopleOrAMemberCountWithNoWordOfJoiningBesideIt_givesAnOutcomeNoCount() {
        assertThat(outcomes(REEF_LEAD + "Members adopted the Suva Reef Pact.\n\nOver 900 people registered,"
                                + " including around 300 member state representatives.")
                        .get(0)
                        .count())
                .isNull();
        assertThat(outcomes(REEF_LEAD + "Members adopted the Suva Reef Pact.\n\nEnvoys of 40 of the 52"
                                + " member states attended.")
                        .get(0)
                        .count())
                .isNull();
        assertThat(outcomes(REEF_LEAD + "Members adopted the Suva Reef Pact.\n\nThe summit elected 11 countries"
                                + " to sit on the 21-member reef board.")
                        .get(0)
                        .count())
                .isNull();
        assertThat(outcomes(REEF_LEAD + "Members adopted the Suva Reef Pact.\n\nSo far 40 member states have"
                                + " joined.")
                        .get(0)
                        .count()
                        .value())
                .isEqualByComparingTo("40");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            An accord was signed between Fiji and Chile on fisheries access, along with a protocol.                     | Accord on fisheries access
            A treaty was signed between Fiji and Tonga on maritime boundaries.                                          | Treaty on maritime boundaries
            """)
    void aTextSignedBetweenPartiesIsNamedByTheTopicAfterThem(String text, String name) {
        assertThat(names(REEF_LEAD + text)).contains(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef Ministers Approve Charter on Ocean Warming\\n\\nThe fisheries ministers of Fiji, Tonga and Samoa met in Suva on Monday. The ministers approved a Charter that sets out steps to protect reefs.                | Charter on Ocean Warming
            Leaders Sign Charter for Reef Protection - Reef News\\n\\nThe leaders met in Suva on Monday and signed a charter.                                                                                   | Charter for Reef Protection
            """)
    void aHeadlineNamesTheTextTheStoryCallsOnlyByItsKeyword(String text, String name) {
        assertThat(names(text)).containsExactly(name);
    }

    @Test
    void anItemOpenedByItsKeywordIsNamedByWhatFollowsUpToWhatItDoes() {
        List<String> found = names(
                REEF_LEAD + "Three memoranda were signed in the presence of the two leaders:\n\n"
                        + "1. MoU establishing sister-city relations between Suva and Nadi, which covers trade and culture.\n\n"
                        + "2. MoU between the reef agencies of Fiji and Chile for joint research under which staff will train.");
        assertThat(found)
                .contains(
                        "MoU establishing sister-city relations between Suva and Nadi",
                        "MoU between the reef agencies of Fiji and Chile for joint research");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministers approved a declaration recognising the role of reef science in global efforts.             | Declaration recognising the role of reef science in global efforts
            Delegates adopted a declaration reaffirming their commitment to clean seas, and then left.          | Declaration reaffirming their commitment to clean seas
            """)
    void aDeclarationNamedOnlyByItsKeywordIsNamedByTheParticipleAfterIt(String text, String name) {
        assertThat(names(REEF_LEAD + text)).containsExactly(name);
    }

    @Test
    void anActsNameEndsBeforeWhereAndWhenItWasAgreed() {
        assertThat(names(REEF_LEAD + "Fiji, Chile and Peru agreed to deepen reef cooperation at a three-way summit on"
                        + " Sunday that saw a Chilean leader visit Fiji."))
                .containsExactly("Deepen reef cooperation");
        assertThat(names(REEF_LEAD + "Fiji and Chile agreed to deepen reef cooperation on Sunday."))
                .containsExactly("Deepen reef cooperation");
        assertThat(names(REEF_LEAD + "Fiji and Chile agreed to deepen cooperation at sea."))
                .containsExactly("Deepen cooperation at sea");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Declaration of Suva and its Work Programme for 2026-2028 were adopted by consensus. | Declaration of Suva,Work Programme for 2026-2028
            The Declaration of Suva and the Reef Charter were adopted on Monday.                      | Declaration of Suva,Reef Charter
            Shared views fill the Declaration of Suva and its Work Programme adopted by consensus. | Declaration of Suva,Work Programme
            The Declaration of Suva adopted by general consent sets out shared views.                 | Declaration of Suva
            The Lima Accord adopted by 30 parties in 2016 still guides the talks.                    | ''
            """)
    void twoNamedTextsJoinedAreTwoOutcomes_andANameAdoptedByConsensusIsOne(String text, String names) {
        assertThat(names(REEF_LEAD + text))
                .containsExactlyInAnyOrderElementsOf(names.isEmpty() ? List.of() : List.of(names.split(",")));
    }

    @Test
    void whatLeadersAgreedToCreate_isNamedByTheVerbPhraseWhereNoOutcomeWordNamesIt() {
        assertThat(names(REEF_LEAD + "Leaders agreed to create a joint coast guard."))
                .containsExactly("Create a joint coast guard");
        assertThat(names(REEF_LEAD + "Leaders agreed to establish a reef fund."))
                .containsExactly("Reef fund");
    }

    @Test
    void aMeasureAnActorWillAlsoIntroduce_isAnOutcome() {
        assertThat(names(REEF_LEAD + "Fiji will also introduce a visa waiver for citizens of six island states."))
                .containsExactly("Visa waiver for citizens of six island states");
    }

    @Test
    void aSumThatDescribesTheThingUnveiled_isNamedByThatThing() {
        assertThat(names(REEF_LEAD + "Peru unveiled a $5 million scholarship scheme for island students."))
                .containsExactly("Scholarship scheme for island students");
        assertThat(names(REEF_LEAD + "Peru unveiled a scholarship scheme worth $5 million."))
                .containsExactly("Peru pledge");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Staff of the Reef Institute signed a research agreement today that will fund the new lab. | Research agreement
            Fiji signed a fisheries pact Wednesday. | Fisheries pact
            The ministers of Chile and Peru issued Tuesday a joint statement on reef patrols. | Joint statement on reef patrols
            Six states signed a pact on fishing quotas so the reefs can recover. | Pact on fishing quotas
            """)
    void theDayAndAResultClauseAreNoPartOfAName(String text, String name) {
        assertThat(names(REEF_LEAD + text)).contains(name);
    }

    @Test
    void moneySought_isNoPledge() {
        assertThat(names(REEF_LEAD + "Fiji wants to drum up $3 billion in aid. Tonga is seeking $2 billion."
                        + " Chile pledged $5 million."))
                .containsExactly("Chile pledge");
    }

    @Test
    void whoIsLentASumRightAfterTheVerbReceivesIt() {
        assertThat(names(REEF_LEAD + "The World Bank says it will lend Fiji as much as $3 billion."))
                .containsExactly("World Bank pledge");
    }

    @Test
    void whatAStepLeadsTowardsIsNotYetMade() {
        assertThat(names(REEF_LEAD
                        + "The charter moves the region toward a binding treaty on reefs. Chile signed the Reef"
                        + " Accord."))
                .containsExactly("Reef Accord");
    }

    @Test
    void anActAgreedOnIsWhatWasAgreed() {
        assertThat(names(REEF_LEAD
                        + "The ministers agreed on setting up a reef hotline for skippers. They also agreed on"
                        + " sharing catch data every month."))
                .containsExactly("Setting up a reef hotline for skippers", "Sharing catch data every month");
    }

    @Test
    void aNumberedParagraphEndingInAColonOpensAList() {
        assertThat(names("Fiji-Chile Communique\\n\\n1. Chile's President paid an official visit to Fiji.\\n\\n"
                        + "2. The following accords were signed:\\n\\n• Accord on Reef Science Cooperation;\\n"
                        + "• Memorandum of Understanding on Fisheries Research"))
                .containsExactly(
                        "Accord on Reef Science Cooperation", "Memorandum of Understanding on Fisheries Research");
    }

    @Test
    void aSecondReportedClauseEndsWhatASumIsFor() {
        assertThat(names(REEF_LEAD + "She noted that Japan has allocated 165 million euros in support of Fiji and that"
                        + " two loans worth 4 million euros were approved on Tuesday."))
                .contains("Japan pledge in support of Fiji");
    }
}
