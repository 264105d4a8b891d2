package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberReaderTest {

    private final NumberReader reader = new NumberReader(Rendered.LEXICON);

    /** "value words scaled last-token-text", or "" when no number starts the text. */
    private String read(String text) {
        return readAt(text, 0);
    }

    private String readAt(String text, int token) {
        Tokens t = Tokens.of(text);
        NumberReader.Num num = reader.read(t, token);
        if (num == null) {
            return "";
        }
        return num.value().stripTrailingZeros().toPlainString() + " " + (num.words() ? "words" : "digits")
                + (num.scaled() ? " scaled" : "") + " " + t.text(num.last());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            31 allies                | 31 digits 31
            1,200 delegates          | 1200 digits 1,200
            2,500,000 prizes         | 2500000 digits 2,500,000
            17.5 million             | 17500000 digits scaled million
            400 million              | 400000000 digits scaled million
            1.3 trillion             | 1300000000000 digits scaled trillion
            30bn                     | 30000000000 digits scaled 30bn
            2.3bn                    | 2300000000 digits scaled 2.3bn
            100m                     | 100000000 digits scaled 100m
            5k                       | 5000 digits scaled 5k
            5 bn                     | 5000000000 digits scaled bn
            5 m                      | 5 digits 5
            500 crore                | 5000000000 digits scaled crore
            20 lakh                  | 2000000 digits scaled lakh
            Sixteen companies        | 16 words Sixteen
            twenty-eight countries   | 28 words eight
            Twenty-two               | 22 words two
            twenty one nations       | 21 words one
            two hundred              | 200 words hundred
            two hundred and fifty    | 250 words fifty
            three hundred twenty     | 320 words twenty
            two billion              | 2000000000 words scaled billion
            one million              | 1000000 words scaled million
            dozen                    | 12 words dozen
            ninety                   | 90 words ninety
            nineteen                 | 19 words nineteen
            two dozen                | 24 words dozen
            1.5 lakh crore           | 1500000000000 digits scaled crore
            20 thousand crore        | 200000000000 digits scaled crore
            3 thousand million       | 3000000000 digits scaled million
            5 million thousand       | 5000000 digits scaled million
            """)
    void readsNumbers(String text, String expected) {
        assertThat(read(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            first
            8th
            COP28
            G20
            1A5
            1.2.3
            hundred
            thousands
            countries
            30xyz
            """)
    void readsNoNumber(String text) {
        assertThat(read(text)).isEmpty();
    }

    /** "a thousand", "a hundred": a scale word after the article is a number of its own; not without the article. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a thousand troops        | 1000 words scaled thousand
            a hundred delegates      | 100 words hundred
            a hundred and fifty days | 150 words fifty
            a million people         | 1000000 words scaled million
            a hundred million people | 100000000 words scaled million
            the thousand troops      | ""
            a lot                    | ""
            """)
    void readsAScaleWordAfterTheArticle(String text, String expected) {
        assertThat(readAt(text, 1)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            21st | 21
            1st  | 1
            22nd | 22
            3rd  | 3
            13th | 13
            21   | -1
            21xx | -1
            """)
    void readsOrdinals(String text, int expected) {
        assertThat(NumberReader.ordinalValue(Tokens.of(text), 0)).isEqualTo(expected);
    }
}
