package org.briefingpack.extract.rule.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThemeLabelsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Safety: managing the risks posed by the most advanced AI models;  | Safety: managing the risks posed by the most advanced AI models
            agreeing a political response to the global stocktake;            | agreeing a political response to the global stocktake
            one; two                                                          | one
            a very long item that goes on and on with many words well past the limit of a label | a very long item that goes on and on with many words well past
            """)
    void cutsListItemsToShortLabels(String item, String label) {
        assertThat(ThemeLabels.label(item)).isEqualTo(label);
    }
}
