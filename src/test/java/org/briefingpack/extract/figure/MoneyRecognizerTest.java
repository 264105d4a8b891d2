package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyRecognizerTest {

    private final MoneyRecognizer money = new MoneyRecognizer(Rendered.LEXICON);

    private String find(String text) {
        return Rendered.of(text, money.find(Tokens.of(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            backed by a robust $400 million investment        | $400 million=400000000 USD
            donors promised $328 millions for the reefs       | $328 millions=328000000 USD
            pledging an impressive €200 billion for            | €200 billion=200000000000 EUR
            a package worth roughly EUR 700m, including        | EUR 700m=700000000 EUR
            investment of around USD 4 trillion a year          | USD 4 trillion=4000000000000 USD
            offered USD 100 million, and Germany                | USD 100 million=100000000 USD
            pledged £40 million to the fund                     | £40 million=40000000 GBP
            the United States $17.5 million and Japan $10 million | $17.5 million=17500000 USD ; $10 million=10000000 USD
            would invest €2.3bn from its budget                 | €2.3bn=2300000000 EUR
            a $30bn investment vehicle                          | $30bn=30000000000 USD
            set up in the spring with £100m of funding          | £100m=100000000 GBP
            at least US$300 billion a year                      | US$300 billion=300000000000 USD
            at least $1.3 trillion a year by 2035               | $1.3 trillion=1300000000000 USD
            up to £8.5 million in research grants               | £8.5 million=8500000 GBP
            the fund stood at roughly $700 million.             | $700 million=700000000 USD
            The fund raised USD 2.5bn                           | USD 2.5bn=2500000000 USD
            a ¥1 trillion stimulus                              | ¥1 trillion=1000000000000 JPY
            Rs 500 crore for solar parks                        | Rs 500 crore=5000000000 INR
            Rs. 20 lakh per village                             | Rs. 20 lakh=2000000 INR
            ₹2,000 crore over five years                        | ₹2,000 crore=20000000000 INR
            a CHF 3m grant                                      | CHF 3m=3000000 CHF
            it costs 300 EUR per delegate                       | 300 EUR=300 EUR
            5 million dollars in aid                            | 5 million dollars=5000000 USD
            4.6 million euros in aid                            | 4.6 million euros=4600000 EUR
            20 million US dollars in loans                      | 20 million US dollars=20000000 USD
            100 million Japanese yen                            | 100 million Japanese yen=100000000 JPY
            2 billion yuan of credit                            | 2 billion yuan=2000000000 CNY
            10 crore rupees                                     | 10 crore rupees=100000000 INR
            50 million Swiss francs                             | 50 million Swiss francs=50000000 CHF
            40 million pounds sterling                          | 40 million pounds sterling=40000000 GBP
            a 20-year, 430 million pound clinic programme       | 430 million pound=430000000 GBP
            two billion dollars                                 | two billion dollars=2000000000 USD
            A$2 billion for the reef                            | A$2 billion=2000000000 AUD
            C$500 million for housing                           | C$500 million=500000000 CAD
            HK$3bn of bonds                                     | HK$3bn=3000000000 HKD
            NZ$40m for Pacific resilience                       | NZ$40m=40000000 NZD
            S$1.5 billion fund                                  | S$1.5 billion=1500000000 SGD
            R$10 bn in credit                                   | R$10 bn=10000000000 BRL
            a $1,000 fee                                        | $1,000=1000 USD
            $2,500,000 in prizes                                | $2,500,000=2500000 USD
            US$ 20 billion                                      | US$ 20 billion=20000000000 USD
            $ 5 million                                         | $ 5 million=5000000 USD
            USD2bn of guarantees                                | USD2bn=2000000000 USD
            a $5k grant                                         | $5k=5000 USD
            a $5K grant                                         | $5K=5000 USD
            $3.2tn of assets                                    | $3.2tn=3200000000000 USD
            $4 trn of assets                                    | $4 trn=4000000000000 USD
            €10mn in damages                                    | €10mn=10000000 EUR
            £2b loan                                            | £2b=2000000000 GBP
            ₩1 trillion package                                 | ₩1 trillion=1000000000000 KRW
            a 500 billion won fund                              | 500 billion won=500000000000 KRW
            GBP 1.2bn                                           | GBP 1.2bn=1200000000 GBP
            JPY 50 billion                                      | JPY 50 billion=50000000000 JPY
            INR 1,000 crore                                     | INR 1,000 crore=10000000000 INR
            AED 100 million                                     | AED 100 million=100000000 AED
            3 billion euro fund                                 | 3 billion euro=3000000000 EUR
            $1 million                                          | $1 million=1000000 USD
            about 1.5 billion U.S. dollars                      | 1.5 billion U.S. dollars=1500000000 USD
            a $1.5-billion fund                                 | $1.5-billion=1500000000 USD
            a $2-million grant                                  | $2-million=2000000 USD
            USD1.2 billion of loans                             | USD1.2 billion=1200000000 USD
            100€ per night                                      | 100€=100 EUR
            1bn euros                                           | 1bn euros=1000000000 EUR
            one trillion dollars                                | one trillion dollars=1000000000000 USD
            SDR 650 billion                                     | SDR 650 billion=650000000000 XDR
            Reef fund gets $40 bil. from donors                 | $40 bil=40000000000 USD
            a ¥300 mil grant                                    | ¥300 mil=300000000 JPY
            """)
    void singleAmounts(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            €40bn ($43.3bn, £33.7bn)                            | €40bn=40000000000 EUR ; $43.3bn=43300000000 USD ; £33.7bn=33700000000 GBP
            pledges of $5-10 billion                            | $5=5000000000 USD ; 10 billion=10000000000 USD
            pledges of $5–10 billion                            | $5=5000000000 USD ; 10 billion=10000000000 USD
            between $1 and $2 billion                           | $1=1000000000 USD ; $2 billion=2000000000 USD
            between $1bn and $2bn                               | $1bn=1000000000 USD ; $2bn=2000000000 USD
            from $100 million to $1 billion                     | $100 million=100000000 USD ; $1 billion=1000000000 USD
            €5-€7 billion                                       | €5=5000000000 EUR ; €7 billion=7000000000 EUR
            5 to 10 million dollars                             | 5=5000000 USD ; 10 million dollars=10000000 USD
            $10-$20                                             | $10=10 USD ; $20=20 USD
            $100 million and £40 million                        | $100 million=100000000 USD ; £40 million=40000000 GBP
            $100 million - 10 countries joined                  | $100 million=100000000 USD
            $3 billion to 2030                                  | $3 billion=3000000000 USD
            aid for 2024 to $450 million                        | $450 million=450000000 USD
            from 900 to $1,200                                  | 900=900 USD ; $1,200=1200 USD
            """)
    void severalAmountsAndRanges(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a bus ticket now costs 45 cents                     | 45 cents=0.45 USD
            stamps went up to 250 pence                         | 250 pence=2.5 GBP
            the fare rose to 12 dollars 40 cents on Monday      | 12 dollars 40 cents=12.4 USD
            a 99p loaf of bread                                 | 99p=0.99 GBP
            she paid 5 pounds and 20 pence                      | 5 pounds and 20 pence=5.2 GBP
            a levy of 45 euro cents per litre                   | 45 euro cents=0.45 EUR
            fees between 20 and 30 cents                        | 20=0.2 USD ; 30 cents=0.3 USD
            it costs fifty cents                                | fifty cents=0.5 USD
            FORTY CENTS OFF                                     | FORTY CENTS=0.4 USD
            a grant of 20 paise per unit                        | 20 paise=0.2 INR
            """)
    void hundredths(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            a road plan of 1.5 lakh crore rupees                | 1.5 lakh crore rupees=1500000000000 INR
            the board set aside 3 crore rupees                  | 3 crore rupees=30000000 INR
            each district gets Rs 40 lakh                       | Rs 40 lakh=4000000 INR
            a ₹2,000 crore scheme                               | ₹2,000 crore=20000000000 INR
            Rs 2.5 lakh crore for railways                      | Rs 2.5 lakh crore=2500000000000 INR
            20 thousand crore rupees of loans                   | 20 thousand crore rupees=200000000000 INR
            Rs40 lakh per school                                | Rs40 lakh=4000000 INR
            a 3-million-euro seed grant for the reefs           | 3-million-euro=3000000 EUR
            Tokyo backed a 10-billion-yen port plan             | 10-billion-yen=10000000000 JPY
            donors gave 13,6 billion euros to the reef fund     | 13,6 billion euros=13600000000 EUR
            Nairobi will raise KSh 5 billion in bonds           | KSh 5 billion=5000000000 KES
            a KSh5bn road                                       | KSh5bn=5000000000 KES
            a Ksh 300 million clinic                            | Ksh 300 million=300000000 KES
            Australia pledged A $ 3 billion                     | A $ 3 billion=3000000000 AUD
            Australia pledged A$ 3 billion                      | A$ 3 billion=3000000000 AUD
            Ottawa added C $ 2 million                          | C $ 2 million=2000000 CAD
            Wellington gave NZ $ 4 million                      | NZ $ 4 million=4000000 NZD
            a HK $ 9 million grant                              | HK $ 9 million=9000000 HKD
            the US $ 5 million loan                             | US $ 5 million=5000000 USD
            the US $5 million loan                              | US $5 million=5000000 USD
            commitments of more than $US 4 billion              | $US 4 billion=4000000000 USD
            a reef plan worth half a billion dollars            | half a billion dollars=500000000 USD
            Half a million euros went to the clinics            | Half a million euros=500000 EUR
            a billion dollars for the reef                      | billion dollars=1000000000 USD
            a grant of $A 20 million from Canberra              | $A 20 million=20000000 AUD
            $NZ 15 million for the reef                         | $NZ 15 million=15000000 NZD
            the donors raised $US2.4 billion for the clinics    | $US2.4 billion=2400000000 USD
            a loan of $NZ35 million to the islands              | $NZ35 million=35000000 NZD
            $A12 million came from Canberra                     | $A12 million=12000000 AUD
            the model ZX40 costs $40                            | $40=40 USD
            A $3 billion fund was set up                        | $3 billion=3000000000 USD
            a stall sells tea for 100元                         | 100元=100 CNY
            a budget of USD3 905 655 for the year               | USD3 905 655=3905655 USD
            the fee was € 12 500 a year                         | € 12 500=12500 EUR
            $5 million went to 200 schools                      | $5 million=5000000 USD
            a stall sells tea for 100 元                        | 100 元=100 CNY
            a park costing 5亿元                                | 5亿元=500000000 CNY
            a plan worth 1.5万亿元                              | 1.5万亿元=1500000000000 CNY
            they pledged 50 billion dollars                     | 50 billion dollars=50000000000 USD
            a loan of 20 billion US Dollar for roads            | 20 billion US Dollar=20000000000 USD
            11.34 billion United States (US) dollars in loans   | 11.34 billion United States (US) dollars=11340000000 USD
            850 million pounds sterling                         | 850 million pounds sterling=850000000 GBP
            360 billion yuan of credit                          | 360 billion yuan=360000000000 CNY
            300 billion euros of investment                     | 300 billion euros=300000000000 EUR
            Sweden gave 300 million kronor                      | 300 million kronor=300000000 SEK
            Oslo added 400 million Norwegian crowns             | 400 million Norwegian crowns=400000000 NOK
            a grant of 75 million Danish crowns                 | 75 million Danish crowns=75000000 DKK
            Prague lent 2 billion Czech crowns                  | 2 billion Czech crowns=2000000000 CZK
            loans of 90 billion CFA francs                      | 90 billion CFA francs=90000000000 XOF
            a road worth 12 billion Tanzanian shillings         | 12 billion Tanzanian shillings=12000000000 TZS
            Doha offered 500 million Qatari riyals              | 500 million Qatari riyals=500000000 QAR
            a fund of 3 billion ringgit                         | 3 billion ringgit=3000000000 MYR
            """)
    void currenciesWrittenInOtherWays(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            South Africa will spend R1.2 billion on the grid.   | R1.2 billion=1200000000 ZAR
            The Durban port gets R500 million and R1,250 fees.  | R500 million=500000000 ZAR ; R1,250=1250 ZAR
            As the rand fell, R 3 billion was lost.             | R 3 billion=3000000000 ZAR
            Cape Town plans a R2.5bn upgrade.                   | R2.5bn=2500000000 ZAR
            Ayn Rand never saw R2 billion.                      | ""
            A plan for R1.2 billion was tabled.                 | ""
            Near Johannesburg the R21 highway carries R512 traffic. | ""
            """)
    void placeSymbols_areMoneyOnlyWhereTheTextNamesTheirPlace(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Banks gave $20 billion (10 billion each) to the fund. | $20 billion=20000000000 USD ; 10 billion=10000000000 USD
            It got 4.6 billion dollars, down from 6 billion last year. | 4.6 billion dollars=4600000000 USD ; 6 billion=6000000000 USD
            Two lenders put in EUR 5 million (4 million apiece). | EUR 5 million=5000000 EUR ; 4 million=4000000 EUR
            Aid rose to £3bn from 2bn and then to 4bn.           | £3bn=3000000000 GBP ; 2bn=2000000000 GBP ; 4bn=4000000000 GBP
            A fund of $2 billion, out of a total of 9 billion.   | $2 billion=2000000000 USD ; 9 billion=9000000000 USD
            The fund has $5 billion. From 6 billion in 2020 it grew. | $5 billion=5000000000 USD
            It raised $5 billion, from 6 billion people.         | $5 billion=5000000000 USD
            It raised $5 billion, from 6 billion tonnes of ore.  | $5 billion=5000000000 USD
            It raised $5 billion\\nfrom 6 billion in 2020.        | $5 billion=5000000000 USD
            It raised $5 billion and 6 billion more.             | $5 billion=5000000000 USD
            It raised $5 billion from 600 donors.                | $5 billion=5000000000 USD
            From 6 billion to 8 billion, the debt grew.          | ""
            """)
    void bareScaledNumbers_takeTheCurrencyOfTheMoneyBeforeThem_inTheSameSentence(String text, String expected) {
        assertThat(find(text.replace("\\n", "\n"))).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            400 million people
            the 2% target
            G20 leaders and COP28 talks
            F-16 jets
            he won 3 seats
            USD rates rose
            a budget of 4 billion
            Article 6 rules
            40 tonnes of aid
            $
            $$$
            €
            the US dollar strengthened
            a 50 Cent concert
            1080p video
            cents per litre
            99 p
            R1.2 billion
            """)
    void noMoney(String text) {
        assertThat(find(text)).isEmpty();
    }
}
