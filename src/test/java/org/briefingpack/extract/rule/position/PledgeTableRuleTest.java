package org.briefingpack.extract.rule.position;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PledgeTableRuleTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '~', textBlock = """
            a | b                 ~ true
            | a |                 ~ false
            no pipes at all       ~ false
            | Germany | €1 | x | ~ true
            """)
    void recognisesRowsByTheirCells(String line, boolean row) {
        assertThat(PledgeTableRule.isRow(line)).isEqualTo(row);
    }
}
