package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRecognizerTest {

    /** The day a weekday without a year is dated from: a Monday. */
    private static final LocalDate TODAY = LocalDate.of(2025, 12, 1);

    private final DateRecognizer dates = new DateRecognizer(
            Rendered.LEXICON, Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));

    private String find(String text) {
        return Rendered.of(text, dates.find(Tokens.of(text), p -> false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            held from February 10-11, 2025, was                 | February 10-11, 2025=2025-02-10/2025-02-11
            on 10–11 February 2025                              | 10–11 February 2025=2025-02-10/2025-02-11
            Dates: 21–22 May 2024                               | 21–22 May 2024=2024-05-21/2024-05-22
            held on May 21-22, 2024, was                        | May 21-22, 2024=2024-05-21/2024-05-22
            from 30 November to 12 December 2023                | 30 November to 12 December 2023=2023-11-30/2023-12-12
            met on 11 and 12 July 2023.                         | 11 and 12 July 2023=2023-07-11/2023-07-12
            was held on March, 3rd and 4th 2031 in Suva         | March, 3rd and 4th 2031=2031-03-03/2031-03-04
            On Monday, 10 July 2023, after talks                | Monday, 10 July 2023=2023-07-10
            adopted on Wednesday, 13 December 2023.             | Wednesday, 13 December 2023=2023-12-13
            published Friday, 3 November 2023                   | Friday, 3 November 2023=2023-11-03
            on 1–2 November 2023.                               | 1–2 November 2023=2023-11-01/2023-11-02
            on Sept. 9-10, 2023.                                | Sept. 9-10, 2023=2023-09-09/2023-09-10
            opened at the stadium on 11 November 2024.          | 11 November 2024=2024-11-11
            Sunday, 24 November 2024, after                     | Sunday, 24 November 2024=2024-11-24
            On 22–23 September 2024, leaders                    | 22–23 September 2024=2024-09-22/2024-09-23
            WASHINGTON, Oct. 5, 2023 /PRNewswire/               | Oct. 5, 2023=2023-10-05
            held Jan 3-5 2024                                   | Jan 3-5 2024=2024-01-03/2024-01-05
            On March 3rd, 2022, the                             | March 3rd, 2022=2022-03-03
            December 30, 2023 – January 2, 2024                 | December 30, 2023 – January 2, 2024=2023-12-30/2024-01-02
            28 February–1 March 2025                            | 28 February–1 March 2025=2025-02-28/2025-03-01
            Between 2 and 4 March 2025                          | 2 and 4 March 2025=2025-03-02/2025-03-04
            the 21st of May 2024                                | 21st of May 2024=2024-05-21
            on 2023-11-01 it was agreed                         | 2023-11-01=2023-11-01
            Saturday, September 9, 2023                         | Saturday, September 9, 2023=2023-09-09
            Tues. 5 March 2024                                  | Tues. 5 March 2024=2024-03-05
            May 21 to June 3, 2024                              | May 21 to June 3, 2024=2024-05-21/2024-06-03
            1 May 2024 – 3 May 2024                             | 1 May 2024 – 3 May 2024=2024-05-01/2024-05-03
            SEPTEMBER 9, 2023                                   | SEPTEMBER 9, 2023=2023-09-09
            29 February 2024                                    | 29 February 2024=2024-02-29
            Nov. 30–Dec. 12, 2023                               | Nov. 30–Dec. 12, 2023=2023-11-30/2023-12-12
            the 9th of September 2023                           | 9th of September 2023=2023-09-09
            Sunday, Nov. 24, 2024                               | Sunday, Nov. 24, 2024=2024-11-24
            10th–11th February 2025                             | 10th–11th February 2025=2025-02-10/2025-02-11
            February 10th-11th, 2025                            | February 10th-11th, 2025=2025-02-10/2025-02-11
            22nd September 2024                                 | 22nd September 2024=2024-09-22
            September 22nd, 2024                                | September 22nd, 2024=2024-09-22
            on 30 Nov – 12 Dec 2023                             | 30 Nov – 12 Dec 2023=2023-11-30/2023-12-12
            Feb. 10 and 11, 2025                                | Feb. 10 and 11, 2025=2025-02-10/2025-02-11
            met on the 3rd and 4th of March, 2025               | 3rd and 4th of March, 2025=2025-03-03/2025-03-04
            Reef summit, Suva, 02-03/04/2014                    | 02-03/04/2014=2014-04-02/2014-04-03
            the session of 14/05/2024                           | 14/05/2024=2024-05-14
            filed 05/14/2024 in Lima                            | 05/14/2024=2024-05-14
            LIMA (Wire) 9/14/18 — Whaling talks                 | 9/14/18=2018-09-14
            filed 25/03/97 in Lima                              | 25/03/97=1997-03-25
            SUVA, 20.12.2020 - Reef leaders                     | 20.12.2020=2020-12-20
            ran from the 3rd to the 5th of June 2025            | 3rd to the 5th of June 2025=2025-06-03/2025-06-05
            """)
    void datesWithYears(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            talks on June 30 and July 3, 2025 ended             | June 30 and July 3, 2025=2025-06-30/2025-07-03
            talks on 30 June and 3 July 2025 ended              | 30 June and 3 July 2025=2025-06-30/2025-07-03
            from June 30 through July 3, 2025                   | June 30 through July 3, 2025=2025-06-30/2025-07-03
            from June 30 to July 3, 2025                        | June 30 to July 3, 2025=2025-06-30/2025-07-03
            on 30 June – 3 July 2025                            | 30 June – 3 July 2025=2025-06-30/2025-07-03
            from December 30 to January 2, 2025                | December 30 to January 2, 2025=2024-12-30/2025-01-02
            on December 30 and January 2, 2025                  | December 30 and January 2, 2025=2024-12-30/2025-01-02
            between 30 June and 30 July 2025                    | 30 June and 30 July 2025=2025-06-30/2025-07-30
            on 30 June and 30 July 2025                         | 30 June=2025-06-30 ; 30 July 2025=2025-07-30
            on June 30 and July 30, 2025                        | June 30=2025-06-30 ; July 30, 2025=2025-07-30
            on 12 July and 13 July 2023                         | 12 July=2023-07-12 ; 13 July 2023=2023-07-13
            """)
    void rangesAcrossAMonthEnd(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    /** Today is Monday 1 December 2025; the texts state no year but where the case says so. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Ministers met on Wednesday (June 25).               | Wednesday (June 25)=2025-06-25
            The talks open Tuesday, 2 November.                 | Tuesday, 2 November=2021-11-02
            It closes Monday, 1 December.                       | Monday, 1 December=2025-12-01
            It opens Tuesday, 2 December.                       | Tuesday, 2 December=2014-12-02
            Delegates met on Monday 29 February.                | Monday 29 February=2016-02-29
            Wed. (June 25) and Thursday (June 26)               | Wed. (June 25)=2025-06-25 ; Thursday (June 26)=2025-06-26
            Monday, 30 December – 2 January                     | Monday, 30 December – 2 January=2024-12-30/2025-01-02
            The talks open Tuesday, 2 November and close on 5 November. | Tuesday, 2 November=2021-11-02 ; 5 November=2021-11-05
            On 1 November leaders arrived; on Tuesday, 2 November they met. | 1 November=2021-11-01 ; Tuesday, 2 November=2021-11-02
            The 2023 round met on Wednesday (June 25).          | Wednesday (June 25)=2023-06-25
            On 24 June 2023 they arrived; Wednesday (June 25) they met. | 24 June 2023=2023-06-24 ; Wednesday (June 25)=2023-06-25
            Ministers met on Wednesday (June 26).               | Wednesday (June 26)=2024-06-26
            """)
    void weekdayDatesWithoutAYear_takeTheLatestYearTheyFallOnThatWeekday(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            On 11 and 12 July 2023 leaders met. On 12 July, Zelensky spoke. | 11 and 12 July 2023=2023-07-11/2023-07-12 ; 12 July=2023-07-12
            held on Sept. 9-10, 2023. It opened on Saturday, September 9, and closed on September 10. | Sept. 9-10, 2023=2023-09-09/2023-09-10 ; Saturday, September 9=2023-09-09 ; September 10=2023-09-10
            On 22–23 September 2024 it met, after Action Days on September 20–21. | 22–23 September 2024=2024-09-22/2024-09-23 ; September 20–21=2024-09-20/2024-09-21
            It met on May 21-22, 2024. Leaders met on the 21st, ministers later. | May 21-22, 2024=2024-05-21/2024-05-22 ; the 21st=2024-05-21
            On 22 May, ministers agreed. The summit ended on 22 May 2024. | 22 May=2024-05-22 ; 22 May 2024=2024-05-22
            Heads of state spoke on 1 and 2 December. It was 2 December 2023. | 1 and 2 December=2023-12-01/2023-12-02 ; 2 December 2023=2023-12-02
            On 5 and 9 June 2024 votes were held.               | 5=2024-06-05 ; 9 June 2024=2024-06-09
            The 2024 summit opened on 6 September.               | 6 September=2024-09-06
            The summit (2022) met in 2023 and 2023 again on December 13th. | December 13th=2023-12-13
            It ran from 28 December to 3 January 2025.           | 28 December to 3 January 2025=2024-12-28/2025-01-03
            Since 3 May 2021 nothing; by the 5th it was over.    | 3 May 2021=2021-05-03 ; the 5th=2021-05-05
            From 30 November to 12 December 2023; on the 2nd, a deal. | 30 November to 12 December 2023=2023-11-30/2023-12-12 ; the 2nd=2023-12-02
            Suva, 9 June 2031: envoys met on the 6th and 7th respectively, before leaders came. | 9 June 2031=2031-06-09 ; the 6th and 7th=2031-06-06/2031-06-07
            On 2 May 2031 it opened; workshops ran from the 3rd to the 5th. | 2 May 2031=2031-05-02 ; the 3rd to the 5th=2031-05-03/2031-05-05
            On 2 May 2031 it opened; votes came on the 3rd and 9th. | 2 May 2031=2031-05-02 ; the 3rd=2031-05-03
            Sunday 22 September 2024 and Monday 23 September    | Sunday 22 September 2024=2024-09-22 ; Monday 23 September=2024-09-23
            LAGOS, Aug. 24 (Reuters) - Leaders at the 2031 Trade Summit agreed to act from Jan. 1, 2032. | Aug. 24=2031-08-24 ; Jan. 1, 2032=2032-01-01
            Drone Summit 2031: on 15 February delegates met; talks resume on 3 March 2032. | 15 February=2031-02-15 ; 3 March 2032=2032-03-03
            In 2019 a first meeting took place; on 4 June leaders met again, before 1 July 2031. | 4 June=2031-06-04 ; 1 July 2031=2031-07-01
            Since 2019 Leaders met often; on 4 June they met again, before 1 July 2031. | 4 June=2031-06-04 ; 1 July 2031=2031-07-01
            """)
    void datesTakingYearOrMonthFromContext(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    /** The file name says 2022 (today is still 1 December 2025); a date's own context says more where it can. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Kigali, November 16th: the forum closed.            | November 16th=2022-11-16
            Ministers met on 11 and 12 June.                    | 11 and 12 June=2022-06-11/2022-06-12
            After the 2019 floods, donors met from 27 to 29 August. | 27 to 29 August=2022-08-27/2022-08-29
            A year after the 2021 Harbour Fire, envoys met on 4 June. | 4 June=2022-06-04
            Envoys met on 4 June; the rules apply from 1 January 2027. | 4 June=2022-06-04 ; 1 January 2027=2027-01-01
            On 3 May 2021 a first round met; on 4 June a second one. | 3 May 2021=2021-05-03 ; 4 June=2021-06-04
            The talks open Tuesday, 2 November.                 | Tuesday, 2 November=2021-11-02
            May 5                                               | May 5=2022-05-05
            """)
    void datesThatStateNoYear_takeTheDocumentYearBeforeAYearTheTextMerelyMentions(String text, String expected) {
        assertThat(Rendered.of(text, dates.find(Tokens.of(text), p -> false, 2022)))
                .isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            It opens Tuesday, 2 December.                       | Tuesday, 2 December=2025-12-02
            It opens Tuesday, 1 December.                       | Tuesday, 1 December=2026-12-01
            """)
    void aWeekdayIsLookedForUpToTheEndOfTheDocumentYear_evenAfterToday(String text, String expected) {
        assertThat(Rendered.of(text, dates.find(Tokens.of(text), p -> false, 2026)))
                .isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Lusaka, 16 November 2024: the forum closed.         | 16 November 2024=2024-11-16
            Lusaka, November 16, 2024: the forum closed.        | November 16, 2024=2024-11-16
            """)
    void aColonEndingADateline_endsTheDate(String text, String expected) {
        assertThat(find(text)).isEqualTo(Rendered.expected(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            in 2023
            in May 2024
            In May, 11 states signed
            in December
            on Monday
            on Tuesday, leaders met
            the 21st century
            on the 3rd anniversary
            the 21st
            31 June 2024
            February 30, 2024
            May 5
            they may 5 times
            the 12 members
            1.5 November
            F-16 May 2024
            mid-May 2024
            March
            2023-13-45
            the 2024-25 season
            on May 16:30 in 2024
            three in 3/4 of members
            a 13/13/2024 code
            page 12/2024
            filed 6/11/24 in Lima
            a 1/2/3 split
            rows 12/13/14/15
            version 1.2.3 of the code
            a 32.13.2020 code
            rule 10.5.2021a
            """)
    void notDates(String text) {
        assertThat(find(text)).isEmpty();
    }
}
