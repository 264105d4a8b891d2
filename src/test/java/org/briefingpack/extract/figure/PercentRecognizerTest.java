package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentRecognizerTest {

    private final PercentRecognizer percents = new PercentRecognizer(Rendered.LEXICON);

    private String find(String text) {
        return Rendered.of(text, percents.find(Tokens.of(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            spend at least 2% of GDP on defence                 | 2%=2
            about 85 percent of global GDP                      | 85 percent=85
            to fall by 43 per cent by 2030                      | 43 per cent=43
            by 81% by 2035                                      | 81%=81
            a 2 % rise                                          | 2 %=2
            rose 1.5 percentage points                          | 1.5 percentage points=1.5
            by one percentage point                             | one percentage point=1
            inflation of 3.2%                                   | 3.2%=3.2
            ten percent of the budget                           | ten percent=10
            Twenty per cent of seats                            | Twenty per cent=20
            revenue fell 3 pct                                  | 3 pct=3
            shares rose 12.5 per-cent                           | 12.5 per-cent=12.5
            100% renewable                                      | 100%=100
            0.5% of GNI                                         | 0.5%=0.5
            40-50% of voters                                    | 40=40 ; 50%=50
            40–50 per cent of voters                            | 40=40 ; 50 per cent=50
            between 10 and 15 per cent                          | 10=10 ; 15 per cent=15
            from 20 to 30 percent                               | 20=20 ; 30 percent=30
            40% to 45% of funds                                 | 40%=40 ; 45%=45
            60% and 40%                                         | 60%=60 ; 40%=40
            (2%)                                                | 2%=2
            85 PERCENT                                          | 85 PERCENT=85
            1,000% gain                                         | 1,000%=1000
            growth of 10pc                                      | 10pc=10
            a 3.5pc rise                                        | 3.5pc=3.5
            growth was minus five percent                       | minus five percent=-5
            prices moved minus 3.5% on the year                 | minus 3.5%=-3.5
            a rate of negative 0.5 per cent                     | negative 0.5 per cent=-0.5
            from minus 2 to minus 3 percent                     | minus 2=-2 ; minus 3 percent=-3
            between minus 1 and 2 percent                       | minus 1=-1 ; 2 percent=2
            """)
    void percents(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            percent
            the percentage of voters
            %
            G7% nonsense
            50 percentile
            a 5 million percent
            per cent
            10 centimetres
            """)
    void noPercents(String text) {
        assertThat(find(text)).isEmpty();
    }
}
