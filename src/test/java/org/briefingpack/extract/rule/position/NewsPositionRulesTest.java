package org.briefingpack.extract.rule.position;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingpack.extract.rule.Structures;
import org.briefingpack.model.Position;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Positions as news reporting writes them; every sentence here was written for this test. */
class NewsPositionRulesTest {

    private static List<String> positions(String text) {
        return Structures.positionKeys(text.replace("\\n", "\n"));
    }

    private static String key(Position p) {
        return Structures.positionKey(p);
    }

    private static List<String> expected(String keys) {
        return Structures.keyList(keys);
    }

    /** The text after a sentence that names the event ("Leaders met at the Reef Summit ..."): exactly those keys. */
    private static void assertPositionsAfterAnEventSentence(String text, String keys) {
        assertThat(positions("Leaders met at the Reef Summit in Suva on Monday. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Forty states backed the Reef Pledge on Monday. Among them are several island nations, including Fiji, Samoa and Tonga. | FJ:SIGNED,WS:SIGNED,TO:SIGNED
            The compact has 60 founding members, including 40 countries, the African Union and the European Union, and 12 banks. | African Union:SIGNED,EU:SIGNED
            Delegates from Peru, Chile and Mexico attended the session, including observers such as Canada.                   | ''
            The pledge was signed by 30 nations, including small teams from research institutes in Norway.                    | ''
            Kenya and Ghana were the first to join, followed by a dozen others.                                                | KE:SIGNED,GH:SIGNED
            Among the signatories are Brazil, Japan and India, along with the European Union.                                 | BR:SIGNED,JP:SIGNED,IN:SIGNED,EU:SIGNED
            Early support came from an announcement of support by Norway, Peru and Chile at the spring meeting.              | NO:SIGNED,PE:SIGNED,CL:SIGNED
            The accord was endorsed by Spain, Portugal and Italy at the forum in Lisbon.                                      | ES:SIGNED,PT:SIGNED,IT:SIGNED
            """)
    void signatoriesListedInASentence(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ana Ruiz, president of the assembly and Fiji's minister for oceans, said the assembly endorsed three resolutions. | FJ:HOSTED
            Ana Ruiz, the chair of the summit and Fiji's minister for oceans, opened the talks.                              | FJ:HOSTED
            Tonga, chair of the meeting, thanked the delegates.                                                               | TO:HOSTED
            Ana Ruiz, president of the Reef Council and Fiji's minister for oceans, spoke first.                             | ''
            Peru's envoy said the assembly endorsed three resolutions.                                                        | ''
            """)
    void anOfficeOfTheGatheringAfterANameMakesItsCountryTheHost_andAnAssemblyIsASubjectOfItsOwn(
            String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji said the summit built on the Lima Accord signed in 2015.         | ''
            Chile welcomed the pact adopted on Friday.                            | CL:SUPPORTS
            Peru recalled the declaration endorsed last year.                     | ''
            Chile's envoy said the Suva Charter, approved on the second day, spoke for the region. | ''
            Fiji and Chile signed the accord in Suva.                             | FJ:SIGNED,CL:SIGNED
            The Lima Accord was signed by Peru on Friday.                         | PE:SIGNED
            """)
    void aParticipleRightAfterATextDescribesTheText_noOneSignsIt(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Under the plan agreed by a show of hands on the Reef resolution, the talks began a new round in Apia, Samoa.          | ''
            The text reached by the drafting team came apart when some envoys queried fees paid to the Reef Fund. | ''
            The plan was agreed by Fiji, Chile and Peru on Friday.                                                              | FJ:SIGNED,CL:SIGNED,PE:SIGNED
            The text was agreed by 12 countries, including Fiji and Chile.                                                      | FJ:SIGNED,CL:SIGNED
            """)
    void anAgentThatIsNoActor_endsTheSearchForOne_beforeAClauseOfItsOwn(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji's Ana Ruiz said that delegates then adopted three resolutions. | ''
            Chile's envoy said the ministers adopted the charter.                       | ''
            Chile's envoy said its delegates adopted the charter.                       | CL:SIGNED
            Chile said it adopted the charter.                                          | CL:SIGNED
            """)
    void theGatheringsPeopleOpeningAReportedClause_actForThemselves_notForTheSpeaker(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef Pact meets\\n\\nThe 5 Reef Pact partners signed the Supply Agreement.\\n\\nToday, the 5 partners of the Reef Pact (RP) – Fiji, Chile, Peru, Tonga and the United States – met in Suva. | FJ:SIGNED,CL:SIGNED,PE:SIGNED,TO:SIGNED,US:SIGNED
            Reef Pact meets\\n\\nThe five members of the Reef Pact: Fiji, Chile, Peru, Tonga and Samoa, met in Suva.\\n\\nAll five members signed the Supply Agreement.                          | FJ:SIGNED,CL:SIGNED,PE:SIGNED,TO:SIGNED,WS:SIGNED
            Reef Pact meets\\n\\nThe 6 Reef Pact partners signed the Supply Agreement.\\n\\nToday, the 5 partners of the Reef Pact (RP) – Fiji, Chile, Peru, Tonga and the United States – met in Suva. | ''
            Reef Pact meets\\n\\nThe 5 Reef Pact partners signed the Supply Agreement.\\n\\nToday, the 5 partners of the Reef Pact – Fiji, Chile, Peru and the United States – met in Suva.        | ''
            """)
    void aGroupListedOnceByNameIsThoseCountriesWhereverTheStoryNamesItByItsCount(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chilean President Ana Ruiz's decision to skip the summit came after a dispute over seating. | CL:DECLINED
            Peru's move to boycott the talks drew criticism.                                            | PE:DECLINED
            Chile's decision to skip the tariff cut drew criticism.                                     | ''
            Chile's plan to skip the summit was dropped.                                                | ''
            """)
    void aDecisionToSkipTheGathering_isTheOwnersAbsence(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The council said that four member states — Chile, Peru, Tonga and Samoa — have welcomed the plan. | CL:SUPPORTS,PE:SUPPORTS,TO:SUPPORTS,WS:SUPPORTS
            The council said that four member states, Chile, Peru, Tonga and Samoa, have welcomed the plan.   | CL:SUPPORTS,PE:SUPPORTS,TO:SUPPORTS,WS:SUPPORTS
            Chile's minister also announced that the Reef Council has agreed to set up a contact group.       | Reef Council:SUPPORTS
            """)
    void statesListedInAnAsideBetweenCountAndVerb_holdTheReportedView(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At the close, after Fiji took the chair from Chile, the heads of State signed the Suva Declaration.                | ''
            At the close, after Fiji took the chair from Chile, the heads of state and government adopted the Suva Declaration. | ''
            At the close, Fiji and Chile signed the Suva Declaration.                                                                  | FJ:SIGNED,CL:SIGNED
            """)
    void theHeadsOfStateAfterACommaAreASubjectOfTheirOwn(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway's minister spoke first. The country pledged $40 million to the reef fund.       | NO:PLEDGED
            The European Union sent its commissioner. The bloc pledged €300 million for the reefs. | EU:PLEDGED
            Saudi Arabia sent a large team. The kingdom announced $100 million for desalination.   | SA:PLEDGED
            Norway's minister spoke first. The union of fishers pledged $4 million.                | ''
            Delegates praised Kenya. The country pledged $4 million.                               | ''
            """)
    void aDescriptionOpeningTheSentenceIsTheActorThatOpenedTheOneBefore(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Uganda became a signatory to the reef charter on Friday.                     | UG:SIGNED
            Also signing were Croatia and Slovenia.                                      | HR:SIGNED,SI:SIGNED
            Absent from the list of signatories were Serbia and Hungary.                 | RS:DECLINED,HU:DECLINED
            Missing from the signatories were Serbia and Hungary.                        | RS:DECLINED,HU:DECLINED
            Georgia and Armenia have not yet endorsed the charter.                       | GE:DECLINED,AM:DECLINED
            The pledges came from Norway, Denmark and Iceland.                           | NO:PLEDGED,DK:PLEDGED,IS:PLEDGED
            Contributions were announced by Luxembourg and Monaco.                       | LU:PLEDGED,MC:PLEDGED
            Uruguay put forward $5 million for the clinics.                              | UY:PLEDGED
            Uruguay put forward a proposal on fisheries.                                 | ''
            The signatories were Chile and Peru.                                         | CL:SIGNED,PE:SIGNED
            Pledges included $50 million from Germany and $30 million from France.       | DE:PLEDGED,FR:PLEDGED
            Of the total, $100 million came from the United States.                      | US:PLEDGED
            The clinic fund received $20 million from Ireland and $15 million from Belgium. | IE:PLEDGED,BE:PLEDGED
            Imports worth $5 billion from China arrived at the port.                     | ''
            The United States led with $200 million for the appeal.                      | US:PLEDGED
            Germany topped the list of donors with €150 million.                         | DE:PLEDGED
            Brazil, as chair, presented the final text.                                  | BR:HOSTED
            Estonian Prime Minister Kristen Michal welcomed delegates to Tallinn.        | EE:HOSTED
            The reef summit was co-hosted by Norway and Kenya, in partnership with Peru.  | NO:HOSTED,KE:HOSTED,PE:HOSTED
            Co-hosted by Norway and Chile, in partnership with Ghana, the forum heard 70 speakers. | NO:HOSTED,CL:HOSTED,GH:HOSTED
            Estonian Prime Minister Kristen Michal on Tuesday hosted Latvian President Edgars Rinkevics. | EE:HOSTED
            At the opening, chair Estonian Foreign Minister Margus Tsahkna set out the agenda. | EE:HOSTED
            Kenya signed a trade deal in partnership with Peru.                         | KE:SIGNED
            The reef talks failed over a US refusal to back the text.                    | US:DECLINED
            The charter fell to a UK veto on Friday.                                     | GB:OPPOSES
            A Kenyan delegation attended the talks.                                      | ''
            Kenya welcomed the charter on reefs.                                         | KE:SUPPORTS
            Thirty states signed the charter, with Chile, Peru and Fiji among the first signatories. | CL:SIGNED,PE:SIGNED,FJ:SIGNED
            Notably absent were Serbia and Hungary.                                      | RS:DECLINED,HU:DECLINED
            Notable absentees included Serbia and Hungary.                               | RS:DECLINED,HU:DECLINED
            The summit, chaired by Norway and Chile, also endorsed a plan on port fees.  | NO:HOSTED,CL:HOSTED
            The forum, convened by Peru, adopted the reef charter.                       | PE:HOSTED
            The host nation, Ghana, opened the reef forum with a call for action.        | GH:HOSTED
            Japan reiterated its support for the reef charter.                           | JP:SUPPORTS
            The charter now has 45 signatories, after Ghana and Togo added their names.   | GH:SIGNED,TG:SIGNED
            Australia announced it would not join the reef coalition.                    | AU:DECLINED
            Mexico said it would consider joining the reef coalition later.              | ''
            Chile is weighing whether to sign the charter.                               | ''
            Norway on 12 May pledged $50 million to the reef fund.                       | NO:PLEDGED
            Norway is hosting a donors' meeting in Oslo next month.                      | ''
            The meeting's chair, Ghanaian Foreign Minister Kofi Mensah, presented the text. | GH:HOSTED
            The summit chair, Ghana, presented the final text.                           | GH:HOSTED
            Ghana, which is hosting the reef conference, pledged $5 million.              | GH:HOSTED,GH:PLEDGED
            The war has spilled over to hosting countries, Ghana said.                   | ''
            """)
    void signingGivingAndStayingOutInFurtherNewsForms(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Signatories to the reef accord include Fiji, Samoa and Tonga.                      | FJ:SIGNED,WS:SIGNED,TO:SIGNED
            Endorsing countries include Chile, Peru and Kenya.                                 | CL:SIGNED,PE:SIGNED,KE:SIGNED
            Countries endorsing the pledge this year include Chile and Kenya.                  | CL:SIGNED,KE:SIGNED
            New endorsers this year are Chile, Peru and Kenya.                                 | CL:SIGNED,PE:SIGNED,KE:SIGNED
            Chile, Peru and Kenya are founding members of the alliance.                        | CL:SIGNED,PE:SIGNED,KE:SIGNED
            The co-hosts, Norway and Ghana, opened the meeting on Monday.                      | NO:HOSTED,GH:HOSTED
            Donors to Sudan include Norway and Japan.                                          | NO:PLEDGED,JP:PLEDGED
            Notable absentees were the United States and China.                                | US:DECLINED,CN:DECLINED
            Signing countries: Chile, Peru and Kenya.                                          | CL:SIGNED,PE:SIGNED,KE:SIGNED
            Signatories are expected to report by 2026.                                        | ''
            The signatories did not include India.                                             | ''
            In Kenya, donors were generous.                                                    | ''
            Chile and Peru are members of the bloc.                                            | ''
            The donors, who met in Paris, spoke of the floods.                                 | ''
            Germany was among the biggest donors, with 200 million euros.                       | DE:PLEDGED
            Britain said it would double its contribution to £1.6 billion.                     | GB:PLEDGED
            Sweden stepped up with SEK 500 million.                                            | SE:PLEDGED
            Prices in Egypt doubled to $400 a tonne.                                           | ''
            Indonesia was notably absent.                                                      | ID:DECLINED
            Egypt became the 50th country to ratify the treaty.                                | EG:SIGNED
            Colombia announced it would join the coalition.                                    | CO:SIGNED
            Brazil's absence was noted by diplomats.                                           | BR:DECLINED
            Despite India's abstention, the text passed.                                       | IN:DECLINED
            Peru's notable absence drew comment.                                               | PE:DECLINED
            China's support for the plan was welcome.                                          | ''
            Japan offered 5,000 scholarships to students from the region.                      | JP:PLEDGED
            China pledged 10,000 training places.                                              | CN:PLEDGED
            Canada offered $3 million and Chile $1 million.                                    | CA:PLEDGED,CL:PLEDGED
            Norway pledged that 300 delegates would attend.                                    | ''
            As host, Japan announced a new fund for the region.                                | JP:HOSTED
            As the host country, Peru opened the talks.                                        | PE:HOSTED
            As host, the city welcomed 5,000 delegates.                                        | ''
            Kenya was offered 5,000 scholarships.                                              | ''
            New endorsers include Ghana, Narnia, Nigeria, and Peru.                            | GH:SIGNED,NG:SIGNED,PE:SIGNED
            The assembly adopted the Reef Pact despite objections from Russia.                 | RU:OPPOSES
            The plan met opposition from Hungary and Poland.                                   | HU:OPPOSES,PL:OPPOSES
            Peru and Fiji co-chair the Reef Summit.                                            | PE:HOSTED,FJ:HOSTED
            Chile hosted the Reef Summit, alongside co-chairs Peru and Fiji.                   | CL:HOSTED,PE:HOSTED,FJ:HOSTED
            Kosovo endorsed the declaration.                                                   | XK:SIGNED
            Norway pledged that 300 foreign ministers would attend.                            | ''
            Venezuela's opposition leader spoke at the summit.                                 | ''
            Opponents warned that the biggest emitters were China and India.                   | ''
            Neither the United States nor China signed the declaration.                        | US:DECLINED,CN:DECLINED
            The declaration was not signed by India or Turkey.                                 | IN:DECLINED,TR:DECLINED
            Australia said it would not join the pledge.                                       | AU:DECLINED
            The text was backed by Kenya and opposed by Egypt.                                 | KE:SUPPORTS,EG:OPPOSES
            India, Brazil and Mexico were among those not included in a list of supporting states. | IN:DECLINED,BR:DECLINED,MX:DECLINED
            Peru was missing from the list of signatories.                                      | PE:DECLINED
            Russia was missing from the list of speakers on Tuesday.                            | ''
            Four countries signed the compact: Peru, Chile, Bolivia and Ecuador.                | PE:SIGNED,CL:SIGNED,BO:SIGNED,EC:SIGNED
            Four countries pulled out of the compact, namely Peru, Chile, Bolivia and Ecuador.  | PE:DECLINED,CL:DECLINED,BO:DECLINED,EC:DECLINED
            Peru decided to pull out of the compact on Monday.                                  | PE:DECLINED
            At the Norway-hosted conference in Oslo, donors pledged $2 billion.                 | NO:HOSTED
            The Saudi-convened meeting in Riyadh closed with a joint statement.                 | SA:HOSTED
            The Reef Summit opened in Suva on Monday. Delegates recalled last year's Fiji-hosted conference. | ''
            The Kuwait-based Arab Fund for Development announced $1.5 billion for Chad.         | Arab Fund for Development:PLEDGED
            The United Arab Emirates pledged $500 million, as did the Islamic Development Bank. | AE:PLEDGED,Islamic Development Bank:PLEDGED
            The United Kingdom of Great Britain and Northern Ireland signed the charter.        | GB:SIGNED
            The assembly adopted the text on a proposal by Bolivia.                             | BO:SUPPORTS
            The resolution, sponsored by Peru and Chile, passed on Monday.                      | PE:SUPPORTS,CL:SUPPORTS
            Chile backed the charter, as did Peru and Bolivia.                                  | CL:SIGNED,PE:SIGNED,BO:SIGNED
            The Peruvian government convened the first Peru-Chile Conference for Promotion of Water Security and Glacier Research in Lima on Monday. | PE:HOSTED
            Peru Holds First Andes Water Conference\\n\\nThe Peruvian government convened the first Andes Conference on Water in Lima on Monday. | PE:HOSTED
            Peru Holds Andes Water Conference\\n\\nIn 2010 Chile hosted the first Pacific Conference on Fisheries. | ''
            """)
    void listsThatANounOfSigningGivingOrHostingOpens(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Russia distanced itself from the consensus on the compact.                          | RU:DECLINED
            Hungary and Poland dissociated themselves from the final declaration.              | HU:DECLINED,PL:DECLINED
            The minister distanced himself from the remarks.                                   | ''
            Oxfam criticised the pledges as far too small.                                     | Oxfam:OPPOSES
            The forum was co-hosted by UNHCR and Switzerland.                                  | UNHCR:HOSTED,CH:HOSTED
            Signatories include Greenpeace, Amnesty International and Save the Children.       | Greenpeace:SIGNED,Amnesty International:SIGNED,Save the Children:SIGNED
            According to UNICEF, two million children need help.                              | ''
            """)
    void dissociationsAndNonGovernmentalBodies(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The new supporters include:\\n\\n- Canada\\n- Chile\\n- Nigeria\\n\\nMore are expected next year. | CA:SIGNED,CL:SIGNED,NG:SIGNED
            The signatories were:\\n\\n- Norway\\n- Acme Robotics\\n- Vietnam                                | NO:SIGNED,Acme Robotics:SIGNED,VN:SIGNED
            """)
    void signatoriesListedInTheItemsBelowALeadIn(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Microsoft's landmark investment of €3 billion will build data centres near Lyon.  | Microsoft:PLEDGED
            Norway's contribution of $40 million goes to the fund.                           | NO:PLEDGED
            Siemens's €250 million investment will expand its Berlin plant.                  | Siemens:PLEDGED
            Pfizer's plan to spend over €200 million on a new factory was welcomed.          | Pfizer:PLEDGED
            Japan's position on the matter remains unchanged.                                | ''
            """)
    void pledgesOwnedByTheDonor(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Donors announced:\\n\\n- JICA Contribution: $12 million for flood defences.\\n- Sweden's Commitment: $4 million over two years. | JP:PLEDGED,SE:PLEDGED
            """)
    void pledgesInLabelledListItems(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Guterres expressed the UN's strong support for the new roadmap.                          | UN:SUPPORTS
            Poland voiced firm opposition to the proposed levy.                                       | PL:OPPOSES
            Egyptian President Abdel Fattah al-Sisi urged adoption of the roadmap.                    | EG:SUPPORTS
            Ghana, which has long asked for debt relief, welcomed the agreement.                      | GH:SUPPORTS
            Chile, Peru and Colombia did not announce commitments during the conference.              | CL:DECLINED,PE:DECLINED,CO:DECLINED
            Canada and Mexico co hosted the meeting in Monterrey.                                     | CA:HOSTED,MX:HOSTED
            The conference was co-hosted by Swedish Prime Minister Ulf Kristersson and Kenyan President William Ruto. | SE:HOSTED,KE:HOSTED
            """)
    void stancesInNewsPhrasing(String text, String keys) {
        assertThat(positions(text)).containsAll(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prime Minister Narendra Modi opened the talks. He also pledged $50 million to the new facility. | IN:PLEDGED
            Chinese Premier Li Qiang arrived on Monday. Li Qiang later pledged $2 billion in loans to the region. | CN:PLEDGED
            """)
    void peopleStandForTheirCountryLaterInTheStory(String text, String keys) {
        assertThat(positions(text)).containsAll(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Despite the consensus on quotas, Portuguese President Marcelo Sousa issued a pointed warning over port fees. | ''
            G20 leaders issued a joint statement on food prices.                                                          | G20:SIGNED
            Macron warns against a price war.                                                                             | FR:OPPOSES
            """)
    void issuingIsSigningOnlyForADocument_andWarningsOppose(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The accord passed with 120 votes. The countries that abstained from the vote included Chile, Peru and Togo. | CL:DECLINED,PE:DECLINED,TG:DECLINED
            Those who refused to sign were Chad and Niger.                                                             | TD:DECLINED,NE:DECLINED
            The nations that backed the plan were praised by the chair.                                                | ''
            However, Brazil was among the countries that chose not to support the charter.                             | BR:DECLINED
            Peru and Chile were among the nations that signed the charter.                                             | PE:SIGNED,CL:SIGNED
            The Rosa and Tomas Vega Foundation pledged $20 million to the fund.                                         | Rosa and Tomas Vega Foundation:PLEDGED
            """)
    void aListAfterARelativeClauseTakesItsStance(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Lisbon forum, co-hosted by the Netherlands, Ghana and Chile, drew 40 delegations.       | NL:HOSTED,GH:HOSTED,CL:HOSTED
            Drones built by Poland, which also backed the charter, were on display.                     | PL:SIGNED
            Spain, which supported this non-binding document, spoke first.                              | ES:SIGNED
            The African Group, which backed the negotiated text, asked for a vote.                      | African Group:SUPPORTS
            Norway backed the idea of a levy on shipping.                                                | NO:SUPPORTS
            At the first meeting two years ago, 40 countries, including Brazil, had signed a shorter text. | ''
            Delegates from Chad had walked out of the session on Monday.                                  | TD:OPPOSES
            """)
    void whoHostsAndWhoPutTheirNameToATextAtThisMeeting(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway will establish 12 training centres in the region.                                      | NO:PLEDGED
            Going forward, Japan plans to implement 50 water projects. Japan will also double its grants. | JP:PLEDGED
            The summit will launch a new debate on shipping.                                               | ''
            Peru will not build the dam.                                                                   | ''
            Kenya committed to a 30% increase in the area of protected mangroves.                         | KE:PLEDGED
            """)
    void aMeasureAnActorWillTakeIsOnePledge(String text, String keys) {
        assertThat(positions(text)).containsExactlyElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The declaration was signed by 45 countries, but not by China.                       | CN:DECLINED
            Norway, the summit's host, pledged $100 million.                                    | NO:HOSTED,NO:PLEDGED
            Sweden became the latest country to sign the pact.                                  | SE:SIGNED
            Ghana, Nigeria and Senegal were among the first to sign.                             | GH:SIGNED,NG:SIGNED,SN:SIGNED
            Spain and Portugal threw their weight behind the proposal.                          | ES:SUPPORTS,PT:SUPPORTS
            Other leaders at the talks, including Fijian Prime Minister Ana Ruiz and Chilean President Luis Soto, gave their backing to the plan. | FJ:SUPPORTS,CL:SUPPORTS
            Norway lent its support to the reef plan.                                           | NO:SUPPORTS
            Peru pledged its support for the fund.                                              | PE:SUPPORTS
            The US joined forces with Chile and Peru to block the deal.                         | US:OPPOSES,CL:OPPOSES,PE:OPPOSES
            Norway teamed up with Chile and Peru to undermine the reef deal.        | NO:OPPOSES,CL:OPPOSES,PE:OPPOSES
            Peru tried to oppose the reef charter.                                              | PE:OPPOSES
            The charter stresses reef data, a priority promoted by Fiji as this year's host.   | FJ:HOSTED
            Chile began a long campaign for reef talks, and Peru began a pledging summit.       | PE:HOSTED
            Fiji began a pledging conference on Tuesday for reef work.                         | FJ:HOSTED
            Fijian Prime Minister Ana Ruiz announced that commitments made at the talks amount to over €10 billion. | ''
            Fijian Prime Minister Ana Ruiz announced that its commitments amount to €10 million. | FJ:PLEDGED
            Reef Council President Charles Michel co-chaired the reef talks.                   | EU:HOSTED
            The reef health dinner, hosted by Joseph R Biden Jr., closed the summit.          | US:HOSTED
            The reef group is led by two close US allies, Chile and Peru.                            | CL:SUPPORTS,PE:SUPPORTS
            Known as the Reef Shield, the coalition was set up by Chile, Peru and the Marshall Islands. | CL:SIGNED,PE:SIGNED,MH:SIGNED
            The reef forum met by video at the joint invitation of Chile and the United Nations. | CL:HOSTED,United Nations:HOSTED
            The reef workshop was organised by the Reef Trust together with the United Nations Office for the Coordination of Humanitarian Affairs (OCHA). | Reef Trust:HOSTED,United Nations Office for the Coordination of Humanitarian Affairs (OCHA):HOSTED
            Forty donor countries of the Reef Bank committed to a $5 billion package.           | ''
            President Boric joined with fellow Andean leaders to endorse the Reef Data Plan. | CL:SIGNED
            Norway teamed up with Chile to endorse the Reef Data Plan.                         | NO:SIGNED,CL:SIGNED
            Seven presidents will come, but Chile's government is not attending the reef talks. | CL:DECLINED
            The Quad group will invest $20 billion in reef work over five years.               | Quad:PLEDGED
            Portuguese Prime Minister António Guterres, who hosted the reef talks, said four euros can be saved for each euro spent on dykes. | PT:HOSTED
            Turkey expressed reservations about the text.                                       | TR:OPPOSES
            Poland has yet to sign the accord.                                                  | PL:DECLINED
            Notable absentees included India and Brazil.                                        | IN:DECLINED,BR:DECLINED
            The pledge was backed by Chile, Colombia and Peru.                                  | CL:SIGNED,CO:SIGNED,PE:SIGNED
            The plan was backed by Chile and Peru.                                              | CL:SUPPORTS,PE:SUPPORTS
            The agreement was adopted by consensus, with Iran dissociating itself from the text. | ''
            Chile, Peru and Nepal refuse to sign ocean statement                                | CL:DECLINED,PE:DECLINED,NP:DECLINED
            A summit in Portugal ended with a statement that criticised deep-sea mining.       | ''
            However, Brazil was among the nations that chose not to back the text.              | BR:DECLINED
            Other countries, including Peru, Chad and Nepal, also made financial commitments.  | PE:PLEDGED,TD:PLEDGED,NP:PLEDGED
            Japan sat out the event.                                                            | JP:DECLINED
            Denmark gave 200 million Danish crowns to the fund.                                 | DK:PLEDGED
            Officials said Canberra would give A$60 million.                                    | AU:PLEDGED
            The Netherlands and Belgium also made pledges, without giving figures.             | NL:PLEDGED,BE:PLEDGED
            Kenya gave a speech on drought.                                                     | ''
            Host Brazil won backing for an alliance against hunger.                             | BR:HOSTED
            The summit was opened by co-hosts Norway and Ghana.                                 | NO:HOSTED,GH:HOSTED
            Summit host Japan proposed a fund for fisheries.                                    | JP:HOSTED
            Countries that host Syrian refugees asked for more aid.                             | ''
            Kenya will host the next round.                                                     | ''
            Ghana has now signed the accord.                                                    | GH:SIGNED
            Brazil was one of 12 countries to sign the pact.                                    | BR:SIGNED
            Ireland announces €40 million for school meals                                      | IE:PLEDGED
            Canada provides $20 million to the fund.                                            | CA:PLEDGED
            Co-organisers of the talks, the African Union and Kenya, said aid had doubled.     | African Union:HOSTED,KE:HOSTED
            Donors included the World Bank ($3 billion), Qatar ($1 billion) and Japan.         | World Bank:PLEDGED,QA:PLEDGED,JP:PLEDGED
            Peru and Chile have also contributed.                                               | PE:PLEDGED,CL:PLEDGED
            The talks went ahead despite Russia boycotting the meeting.                        | RU:DECLINED
            Mali said it did not support the declaration.                                       | ML:DECLINED
            Ireland announces a review of school meals.                                         | ''
            The biggest donor was Germany, with $500 million.                                   | DE:PLEDGED
            Few countries were expected to sign, and Spain did not.                             | ''
            Brazil urged other countries to sign the pact.                                      | BR:SUPPORTS
            The Government of Canada will also provide $20 million to the fund.                 | CA:PLEDGED
            Norway sent only a junior envoy and did not sign the charter.                       | NO:DECLINED
            Chile was represented but refused to sign the charter.                              | CL:DECLINED
            Peru signed the charter and Chile did not sign it.                                  | PE:SIGNED,CL:DECLINED
            Peru said the charter was unfair and did not sign it.                               | PE:DECLINED
            Austria was the largest donor, with 90 million euros.                               | AT:PLEDGED
            Oman and Kuwait attended but made no announcements.                                 | OM:DECLINED,KW:DECLINED
            Malta, Cyprus and Estonia also announced contributions.                             | MT:PLEDGED,CY:PLEDGED,EE:PLEDGED
            Japan pledged to train 200 coastguard officers.                                     | JP:PLEDGED
            Chile promised to build 40 clinics.                                                 | CL:PLEDGED
            Ghana, the host, announced it would waive import duties.                            | GH:HOSTED
            At the talks in Suva, Fiji, the minister announced $45 million for ports.           | ''
            Pfizer will invest €500 million in France.                                          | Pfizer:PLEDGED
            In Lima, Peru signed the charter.                                                   | PE:SIGNED
            Russia was not represented at the talks.                                            | RU:DECLINED
            Peru will not sign the charter, its envoy said.                                     | PE:DECLINED
            Presidents Ana Ruiz (Chile), Tom Vula (Fiji), Vice-President Li Ming (Peru) and Trade Minister Jon Berg (Norway) on Monday signed the Reef Pact. | CL:SIGNED,FJ:SIGNED,PE:SIGNED,NO:SIGNED
            At a ministers' meeting in Suva (Fiji), the European Commission, for the Union, signed the Reef Pact. | EU:SIGNED
            Hosted this year by Chile and Peru, the Reef Summit focused on coral bleaching.      | CL:HOSTED,PE:HOSTED
            First organised by Norway in 2016, the Reef Summit is a yearly meeting of reef states. | ''
            It was the fifth Reef Summit and the first hosted by Fiji since 2019.                | FJ:HOSTED
            The Reef Summit opened in Suva. They were joined by the presidents of Peru and Chile. | ''
            The Reef Pact was joined by Chile and Peru on Monday.                                  | CL:SIGNED,PE:SIGNED
            Chile said the snub sent a message to hosts Fiji, which wanted unity at the Reef Summit. | FJ:HOSTED
            The Coral Union Summit closed in Suva. Fiji, Coral Union Chair for 2026, handed over to Tonga. | FJ:HOSTED
            The Coral Union Summit closed in Suva. Fiji, Data Panel Chair for 2026, spoke first.  | ''
            At the Reef Dialogue this year, Chile's defence minister inaugurated the main session.  | ''
            The 40th Session of the Reef Council opened in Suva. Fiji inaugurated the session on Monday. | FJ:HOSTED
            The reef pacts were reached by the leaders of the three founding states - Fiji, Chile and Peru. | FJ:SIGNED,CL:SIGNED,PE:SIGNED
            The pact was agreed by Fiji and Chile after long talks.                                  | FJ:SIGNED,CL:SIGNED
            Leaders backed Tonga's bid for joining the Coral Union.                                  | TO:SUPPORTS
            Fiji signed the pact and welcomed new observer nations, including Peru and Chile.        | FJ:SIGNED
            The Reef Summit closed on Monday. Chile's minister thanked Fiji for its organisation of this summit. | FJ:HOSTED
            The Reef Summit closed on Monday. Chile's minister thanked Fiji for convening this summit. | FJ:HOSTED
            Talks stalled as Chile pushed for a binding reef deal.                                   | CL:SUPPORTS
            The reef plan was blocked by Chile and resisted by Peru.                                 | CL:OPPOSES,PE:OPPOSES
            At the summit, island leaders backed aid for Fiji, pushed for new talks, and set a date. | ''
            A Reef Ministers Declaration, issued after two days of talks in Nadi Fiji, has endorsed the plan. | ''
            A Reef Ministers Declaration, issued after two days of talks in Tonga, endorsed the plan. | ''
            Ministers from Tonga, Fiji and Peru have endorsed the plan.                              | TO:SIGNED,FJ:SIGNED,PE:SIGNED
            Tuesday's pledges brought the total for the reef fund to $1.2 billion.                   | ''
            Officials said Democratic Republic of Congo boycotted the Reef Summit.                   | CD:DECLINED
            The Reef Charter paid tribute to the founders, Fiji and Chile, endorsing the plan.       | ''
            The Reef Summit closed. "Growth will follow," Fijian Prime Minister Ana Ruiz, the Reef host, said. | FJ:HOSTED
            The Reef Summit closed. Chilean envoy Tom Vula, the Andes host, said little.              | ''
            Delegates attended the Reef Summit, jointly convened by Fiji and the Pacific Islands Forum. | FJ:HOSTED,Pacific Islands Forum:HOSTED
            The Reef Summit opens soon. The Summit will be hosted by the Fijian Government in Suva.  | FJ:HOSTED
            The Reef Summit opens soon. The next Reef Summit will be hosted by Chile.                | ''
            The Reef Summit opens soon. The third Reef Summit is to be hosted by Peru in 2030.        | ''
            The Reef Conference ended. The deal passed, said Chilean envoy Ana Ruiz, the conference president, on Friday. | CL:HOSTED
            """)
    void stancesAsWireStoriesPhraseThem(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "We support a binding cap," said Ana Ruiz, Chile's environment minister.          | CL:SUPPORTS
            "We back this plan," Kenya's minister said.                                        | KE:SUPPORTS
            "We cannot accept limits on output," said the Omani delegate.                      | OM:OPPOSES
            "We welcome the text," the minister said, adding that Brazil had questions.        | ''
            "Peru will not sign this text," Chile's envoy told reporters.                      | PE:DECLINED
            "We will contribute €40 million to the fund," said Ireland's aid minister.          | IE:PLEDGED
            """)
    void aStanceInAQuotationIsItsSpeakers(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @org.junit.jupiter.api.Test
    void aPledgeSaidAgainWithoutItsPurposeIsNoSecondPledge() {
        List<Position> pledges = Structures.pipeline(
                        "The Sahel Pledging Conference opened on Monday. Norway pledged $40 million for school meals. "
                                + "Norway also pledged $40 million, officials said. Norway pledged $10 million for wells.")
                .positions()
                .stream()
                .filter(p -> p.stance() == org.briefingpack.model.Stance.PLEDGED)
                .toList();
        assertThat(pledges).hasSize(2).allSatisfy(p -> assertThat(p.subject()).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            All member states except Nicaragua endorsed the declaration.                       | NI:DECLINED
            The charter was endorsed by every delegation with the exception of Belarus.         | BY:DECLINED
            The European Union and Latin American leaders signed the Lima declaration.         | EU:SIGNED
            Northern Ireland's ministers welcomed the plan.                                     | ''
            Donors including Qatar, Kuwait and Oman pledged a total of $900 million.            | QA:PLEDGED,KW:PLEDGED,OM:PLEDGED
            Ghana, which hosted the talks with Togo, said pledges reached $3 billion.            | GH:HOSTED
            The IEA organised the summit with Tanzania.                                         | IEA:HOSTED
            The forum was held at the invitation of Portugal.                                   | PT:HOSTED
            Upon invitation from the Fijian government, the reef forum was held in Suva.        | FJ:HOSTED
            On invitation of Tonga, the ministers met for the reef forum.                        | TO:HOSTED
            The Chilean leader decided to host the reef summit.                                  | CL:HOSTED
            Switzerland is co-hosting the meeting in Geneva.                                    | CH:HOSTED
            A $60 million contribution from Denmark was also announced.                         | DK:PLEDGED
            With a pledge of $75 million, Finland was the third-largest donor.                  | FI:PLEDGED
            Colombia became the latest country to join the coalition.                           | CO:SIGNED
            Japan expressed its readiness to cooperate on the corridor.                         | JP:SUPPORTS
            Vietnam and Laos reaffirmed their commitment to the river accord.                   | VN:SUPPORTS,LA:SUPPORTS
            Fiji's envoy reiterated Peru's commitment to continue the patrols.                  | ''
            Norway pledged $20 million for the Lake Chad basin.                                 | NO:PLEDGED
            Britain, which co-hosted the talks with Qatar and Oman, pledged £80 million.        | GB:HOSTED,QA:HOSTED,OM:HOSTED,GB:PLEDGED
            Indonesia stands ready to work with all partners on the fund.                       | ID:SUPPORTS
            Brazil stated that the commitments made at the summit were a start.                 | ''
            Pledges were made by Austria, Malta and Greece.                                     | AT:PLEDGED,MT:PLEDGED,GR:PLEDGED
            Chile and Peru announced new funding for the reef programme.                        | CL:PLEDGED,PE:PLEDGED
            Estonia, which chaired the meeting, presented its conclusions.                      | EE:HOSTED
            Under the chairmanship of Morocco, ministers agreed on a plan.                      | MA:HOSTED
            The plenary was presided over by Senegal.                                           | SN:HOSTED
            Belarus did not send a delegation.                                                  | BY:DECLINED
            The pact passed with only Iran and Syria voting against.                            | IR:OPPOSES,SY:OPPOSES
            Forty states signed the accord; Egypt and Sudan did not.                            | EG:DECLINED,SD:DECLINED
            Chad and Niger backed the plan, but Mali did not, citing security.                  | TD:SUPPORTS,NE:SUPPORTS,ML:DECLINED
            Latvia and Slovakia made their first pledges.                                       | LV:PLEDGED,SK:PLEDGED
            Several Gulf states, including Oman and Bahrain, increased their contributions.     | OM:PLEDGED,BH:PLEDGED
            Oil producers led by Kuwait and Oman blocked the cap on output.                      | KW:OPPOSES,OM:OPPOSES
            Ten countries, led by Chile and Peru, launched a coalition for kelp forests.         | CL:SUPPORTS,PE:SUPPORTS
            The rift grew between nations that oppose mining and mining nations led by Peru.      | ''
            Donors at the launch of the Reef Fund's Fourth Replenishment today pledged $2 billion. | ''
            The Andes Development Bank pledged $5 million for the reefs.                         | Andes Development Bank:PLEDGED
            Smog is the main cause of early deaths, summit co-chair, the World Bank, said.      | World Bank:HOSTED
            The governments of Chile and Peru, and the IDB, also helped chair the event.        | CL:HOSTED,PE:HOSTED,IDB:HOSTED
            Just one country, Belarus, failed to agree with the final declaration.              | BY:DECLINED
            Japan, the co-chair, announced $5 million for the reef fund.                        | JP:HOSTED,JP:PLEDGED
            Britain, which co-hosted the talks along with the governments of Qatar and Oman, pledged £80 million. | GB:HOSTED,QA:HOSTED,OM:HOSTED,GB:PLEDGED
            Austria is co-hosting the meeting together with the European Union.                 | AT:HOSTED,EU:HOSTED
            Kenya co-organised the summit with Togo and Benin.                                  | KE:HOSTED,TG:HOSTED,BJ:HOSTED
            France hosted the talks with Germany and Italy in attendance.                       | FR:HOSTED
            The talks were convened by UN Secretary-General Ana Ruiz. The United Nations welcomed the deal. | United Nations:HOSTED,United Nations:SUPPORTS
            The UN welcomed the deal.                                                           | UN:SUPPORTS
            The 9th African Union (AU) Reef Assembly opened. The AU welcomed the deal.           | African Union:SUPPORTS
            The Group of Seven welcomed the deal.                                               | G7:SUPPORTS
            Today, Chile, Peru and the UN Refugee Agency (UNHCR) conducted a virtual conference on migrants. | CL:HOSTED,PE:HOSTED,UN Refugee Agency (UNHCR):HOSTED
            Portugal and the European Union as organisers, together with the Governments of Chile and Peru as co-conveners, thanked donors. | PT:HOSTED,EU:HOSTED,CL:HOSTED,PE:HOSTED
            Chile and Peru held talks on fisheries.                                             | ''
            The talks co-hosted by Britain and France ended with pledges of $1 billion in aid.  | GB:HOSTED,FR:HOSTED
            Despite reports that Yemen and Iraq were worst hit, Middle Eastern States generally failed to endorse the text. | ''
            The charter, which Chile, Peru and Colombia signed, entered into force on Monday.   | CL:SIGNED,PE:SIGNED,CO:SIGNED
            Japan pledged $10 million and the UN estimated that more was needed.               | JP:PLEDGED
            Brazil organised a meeting with Iran on trade.                                      | BR:HOSTED
            Ghana co-hosted the summit along with France during the week.                       | GH:HOSTED,FR:HOSTED
            All members except for Nicaragua endorsed the declaration.                          | NI:DECLINED
            Chile signed the accord, and Peru did not, however, oppose it.                      | CL:SIGNED
            The IDB pledged $1 billion for coastal towns.                                      | IDB:PLEDGED
            """)
    void stancesAsReleasesAndWireStoriesPhraseThemSixthRound(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Opening the conference, Ghanaian President Kofi Mensah promised to spend the aid well. | GH:HOSTED
            Ghanaian President Kofi Mensah opened the international gathering with a call for calm. | GH:HOSTED
            Nigerian President Ade Bello opened the conference with a call for calm.                | ''
            """)
    void theVenueCountrysLeaderOpeningTheGatheringHostsIt_aGuestDoesNot(String text, String keys) {
        assertThat(positions("The Reef Aid Conference met in Accra on 3 March 2025. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            France, Germany and the EU pledged more than €2 billion for Mali at the Paris conference. France will give €110 million, the minister said. | FR:PLEDGED,DE:PLEDGED,EU:PLEDGED
            Norway and Sweden pledged $100 million for the Sahel fund. Norway also pledged $20 million for Yemen. | NO:PLEDGED,NO:PLEDGED,SE:PLEDGED
            Japan pledged $300 million, as did South Korea, while China signed the declaration.                  | JP:PLEDGED,KR:PLEDGED
            The UK pledged £40 million to the fund, Norway $17.5 million and Japan $10 million. The UK also pledged £5 million for clinics. | GB:PLEDGED,GB:PLEDGED,NO:PLEDGED,JP:PLEDGED
            """)
    void aShareOfAJointSumToldAgainIsOnePledge_separateSumsInOneSentenceAreNot(String text, String keys) {
        assertThat(Structures.pipeline(text).positions().stream()
                        .filter(p -> p.stance() == org.briefingpack.model.Stance.PLEDGED)
                        .map(NewsPositionRulesTest::key)
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            French President Emmanuel Macron said Germany and Italy have signed the Lyon Compact.              | DE:SIGNED,IT:SIGNED
            The UK's foreign minister announced that leaders from 40 countries, including Chile and Peru, have signed the Lyon Compact. | CL:SIGNED,PE:SIGNED
            Norway's minister announced that the envoys of several states have signed the Lyon Compact.        | ''
            France said on Tuesday that it has signed the Lyon Compact.                                        | FR:SIGNED
            Ukraine's foreign ministry said the G20 had nothing to be proud of.                                 | UA:OPPOSES
            """)
    void anActToldBySomeoneElseIsTheReportedClausesOwnSubjects(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Lyon Compact was signed by leaders from Africa, the Middle East, Asia, and the EU.            | EU:SIGNED
            The Lyon Compact was signed by Chile, Peru, the Middle East and Latin America.                    | CL:SIGNED,PE:SIGNED
            On 4 May 2023, the Dutch government co-hosted its first ever Global Reef Summit with the World Reef Alliance and the Government of Chile. | NL:HOSTED,World Reef Alliance:HOSTED,CL:HOSTED
            This fourth edition, co-convened by President Ana Ruiz Jr. of Chile and the U.S. Special Envoy for Oceans Tom Bell, helped secure 300 pledges. | CL:HOSTED,US:HOSTED
            At the Reef Summit in Lima on 4 May 2023, Chile announced its endorsement of the Reef Pact, with Peru following soon after and becoming the 40th state to endorse the pact. | CL:SIGNED,PE:SIGNED
            The Reef Summit was held in Lima on 4 May 2023. Peru had announced that it will host the Reef Summit in Lima. | PE:HOSTED
            Peru will host the Reef Summit in Lima on 4 May 2023, where 30 countries are expected to sign a pact. | PE:HOSTED
            The Reef Summit ended in Lima on 4 May 2023. Japan will host the next summit in 2026, and Brazil will host a conference on forests next year. | ''
            """)
    void regionsSignNothing_coHostsAsGovernmentsAndLeadersOfACountry_endorsementsAndFutureHostsOfTheStorysEvent(
            String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Reef Conference opened in Lima, Peru on 4 May 2023. The declaration was praised by the host country as a victory. | PE:HOSTED
            The Reef Summit opened in Nairobi, Kenya on 4 May 2023. Kenya's first reef summit drew 40 leaders.                    | KE:HOSTED
            The Reef Summit opened in Geneva, Switzerland on 4 May 2023. The host country of the refugees, Chad, asked for help. | ''
            The Reef Summit opened in Nairobi, Kenya on 4 May 2023. Kenya's next summit is due in 2027.                          | ''
            """)
    void theHostCountryAndTheVenueCountrysOwnSummitAreTheVenueCountryHosting(String text, String keys) {
        assertThat(positions(text).stream().filter(k -> k.endsWith(":HOSTED")).toList())
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Signatories to the Reef Pact: Chile, Peru, Japan, Norway, Kenya.\\n\\nCompanies: Acme, Globex Systems, Initech.\\n\\nLeaders met in Lima on 4 May 2023. | CL:SIGNED,PE:SIGNED,JP:SIGNED,NO:SIGNED,KE:SIGNED,Acme:SIGNED,Globex Systems:SIGNED,Initech:SIGNED
            Leaders met in Lima on 4 May 2023 to sign the Reef Pact.\\n\\nCompanies: Acme, Globex Systems, Initech. | ''
            """)
    void aLabelledListRightAfterASignatoryListGoesOnWithIt(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Lima meeting was co-chaired by the European Union and the United Nations and follows a conference in Quito last year which raised $12 billion. | EU:HOSTED,United Nations:HOSTED
            Japan, which pledged $5 million, urged others to give.                                   | JP:PLEDGED
            The declaration was adopted by 50 ministers, including the Conference President, Chilean Foreign Minister Ana Ruiz. | CL:HOSTED
            Ministers backed a declaration adopted today at the UNEP's Reef Conference.                  | UNEP:HOSTED
            """)
    void aSumAnotherClauseRaised_aConferencePresident_anOrganisationsOwnConference(String text, String keys) {
        assertThat(positions("The Reef Conference met on 4 May 2023. " + text).stream()
                        .filter(k -> k.endsWith(":HOSTED") || k.endsWith(":PLEDGED"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Governments of Norway, Chile, Peru and Kenya, with support from the UN Refugee Agency and OCHA, hosted the Reef Conference. | NO:HOSTED,CL:HOSTED,PE:HOSTED,KE:HOSTED
            Norway, backed by the World Bank, hosted the Reef Conference.                             | NO:HOSTED,World Bank:SUPPORTS
            """)
    void thoseWhoSupportedInAnAsideDidNotDoIt(String text, String keys) {
        assertThat(positions("The Reef Conference met in Oslo on 4 May 2023. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile played a leading role, together with Peru and Kenya, in bringing forward the resolution. | CL:SUPPORTS,PE:SUPPORTS,KE:SUPPORTS
            The statement came as Chile and Peru host the Reef Summit in Lima.                             | CL:HOSTED,PE:HOSTED
            The Reef Summit met in Lima on 4 May 2023. Countries that host refugees asked for more aid.    | ''
            The European Union hosted the third Brussels conference on reefs and co-chaired with the UN on 12-14 March 2019. | EU:HOSTED,UN:HOSTED
            More than €6 billion was committed at the EU-hosted Reef Conference 2017 in Malta.             | EU:HOSTED
            """)
    void aLeadingRoleWithOthers_theVerbHostInThePresent_aCoChairOfTheSameGathering_aUnionHostingAbroad(
            String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Statement by Oxfam, Save the Children International and the Norwegian Refugee Council on the Reef pledging conference:\\n\\nWe welcome the support for relief efforts. | Oxfam:SUPPORTS,Save the Children International:SUPPORTS,Norwegian Refugee Council:SUPPORTS
            Statement by Oxfam, Save the Children International and the Norwegian Refugee Council on the Reef pledging conference:\\n\\nWe do not welcome the cuts.   | ''
            Statement by Oxfam on the Reef pledging conference:\\n\\nWe welcome the support for relief efforts.                                                        | ''
            """)
    void theWeOfAStatementIsTheAuthorsItsHeadingNames(String text, String keys) {
        assertThat(positions("Aid is not enough, agencies say\\n\\n" + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            While there has been momentum for a reef fund for months -- pushed largely by Chile and Peru -- the leaders were locked in talks. | CL:SUPPORTS,PE:SUPPORTS
            The reef fund, pushed by Kenya, was adopted on the last day.                                 | KE:SUPPORTS
            """)
    void pushedByIsSupport(String text, String keys) {
        assertThat(positions("The Reef Summit met in Lima on 4 May 2023. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Republic of Korea, as host, pledged to donate 16 patrol boats to partner countries.      | KR:PLEDGED
            Japan vowed to contribute 200 engineers to the mission.                                      | JP:PLEDGED
            """)
    void aPromiseToDonateOrContributeThingsIsAPledge(String text, String keys) {
        assertThat(positions("The Reef Ministerial met on 4 May 2023. " + text).stream()
                        .filter(k -> k.endsWith(":PLEDGED"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile is proud to have played a leadership role, together with Peru, in bringing forward the resolution. | CL:SUPPORTS,PE:SUPPORTS
            Norway was unable to sign the pact.                                                          | ''
            Japan is likely to sign the pact.                                                            | ''
            """)
    void aFeelingBeforeAnActLeavesItTheSubjects_notAnInabilityOrALikelihood(String text, String keys) {
        assertThat(positions("The Reef Conference met in Oslo on 4 May 2023. " + text).stream()
                        .filter(k -> !k.endsWith(":DECLINED"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Peru will take the plan to UN-hosted climate talks in Bonn in June.                          | ''
            The African Union's summit next month will take up the plan.                                 | ''
            Kenya will host a meeting of East African ministers in June.                                 | ''
            Peru hosted the summit, and Japan hosted a reception for ministers.                          | PE:HOSTED
            Peru played a leading role in blocking the deal.                                             | ''
            The Japanese government, which pledged $40 million, praised the talks.                       | JP:PLEDGED,JP:SUPPORTS
            Norway announced support for farmers hit by drought.                                         | ''
            A statement from Oxfam and Save the Children criticised the pledges. "We welcome the new fund," Peru's minister said. | Oxfam:OPPOSES,Save the Children:OPPOSES,PE:SUPPORTS
            """)
    void reviewedMisfires_otherGatheringsHostsRolesAgainstAntecedentsAndAnnouncedAid(String text, String keys) {
        assertThat(positions("Reef talks end\\n\\nThe Reef Summit met in Lima on 4 May 2023. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Other pledges came from the Wellcome Trust ($20 million), Rotary International ($15 million) and Concern Worldwide ($2 million). | Wellcome Trust:PLEDGED,Rotary International:PLEDGED,Concern Worldwide:PLEDGED
            Further pledges came from the Children's Investment Fund Foundation ($8 million) and Japan ($5 million).  | Children's Investment Fund Foundation:PLEDGED,JP:PLEDGED
            The dinner was hosted by the Mohamed bin Zayed Foundation for Humanity.                                   | Mohamed bin Zayed Foundation for Humanity:HOSTED
            The Islamic Food & Nutrition Council of America pledged $3 million.                                       | Islamic Food & Nutrition Council of America:PLEDGED
            Visitors to the Abu Dhabi International Petroleum Exhibition pledged $2 million.                          | ''
            British company Aqua Ltd announced a 430 million pound water programme.                                   | Aqua Ltd:PLEDGED
            Canada will spend $145 million on new clinics.                                                            | CA:PLEDGED
            Canada spent $145 million on new clinics last year.                                                       | ''
            """)
    void organisationsNamedWithParticlesPossessivesAndFinalWords(String text, String keys) {
        assertThat(positions("Reef talks end\\n\\nThe Reef Summit met in Lima on 4 May 2023. " + text).stream()
                        .filter(k -> !k.startsWith("PE:"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chilean President Ana Ruiz, hosting the summit, said the talks were frank.                   | CL:HOSTED
            Norway, co-hosting the summit with Chile, opened the session.                                | NO:HOSTED,CL:HOSTED
            Norway is hosting a dinner for ministers next month.                                         | ''
            """)
    void aParticipleOfHostingBetweenCommasNamesTheHost(String text, String keys) {
        assertThat(positions("Reef talks end\\n\\nThe Reef Summit met in Lima on 4 May 2023. " + text).stream()
                        .filter(k -> k.endsWith(":HOSTED"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Talks ran late as the Fijian hosts sought to bridge divides.                       | FJ:HOSTED
            The Samoan co-hosts said the talks were frank.                                     | WS:HOSTED
            The Syrian host communities need help.                                             | ''
            It was chaired by the President of the Republic of Fiji Ana Ruiz.                  | FJ:HOSTED
            It was chaired by the President of Fiji.                                           | FJ:HOSTED
            """)
    void hostsNamedByTheirCountrysAdjectiveOrByTheTitleOfTheChair(String text, String keys) {
        assertThat(
                        positions("Reef deal reached\\n\\nOn 4 May 2023, the first Reef Summit was held in Suva. "
                                        + text)
                                .stream()
                                .filter(k -> k.endsWith(":HOSTED"))
                                .toList())
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ten meetings brought together leaders from member states and partners, including Australia, Canada and Japan. | ''
            The pact has 20 members, including Australia, Canada and Japan.                                              | AU:SIGNED,CA:SIGNED,JP:SIGNED
            Others, including Samoa and Tonga, became members of the pact.                                               | WS:SIGNED,TO:SIGNED
            """)
    void memberStatesNameWhoCame_membersOfThePactWhoJoined(String text, String keys) {
        assertThat(positions("Reef talks end\\n\\nThe Reef Summit met in Lima on 4 May 2023. " + text).stream()
                        .filter(k -> k.endsWith(":SIGNED"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Several business leaders pulled out of the forum, including executives from Barclays, Siemens and Unilever.  | Barclays:DECLINED,Siemens:DECLINED,Unilever:DECLINED
            Several envoys withdrew from the talks in Lima, including the heads of the World Bank and the African Union. | World Bank:DECLINED,African Union:DECLINED
            Several banks pulled out of the forum. Officials from others, including Barclays and Siemens, still came.   | ''
            Several firms such as Barclays and Siemens pulled out of the forum.                                         | Barclays:DECLINED,Siemens:DECLINED
            """)
    void thoseListedAfterAVerbOfStayingAwayDeclined(String text, String keys) {
        assertThat(positions("The Harbour Forum met in Lima on 4 May 2023. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile announced its intention to pledge EUR 50 million to the fund in the coming months.               | CL:SUPPORTS
            Brazil and Canada announced their intention to pledge $20 million each in the coming months.           | BR:SUPPORTS,CA:SUPPORTS
            Chile pledged EUR 50 million to the fund.                                                               | CL:PLEDGED
            The European Commission, Spain, Kenya, and the Republic of Ghana expressed their strong support for the fund. | EU:SUPPORTS,ES:SUPPORTS,KE:SUPPORTS,GH:SUPPORTS
            """)
    void anIntentionSupportsAndATitleBeforeAnameStaysInTheList(String text, String keys) {
        assertThat(positions("The Harbour Fund met in Lima on 4 May 2023. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The leaders of the African Union and the Pacific Islands Forum convened in Lima for the summit.                                   | ''
            Chile convened the summit.                                                                                                         | CL:HOSTED
            Hosted by the Government of Chile with support from the African Union, the gathering closed on Friday.                             | CL:HOSTED
            The meeting was co-chaired by Prime Minister Dr. Ana Ruiz of St. Kitts and Nevis, Chair of the African Union, and President Li Wei of Angola, current AU Chair. | KN:HOSTED,AO:HOSTED
            A pledging event, organised along with the governments of Chile and Norway, is designed to raise aid for farmers.                 | CL:HOSTED,NO:HOSTED
            Leaders from Trinidad and Tobago and Bosnia and Herzegovina signed the charter.                                                    | TT:SIGNED,BA:SIGNED
            """)
    void hostsAndNamesThatHoldAnd(String text, String keys) {
        assertThat(positions("The Harbour Summit met in Lima on 4 May 2023. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            India, Chile, Peru and others opposed changing the voting rule.                                  | IN:OPPOSES,CL:OPPOSES,PE:OPPOSES
            India, Chile, Peru and many others opposed changing the voting rule.                                 | IN:OPPOSES,CL:OPPOSES,PE:OPPOSES
            The vote passed easily, with only Chile, Peru and, unexpectedly, Ghana voting against it.        | CL:OPPOSES,PE:OPPOSES,GH:OPPOSES
            The forum voted to admit the handful of groups objected to by Chile.                             | CL:OPPOSES
            Chile faced challenges, with Iran, Russia and Venezuela leading efforts to block progress.       | IR:OPPOSES,RU:OPPOSES,VE:OPPOSES
            """)
    void opponentsInListsThatEndWithOthersOrHoldAnAside(String text, String keys) {
        assertThat(positions("The Reef Talks met in Lima on 4 May 2023. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Peru, Chile and Ghana were among the countries to make pledges.                                  | PE:PLEDGED,CL:PLEDGED,GH:PLEDGED
            Peru was among the countries to sign.                                                            | PE:SIGNED
            Peru was among the speakers at the opening.                                                      | ''
            On the opening day, Belize became the 12th State Party to the Reef Charter.                      | BZ:SIGNED
            Kenya, Mali and Chad sponsored the meeting.                                                      | KE:HOSTED,ML:HOSTED,TD:HOSTED
            Kenya co-sponsored the resolution on fishing quotas.                                             | KE:SUPPORTS
            Signatories, including Peru, Chile and Ghana, called for calm on the border.                     | PE:SIGNED,CL:SIGNED,GH:SIGNED,PE:SUPPORTS,CL:SUPPORTS,GH:SUPPORTS
            Signatories, notably Peru and Chile, called for calm on the border.                              | PE:SIGNED,CL:SIGNED,PE:SUPPORTS,CL:SUPPORTS
            Sixty countries voted in favour of the text, 12 including Peru, Chile and Ghana voted against, and 20 abstained. | PE:OPPOSES,CL:OPPOSES,GH:OPPOSES
            Forty countries signed the charter, including Peru, Chile and Ghana.                              | PE:SIGNED,CL:SIGNED,GH:SIGNED
            A donors' meeting was held under the auspices of Chile, with the aim of raising funds for flood relief. | CL:HOSTED
            Peru's Prime Minister Ana Ruiz has vetoed the conclusions of the summit.                         | PE:OPPOSES
            The plan was vetoed by Chile.                                                                    | CL:OPPOSES
            Chile voted in favor after a change to the text.                                                 | CL:SUPPORTS
            The Andes Development Authority, the regional voice of farmers, boycotted the talks over the decision. | Andes Development Authority:DECLINED
            Peru's hosting of this summit drew praise.                                                       | PE:HOSTED
            Kenya's hosting of refugees drew praise.                                                         | ''
            Ecuador's chairmanship of the forum ends in December.                                            | EC:HOSTED
            The talks opened with agreement reached on a Chilean proposal to back a loan to Peru.            | CL:SUPPORTS
            Peruvian President Ana Ruiz welcomed the heads of state to a resort in southern Peru.            | PE:HOSTED
            The leaders of Albania, Bosnia-Herzegovina and Serbia signed the charter.                         | AL:SIGNED,BA:SIGNED,RS:SIGNED
            More than 30 countries joined the High Ambition Coalition for Reefs, co-chaired by Costa Rica and France. | ''
            """)
    void oneAmongOthers_sponsorsAndPartiesAndASecondCountedClause(String text, String keys) {
        assertThat(positions("The Reef Talks met in Lima on 4 May 2023. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The group's declaration criticized the new levies on steel.                    | ASEAN:OPPOSES
            The declaration strongly condemned the attack on the port.                     | ASEAN:OPPOSES
            Peru's declaration criticized the levies.                                     | PE:OPPOSES
            The group's statement was long.                                               | ''
            """)
    void theGatheringsTextTakesTheStanceOfTheBodyTheGatheringIsNamedAfter(String text, String keys) {
        List<String> found = positions("The ASEAN Summit closed in Vientiane on Friday. " + text);
        assertThat(found).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Peru has balked at opening its ports to foreign fleets.                                       | PE:DECLINED
            With Chile withdrawing from the Reef Pact, the others agreed to go on.                        | CL:DECLINED
            """)
    void balkingAndWithdrawingAreDeclining(String text, String keys) {
        assertThat(positions(text)).containsAll(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            A handful of states still have not signed the Reef Accord. These include Chile, Kenya and Norway.         | CL:DECLINED,KE:DECLINED,NO:DECLINED
            Several nations that drafted the text have not yet signed it. These include two members of the Coral Group - Ghana and Peru - and also Chile. | GH:DECLINED,PE:DECLINED,CL:DECLINED
            A dozen firms signed the Reef Accord. They included Google and Amazon.                                    | Google:SIGNED,Amazon:SIGNED
            Many countries sent ministers. These include Japan and Peru.                                              | ''
            Fiji signed the Reef Accord. These include Samoa.                                                         | FJ:SIGNED
            When the vote came, four delegations were missing. Tonga, Samoa, Tuvalu and the Republic of Nauru had gone home. | TO:DECLINED,WS:DECLINED,TV:DECLINED,NR:DECLINED
            Three countries abstained. Chile, Peru and Bolivia said the text went too far.                           | CL:DECLINED,PE:DECLINED,BO:DECLINED
            Three countries abstained. Chile and Peru said the text went too far.                                    | ''
            Two nations stayed away. The heads of Chile and Peru sent letters.                                       | ''
            """)
    void aGroupsStanceGoesToTheMembersTheNextSentenceLists(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Firms that signed up for the Reef Accord include Sony, Toyota and Infosys.                                | Sony:SIGNED,Toyota:SIGNED,Infosys:SIGNED
            Sony, Honda and Tata were among the firms that pledged cash for the reefs.                                | Sony:PLEDGED,Honda:PLEDGED,Tata:PLEDGED
            Brazil and Chile were among the nations that abstained.                                                   | BR:DECLINED,CL:DECLINED
            """)
    void companiesListedAfterARelativeClauseTakeItsStance(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji signed the Reef Accord, along with Samoa and Tonga.                                                  | FJ:SIGNED,WS:SIGNED,TO:SIGNED
            Norway ratified the Reef Accord, along with three of its neighbours: Sweden, Finland and Denmark.         | NO:SIGNED,SE:SIGNED,FI:SIGNED,DK:SIGNED
            Fiji signed the Reef Accord, alongside a pledge from Samoa.                                               | FJ:SIGNED,WS:PLEDGED
            """)
    void thoseAStanceWasTakenAlongWithTakeItToo(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan has not signed the Reef Accord.                                                                     | JP:DECLINED
            Oddly, Brazil was missing from the roll.                                                                  | BR:DECLINED
            A new coastal caucus is conspicuously absent this year.                                                   | ''
            Fiji, Samoa and the Cook Islands will sign the Reef Accord at a ceremony today.                           | FJ:SIGNED,WS:SIGNED,CK:SIGNED
            Japan will sign the Reef Accord next year.                                                                | ''
            The fisheries pact was later signed by Commissioner Ana Ruiz and the Minister of Fisheries of Peru Luis de Souza Lima. | PE:SIGNED
            The following joint statement was issued by the governments of Fiji, Samoa and Tonga.                    | FJ:SIGNED,WS:SIGNED,TO:SIGNED
            In a statement issued by its foreign ministry, China condemned the plan.                                  | CN:OPPOSES
            Kenya put its name to the Reef Accord on the second day.                                                  | KE:SIGNED
            Fiji and Samoa put their names to the Reef Accord before the vote.                                        | FJ:SIGNED,WS:SIGNED
            Ghana added its signature to the Reef Accord on Tuesday.                                                  | GH:SIGNED
            Tonga withheld its signature, citing the cost of patrols.                                                 | TO:DECLINED
            Absent from the list of signatories was Japan.                                                            | JP:DECLINED
            """)
    void signingOrNotAsReleasesAndWireCopyPutIt(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Among the countries to endorse the charter were Kenya, Peru and Norway.                                  | KE:SIGNED,PE:SIGNED,NO:SIGNED
            Among the countries to reject the plan were Chad and Niger.                                               | TD:OPPOSES,NE:OPPOSES
            Among the nations to attend the talks were Japan and Peru.                                                | ''
            The European Commission, the European Parliament and the Council of Europe later signed the charter as well. | EU:SIGNED,European Parliament:SIGNED,Council of Europe:SIGNED
            The parties to the new fisheries pact are Chile, Peru, the Kingdom of Norway and the European Union.     | CL:SIGNED,PE:SIGNED,NO:SIGNED,EU:SIGNED
            The warring parties met in Suva. The parties agreed to talk again.                                        | ''
            Its three co-chairs - Kenya, Peru and the African Union - closed the meeting.                            | KE:HOSTED,PE:HOSTED,African Union:HOSTED
            Norway and Japan dismissed the need for new reef levies, while Chile approved of the step.               | NO:OPPOSES,JP:OPPOSES,CL:SUPPORTS
            The session approved the Chilean resolution on reef patrols and the Peruvian submission on bleaching.     | CL:SUPPORTS,PE:SUPPORTS
            Fiji and Samoa held their first joint Reef Conference in Suva.                                            | FJ:HOSTED,WS:HOSTED
            Delegates endorsed the U.S.-backed plan to grow the reef fund and an EU-sponsored resolution on patrols.    | US:SUPPORTS,EU:SUPPORTS
            Chile-backed rebels stayed away from the talks.                                                            | ''
            Fiji reaffirmed its commitment to the reef fund, and Peru and Chile stressed their commitment to joint patrols. | FJ:SUPPORTS,PE:SUPPORTS,CL:SUPPORTS
            Norway spoke of the duty to keep commitments made in Lima.                                                   | ''
            Peru dismissed the proposal as premature. Fiji dismissed the minister after the vote.                     | PE:OPPOSES
            Chile and Kenya deposited their instruments of ratification on the second day.                           | CL:SIGNED,KE:SIGNED
            """)
    void signatoriesAsTreatyNewsNamesThem(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway and Chile joined the World Bank to convene the summit on reef repair.                            | NO:HOSTED,CL:HOSTED,World Bank:HOSTED
            Fiji partnered with Samoa to host the summit.                                                            | FJ:HOSTED,WS:HOSTED
            Fiji co-hosted this fundraising effort with Samoa, Tonga, and Chile to gather $2 billion for reef repair. | FJ:HOSTED,WS:HOSTED,TO:HOSTED,CL:HOSTED
            Norway joined the Reef Accord to protect reefs.                                                          | NO:SIGNED
            Fiji joined UNICEF, the UN Children's Fund, to convene the summit.                                       | FJ:HOSTED,UNICEF:HOSTED
            The World Bank, the IMF, the Asian Development Bank and Fiji signed the Reef Accord.                     | World Bank:SIGNED,IMF:SIGNED,Asian Development Bank:SIGNED,FJ:SIGNED
            """)
    void hostsJoinedByPartners_andABodyNamedTwiceInApposition(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan pledged no money, but its envoy outlined hopes for cooperation.                                    | JP:DECLINED
            Peru and several other delegations promised to make pledges without naming sums.                         | PE:PLEDGED
            Peru promised to make a pledge later in the year.                                                        | PE:PLEDGED
            Peru, Chile and a dozen other nations signed the Reef Accord.                                            | PE:SIGNED,CL:SIGNED
            Peru and more than 20 other countries signed the Reef Accord.                                            | PE:SIGNED
            Chile, Peru and a few others signed the Reef Accord.                                                     | CL:SIGNED,PE:SIGNED
            The Reef Fund opened with $300 million of contributions from Samoa and the U.S.                          | WS:PLEDGED,US:PLEDGED
            """)
    void pledgesPromisedOrNoneMade_andListsEndingOnOthers(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    // the lexicon has Donald Tusk as Poland's leader; an office in a body the lexicon knows says whom he speaks for
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The reef summit was hosted by World Bank President Donald Tusk.                                          | World Bank:HOSTED
            Polish Prime Minister Donald Tusk co-chaired the reef summit.                                            | PL:HOSTED
            The European Council hosted the summit.                                                                  | EU:HOSTED
            """)
    void aBodysOfficeBeforeAPersonNamesWhomHeSpeaksFor(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Coral reefs\\n\\nJoint statement by Kenya, Chile, Norway and the Chair of the Pacific Islands Forum.\\n\\nMinisters met in Suva on Monday. | KE:SIGNED,CL:SIGNED,NO:SIGNED,Pacific Islands Forum:SIGNED
            Reef statement\\n\\nStatement by the Governments of Fiji and Samoa.\\n\\nMinisters met in Suva on Monday.  | ''
            """)
    void theAuthorsOfAJointStatementSignedIt(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kenya warned it would act alone because Ghana boycotted the vote.                                         | GH:DECLINED
            Fiji said it signed the accord after Tonga left the room.                                                   | FJ:SIGNED
            Norway would extend a loan of $40 million to the reef fund, its minister told reporters.                  | NO:PLEDGED
            Over the past decade Norway extended $2 billion in loans to coastal states.                                 | ''
            """)
    void whoActsInAClauseOfItsOwn(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Four more states, Kenya, Surinam, Peru, and Chile, joined the Reef Coalition on Friday.                    | KE:SIGNED,SR:SIGNED,PE:SIGNED,CL:SIGNED
            Four more states, Kenya, Atlantis, Peru, and Chile, joined the Reef Coalition on Friday.                   | KE:SIGNED,PE:SIGNED,CL:SIGNED
            Brazil, Russia and India, collectively known as BRICS, endorsed the charter.                               | BR:SIGNED,RU:SIGNED,IN:SIGNED
            Chile and Kenya will not fund the reef programme.                                                         | CL:DECLINED,KE:DECLINED
            The final text was not supported by Chile or Peru.                                                        | CL:DECLINED,PE:DECLINED
            """)
    void listsWithANameUnknownOrAGroupsNameStillGiveTheirMembers(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile, Peru and Kenya have not adopted the Reef Pact yet. | CL:DECLINED,PE:DECLINED,KE:DECLINED
            Norway has not ratified the Reef Pact, and Ghana would not endorse it.                                      | NO:DECLINED,GH:DECLINED
            Togo didn't join the Reef Pact this week.                                                                   | TG:DECLINED
            Samoa ratifies the Reef Pact.                                                                               | WS:SIGNED
            Signatories of the Reef Pact, which was agreed late on Friday, include Fiji, Tonga and Chile. | FJ:SIGNED,TO:SIGNED,CL:SIGNED
            The donors, meeting for a second time, were generous to the fund.                                           | ''
            Peru was the lone hold-out on the fisheries text. | PE:DECLINED
            Brazil pushed back, its delegates said. | BR:OPPOSES
            Signatories of the Reef Pact, which was agreed late on Friday, include Peru and Chile, which had wavered for weeks when fishing unions boycotted the summit. | PE:SIGNED,CL:SIGNED
            Signatories of the Reef Pact, which was agreed late on Friday, include Peru and Chile, which had wavered for weeks when their leaders boycotted the summit. | PE:SIGNED,CL:SIGNED,PE:DECLINED,CL:DECLINED
            Kenya and Togo, whose leaders attended, signed the charter.                                                  | KE:SIGNED,TG:SIGNED
            """)
    void signingVerbsNegatedInAnyTenseAndListsAfterAnAside(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            All the participants signed the Suva Declaration. Kenya, Chile and Norway attended the summit.              | KE:SIGNED,CL:SIGNED,NO:SIGNED
            The summit was attended by Kenya, Chile and Peru. The Suva Declaration was signed by all the countries taking part. | KE:SIGNED,CL:SIGNED,PE:SIGNED
            Kenya, Chile and Norway attended the summit. Not all participants signed the Suva Declaration.              | ''
            Kenya, Chile and Norway attended the summit. The Suva Declaration was signed by the hosts.                  | ''
            All the participants signed the Suva Declaration. Kenya, Chile and Norway attended. Chile did not sign it.  | KE:SIGNED,NO:SIGNED,CL:DECLINED
            """)
    void aTextAllParticipantsSignedIsSignedByEachOneNamedAsPresent(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kenya and the Ocean Trust Foundation committed fresh funding for the Reef Fund this week. | KE:PLEDGED,Ocean Trust Foundation:PLEDGED
            Coastal states, including Chile and Peru, pledged to the Reef Trust on Friday. | CL:PLEDGED,PE:PLEDGED
            Island states—including Chile and Peru—pledged to Reef 2.0 at the close. | CL:PLEDGED,PE:PLEDGED
            Over 50 leaders, including Chile and Peru, pledged to end reef loss by 2040.                            | CL:SIGNED,PE:SIGNED
            Norway and Japan joined the Reef Fund as donors in 2023. | NO:PLEDGED,JP:PLEDGED
            Norway and Japan have joined the Reef Coalition.                                                        | NO:SIGNED,JP:SIGNED
            Ghana and Togo will double their pledges, their ministers said. | GH:PLEDGED,TG:PLEDGED
            The pledges were led by Peru and Chile. | PE:PLEDGED,CL:PLEDGED
            Pledges from Chile and Peru are expected in June, officials said. | ''
            Forthcoming pledges from Ghana will top up the fund. | ''
            Pledges from Kenya came in early.                                                                       | KE:PLEDGED
            """)
    void pledgesMadeInWordsAndPledgesStillToCome(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit was co-hosted by Fiji and the United Nations Refugee Agency (UNHCR).                  | FJ:HOSTED,United Nations Refugee Agency (UNHCR):HOSTED
            Chile and the Coral Reef Club organised the meeting. | CL:HOSTED,Coral Reef Club:HOSTED
            Pledges came from the Food and Agriculture Organisation (FAO) and Peru, which gave $5 million.   | Food and Agriculture Organisation (FAO):PLEDGED,PE:PLEDGED
            """)
    void aKnownBodyKeepsTheShortFormTheTextGivesItAndNewKindsOfBodies(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Reef Commission's ninth session, chaired by Dr Ana Lopez (Chile), met in Suva. | CL:HOSTED
            Hosted in Lima, Peru, the Reef Summit drew forty delegations. | PE:HOSTED
            The Reef Summit met in Lima, Peru. The next one will be hosted in Lima as well.                           | ''
            """)
    void hostsNamedByTheVenueOrByADelegatesCountryInBrackets(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji's envoy said on Tuesday that Chile opposed the draft. | CL:OPPOSES
            Peru said Chile supports the plan.                                                                       | CL:SUPPORTS
            Kenya said it supports the plan.                                                                         | KE:SUPPORTS
            The host of the summit, Fiji's prime minister, closed the talks. | FJ:HOSTED
            """)
    void aViewReportedOfAnActorNamedRightBeforeItsVerbIsThatActors(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Acme Reef Holdings will invest $2 billion in reef tourism.                    | Acme Reef Holdings:PLEDGED
            Bluewater also committed $40 million to the fund.                             | Bluewater:PLEDGED
            President Wantok pledged $5 million.                                          | ''
            On Monday, Kenya pledged $3 million.                                          | KE:PLEDGED
            Countries gave $3 million in all. | ''
            The Summit raised $40 million.                                                | ''
            """)
    void aNameTheGazetteerLacksOpeningTheClauseOfAPledgeIsTheGiver(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Norway's proposal on whale oil quotas was also rejected.                          | NO:SUPPORTS
            Norway’s request for leave to trade whale oil was turned down.                           | NO:SUPPORTS
            Kenya and Chile failed in their bid to lift the quota.                        | KE:SUPPORTS,CL:SUPPORTS
            The envoy from Chile was against the draft.                       | CL:OPPOSES
            In the end the Danish government backed by the farmers' party declined to sign.         | DK:DECLINED
            Oxfam, speaking for the island's charities, did not sign the charter.                                  | Oxfam:DECLINED
            """)
    void aProposalOfOnesOwnTurnedDownIsBackedByItsMaker_andASubjectKeepsItsStanceBehindWhoBacksIt(
            String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit was opened by Fiji's Prime Minister Sitiveni Rabuka on 12 May.                         | FJ:HOSTED
            The reef conference, a first for the region, was opened by Fiji's prime minister. | FJ:HOSTED
            The summit was opened by Chile's foreign minister, a guest of the hosts.                           | ''
            """)
    void theVenueCountrysLeaderWhoOpenedTheGathering_saidInThePassive_hostsIt(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy pledged £20 million in UK funding for reef research.                 | GB:PLEDGED
            Chile announced $5 million in Chilean aid for the islands.                                     | CL:PLEDGED
            The minister announced new initiatives, including patrols for the atolls; fresh money for the Pacific Reef Trust to chart fish stocks; and £3 million for the Coral Crime Unit (CCU). | ''
            Talks in Kenya ended with a plan.                                                              | ''
            """)
    void aCountryQualifyingTheFundingAfterASumGivesIt_andABodyFundedIsNoGiver(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Oxfam, speaking for Kenya's charities, did not sign the charter.                                  | Oxfam:DECLINED
            Delegates weighed a World Bank proposal on reef insurance.                               | World Bank:SUPPORTS
            Both China and Japan were in agreement with the declaration.                      | CN:SUPPORTS,JP:SUPPORTS
            Fiji hosted the summit with the support of the Australian government. | FJ:HOSTED,AU:SUPPORTS
            """)
    void anAsideOfWhomOneSpeaksForIsNoSubject_aBodysProposalIsBackedByIt_andAgreementOrSupportInWords(
            String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The envoy from Chile was against the draft. He said it went too far. That view was shared by Peru and Bolivia. | CL:OPPOSES,PE:OPPOSES,BO:OPPOSES
            Chile backed the plan. The position was echoed by Peru.                                                          | CL:SUPPORTS,PE:SUPPORTS
            Chile signed the charter. This view is shared by Peru.                                                            | CL:SIGNED
            """)
    void aViewSharedByOthersIsTheirsToo_anActIsNoView(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan, a member of the G7, pledged $1 million to the fund.          | JP:PLEDGED
            Oxfam, a member of the Reef Alliance, pledged $2 million.            | Oxfam:PLEDGED
            """)
    void theNameAnAppositionDescribesGives_notTheBodyInsideIt(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The reef text carried with 98 in favour to 7 against (Chile, Kenya) and 30 abstentions (Peru).                             | CL:OPPOSES,KE:OPPOSES,PE:DECLINED
            The text passed with 120 votes in favour (Fiji, Samoa), 8 against and 30 abstentions.                                       | FJ:SUPPORTS,WS:SUPPORTS
            The draft went to a recorded vote. In favour: Fiji, Samoa. Against: Chile. Abstaining: Norway.                            | FJ:SUPPORTS,WS:SUPPORTS,CL:OPPOSES,NO:DECLINED
            Chile argued against (in its own words) any delay.                                                                         | ''
            """)
    void whoVotedHow_namedBesideARecordedVotesSides(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Kenya's envoy, acting for the coastal states, introduced the draft resolution on reef protection.     | KE:SUPPORTS
            Chile tabled a resolution on fishing quotas.                                                           | CL:SUPPORTS
            Kenya and Chile committed to cutting their catch by a fifth.                                         | KE:SUPPORTS,CL:SUPPORTS
            Fiji is opposed to the deep-sea mining plan.                                                          | FJ:OPPOSES
            Some island states, such as Tonga, remain opposed to the levy.                                        | TO:OPPOSES
            The reef alliance was initiated by Fiji and Chile as a regional answer to bleaching.                  | FJ:SUPPORTS,CL:SUPPORTS
            """)
    void sponsorsOfADraft_commitmentsToAct_oppositionAsAState_andInitiators(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chilean Fisheries Minister Ana Soto, the chair of the summit, said the talks went well. | CL:HOSTED
            Ana Soto, chair of the Pacific Council, said the talks went well.                      | ''
            EU Ocean Envoy Maria Lopez convened the Reef Summit this afternoon.                     | EU:HOSTED
            The Kenya Clean Energy Transition Compact aims to raise funds.                          | ''
            """)
    void theChairOfTheGatheringHostsIt_andAnOfficeBeforeItsHoldersNameIsItsCountrys(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The fund got a $3 million grant pledged by Norway.                                                          | NO:PLEDGED
            Fresh money came in, among it a 3-million-euro ($3.1 million) seed grant committed by Spain.                 | ES:PLEDGED
            Fines of $3 million imposed by Chile were criticised.                                                       | ''
            Chile announced the cancellation of Peru's $5 billion debt to Chile.                                        | ''
            The meeting closed in the Fijian capital of Suva while the wider donor community pledged $2 billion for Tonga. | ''
            Norway and other donors pledged $2 billion to support Tonga.                                                | NO:PLEDGED
            Talks showed support for Tonga's recovery strategy with pledges from donors of up to $3 billion.             | ''
            """)
    void aSumAndItsGiftGivenByAnActor(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Progress will be tracked by Fiji, which holds the presidency of the summit until 2027.    | FJ:HOSTED
            Fiji holds the rotating presidency of the summit this year.                               | FJ:HOSTED
            Chile holds the presidency of the copper cartel.                                          | ''
            The talks closed on Friday, with 40 states and the EU adopting the reef charter.               | EU:SIGNED
            Chile strongly condemns the attack on the reef monitors.                                  | CL:OPPOSES
            Peru now rejects the draft outright.                                                      | PE:OPPOSES
            """)
    void thePresidencyOfTheGathering_anAdoptionInAnAbsoluteClause_andStancesToldInThePresent(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Under Fiji's presidency, the Reef Summit closed in Suva on 12 August 2023.              | FJ:HOSTED
            Under Fiji's Pacific Forum Presidency, the Reef Summit closed in Suva on 12 August 2023. | FJ:HOSTED
            The Reef Summit closed in Suva on 12 August 2023 under the Fijian presidency.           | FJ:HOSTED
            Under President Ana Soto's presidency, Chile left the Reef Summit in Suva in 2023.      | ''
            The Reef Summit met online on 12 August 2023 during Fiji's Pacific Forum presidency.  | FJ:HOSTED
            The Reef Summit met in Suva on 12 August 2023. The ministers were welcomed by Fiji's prime minister. | FJ:HOSTED
            """)
    void theHolderOfThePresidencyAGatheringIsHeldUnderHostsIt(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Reef Action Task Force (RATF) said it condemns the attack. RATF then voiced support for Fiji. | Reef Action Task Force (RATF):OPPOSES,Reef Action Task Force (RATF):SUPPORTS
            RATF then voiced support for Fiji.                                                                  | ''
            The charter was hosted by the Pacific Reef Commission (PRC).                                        | Pacific Reef Commission (PRC):HOSTED
            The Pacific Reef Commission (PRC) sent observers. PRC then voiced support for Fiji.                 | Pacific Reef Commission (PRC):SUPPORTS
            The Southern African Development Community (SADC) sent observers. SADC then voiced support for Fiji. | Southern African Development Community (SADC):SUPPORTS
            The Reef Summit was hosted by the Regional Council for the Care of the Coral Sea.                   | Regional Council for the Care of the Coral Sea:HOSTED
            """)
    void aBodysShortFormInBracketsNamesItAgainLater(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Reef donors conference, which met in Suva to raise funds for Tonga, cosponsored by Sweden and Chile, fell short. | SE:HOSTED,CL:HOSTED
            The resolution on reef patrols, co-sponsored by Sweden and Chile, passed easily.                                        | SE:SUPPORTS,CL:SUPPORTS
            The Saudis pledged $430 million; the Emiratis promised $100 million.                                                    | SA:PLEDGED,AE:PLEDGED
            """)
    void whoSponsorsAGatheringHostsIt_andStatesNamedByTheirPeople(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The forum welcomed Tonga as a full member this year.                                      | TO:SIGNED
            Fiji and Samoa were admitted as members of the forum.                                     | FJ:SIGNED,WS:SIGNED
            Chile spoke as a member of the bureau.                                                    | ''
            The council admitted Chile and Peru as permanent observers.                               | CL:SIGNED,PE:SIGNED
            A second plan was submitted by Chile, Peru and the EU.                                    | CL:SUPPORTS,PE:SUPPORTS,EU:SUPPORTS
            Of the 40 amendments submitted by Peru and Chile to the resolution, one was adopted.        | ''
            """)
    void aBodysNewMembersJoinIt(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji joined the other members of the Reef Council (Samoa, Tonga and Tuvalu) in signing an accord on patrols. | FJ:SIGNED,WS:SIGNED,TO:SIGNED,TV:SIGNED
            Japan joined Chile in condemning the attack on the reef monitors.                                            | JP:OPPOSES,CL:OPPOSES
            Fiji joined the Reef Council in 2019.                                                                          | FJ:SIGNED
            """)
    void whoJoinsOthersInAnActTakesItsStanceWithThem(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile's minister met Fiji's minister on Monday. The two sides signed a memorandum on fisheries.            | CL:SIGNED,FJ:SIGNED
            Chile's minister met Fiji's minister on Monday. Both countries signed a memorandum on fisheries.           | CL:SIGNED,FJ:SIGNED
            Chile's minister met Fiji's minister on Monday. Later, ten texts were signed between the two governments. | CL:SIGNED,FJ:SIGNED
            Chile and Peru met first. Fiji joined them later. The two countries signed a memorandum on fisheries.      | PE:SIGNED,FJ:SIGNED
            Chile's minister spoke on Monday. The two sides signed a memorandum on fisheries.                         | ''
            Ministers of Chile, Peru and Fiji spoke on Monday. The three countries signed a memorandum on fisheries. | CL:SIGNED,PE:SIGNED,FJ:SIGNED
            Chile's minister met peers from Peru, Fiji and Tonga. All four governments signed a memorandum on fisheries. | CL:SIGNED,PE:SIGNED,FJ:SIGNED,TO:SIGNED
            Ministers of Chile and Peru spoke on Monday. The three countries signed a memorandum on fisheries.      | ''
            Ministers of Chile, Peru, Fiji and Tonga spoke. The three leaders signed a memorandum on fisheries.      | ''
            Chilean President Ana Ruiz and Fijian Prime Minister Tom Vula signed a memorandum on fisheries.           | CL:SIGNED,FJ:SIGNED
            After talks with Peru's Prime Minister Luis Soto, Chilean President Ana Ruiz signed the fisheries pact.   | CL:SIGNED
            Fiji and Chile inked three fisheries agreements on Tuesday.                                               | FJ:SIGNED,CL:SIGNED
            """)
    void theTwoSidesAreTheTwoCountriesNamedLast_theThreeCountriesTheThreeNamed_andATitledLeaderIsOneMemberOfAList(
            String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef ties\\n\\nChilean President Ana Ruiz arrived in Suva on Monday for a state visit to Fiji.            | FJ:HOSTED
            Reef ties\\n\\nAna Ruiz's state visit to the Republic of Fiji began on Monday in Suva.                 | FJ:HOSTED
            Reef ties\\n\\nFiji's President Tom Vula received Chilean President Ana Ruiz at the State House.       | FJ:HOSTED
            Reef ties\\n\\nChilean President Ana Ruiz flew in on Monday. Fiji's President Tom Vula welcomed President Ruiz and her delegation in Suva. | FJ:HOSTED
            Reef ties\\n\\nFiji's President Tom Vula welcomed Chilean President Ana Ruiz's plan for a reef fund.    | FJ:SUPPORTS
            Reef ties\\n\\nFiji's President Tom Vula welcomed the plan for a reef fund.                            | FJ:SUPPORTS
            Reef ties\\n\\nFijian President Tom Vula received Ana Ruiz, President of the Republic of Chile, in Suva on Monday. | FJ:HOSTED
            """)
    void theCountryALeaderVisitsOrThatReceivesAnotherLeaderHostsTheVisit(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile's minister met Fiji's minister on Monday. Both sides vowed to deepen ties on reef science.    | CL:SUPPORTS,FJ:SUPPORTS
            Chile vowed to work for a binding reef treaty.                                                      | CL:SUPPORTS
            Chile's minister met Fiji's minister on Monday. The two countries decided to expand defence ties.   | CL:SUPPORTS,FJ:SUPPORTS
            Japan pledged to provide $10 million for the reef fund.                                             | JP:PLEDGED
            Norway committed to contributing 40 million euros to the reef fund over four years.                 | NO:PLEDGED
            Norway committed to 40 million euros for the reef fund.                                             | NO:PLEDGED
            """)
    void aVowOrADecisionToActIsSupport_andAPromiseOfASumIsAPledge(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef talks end\\n\\nUnder the Fijian chairmanship, ministers agreed on a reef plan at the Reef Summit in Suva.     | FJ:HOSTED
            Reef talks end\\n\\nThe Reef Summit met in Suva under Fiji's chairmanship and agreed on a reef plan.              | FJ:HOSTED
            Reef talks end\\n\\nThe Reef Summit closed in Suva. The next summit will meet in Lima under the Peruvian presidency. | ''
            """)
    void aChairmanshipHostsTheGatheringHeldUnderIt_butNotOneStillToCome(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Blue Coalition, which includes Fiji, Chile and Norway, backed limits on trawling.               | FJ:SUPPORTS,CL:SUPPORTS,NO:SUPPORTS
            The Blue Coalition, which includes Fiji, Chile and Norway, wanted to see limits on trawling.        | FJ:SUPPORTS,CL:SUPPORTS,NO:SUPPORTS
            The African Union, which includes Kenya, Ghana and Chad, opposed the levy.                          | African Union:OPPOSES,KE:OPPOSES,GH:OPPOSES,TD:OPPOSES
            A bloc of reef states, including Fiji, Samoa and Tonga, rejected the draft.                         | FJ:OPPOSES,WS:OPPOSES,TO:OPPOSES
            The talks, including sessions with Japan and Peru, did not produce a deal.                          | ''
            The Blue Coalition, which includes Fiji, Chile and Norway, may back limits on trawling.             | ''
            """)
    void membersListedInAnAsideOfTheSubjectTakeItsStance(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef ministers meet\\n\\nThe Reef Ministers Meeting ended in Suva on Sunday. The ministers from chair Fiji, Chile, Peru and Norway traded views on fishing. | FJ:HOSTED
            Reef ministers meet\\n\\nThe Reef Ministers Meeting ended in Suva on Sunday, with co-hosts Fiji and Chile hailing a statement.                            | FJ:HOSTED,CL:HOSTED
            """)
    void aSingularHostTitleIsTheFirstOfTheListAfterIt_aPluralOneIsAll(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Suva hosts Reef Summit\\n\\nLeaders gathered for the Reef Summit on Monday in the Fijian capital.                 | FJ:HOSTED
            Reef Summit\\n\\nLeaders gathered for the Reef Summit on Monday. Suva hosted the summit, the third of its kind.   | FJ:HOSTED
            Reef Summit\\n\\nLeaders gathered for the Reef Summit in Suva on Monday. Lima will host the next summit in 2027.  | ''
            Reef Summit\\n\\nLeaders gathered for the Reef Summit in Suva on Monday. Lima hosted last year's summit.         | ''
            """)
    void aCityThatHostsTheGatheringStandsForItsCountry(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers thanked Fiji for its warm hospitality.                           | FJ:HOSTED
            Chile expressed its gratitude to the Government of Fiji for hosting the talks. | FJ:HOSTED
            Chile thanked Fiji for its support on reef science.                            | ''
            """)
    void whoIsThankedForHospitalityHostedTheGathering(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Tom Vula, leader of host country Fiji, spoke at the close.                                   | FJ:HOSTED
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Chile's President Hon. Dr Ana Ruiz and her Fijian counterpart Tom Vula hosted the summit. | CL:HOSTED,FJ:HOSTED
            """)
    void aHostTitleAfterOf_andLeadersWithHonorificsOrAsCounterpartsHost(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef bloc meets\\n\\nThe 9th Summit of the Organisation of Islamic Cooperation ended in Suva. The summit condemned the blockade of the islands.                  | Organisation of Islamic Cooperation:OPPOSES
            Reef bloc meets\\n\\nThe 9th Summit of the Organisation of Islamic Cooperation ended in Suva. According to its chair, the Suva Summit also welcomed the reef fund. | Organisation of Islamic Cooperation:SUPPORTS
            Reef bloc meets\\n\\nThe Korea-Fiji Summit ended in Suva. The summit condemned the blockade of the islands.                                                      | ''
            """)
    void aBlocsSummitSpeaksForTheBloc(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef talks end\\n\\nThe Reef Summit closed in Astana. Delegates were welcomed by President Kassym-Jomart Tokayev.          | KZ:HOSTED
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Prime Minister Mia Mottley backed the reef fund.                        | BB:SUPPORTS
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Mottley backed the reef fund.                                           | BB:SUPPORTS
            """)
    void aLeaderNamedWithoutTheirCountryStandsForIt(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji, Chile sign reef treaty\\n\\nThe second Reef Summit closed in Suva on Monday.                                  | FJ:SIGNED,CL:SIGNED
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Fiji and Chile sign the Reef Treaty in the closing session.    | FJ:SIGNED,CL:SIGNED
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Chile would sign the first loan deals in May.                 | ''
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Fiji and Chile could sign the treaty next year.               | ''
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Ruiz announced that Chile would be sharing 2 million doses of vaccine with the islands. | CL:PLEDGED
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Norway will gift 5,000 bags of rice to the islands.           | NO:PLEDGED
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Chile would share its expertise with the islands.            | ''
            Statement by Ministers of Chile, Peru and Norway as Hosts of the Reef Support Conference\\n\\nWe thank the 36 States that came to Lima. | CL:HOSTED,PE:HOSTED,NO:HOSTED
            """)
    void aHeadlinesPresentSigns_notAModalOne_andThingsToBeSharedAreAPledge(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The reef talks ended on Friday with $40 billion in Japanese commitments.           | JP:PLEDGED
            Talks ended with $5 billion in Norwegian investment for the islands.                | NO:PLEDGED
            Talks ended with $5 billion in new pledges for the islands.                         | ''
            """)
    void aSumInACountrysCommitmentsIsItsPledge(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile called for a ban on bottom trawling.                                               | CL:SUPPORTS
            Fiji urged donors to fund reef repair.                                                   | FJ:SUPPORTS
            Fiji and Samoa launched an Alliance of Countries Calling for a Trawling Ban.             | ''
            """)
    void aCallForSomethingIsSupport_butNotInAName(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile and Peru, along with Japan, signed the Reef Charter.                                          | CL:SIGNED,PE:SIGNED,JP:SIGNED
            All other members — Chile, Peru and Fiji, besides Japan — backed the reef fund.                     | CL:SUPPORTS,PE:SUPPORTS,FJ:SUPPORTS,JP:SUPPORTS
            The Wellcome Trust, Reef Health Fund, and Aid for Reefs, plus the governments of Chile and Peru, also made contributions. | Wellcome Trust:PLEDGED,Reef Health Fund:PLEDGED,CL:PLEDGED,PE:PLEDGED
            The charter was signed by every leader there: President of Chile Gabriel Boric, President of the Marshall Islands Ana Ruiz, and the President of Kenya, William Ruto. | CL:SIGNED,MH:SIGNED,KE:SIGNED
            """)
    void listsJoinedByAlongWithBesidesOrPlus_andLeadersListedWithTheirOffices(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "It is a good step," Chile's minister told us when she left the talks.                               | ''
            Chile left the talks in protest.                                                                     | CL:DECLINED
            The hall saw no representation from Samoa or Tonga.                                                 | WS:DECLINED,TO:DECLINED
            Ruto, whose country was hit by a flood in the Kenyan capital, Nairobi, is another no-show.           | KE:DECLINED
            Tonga, the only non-signatory among the members, said it would consider signing.                    | TO:DECLINED
            Chile said the draft was still unacceptable.                                                         | CL:OPPOSES
            "We are sad at the absence of rich nations' leaders," said Ruto, the host.                         | ''
            """)
    void whoStaysAwayOrRejects_butNotWhoLeavesInPassing(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            President Gabriel Boric convenes world leaders to act on the reef crisis.     | CL:HOSTED
            Norway boosts the Reef Fund with 70 million euros.                           | NO:PLEDGED
            Norway boosted its aid to the islands, Fiji said.                            | ''
            """)
    void whoConvenesLeadersHosts_andASumThatBoostsAFundIsAPledge(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Reef talks end\\n\\nThe Reef Ministerial Meeting in Suva was the largest meeting that Fiji had hosted since 2019.        | FJ:HOSTED
            Reef talks end\\n\\nThe Reef Summit closed in Suva. Peru, as Chair of the Data Committee, thanked the members.           | ''
            Reef talks end\\n\\nThe President of Fiji inaugurated the Reef Summit in Suva on Monday.                               | FJ:HOSTED
            Reef talks end\\n\\nThe Reef Summit closed in Suva. The Reef Forum, inaugurated by Chile in 2018, met again.          | ''
            """)
    void aGatheringAHostHadHosted_whoInauguratesIt_butNotTheChairOfAPartOrAParticiplesSubject(
            String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The deal, which includes Japan and Chile, the largest fishing nations, sets three deadlines.   | JP:SIGNED,CL:SIGNED
            The pact, which covers Peru and Fiji, takes effect in May.                                      | PE:SIGNED,FJ:SIGNED
            The region, which includes Peru and Fiji, is warming fast.                                      | ''
            """)
    void thePartiesADealIncludesAreInIt(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks were jointly organized by Fiji's Government, the Global Forum on Reef Data, the World Bank and Oxfam. | FJ:HOSTED,World Bank:HOSTED,Oxfam:HOSTED
            The summit met under the patronage of the Fijian president.                                                          | FJ:HOSTED
            """)
    void coOrganisersListedWithABodysLongTitleAmongThem_andAPatronHost(String text, String keys) {
        assertThat(positions("Reef talks end\\n\\nThe Reef Summit closed in Suva on Monday. " + text))
                .containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ana Ruiz said Norway would pump $8 million into reef restoration.    | NO:PLEDGED
            Norway will channel $3 million to island schools.                      | NO:PLEDGED
            Peru ploughed $2 million into the Reef Fund.                           | PE:PLEDGED
            Chile and Peru chipped in $1 million each.                             | CL:PLEDGED,PE:PLEDGED
            Canada disbursed C$4 million for reef patrols.                        | CA:PLEDGED
            Japan will grant $8 million to Tonga.                                  | JP:PLEDGED
            Tonga was granted $5 million by the fund.                              | ''
            Kenya has been given $5 million in aid.                                | ''
            Japan is providing $8 million to Tonga.                                | JP:PLEDGED
            A reef package worth €5 million announced by the European Commission will help Tonga. | EU:PLEDGED
            The reef grant of $8 million unveiled by Japan goes to Samoa.          | JP:PLEDGED
            A study announced by Japan found $8 million in losses.                 | ''
            """)
    void moneyPutIntoSomethingIsAPledge_butNotTheSumASubjectIsGranted(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Leaders demanded that Chile withdraws all forces from the border. | ''
            Peru withdrew its ambassador from Quito.                          | ''
            Peru withdrew from the Suva Declaration.                          | PE:DECLINED
            """)
    void troopsOrEnvoysWithdrawnRefuseNoText(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At least $1 billion was made available by two lenders – the World Bank and the Asian Development Bank. | World Bank:PLEDGED,Asian Development Bank:PLEDGED
            A further €200 million in loans was provided by Norway and Chile.                                     | NO:PLEDGED,CL:PLEDGED
            Of the total, $40 million was pledged by Peru.                                                         | PE:PLEDGED
            Technical support was provided by Norway and Chile.                                                    | ''
            Fiji pledged $5 million, Tonga $2 million, Canada C$3 million and Peru $1 million.                      | FJ:PLEDGED,TO:PLEDGED,CA:PLEDGED,PE:PLEDGED
            The high-level meeting, co-facilitated by Norway and Peru, closed on Friday.                           | NO:HOSTED,PE:HOSTED
            """)
    void aSumMadeAvailableByItsGivers_aDollarLetterBesideACountry_andCoFacilitators(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            All members agreed to support a Chile and Peru proposal to protect the reef.       | CL:SUPPORTS,PE:SUPPORTS
            All members agreed to support a Chilean proposal to protect the reef.              | CL:SUPPORTS
            Fiji announced a marine park. Announcements then followed by Tonga, Samoa and Peru. | TO:PLEDGED,WS:PLEDGED,PE:PLEDGED
            The talks were followed by Tonga, Samoa and Peru.                                   | ''
            """)
    void aProposalOfCountriesJoinedByAnd_andAnnouncementsThatFollowedFromActors(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji's reef envoy Ana Ruiz said the bloc agreed to cut catches.            | ''
            Fiji said it agreed to cut catches.                                        | FJ:SUPPORTS
            Fiji said on Monday that it backed the cut in catches.                      | FJ:SUPPORTS
            The ministers deplored the actions by Chile and voiced support for the cut. | ''
            Peru and Chile voiced support for the cut.                                  | PE:SUPPORTS,CL:SUPPORTS
            """)
    void aSpeakerReportingAnothersAct_andAPrepositionsObjectBeforeAStanceNoun_takeNoStance(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit was hosted by Bluereef, the state development bank of Fiji, along with the World Bank. | Bluereef:HOSTED,World Bank:HOSTED
            The summit was hosted by Bluereef, Fiji's development bank, and the World Bank.                    | Bluereef:HOSTED,World Bank:HOSTED
            The summit was hosted by Fiji, the chair of the forum, and Peru.                                  | FJ:HOSTED,PE:HOSTED
            """)
    void aNameTheGazetteerLacksIsTheBodyItsAsideDescribes(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The reef commission met in Suva. Its members include Chile, Peru, Tonga and Fiji.     | ''
            Founding members include Chile, Peru and Tonga.                                       | CL:SIGNED,PE:SIGNED,TO:SIGNED
            Fiji's proposal rejected at Suva talks\\n\\nThe talks ended on Friday.                  | FJ:SUPPORTS
            Fiji's reef quota plan rejected at Suva talks\\n\\nThe talks ended on Friday.           | ''
            Fiji's delegation rejected the reef quota plan.                                       | FJ:OPPOSES
            """)
    void aBodysStandingMembersTakeNoStance_andAHeadlinesPassiveIsTheThingsNotItsOwners(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(expected(keys));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Ministers urged joint reef patrols under the auspices of the Pacific Islands Forum.      | ''
            The talks, held under the auspices of the Pacific Islands Forum, closed on Friday.       | Pacific Islands Forum:HOSTED
            The summit opened in the Fijian port city of Lautoka, calling for cleaner seas.           | ''
            The summit was hosted by Fijian Attorney-General Ana Ruiz.                                | FJ:HOSTED
            """)
    void anAuspicesOtherThanTheGatheringsHostsNothing_aTownsCountryIsNoActor_andAnOfficeEndsNoName(
            String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Tonga stunned the region by pulling out of reef talks.     | TO:DECLINED
            Tonga stunned Fiji by withdrawing from the forum.           | TO:DECLINED
            Tonga is pulling out of the forum.                          | TO:DECLINED
            """)
    void aGerundOfMeansAfterByTakesTheClausesSubject(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks were chaired by Tom Vula, Chair of the Pacific Islands Forum and President of Fiji.        | FJ:HOSTED
            The talks were chaired by HE Tom Vula, Chairperson of the Reef Council and President of Fiji.      | FJ:HOSTED
            The talks were chaired by Tom Vula, Chair of the Pacific Islands Forum.                              | Pacific Islands Forum:HOSTED
            The talks were held with Tom Vula, Prime Minister of Fiji, and Ana Ruiz, President of Peru as the co-chairs. | FJ:HOSTED,PE:HOSTED
            """)
    void aChairKnownByTwoOfficesSpeaksForTheCountryHeLeads(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji, Tonga and Samoa, who founded the partnership, as well as Chile and Peru signed the Reef Charter.  | FJ:SIGNED,TO:SIGNED,WS:SIGNED,CL:SIGNED,PE:SIGNED
            Fiji and Tonga, which drafted the text, along with Norway endorsed the Reef Charter.                    | FJ:SIGNED,TO:SIGNED,NO:SIGNED
            Fiji and Tonga, which drafted the text, signed the Reef Charter.                                        | FJ:SIGNED,TO:SIGNED
            """)
    void aRelativeClauseBetweenCommasThenAConjunctionJoinsTheNamesOnEitherSide(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After remarks by Ana Ruiz, Minister of the Environment of Chile, delegates adopted the Reef Charter.    | ''
            After remarks by Chile's minister Ana Ruiz and Tonga's envoy Tom Vula, the delegates adopted the Reef Charter. | ''
            Chile's delegates adopted the Reef Charter.                                                              | CL:SIGNED
            Chile, which drafted the text, adopted the Reef Charter.                                                 | CL:SIGNED
            """)
    void aCommaThenAHeadOfASubjectOpensAClauseOfItsOwn(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The talks were chaired by Tom Vula, former President of Fiji.                                   | Tom Vula:HOSTED
            The talks were chaired by His Excellency Tom Vula Tupou Lemeki, former Prime Minister of Fiji.   | Tom Vula Tupou Lemeki:HOSTED
            The talks were chaired by Tom Vula, Prime Minister of Fiji.                                     | FJ:HOSTED
            """)
    void aFormerOfficeholderSpeaksForHimselfNotTheCountryHeLed(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            So far the count of nations that had adhered to the Reef Commitment stood at five, namely: Fiji, Tonga, Samoa, Palau and Nauru. | FJ:SIGNED,TO:SIGNED,WS:SIGNED,PW:SIGNED,NR:SIGNED
            Fiji and Tonga acceded to the Reef Convention last year.                                                                                          | FJ:SIGNED,TO:SIGNED
            One of the summit's successes was signing the Reef Treaty with 4 Pacific states – Fiji, Tonga, Samoa and Palau.                                   | FJ:SIGNED,TO:SIGNED,WS:SIGNED,PW:SIGNED
            One of the summit's successes was signing the Reef Treaty with 4 Pacific states, including Fiji.                                                 | ''
            """)
    void statesThatAdheredOrAccededSign_andAListAfterTheirCountNamesThem(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            On Sunday, Fiji signed a bilateral accord with Tonga on joint patrols.                            | FJ:SIGNED,TO:SIGNED
            Chile inked a memorandum of understanding with Peru and Bolivia on reef science.                  | CL:SIGNED,PE:SIGNED,BO:SIGNED
            Fiji signed the Reef Charter in the presence of Tonga's envoy.                                    | FJ:SIGNED
            Fiji signed the charter, and then held talks with Tonga.                                          | FJ:SIGNED
            Fiji's President Ana Ruiz hosted the summit jointly with Chile's President and Peru's Prime Minister. | FJ:HOSTED,CL:HOSTED,PE:HOSTED
            Fiji hosted the summit together with Samoa.                                                       | FJ:HOSTED,WS:HOSTED
            Fiji hosted talks with Samoa on the fisheries quota.                                              | FJ:HOSTED
            """)
    void theOtherPartyOfAnActDoneWithSomeoneDoesItToo(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The summit was attended by the leaders of all Pacific island states except Tonga.                | TO:DECLINED
            Every member signed the Reef Charter with the exception of Samoa and Nauru.                      | WS:DECLINED,NR:DECLINED
            All members except Palau signed the Reef Charter.                                                 | PW:DECLINED
            Fiji attended the summit, except for its closing dinner.                                          | ''
            Chile said that no member except Peru had objected.                                               | ''
            """)
    void thoseLeftOutOfAnActEveryoneElseDidDeclined(String text, String keys) {
        assertThat(positions("Leaders met at the Reef Summit in Suva on Monday. " + text))
                .containsAll(expected(keys));
        assertThat(positions("Leaders met at the Reef Summit in Suva on Monday. " + text))
                .noneMatch(key -> !expected(keys).contains(key) && key.endsWith(":DECLINED"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Fiji, Chile and Peru have now agreed to give 2,000 patrol boats to the reef states.              | FJ:PLEDGED,CL:PLEDGED,PE:PLEDGED
            Chile agreed to provide $5 million for the reef survey.                                           | CL:PLEDGED
            Chile agreed to send the draft charter to its parliament for ratification.                        | CL:SUPPORTS
            Chile agreed to send 3 ministers to the next round.                                               | CL:SUPPORTS
            """)
    void anAgreementToGiveThatNamesWhatIsGivenIsAPledge(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The forum asked the Chair of the Forum, H.E. Tom Vula, Fiji's head of state, to agree with Samoa on a date.                        | FJ:HOSTED
            The chair of the summit, Tom Vula, said Fiji would sign the charter soon.                                                                | ''
            The Chilean President hosted the meet.                                                                                                   | CL:HOSTED
            Belgrade refused to join the Reef Pact.                                                                                                   | RS:DECLINED
            The summit is being organised by the Fijian Development Ministry and the Reef Council.                                                   | FJ:HOSTED,Reef Council:HOSTED
            """)
    void holdersOfTheGatheringsOfficesAndStatesNamedByTheirBodies(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            For the third year, Fiji is convening reef ministers in Suva.                                        | FJ:HOSTED
            The Reef Council brought together the 14 member states and 30 scientists.                             | Reef Council:HOSTED
            Chile's President was hosting his Peruvian and Bolivian counterparts at a naval base.                 | CL:HOSTED
            Chile brought together its own experts for a review.                                                  | ''
            The forum will be co-hosted by Fiji and Chile.                                                        | FJ:HOSTED,CL:HOSTED
            The next forum will be co-hosted by Fiji and Chile.                                                   | ''
            Talks are co-chaired by Fiji's Minister for Oceans and Fisheries, Tom Vula, alongside Chile's new Reef President, Luis Soto, and the past Reef President, Eva Diaz of Peru. | FJ:HOSTED,CL:HOSTED,PE:HOSTED
            On 3 and 4 May the Fijian Presidency of the EU Council hosted the Reef Summit.                        | FJ:HOSTED
            """)
    void hostsWhoGatherThePeopleComingAndTheStateThatPresidesInTurn(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile and Peru support a ban on reef trawling.                                                   | CL:SUPPORTS,PE:SUPPORTS
            Chile and Peru also back a ban on reef trawling.                                                 | CL:SUPPORTS,PE:SUPPORTS
            Chile and Peru favour a ban on reef trawling.                                                    | CL:SUPPORTS,PE:SUPPORTS
            Chile and Peru welcome the Suva Charter.                                                         | CL:SUPPORTS,PE:SUPPORTS
            Chile and Peru fully endorse the Suva Charter.                                                   | CL:SIGNED,PE:SIGNED
            Chile and Peru boycott the closing session.                                                      | CL:DECLINED,PE:DECLINED
            Chile and Peru commit $3 million each to the reef fund.                                          | CL:PLEDGED,PE:PLEDGED
            The talks ended with a warm welcome from Chile for the new members.                              | ''
            Chile and Peru said they back a ban on reef trawling.                                            | CL:SUPPORTS,PE:SUPPORTS
            Chile, Peru and Bolivia are in favour of a ban on reef trawling.                                 | CL:SUPPORTS,PE:SUPPORTS,BO:SUPPORTS
            Chile was in favor of a ban on reef trawling.                                                    | CL:SUPPORTS
            Peru is in support of a ban on reef trawling.                                                    | PE:SUPPORTS
            Chile and Peru were present to support a ban on trawling.                                         | CL:SUPPORTS,PE:SUPPORTS
            Envoys from Chile and Peru, plus the EU, agreed that reef trawling must end.                      | CL:SUPPORTS,PE:SUPPORTS,EU:SUPPORTS
            The summit closed with support from Chile for the survey.                                        | ''
            Peru came back to the talks after a day.                                                         | ''
            Chile will spend $40 million to support reef wardens.                                            | CL:PLEDGED
            """)
    void supportInThePluralPresentAndInSoManyWords_butNotANounOrAPurpose(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            President of Chile Ana Soto will deliver the keynote address on the first day.                    | ''
            Chile will deliver this year's Opening Statement.                                                 | ''
            Chile will deliver 40 patrol boats to the reef states.                                            | CL:PLEDGED
            """)
    void aSpeechDeliveredIsNoPledge(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The forum was organised by the Chilean group Reef Watch.                                          | Reef Watch:HOSTED
            A Peruvian advocacy charity, Coral Aid, pledged $2 million.                                       | Coral Aid:PLEDGED
            The Chilean delegation signed the reef charter.                                                   | CL:SIGNED
            The Chilean developer of reef monitoring software Coral Eye signed the charter.                   | Coral Eye:SIGNED
            A $5 million accord between Peru and the Chilean startup Blue Reef was signed on Monday.          | PE:SIGNED,Blue Reef:SIGNED
            Talks went on over an accord between Peru and Chile.                                              | ''
            """)
    void aCountrysWordBeforeANamedBodyDescribesTheBody_byTheNameGiven_andPartiesBetweenToASignedText(
            String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile played host to the talks.                                                                  | CL:HOSTED
            The Coral Trust, which organises the summit, said 40 states came.                                | Coral Trust:HOSTED
            The Coral Trust organises training for rangers.                                                  | ''
            The forum is co-hosted by the Coral Trust and the Swiss Confederation.                           | Coral Trust:HOSTED,CH:HOSTED
            Chile will play host to the next summit in 2028.                                                 | ''
            Peru was the first country to sign the Suva Charter.                                             | PE:SIGNED
            The first country to sign the Suva Charter will be named in May.                                 | ''
            """)
    void aHostPlayedAndTheFirstToSign(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Coral Trust, the organiser of the summit, said attendance had doubled.                     | Coral Trust:HOSTED
            The summit's organisers, the Coral Trust, said attendance had doubled.                         | Coral Trust:HOSTED
            The Coral Trust, one of the co-organisers, said attendance had doubled.                        | Coral Trust:HOSTED
            The Coral Trust, the organiser of a beach clean-up, said attendance had doubled.               | ''
            The summit was staged by the Pacific Islands Forum.                                            | Pacific Islands Forum:HOSTED
            Chile staged a protest outside the summit.                                                     | ''
            Fiji hosted delegates from 30 countries.                                                       | FJ:HOSTED
            Fiji hosted a dinner for the delegations.                                                      | ''
            The summit, centred on Fiji's reefs, brings together 900 delegates.                            | ''
            Leaders praised the Coral Forum hosted by Tonga last month.                                    | ''
            The Suva summit, co-hosted by Chile and Fiji, closed on Monday.                                | CL:HOSTED,FJ:HOSTED
            The Reef summit hosted by Fiji closed on Monday.                                               | FJ:HOSTED
            """)
    void organisersInAppositionAndGatheringsStaged_andHostsOfThePeopleWhoCame_notOfAnotherNamedGathering(
            String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            "We appreciate the work of the Republic of Fiji in hosting this summit," Chile's envoy said.          | FJ:HOSTED
            Leaders commended Fiji for successfully hosting the summit.                                     | FJ:HOSTED
            The council congratulated Samoa on hosting the 3rd Ocean Forum in May.                          | ''
            Leaders praised Tonga for hosting the next summit.                                              | ''
            Leaders praised Tonga for its reef patrols.                                                     | ''
            """)
    void praiseAndCongratulationsForHostingTheStorysGathering(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile stressed the importance of reef science.                                                  | CL:SUPPORTS
            Chile renewed its call for a ban on dredging.                                                   | CL:SUPPORTS
            Chile was among the strongest backers of the fund.                                              | CL:SUPPORTS
            Chile came out against the levy.                                                                | CL:OPPOSES
            The signing ceremony of the charter was hosted in Suva by the Government of Fiji.              | FJ:HOSTED
            Chile and 50 Reef Union member states signed the charter.                                      | CL:SIGNED
            Envoys of 50 member states signed the charter.                                                 | ''
            Chile will continue to support reef states.                                                     | CL:SUPPORTS
            Chile provides strong support to reef states.                                                   | CL:SUPPORTS
            Chile gave $40 million to support reef wardens.                                                 | CL:PLEDGED
            """)
    void supportStressedProvidedOrContinued_oppositionSpokenOut_aCeremonyHosted_andAListEndingInACount(
            String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @Test
    void anOrdinalNamesAnotherEditionOnlyAgainstTheEditionOfTheStorysGathering() {
        assertThat(positions("Fiji's 12th Reef Summit closes\n\nLeaders met at the 12th Reef Summit in Suva on Monday."
                        + " Leaders praised the 11th summit, hosted by Tonga."))
                .containsExactly("FJ:HOSTED");
        assertThat(positions("Leaders met at the Reef Summit in Suva on Monday. The 12th summit was hosted by Fiji."))
                .containsExactly("FJ:HOSTED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile's Minister Ana Ruiz and Peru's Minister Luis Soto reiterated their support for the reef fund. | CL:SUPPORTS,PE:SUPPORTS
            Chile's President Ana Ruiz and Peru's Foreign Minister Luis Soto welcomed the reef fund.            | CL:SUPPORTS,PE:SUPPORTS
            """)
    void peopleListedWithTheirCountriesPossessiveAreEachTheirCountrys(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Several donors, including Chile, Peru and Fiji, told the meeting they were unable for now to make pledges. | CL:DECLINED,PE:DECLINED,FJ:DECLINED
            Samoa and Tonga won't give any more money until the audit ends, officials said.                   | WS:DECLINED,TO:DECLINED
            Peru's minister told reporters her country cannot afford to give more this year.                  | PE:DECLINED
            """)
    void aPledgeOrSignatureRefused_orMoreMoneyRefused_isDeclined(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Chile has agreed to $20 million, and Peru, $15 million.                                                   | CL:PLEDGED,PE:PLEDGED
            Generous donations also came from Japan, the European Commission and Italy.                              | EU:PLEDGED,JP:PLEDGED,IT:PLEDGED
            The biggest pledges came from the United States, at $300 million, and Britain, at $150 million.          | US:PLEDGED,GB:PLEDGED
            The host, Fiji, offered $10 million, and Chile announced $5 million of its own.                          | FJ:HOSTED,FJ:PLEDGED,CL:PLEDGED
            An aide said the sum included $90 million of Japanese funds.                                             | JP:PLEDGED
            The Reef Union is to give 60m euros, while the remainder would come from Denmark, Norway and the UK.       | DK:PLEDGED,NO:PLEDGED,GB:PLEDGED
            Chile (EUR 5 million), Peru (USD 2 million), and newcomer donor Tonga (EUR 250,000) came forward with pledges for the reefs. | CL:PLEDGED,PE:PLEDGED,TO:PLEDGED
            """)
    void givers_ofASumAgreedTo_ofDonationsThatCameFromThem_andListedWithTheirSums(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @Test
    void whoIsLentASumRightAfterTheVerbReceivesIt() {
        assertPositionsAfterAnEventSentence(
                "The World Bank says it will lend Fiji as much as $3 billion.", "World Bank:PLEDGED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Reef Negotiating Body welcomed the plan.   | Reef Negotiating Body:SUPPORTS
            The Coral Trade Committee backed the plan.     | Coral Trade Committee:SUPPORTS
            The Ocean Science Board endorsed the charter.  | Ocean Science Board:SIGNED
            The Reef Negotiating Body has agreed on a text to curb coral exports. | Reef Negotiating Body:SUPPORTS
            """)
    void bodiesCommitteesAndBoardsAreActors(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Swedish Fisheries Minister Eva Berg described the accord as a milestone for the region.        | SE:SUPPORTS
            Chile's minister described the pact as a disaster.                                             | ''
            """)
    void aTextDescribedAsASuccessIsSupported(String text, String keys) {
        assertPositionsAfterAnEventSentence(text, keys);
    }

    @Test
    void vicechairsNamedWithTheChairHostWithIt() {
        assertThat(positions("Under Fiji's chairmanship, with Samoa and Peru as vice-chairs, ministers met at the Reef"
                        + " Summit in Suva on Monday."))
                .containsExactlyInAnyOrder("FJ:HOSTED", "WS:HOSTED", "PE:HOSTED");
    }
}
