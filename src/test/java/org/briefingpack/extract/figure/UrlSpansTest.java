package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlSpansTest {

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            see https://x.org/2023/20 now   | 20 | true
            see https://x.org/2023/20 now   | 27 | false
            see http://x.org/a now          | 5  | true
            see www.un.org/en/5 now         | 18 | true
            see www.un.org/en/5 now         | 20 | false
            mail a@b12.org today            | 9  | true
            mail a@b12.org today            | 5  | true
            20 countries                    | 0  | false
            awww.x is no url                | 4  | false
            (https://unfccc.int/cop28).     | 10 | true
            """)
    void findsUrls(String text, int position, boolean inside) {
        assertThat(UrlSpans.find(text).test(position)).isEqualTo(inside);
    }
}
