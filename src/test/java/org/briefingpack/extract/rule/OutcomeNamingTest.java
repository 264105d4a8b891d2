package org.briefingpack.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.briefingpack.model.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Outcome names given by a naming cue, a coordination, a list after an introducing line; money "through" a name. */
class OutcomeNamingTest {

    private static List<String> outcomes(String escaped) {
        return Structures.pipeline(escaped.replace("\\n", "\n")).outcomes().stream()
                .map(o -> o.type() + ":" + o.name())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Ministers adopted a declaration known as the Lima Ocean Compact.                 ~ AGREEMENT:Lima Ocean Compact
            They launched a programme called the Blue Finance Process.                       ~ INITIATIVE:Blue Finance Process
            The forum published a report entitled "State of the Coasts".                     ~ REPORT:State of the Coasts
            Leaders endorsed a plan dubbed the Coral Shield.                                 ~ INITIATIVE:Coral Shield
            Donors set up a fund named the Andean Water Facility.                            ~ INITIATIVE:Andean Water Facility
            The ministers issued a text titled the Quito Declaration on Forests.             ~ AGREEMENT:Quito Declaration on Forests
            The forum adopted the Tuna Charter and the Reef Restoration Roadmap.             ~ AGREEMENT:Tuna Charter;AGREEMENT:Reef Restoration Roadmap
            Leaders launched the Coastal Alliance and the Mangrove Partnership.              ~ COALITION:Coastal Alliance;INITIATIVE:Mangrove Partnership
            The summit launched the Partnership for Global Infrastructure and Investment.    ~ INITIATIVE:Partnership for Global Infrastructure and Investment
            The meeting closed with a chair's statement summarising the talks.               ~ AGREEMENT:Chair's statement
            The presidency released a Chair's Summary.                                       ~ OTHER:Chair's Summary
            The talks ended with a joint statement on fisheries.                             ~ AGREEMENT:Joint statement on fisheries
            Ministers concluded with the Lima Declaration on Soils.                          ~ AGREEMENT:Lima Declaration on Soils
            """)
    void namesTheOutcomeAfterACueOrEachSideOfACoordination(String text, String expected) {
        assertThat(outcomes(text)).containsExactlyElementsOf(Arrays.asList(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Other documents adopted included:\\n\\n- the Lima Principles on Marine Data\\n- the Reef Charter       ~ AGREEMENT:Lima Principles on Marine Data;AGREEMENT:Reef Charter
            The summit launched:\\n\\n- the Ocean Data Hub\\n- a Coastal Resilience Fund                        ~ INSTITUTION:Ocean Data Hub;FUNDING:Coastal Resilience Fund
            Key outcomes:\\n\\n- the Arctic Statement                                                         ~ AGREEMENT:Arctic Statement
            Participants discussed:\\n\\n- ocean acidification\\n- fisheries                                 ~ ''
            """)
    void takesTheItemsOfAListThatALineIntroducesAsOutcomes(String text, String expected) {
        List<String> want = expected.isBlank() ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(outcomes(text)).containsExactlyElementsOf(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            Canada provided $30 million through the Ocean Resilience Facility.       ~ Ocean Resilience Facility
            Japan committed $12 million via the Pacific Cable Programme.             ~ Pacific Cable Programme
            Norway pledged $8 million under the Blue Bonds Initiative.               ~ Blue Bonds Initiative
            """)
    void namesMoneyGivenThroughANamedProgrammeAfterIt(String text, String name) {
        List<Outcome> found = Structures.pipeline(text).outcomes();
        assertThat(found).extracting(Outcome::name).containsExactly(name);
        assertThat(found.get(0).amount()).isNotNull();
    }

    @Test
    void givesTheSignatoryCountOfTheNextSentenceToTheOutcomeJustNamed() {
        List<Outcome> found = Structures.pipeline(
                        "Leaders adopted the Lima Ocean Compact. It was endorsed by more than 40 countries.")
                .outcomes();
        assertThat(found).hasSize(1);
        assertThat(found.get(0).count()).isNotNull();
        assertThat(found.get(0).count().value().intValue()).isEqualTo(40);
    }
}
