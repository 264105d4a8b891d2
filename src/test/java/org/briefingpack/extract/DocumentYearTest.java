package org.briefingpack.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentYearTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            g20-bali-2022.txt                | 2022
            2024-06-11 Berlin recovery.pdf   | 2024
            Lisbon_ocean_conference_2017.docx | 2017
            cop28-2023-2023.html             | 2023
            un80-summit-2025.md              | 2025
            20241105_summit.txt              | 2024
            """)
    void aFileNameWithOneYear_givesIt(String fileName, int year) {
        assertThat(DocumentYear.inFileName(fileName)).hasValue(year);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            summit.txt
            cop28-2023-review-2025.txt
            briefing-20245.txt
            g7-1234.txt
            notes.2024
            """)
    void aFileNameWithNoYearOrTwo_givesNone(String fileName) {
        assertThat(DocumentYear.inFileName(fileName)).isEqualTo(OptionalInt.empty());
    }
}
