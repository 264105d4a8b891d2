package org.briefingpack.render.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StylesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "USD | true  | $#,##0",
                "EUR | true  | \"€\"#,##0",
                "GBP | true  | \"£\"#,##0",
                "GBP | false | \"£\"#,##0.00",
                "JPY | true  | \"¥\"#,##0",
                "CHF | true  | \"CHF \"#,##0",
                "    | true  | #,##0",
            })
    void moneyFormat_usesTheCurrencysSymbolAsALiteral(String currency, boolean whole, String expected) {
        assertThat(Styles.moneyFormat(currency, whole)).isEqualTo(expected);
    }
}
