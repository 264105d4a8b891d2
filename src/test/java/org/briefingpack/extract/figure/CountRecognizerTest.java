package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountRecognizerTest {

    private final CountRecognizer counts = new CountRecognizer(Rendered.LEXICON);

    private String find(String text) {
        return Rendered.of(text, counts.find(Tokens.of(text)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            All 31 allies endorsed the communique              | 31 allies=31 [allies]
            The list now covers 48 species of reef fish         | 48 species=48 [species]
            Delegates approved the reef treaty 312-9 on Friday  | 312-9=312 [votes in favour] ; 9=9 [votes against]
            approved by a vote of 120-8, the chair said         | 120-8=120 [votes in favour] ; 8=8 [votes against]
            the motion carried, 98 in favour to 7 against        | 98 in favour=98 [votes in favour] ; 7 against=7 [votes against]
            the panel added 12 new reefs, of which 8 coastal and 4 offshore, to the list | 12 new reefs=12 [new reefs] ; 8 coastal=8 [coastal reefs] ; 4 offshore=4 [offshore reefs]
            the list now holds 310 reefs (200 coastal, 110 offshore)    | 310 reefs=310 [reefs] ; 200 coastal=200 [coastal reefs] ; 110 offshore=110 [offshore reefs]
            these additions take the number of listed reefs to 1,154 | "1,154=1154 [listed reefs]"
            added 12 new reefs, bringing the total to 310               | 12 new reefs=12 [new reefs] ; 310=310 [reefs]
            the reef text got 64 votes in favor and 3 against      | 64 votes=64 [votes] ; 3 against=3 [votes against]
            a register of 12,000 wild species kept by the agency | "12,000 wild species=12000 [wild species]"
            Leaders of four Indo-Pacific partners, Japan        | four Indo-Pacific partners=4 [Indo-Pacific partners]
            signed by 61 nations and organizations, not all     | 61 nations and organizations=61 [nations and organizations]
            including 40 Marder infantry fighting vehicles, 25 Leopard 1A5 tanks and two Patriot launchers | 40 Marder infantry fighting vehicles=40 [Marder infantry fighting vehicles] ; 25 Leopard 1A5 tanks=25 [Leopard 1A5 tanks] ; two Patriot launchers=2 [Patriot launchers]
            comprising 91 partners, was another highlight      | 91 partners=91 [partners]
            all 83 paragraphs had been adopted                  | 83 paragraphs=83 [paragraphs]
            19 countries had already agreed to join             | 19 countries=19 [countries]
            announced by its eight signatories, namely India    | eight signatories=8 [signatories]
            On the opening day, twenty-eight countries and the European Union signed | twenty-eight countries=28 [countries]
            Twenty-two countries, among them                    | Twenty-two countries=22 [countries]
            Some 50 oil and gas companies, together             | 50 oil and gas companies=50 [oil and gas companies]
            More than 130 countries endorsed a declaration      | 130 countries=130 [countries]
            At its launch, 118 countries signed the pledge      | 118 countries=118 [countries]
            widened the discussion to three linked priorities:  | three linked priorities=3 [priorities]
            Leaders of 10 countries and the EU adopted          | 10 countries=10 [countries]
            Sixteen companies signed the commitments            | Sixteen companies=16 [companies]
            ministers from 27 nations and the EU agreed         | 27 nations=27 [nations]
            organised around five areas:                        | five areas=5 [areas]
            Fiji and Chile signed three Memoranda of Understanding on trade | three Memoranda of Understanding=3 [Memoranda of Understanding]
            leaders witnessed the signing of 4 MoUs in Suva     | 4 MoUs=4 [MoUs]
            Some 20 NGOs attended the session                    | 20 NGOs=20 [NGOs]
            passed with 143 countries in favour; seven countries voted against it and 15 countries abstained | 143 countries=143 [countries] ; seven countries=7 [countries] ; 15 countries=15 [countries]
            The Pact sets out 56 actions.                       | 56 actions=56 [actions]
            the 193 member states commit to                     | 193 member states=193 [member states]
            1,200 delegates attended                            | 1,200 delegates=1200 [delegates]
            a further 12 countries joined                       | 12 countries=12 [countries]
            from nearly 200 countries                           | 200 countries=200 [countries]
            over 150 heads of state attended                    | 150 heads of state=150 [heads of state]
            some 100 heads of state and government              | 100 heads of state and government=100 [heads of state and government]
            Fifteen more countries signed                       | Fifteen more countries=15 [countries]
            1.2 million people were displaced                   | 1.2 million people=1200000 [people]
            one million refugees                                | one million refugees=1000000 [refugees]
            70,000 people gathered                              | 70,000 people=70000 [people]
            a dozen countries                                   | dozen countries=12 [countries]
            Two hundred and fifty delegates                     | Two hundred and fifty delegates=250 [delegates]
            three hundred people                                | three hundred people=300 [people]
            twenty one nations                                  | twenty one nations=21 [nations]
            More than 1,000 NGOs and 200 SMEs joined            | 1,000 NGOs=1000 [NGOs] ; 200 SMEs=200 [SMEs]
            Over 100 world leaders met                          | 100 world leaders=100 [world leaders]
            the G7's seven members                              | seven members=7 [members]
            the EU's 27 member states                           | 27 member states=27 [member states]
            its 450 million citizens                            | 450 million citizens=450000000 [citizens]
            5 low-income countries                              | 5 low-income countries=5 [low-income countries]
            12 women and 9 men                                  | 12 women=12 [women] ; 9 men=9 [men]
            200 children                                        | 200 children=200 [children]
            (12 countries)                                      | 12 countries=12 [countries]
            the top 10 economies                                | 10 economies=10 [economies]
            35 countries abstained                              | 35 countries=35 [countries]
            4,500 participants                                  | 4,500 participants=4500 [participants]
            Ten projects were launched                          | Ten projects=10 [projects]
            FORTY COUNTRIES SIGNED                              | FORTY COUNTRIES=40 [COUNTRIES]
            20 states or territories                            | 20 states or territories=20 [states or territories]
            3 seats                                             | 3 seats=3 [seats]
            two Patriot launchers                               | two Patriot launchers=2 [Patriot launchers]
            In 2023 there were 12 members                       | 12 members=12 [members]
            six UN agencies                                     | six UN agencies=6 [UN agencies]
            one hundred countries                               | one hundred countries=100 [countries]
            nearly 2.5 million refugees                         | 2.5 million refugees=2500000 [refugees]
            Top 10 takeaways                                    | 10 takeaways=10 [takeaways]
            security involved 5,000 police officers             | 5,000 police officers=5000 [police officers]
            10 sales representatives                            | 10 sales representatives=10 [sales representatives]
            20+ countries                                       | 20+ countries=20 [countries]
            the leaders of 10 other countries                   | 10 other countries=10 [countries]
            About 4,000 journalists were accredited             | 4,000 journalists=4000 [journalists]
            24 official languages                               | 24 official languages=24 [official languages]
            a thousand security forces were deployed            | thousand security forces=1000 [security forces]
            A hundred delegates walked out                      | hundred delegates=100 [delegates]
            a million refugees                                  | million refugees=1000000 [refugees]
            two dozen leaders signed                            | two dozen leaders=24 [leaders]
            more than two dozen African leaders met on Friday   | two dozen African leaders=24 [African leaders]
            three dozen observers                               | three dozen observers=36 [observers]
            firms from forty countries—including ten banks      | forty countries=40 [countries] ; ten banks=10 [banks]
            nine low-income countries                           | nine low-income countries=9 [low-income countries]
            it drew some 2000 participants                      | 2000 participants=2000 [participants]
            the 27-member bloc                                  | 27-member=27 [members]
            thirty-one (31) island States attended              | thirty-one (31) island States=31 [island States]
            a five-point plan on reefs                          | five-point=5 [points]
            an 8-nation group met                               | 8-nation=8 [nations]
            a rise in Fijian firms (12) with reef plans        | firms (12)=12 [firms]
            """)
    void counts(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            four of the seven leading donors pledged more       | four of the seven leading donors=4 [leading donors] ; seven leading donors=7 [leading donors]
            9 of the top 20 emitters have no plan               | 9 of the top 20 emitters=9 [emitters] ; 20 emitters=20 [emitters]
            three of their 12 partners left                     | three of their 12 partners=3 [partners] ; 12 partners=12 [partners]
            Five of the remaining 40 countries abstained        | Five of the remaining 40 countries=5 [countries] ; 40 countries=40 [countries]
            one of the 27 member states                         | 27 member states=27 [member states]
            a group of 35 countries that back the plan          | 35 countries=35 [countries]
            20 of the 10 states                                 | 10 states=10 [states]
            9 of 10 doctors                                     | 10 doctors=10 [doctors]
            """)
    void partsOfACountedWhole_countBothThePartAndTheWhole(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            they made 95 pledges on reefs, 36 on ports and 52 on clean fuel.     | 95 pledges=95 [pledges] ; 36 on ports=36 [pledges] ; 52 on clean fuel=52 [pledges]
            40 nurses from Chile, 12 from Peru                                  | 40 nurses=40 [nurses] ; 12 from Peru=12 [nurses]
            30 grants in 2023 and 2024 in Peru                                  | 30 grants=30 [grants]
            95 pledges on reefs, with 36 agreed on Monday                       | 95 pledges=95 [pledges]
            the quake killed 9,000 people, including 2,000 in Chad and 500 in Niger. | 9,000 people=9000 [people] ; 2,000 in Chad=2000 [people] ; 500 in Niger=500 [people]
            200 delegates, including 40 women                                   | 200 delegates=200 [delegates] ; 40 women=40 [women]
            """)
    void aListThatSaysTheNounOnceCountsItForEveryNumber(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the first-ever International AI Safety Report
            the 8th meeting of ministers
            The scores were 120-8 in the final
            The board approved the reef strategy for 2022–2026
            Members approved 2024-2027 as the plan's years
            a two-day summit
            for three years
            over the next two decades
            at least 2% of GDP
            43 per cent of emissions
            holding warming to 1.5°C
            1.5 degrees of warming
            300 GW of capacity
            40 tonnes of aid
            10 km of roads
            5,000 MW of solar
            3 million barrels a day
            G20 leaders
            COP28 talks
            F-16 jets
            the rules of Article 6 markets
            under Chapter 11 filings
            Section 230 cases
            Resolution 2758 states
            the 2030 Agenda targets
            the 2019 levels
            by 2050 countries must
            One Earth, One Family, One Future
            one of the countries
            the 21st century
            1. sustainable development goals
            at 10:30 am
            at 10 am
            a 24/7 helpline
            call +44 20 7946 0958 today
            $400 million investments
            £40 million
            11 November 2024
            on 12 July, Zelensky
            1 in 5 adults
            3 out of 4 voters
            He was 45 years old
            1.5 billion
            the 1990s
            version 2 updates
            No. 10 staff
            five times
            two thirds of the appeal
            three quarters of the camps
            two of the countries
            hundreds of delegates
            dozens of countries
            four of them
            one of the leaders spoke
            2.5 countries
            zero emissions
            The Group of Seven leaders met
            the Group of 20 nations
            Pillar Two rules
            5G networks
            a 48-hour ceasefire
            24 hours of talks
            the 2024 Paris Olympics
            cutting Scope 3 emissions
            ISO 14001 standards
            COVID-19 vaccines
            the P5+1 talks
            World War 2 veterans
            COP 15 ended in Montreal
            the COP 28 delegates
            the G 20 talks
            CMA 5 decisions
            45 cents per litre
            250 pence each
            a thousand years
            two of the countries
            In 2023 countries agreed
            since 2015 leaders have met
            Chile won 3 against Peru in the final
            Fiji raised its target to 2030
            the total rose to 40 percent
            bringing the total to 40 percent of the fleet
            bringing the total to 2 billion
            the Reef Fund (2024) report
            see the annex on member states (2026)
            the target for ministers (1)
            """)
    void notCounts(String text) {
        assertThat(find(text)).isEmpty();
    }
}
