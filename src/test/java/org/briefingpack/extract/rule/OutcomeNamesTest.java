package org.briefingpack.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingpack.extract.Sentence;
import org.briefingpack.extract.annotate.AnnotatedSentence;
import org.briefingpack.model.OutcomeType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutcomeNamesTest {

    private final OutcomeTypes types = OutcomeTypes.fromClasspath();
    private final OutcomeNames phrases = OutcomeNames.fromClasspath(types);

    /** The text as one annotated sentence. */
    private static AnnotatedSentence sentence(String text) {
        return Structures.ANNOTATOR
                .annotate(text, text.isEmpty() ? List.of() : List.of(new Sentence(0, text.length(), text)), List.of())
                .sentences()
                .stream()
                .findFirst()
                .orElse(null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            the Seoul Declaration for Safe, Innovative and Inclusive AI.        | Seoul Declaration for Safe, Innovative and Inclusive AI
            the first-ever International AI Safety Report, which brought       | International AI Safety Report
            the Frontier AI Safety Commitments on the opening day.              | Frontier AI Safety Commitments
            the Oil and Gas Decarbonization Charter.                            | Oil and Gas Decarbonization Charter
            a Joint Declaration of Support for Ukraine, under which             | Joint Declaration of Support for Ukraine
            new regional defence plans, the most detailed                       | regional defence plans
            a declaration on sustainable agriculture, resilient food systems    | declaration on sustainable agriculture
            a target to cut emissions by 81% by 2035, compared with 1990        | target to cut emissions by 81% by 2035
            ALTÉRRA, a $30bn investment vehicle                                 | ALTÉRRA
            its own AI Safety Institute.                                        | AI Safety Institute
            the rulebook for Article 6, which lets                              | rulebook for Article 6
            a contribution to the Green Climate Fund, subject to                | contribution to the Green Climate Fund
            """)
    void cutsTheNameAfterATrigger(String text, String expected) {
        OutcomeNames.Phrase p = phrases.after(sentence(text), 0, List.of());
        assertThat(p).isNotNull();
        assertThat(p.text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            to the fund on its opening day.
            that the EU would invest
            in the spring with initial funding
            a string of initiatives
            Monday at the plenary
            them.
            ''
            """)
    void findsNoNameWhereNoneFollows(String text) {
        String t = text == null ? "" : text;
        assertThat(t.isEmpty() ? null : phrases.after(sentence(t), 0, List.of()))
                .isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Against most expectations, the leaders' declaration                               | leaders' declaration
            India-Middle East-Europe Economic Corridor (IMEC): a memorandum of understanding  | memorandum of understanding
            Speaking in London on the same day as the declaration                             | declaration
            The Pact was meant to                                                             | Pact
            """)
    void cutsTheSubjectBeforeAPassiveVerb(String text, String expected) {
        OutcomeNames.Phrase p = phrases.before(text, text.length());
        assertThat(p).isNotNull();
        assertThat(p.text()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Seoul Statement of Intent toward International Cooperation | false | AGREEMENT
            Vilnius Summit Communique                                  | false | AGREEMENT
            AI for Development initiative                              | false | INITIATIVE
            Global Biofuels Alliance                                   | false | COALITION
            NATO-Ukraine Council                                       | false | INSTITUTION
            International Scientific Report on the Safety of AI        | false | REPORT
            contribution to the Green Climate Fund                     | true  | FUNDING
            package                                                    | true  | FUNDING
            package                                                    | false | OTHER
            pledge                                                     | true  | FUNDING
            Global Renewables and Energy Efficiency Pledge             | false | AGREEMENT
            ALTÉRRA                                                    | true  | FUNDING
            SCALP long-range cruise missiles                           | false | OTHER
            regional defence plans                                     | false | OTHER
            """)
    void typesAnOutcomeByItsHeadKeyword(String name, boolean money, OutcomeType type) {
        assertThat(types.typeOf(name, money)).isEqualTo(type);
    }
}
