package org.briefingpack.extract.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorGazetteerTest {

    private static final ActorGazetteer GAZETTEER = ActorGazetteer.fromClasspath();

    private static List<String> codes(String text) {
        return GAZETTEER.actors(Tokenizer.tokens(text)).stream()
                .map(m ->
                        m.actor().code() != null ? m.actor().code() : m.actor().name())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the U.S. and U.K. chose not to sign                     | US,GB
            the US and UK                                           | US,GB
            USA and Britain                                         | US,GB
            the United States of America and Great Britain          | US,GB
            the Republic of Korea and South Korea                   | KR,KR
            Turkish President Recep Tayyip Erdogan                  | TR,TR
            President Volodymyr Zelensky called it absurd           | UA
            Lavrov, by contrast, called the summit a success        | RU
            Ursula von der Leyen announced                          | EU
            French and German ministers                             | FR,DE
            the European Union and Europe                           | EU,EU
            the EU                                                  | EU
            Saudi Arabia's energy minister                          | SA
            the United Arab Emirates and the UAE                    | AE,AE
            China, India, Brazil, Nigeria and Kenya                 | CN,IN,BR,NG,KE
            Côte d'Ivoire and Ivory Coast                           | CI,CI
            the Russian Federation and Türkiye                      | RU,TR
            OPEC and the Alliance of Small Island States            | OPEC,Alliance of Small Island States
            G7 leaders and the African Union                        | G7,African Union
            the Bill & Melinda Gates Foundation                     | Bill & Melinda Gates Foundation
            the German Development Ministry or the US Energy Department | DE,US
            Budapest said it needs no judge                         | HU
            the Swiss Confederation and the Kingdom of Saudi Arabia | CH,SA
            the Republic of Guinea and Equatorial Guinea            | GN,GQ
            the French Republic and the Federal Republic of Germany | FR,DE
            """)
    void recognisesCountriesByNameAbbreviationAndDemonym(String text, String expected) {
        assertThat(codes(text)).containsExactlyElementsOf(Arrays.asList(expected.split(",")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the UK AI Safety Institute
            at UN Headquarters in New York
            the NATO-Ukraine Council
            the Abu Dhabi-based G42
            cooperation beyond North America
            us and them
            a European outlook
            """)
    void leavesNamesInsideLongerNamesAlone(String text) {
        assertThat(codes(text)).doesNotContain("GB", "US", "UA", "AE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            held in Paris                 | Paris         | FR
            NATO SUMMIT IN VILNIUS        | VILNIUS       | LT
            at Expo City Dubai            | Dubai         | AE
            in New Delhi                  | New Delhi     | IN
            COP29 in Baku                 | Baku          | AZ
            UN Headquarters in New York   | New York      | US
            the summit in Sharm el-Sheikh | Sharm el-Sheikh | EG
            """)
    void knowsTheCountryOfSummitCities(String text, String place, String country) {
        List<Place> places = GAZETTEER.places(Tokenizer.tokens(text));
        assertThat(places).isNotEmpty();
        assertThat(places.get(places.size() - 1).name()).isEqualTo(place);
        assertThat(places.get(places.size() - 1).country()).isEqualTo(country);
    }
}
