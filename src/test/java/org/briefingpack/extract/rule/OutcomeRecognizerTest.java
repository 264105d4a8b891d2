package org.briefingpack.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeRecognizerTest {

    private final Structures structure = new Structures();

    private List<Outcome> outcomes(Fixtures.Doc doc, FoundFigure... figures) {
        return structure
                .recognize(doc.text(), doc.sentences(), List.of(figures))
                .outcomes();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Key takeaways included the unveiling of the first-ever International AI Safety Report, which set a benchmark. | REPORT      | International AI Safety Report
            Sixteen companies signed the Frontier AI Safety Commitments on the opening day.                            | AGREEMENT   | Frontier AI Safety Commitments
            Leaders adopted the Seoul Declaration for Safe, Innovative and Inclusive AI.                               | AGREEMENT   | Seoul Declaration for Safe, Innovative and Inclusive AI
            Parties adopted the UAE Framework for Global Climate Resilience, which sets targets.                        | AGREEMENT   | UAE Framework for Global Climate Resilience
            Sunak formally launched the UK AI Safety Institute, which grows out of the taskforce.                      | INSTITUTION | UK AI Safety Institute
            Zelensky took part in the inaugural meeting of the new NATO-Ukraine Council, a body of equals.             | INSTITUTION | NATO-Ukraine Council
            G7 leaders issued a Joint Declaration of Support for Ukraine, under which each will negotiate.             | AGREEMENT   | Joint Declaration of Support for Ukraine
            Leaders also approved new regional defence plans, the most detailed in a generation.                      | OTHER       | Regional defence plans
            Parties completed the rulebook for Article 6, which lets countries trade emission reductions.             | AGREEMENT   | Rulebook for Article 6
            The summit marked the publication of the interim International Scientific Report on the Safety of Advanced AI. | REPORT | International Scientific Report on the Safety of Advanced AI
            Against most expectations, the leaders' declaration was agreed on the first day.                          | AGREEMENT   | Leaders' declaration
            France said it would supply SCALP long-range cruise missiles to Ukraine.                                  | OTHER       | SCALP long-range cruise missiles to Ukraine
            The formation of an Environmental Sustainability Coalition was another highlight.                         | COALITION   | Environmental Sustainability Coalition
            Ministers agreed to back an independent "State of the Science" report on frontier AI.                     | REPORT      | State of the Science report
            World leaders met in New York for the Summit of the Future and adopted the Pact for the Future.           | AGREEMENT   | Pact for the Future
            The countries endorsed a declaration calling for nuclear capacity to be tripled by 2050.                  | AGREEMENT   | Declaration calling for nuclear capacity to be tripled by 2050
            The ministers established a Global Partnership on Artificial Intelligence.                                 | INITIATIVE  | Global Partnership on Artificial Intelligence
            The centrepiece, which the presidency marketed as the "UAE Consensus", was the decision on the stocktake.  | AGREEMENT | UAE Consensus
            After all-night talks, negotiators reached a deal on loss and damage finance.                              | AGREEMENT   | Deal on loss and damage finance
            G7 leaders inaugurated the Hiroshima AI Process Friends Group, a forum of 49 countries.                    | OTHER       | Hiroshima AI Process Friends Group
            The summit produced the Global Health Compact, which commits members to share vaccines.                   | AGREEMENT   | Global Health Compact
            Attached as an annex, the Seoul Statement of Intent toward International Cooperation sets out an aim.     | AGREEMENT   | Seoul Statement of Intent toward International Cooperation
            """)
    void namesTheOutcomeAfterItsTrigger(String sentence, OutcomeType type, String name) {
        List<Outcome> found = outcomes(Fixtures.doc(sentence));
        assertThat(found).extracting(Outcome::name).containsExactly(name);
        assertThat(found.get(0).type()).isEqualTo(type);
        assertThat(found.get(0).evidence()).extracting(e -> e.quote()).containsExactly(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The U.S. and U.K. chose not to sign the AI declaration.
            China and India did not sign the pledge.
            The presidency used the leaders' segment to launch a string of initiatives.
            Speaking in London on the same day as the declaration was signed, she gave a speech.
            Standards for that mechanism had already been approved on the opening day.
            Under the Paris Agreement, countries take stock of their collective progress.
            Participants agreed to keep meeting.
            """)
    void findsNoOutcomeWhereNothingWasProduced(String sentence) {
        assertThat(outcomes(Fixtures.doc(sentence))).isEmpty();
    }

    @Test
    void attachesMoneyAndPurposeToTheNamedInitiative() {
        Fixtures.Doc doc = Fixtures.doc("The launch of the Current AI Initiative, backed by a robust $400 million "
                + "investment, aimed to foster the development of open AI models.");
        List<Outcome> found = outcomes(doc, doc.money("$400 million", 400_000_000L, "USD"));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Current AI Initiative");
            assertThat(o.type()).isEqualTo(OutcomeType.INITIATIVE);
            assertThat(o.amount().value()).isEqualByComparingTo("400000000");
            assertThat(o.amount().currency()).isEqualTo("USD");
            assertThat(o.purpose()).isEqualTo("foster the development of open AI models");
        });
    }

    @Test
    void attachesTheMemberCountToTheCoalition() {
        Fixtures.Doc doc = Fixtures.doc("The formation of an Environmental Sustainability Coalition, comprising "
                + "91 partners, was another highlight.");
        List<Outcome> found = outcomes(doc, doc.count("91 partners", 91, "partners"));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.type()).isEqualTo(OutcomeType.COALITION);
            assertThat(o.count().value()).isEqualByComparingTo("91");
            assertThat(o.count().unit()).isEqualTo("partners");
        });
    }

    @Test
    void ignoresCountsThatAreNotMembers() {
        Fixtures.Doc doc = Fixtures.doc("Germany presented a package worth roughly EUR 700m, including "
                + "40 Marder infantry fighting vehicles.");
        List<Outcome> found = outcomes(
                doc,
                doc.money("EUR 700m", 700_000_000L, "EUR"),
                doc.count("40 Marder infantry fighting vehicles", 40, "Marder infantry fighting vehicles"));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.type()).isEqualTo(OutcomeType.FUNDING);
            assertThat(o.count()).isNull();
            assertThat(o.actors()).extracting(a -> a.code()).containsExactly("DE");
        });
    }

    @Test
    void splitsOnePledgeSentenceIntoOneFundingOutcomePerDonor() {
        Fixtures.Doc doc = Fixtures.doc("The United Kingdom pledged £40 million to the fund, the United States "
                + "$17.5 million and Japan $10 million.");
        List<Outcome> found = outcomes(
                doc,
                doc.money("£40 million", 40_000_000L, "GBP"),
                doc.money("$17.5 million", 17_500_000L, "USD"),
                doc.money("$10 million", 10_000_000L, "USD"));
        assertThat(found).extracting(o -> o.type()).containsOnly(OutcomeType.FUNDING);
        assertThat(found).extracting(o -> o.actors().get(0).code()).containsExactly("GB", "US", "JP");
        assertThat(found).extracting(o -> o.amount().currency()).containsExactly("GBP", "USD", "USD");
    }

    @Test
    void leavesMoneyWithoutAFundingTriggerAlone() {
        Fixtures.Doc doc = Fixtures.doc("Clean energy would need investment of around USD 4 trillion a year by 2030.");
        assertThat(outcomes(doc, doc.money("USD 4 trillion", 4_000_000_000_000L, "USD")))
                .isEmpty();
    }

    @Test
    void namesMoneyGivenToANamedProjectAfterTheProject() {
        Fixtures.Doc doc =
                Fixtures.doc("The UK government committed £225 million to Isambard-AI, a new supercomputer.");
        List<Outcome> found = outcomes(doc, doc.money("£225 million", 225_000_000L, "GBP"));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Isambard-AI");
            assertThat(o.type()).isEqualTo(OutcomeType.FUNDING);
            assertThat(o.actors()).extracting(a -> a.code()).containsExactly("GB");
        });
    }

    @Test
    void takesTheNameOfAQuotedTitleAndTheTypeFromTheWordAfterIt() {
        Fixtures.Doc doc = Fixtures.doc("The summit saw the signing of the “Inclusive and Sustainable Artificial "
                + "Intelligence for People and the Planet” agreement by 61 nations and organizations.");
        List<Outcome> found = outcomes(doc, doc.count("61 nations and organizations", 61, "nations and organizations"));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.name())
                    .isEqualTo("Inclusive and Sustainable Artificial Intelligence for People and the Planet");
            assertThat(o.type()).isEqualTo(OutcomeType.AGREEMENT);
            assertThat(o.count().value()).isEqualByComparingTo("61");
        });
    }

    @Test
    void givesTheJoiningCountToTheOutcomeNamedJustBefore() {
        Fixtures.Doc doc = Fixtures.doc(
                "Modi launched the Global Biofuels Alliance to promote sustainable biofuels.",
                "According to the Indian government, 19 countries had already agreed to join.");
        List<Outcome> found = outcomes(doc, doc.count("19 countries", 19, "countries"));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Global Biofuels Alliance");
            assertThat(o.type()).isEqualTo(OutcomeType.COALITION);
            assertThat(o.count().value()).isEqualByComparingTo("19");
            assertThat(o.evidence()).hasSize(2);
        });
    }

    @Test
    void readsALabelledListItemAsAnOutcome() {
        Fixtures.Doc doc = Fixtures.doc(
                "Annexes:",
                "- **Global Digital Compact**: the first worldwide agreement on " + "digital cooperation.",
                "- **Declaration on Future Generations**: commits states to think ahead.");
        assertThat(outcomes(doc))
                .extracting(Outcome::name)
                .containsExactly("Global Digital Compact", "Declaration on Future Generations");
    }

    @Test
    void doesNotRepeatAnOutcomeWhenTheTextRefersBackToIt() {
        Fixtures.Doc doc = Fixtures.doc(
                "Leaders adopted the Pact for the Future.",
                "The Pact was meant to be adopted without a vote.",
                "The full text of the declaration is published online.");
        assertThat(outcomes(doc)).extracting(Outcome::name).containsExactly("Pact for the Future");
    }

    @Test
    void prefixesAnInstituteAnnouncedAsOnesOwnWithItsOwner() {
        Fixtures.Doc doc = Fixtures.doc("Harris said that the United States would create its own AI Safety Institute.");
        assertThat(outcomes(doc)).extracting(Outcome::name).containsExactly("United States AI Safety Institute");
    }

    @Test
    void typesMoneyAnAgreementCommitsToAsTheAgreement() {
        Fixtures.Doc doc = Fixtures.doc("The decision on the new goal commits developed countries to take the lead in "
                + "providing at least US$300 billion a year by 2035.");
        List<Outcome> found = outcomes(doc, doc.money("US$300 billion", 300_000_000_000L, "USD"));
        assertThat(found).singleElement().satisfies(o -> {
            assertThat(o.name()).isEqualTo("Decision on the new goal");
            assertThat(o.type()).isEqualTo(OutcomeType.AGREEMENT);
            assertThat(o.amount().currency()).isEqualTo("USD");
        });
    }
}
