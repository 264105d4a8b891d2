package org.briefingpack.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.briefingpack.model.Position;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionRecognizerTest {

    private final Structures structure = new Structures();

    private List<String> positions(String sentence) {
        Fixtures.Doc doc = Fixtures.doc(sentence);
        return structure.recognize(doc.text(), doc.sentences(), List.of()).positions().stream()
                .map(PositionRecognizerTest::key)
                .toList();
    }

    private static String key(Position p) {
        return (p.actor().code() != null ? p.actor().code() : p.actor().name()) + ":" + p.stance();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            However, the U.S. and U.K. chose not to sign the AI declaration, citing concerns over national security. | US:DECLINED,GB:DECLINED
            China and India did not sign the pledge; reports suggested that China objected to its wording on coal.   | CN:DECLINED,IN:DECLINED
            Argentina had left the talks much earlier.                                                                | AR:DECLINED
            Brazil refused to endorse the final text.                                                                 | BR:DECLINED
            Russia withdrew from the agreement in 2022.                                                               | RU:DECLINED
            In contrast, China expressed a readiness to share its AI advancements with other nations.                 | CN:SUPPORTS
            Germany welcomed the outcome.                                                                             | DE:SUPPORTS
            US President Joe Biden had publicly backed the AU's membership bid.                                       | US:SUPPORTS
            The African Group, which backed the negotiated text, then asked for no action.                            | African Group:SUPPORTS
            Turkish President Recep Tayyip Erdogan agreed to send the protocol to parliament.                         | TR:SUPPORTS
            Russia opposed the text as it stood.                                                                      | RU:OPPOSES
            France criticised the draft as too weak.                                                                  | FR:OPPOSES
            Ukraine's foreign ministry said the G20 had nothing to be proud of, because it did not name Russia.       | UA:OPPOSES
            India's negotiator told the plenary that her country opposed the adoption of the decision.                | IN:OPPOSES
            OPEC's secretary general wrote to members urging them to reject any text that targeted fossil fuels.      | OPEC:OPPOSES
            The Alliance of Small Island States was deeply unhappy with the outcome.                                  | Alliance of Small Island States:OPPOSES
            India hosted the annual G20 leaders' summit at Bharat Mandapam.                                           | IN:HOSTED
            It was co-hosted by the Republic of Korea and the United Kingdom.                                         | KR:HOSTED,GB:HOSTED
            COP29, the UN Climate Change Conference hosted by Azerbaijan, opened at the stadium.                      | AZ:HOSTED
            Lithuania hosted the summit at the LITEXPO exhibition centre.                                             | LT:HOSTED
            Europe made a bold commitment to AI development, pledging an impressive sum.                              | ''
            France said it would supply long-range cruise missiles to Ukraine.                                        | FR:PLEDGED
            The UK, Canada and the Bill & Melinda Gates Foundation are among the funders of the initiative.           | GB:PLEDGED,CA:PLEDGED,Bill & Melinda Gates Foundation:PLEDGED
            The signatories were Australia, Canada, the United States and the European Union.                         | AU:SIGNED,CA:SIGNED,US:SIGNED,EU:SIGNED
            The signatories ranged from Amazon, Google and OpenAI to Samsung Electronics and the Beijing-based Zhipu.ai. | Amazon:SIGNED,Google:SIGNED,OpenAI:SIGNED,Samsung Electronics:SIGNED,Zhipu.ai:SIGNED
            The United States, China, India and Kenya were among the signatories.                                      | US:SIGNED,CN:SIGNED,IN:SIGNED,KE:SIGNED
            Twenty-two countries, among them the United States, France and Japan, endorsed a declaration.             | US:SIGNED,FR:SIGNED,JP:SIGNED
            G7 leaders issued a Joint Declaration of Support for Ukraine.                                             | G7:SIGNED
            Speaking in London on the same day as the declaration was signed, Harris made a speech.                   | ''
            The World Bank will host the fund, an arrangement that many developing countries had resisted.           | ''
            Before the gavel came down, Deputy Foreign Minister Sergey Vershinin proposed an amendment stating that the UN system should not intervene in matters that fall essentially within a state's domestic jurisdiction, and he complained that countries unhappy with the draft had been denied further negotiations. | ''
            World leaders met at UN Headquarters in New York and adopted the Pact for the Future.                     | ''
            According to the Indian government, 19 countries had already agreed to join.                              | ''
            Developing countries welcomed the speed of the decision.                                                  | ''
            Lavrov, by contrast, called the summit a success.                                                         | RU:SUPPORTS
            Before the text was published, President Volodymyr Zelensky called it absurd that no date was set.        | UA:OPPOSES
            Italy joined the coalition on Tuesday.                                                                    | IT:SIGNED
            Japan hosted last year's summit in Hiroshima.                                                             | ''
            France will host the next summit.                                                                         | ''
            Brazil, as host, opened the talks with a call for unity.                                                  | BR:HOSTED
            Japan and Canada were among 22 countries that signed the pledge.                                          | JP:SIGNED,CA:SIGNED
            Finland did not endorse the final statement.                                                              | FI:DECLINED
            Sweden chose not to endorse the charter on fisheries.                                                     | SE:DECLINED
            Peru stayed out of the coalition, citing costs.                                                           | PE:DECLINED
            Norway opted out of the deal on subsidies.                                                                | NO:DECLINED
            Iceland abstained in the final vote.                                                                      | IS:DECLINED
            The plan was backed by Kenya and Ghana.                                                                   | KE:SUPPORTS,GH:SUPPORTS
            The proposal, supported by Brazil, went to the plenary.                                                   | BR:SUPPORTS
            The roadmap was welcomed by India and Chile.                                                              | IN:SUPPORTS,CL:SUPPORTS
            Washington said it backed the plan.                                                                       | US:SUPPORTS
            Moscow rejected the statement on grain exports.                                                           | RU:OPPOSES
            Beijing, for its part, welcomed the deal.                                                                 | CN:SUPPORTS
            The deal was backed by Kyiv.                                                                              | UA:SUPPORTS
            Delegates who met in Tokyo rejected the draft.                                                            | ''
            The London talks welcomed the deal.                                                                       | ''
            Ministers praised the Paris Agreement.                                                                    | ''
            Kenyan Foreign Minister Paul Otieno, whose country hosted the forum, praised the outcome.                  | KE:HOSTED,KE:SUPPORTS
            The next forum is to be co-hosted by Fiji and Samoa.                                                      | ''
            The 2033 summit will be hosted by Chile.                                                                  | ''
            Hosting the summit in Nairobi, Kenya's President opened the talks.                                        | KE:HOSTED
            Co-hosting the conference, Norway set the agenda.                                                         | NO:HOSTED
            Norway expressed support for the compact.                                                                 | NO:SUPPORTS
            Mexico threw its support behind the fund.                                                                 | MX:SUPPORTS
            Brazil voiced opposition to the levy.                                                                     | BR:OPPOSES
            India raised objections to the text.                                                                      | IN:OPPOSES
            Egypt pushed back against the target.                                                                     | EG:OPPOSES
            """)
    void findsActorsAndStances(String sentence, String expected) {
        List<String> want = expected.isBlank() ? List.of() : Arrays.asList(expected.split(","));
        assertThat(positions(sentence)).containsExactlyElementsOf(want);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The U.S. chose not to sign the declaration, citing concerns over national security and regulatory challenges. | national security;regulatory challenges
            Ukraine's ministry said the G20 had nothing to be proud of, because the declaration did not name Russia as the aggressor. | the declaration did not name Russia as the aggressor
            """)
    void takesReasonsFromCitingAndBecause(String sentence, String reasons) {
        Fixtures.Doc doc = Fixtures.doc(sentence);
        Position first = structure
                .recognize(doc.text(), doc.sentences(), List.of())
                .positions()
                .get(0);
        assertThat(first.reasons()).containsExactly(reasons.split(";"));
        assertThat(first.evidence()).extracting(e -> e.quote()).containsExactly(sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Germany announced a fund for coasts. It pledged $50 million to the fund.          | DE:PLEDGED
            Japan and Korea launched a facility. They pledged $20 million to it.              | JP:PLEDGED
            The fund was launched in Oslo. It pledged nothing. Norway pledged $5 million.     | NO:PLEDGED
            """)
    void givesAPronounSubjectThePreviousSentencesSubject(String text, String expected) {
        List<String> got = Structures.pipeline(text).positions().stream()
                .map(PositionRecognizerTest::key)
                .toList();
        assertThat(got).containsExactlyElementsOf(Arrays.asList(expected.split(",")));
    }
}
