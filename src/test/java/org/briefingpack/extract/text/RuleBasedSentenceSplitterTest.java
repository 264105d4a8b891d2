package org.briefingpack.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.briefingpack.extract.Sentence;
import org.briefingpack.testsupport.RandomText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class RuleBasedSentenceSplitterTest {

    private final RuleBasedSentenceSplitter splitter = new RuleBasedSentenceSplitter();

    /** Sentences joined with " | ", after checking that each one is its own slice of the text. */
    private String split(String text) {
        List<Sentence> sentences = splitter.split(text);
        assertOffsets(text, sentences);
        return String.join(" | ", sentences.stream().map(Sentence::text).toList());
    }

    private static void assertOffsets(String text, List<Sentence> sentences) {
        assertOffsets("text", text, sentences);
    }

    /** Each sentence a non-blank, stripped slice of the text, in order; {@code description} says which case. */
    private static void assertOffsets(String description, String text, List<Sentence> sentences) {
        int previousEnd = 0;
        for (Sentence s : sentences) {
            String which = description + ", sentence " + s;
            assertThat(s.start()).as(which).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(s.start(), s.end())).as(which).isEqualTo(s.text());
            assertThat(s.text()).as(which).isNotBlank().isEqualTo(s.text().strip());
            previousEnd = s.end();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            two plain sentences     | `It rained. We left.`                                   | `It rained. | We left.`
            question and exclamation| `Who won? Nobody! Then rain.`                            | `Who won? | Nobody! | Then rain.`
            U.S. and U.K. mid-sentence | `the U.S. and U.K. chose not to sign.`                | `the U.S. and U.K. chose not to sign.`
            U.S. before a title     | `U.S. President Joe Biden spoke. Then he left.`          | `U.S. President Joe Biden spoke. | Then he left.`
            U.S. ends a sentence    | `It was led by the U.S. The talks ended.`                | `It was led by the U.S. | The talks ended.`
            U.K. ends before It     | `Support came from the U.K. It was enough.`              | `Support came from the U.K. | It was enough.`
            Dr. before a name       | `Dr. Smith arrived. She spoke.`                          | `Dr. Smith arrived. | She spoke.`
            Mr. and Mrs.            | `Mr. and Mrs. Lee came. They sat.`                       | `Mr. and Mrs. Lee came. | They sat.`
            Prof. before a name     | `Prof. Bengio chaired it.`                               | `Prof. Bengio chaired it.`
            No. 10                  | `He went to No. 10 Downing Street. It rained.`           | `He went to No. 10 Downing Street. | It rained.`
            no. at a sentence end   | `The answer was no. The talks ended.`                    | `The answer was no. | The talks ended.`
            Sept. before a day      | `on Sept. 9-10, 2023. The meeting ended.`                | `on Sept. 9-10, 2023. | The meeting ended.`
            Jan. before a day       | `from Jan. 5 to Feb. 7. Then more.`                      | `from Jan. 5 to Feb. 7. | Then more.`
            e.g. before a name      | `Some states, e.g. France, agreed.`                      | `Some states, e.g. France, agreed.`
            i.e. before lower case  | `The fund, i.e. the new one, opened.`                    | `The fund, i.e. the new one, opened.`
            a.m. before a time word | `It began at 9 a.m. The talks ran late.`                 | `It began at 9 a.m. | The talks ran late.`
            p.m. before a capital   | `It closed at 5 p.m. Monday.`                            | `It closed at 5 p.m. Monday.`
            decimal money           | `It pledged $1.5bn. Others gave 2.3 million.`             | `It pledged $1.5bn. | Others gave 2.3 million.`
            percent with decimals   | `Growth was 2.5%. It slowed.`                            | `Growth was 2.5%. | It slowed.`
            initials                | `John F. Kennedy spoke. Then J. R. R. Tolkien read.`     | `John F. Kennedy spoke. | Then J. R. R. Tolkien read.`
            initial ends a sentence | `They chose Plan B. The rest failed.`                    | `They chose Plan B. | The rest failed.`
            St. Petersburg          | `They met in St. Petersburg. It snowed.`                 | `They met in St. Petersburg. | It snowed.`
            vs.                     | `It was France vs. Germany. Germany won.`                | `It was France vs. Germany. | Germany won.`
            Inc. before a verb      | `Apple Inc. announced it. The rest did not.`             | `Apple Inc. announced it. | The rest did not.`
            Inc. ends a sentence    | `It was Apple Inc. The deal failed.`                     | `It was Apple Inc. | The deal failed.`
            Gen. and Lt.            | `Gen. Milley and Lt. Col. Vindman testified.`            | `Gen. Milley and Lt. Col. Vindman testified.`
            etc. then a sentence    | `Food, water, etc. The list grew.`                       | `Food, water, etc. | The list grew.`
            URL with dots           | `See www.un.org/en/summit. Then read.`                   | `See www.un.org/en/summit. | Then read.`
            URL inside a sentence   | `Go to https://un.org/a.b?c=1 for more. Bye.`            | `Go to https://un.org/a.b?c=1 for more. | Bye.`
            domain-like name        | `Zhipu.ai and G42 signed.`                               | `Zhipu.ai and G42 signed.`
            closing quote after stop| `He said "no." Then he left.`                            | `He said "no." | Then he left.`
            typographic quotes      | `She called it “an illusion.” Talks ended.`              | `She called it “an illusion.” | Talks ended.`
            question in quotes      | `“Why?” she asked. Nobody knew.`                         | `“Why?” she asked. | Nobody knew.`
            bracket after stop      | `It passed (by 143 votes.) Then more.`                   | `It passed (by 143 votes.) | Then more.`
            sentence opens a quote  | `It ended. “We won,” he said.`                           | `It ended. | “We won,” he said.`
            ellipsis                | `It went on… Then it stopped.`                           | `It went on… | Then it stopped.`
            three dots lower case   | `It went on... and on.`                                  | `It went on... and on.`
            number after full stop  | `It ended in 2023. 2024 was calmer.`                     | `It ended in 2023. | 2024 was calmer.`
            Art. 6                  | `Under Art. 6 parties trade.`                            | `Under Art. 6 parties trade.`
            pp. 4                   | `See pp. 4-5 of the text.`                               | `See pp. 4-5 of the text.`
            Ph.D. holder            | `A Ph.D. student spoke.`                                 | `A Ph.D. student spoke.`
            U.S.-led                | `A U.S.-led coalition formed.`                           | `A U.S.-led coalition formed.`
            footnote mark glued     | `It was agreed.[1] The rest followed.`                  | `It was agreed.[1] | The rest followed.`
            footnote mark spaced    | `It was agreed. [12] The rest followed.`                | `It was agreed. [12] | The rest followed.`
            footnote at the end     | `It was agreed. [3]`                                    | `It was agreed. [3]`
            colon and semicolon     | `Tasks: one; two. Done.`                                 | `Tasks: one; two. | Done.`
            no final punctuation    | `A heading without a stop`                               | `A heading without a stop`
            """)
    void split_survivesAbbreviationsNumbersQuotesAndUrls(String description, String text, String expected) {
        assertThat(split(text)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            blank line ends a sentence  | `First line without stop\n\nSecond one`                 | `First line without stop | Second one`
            wrapped paragraph joins     | `The summit was held in the city of\nParis on Monday.`  | `The summit was held in the city of\nParis on Monday.`
            wrapped at a capital        | `The summit was chaired by the Prime Minister of the United\nKingdom and others.` | `The summit was chaired by the Prime Minister of the United\nKingdom and others.`
            list after a colon          | `The agenda covered:\n- growth;\n- reform of banks.`    | `The agenda covered: | growth; | reform of banks.`
            bulleted items              | `• one\n• two`                                          | `one | two`
            star and plus items         | `* one\n+ two`                                          | `one | two`
            numbered items              | `1. first item\n2. second item\n10) tenth item`        | `first item | second item | tenth item`
            numbered items apart        | `1. First Item\n\n2. Second Item.\n\n3. Third`       | `First Item | Second Item. | Third`
            lettered items              | `(a) first\n(b) second\nc) third`                      | `first | second | third`
            list item with two sentences| `- It opened. It closed.\n- Next`                     | `It opened. | It closed. | Next`
            wrapped list item           | `- a long list item that wraps onto\n  the next line\n- next` | `a long list item that wraps onto\n  the next line | next`
            all-caps heading            | `SUMMARY\nThe summit met.`                              | `SUMMARY | The summit met.`
            two heading lines           | `COP28 IN DUBAI: WHAT WAS AGREED\nBriefing on the conference held in Dubai` | `COP28 IN DUBAI: WHAT WAS AGREED | Briefing on the conference held in Dubai`
            short heading line          | `Overview\nNATO leaders met in Vilnius, the capital of Lithuania, in July.` | `Overview | NATO leaders met in Vilnius, the capital of Lithuania, in July.`
            markdown heading marks      | `## Agenda\nText here.`                                 | `Agenda | Text here.`
            label lines                 | `Dates: 21–22 May 2024\nFormat: virtual leaders' session, then in-person ministerial meetings in Seoul\nCo-hosts: Korea and the UK` | `Dates: 21–22 May 2024 | Format: virtual leaders' session, then in-person ministerial meetings in Seoul | Co-hosts: Korea and the UK`
            stop then line break        | `It opened.\nIt closed.`                                | `It opened. | It closed.`
            abbreviation at line end    | `They met Dr.\nSmith there.`                            | `They met Dr.\nSmith there.`
            headings separated by blank | `Agenda\n\nThe talks began.\n\nOutcome\n\nThey ended.` | `Agenda | The talks began. | Outcome | They ended.`
            URLs on their own lines     | `Official page: https://unfccc.int/cop28\nPresidency site: https://www.cop28.com/en/.` | `Official page: https://unfccc.int/cop28 | Presidency site: https://www.cop28.com/en/.`
            hyphen inside a line        | `Tokyo - the summit opened.`                            | `Tokyo - the summit opened.`
            negative number is no item  | `-5 degrees was the low.`                               | `-5 degrees was the low.`
            year at line start no item  | `The meeting was due to run until the end of\n2023. Then it ended.` | `The meeting was due to run until the end of\n2023. | Then it ended.`
            colon ends a line           | `Participants:\nFrance\nGermany`                       | `Participants: | France | Germany`
            colon before lower case     | `The aim was:\nto agree a text.`                        | `The aim was:\nto agree a text.`
            CRLF line breaks            | `One.\r\n\r\nTwo.`                                      | `One. | Two.`
            """)
    void split_keepsHeadingsListItemsAndLinesApartAsTheLayoutSays(String description, String text, String expected) {
        assertThat(split(text.replace("\\n", "\n").replace("\\r", "\r"))).isEqualTo(expected.replace("\\n", "\n"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            empty          | ``
            only spaces    | `   \n\n  `
            only dots      | `.....`
            only markers   | `- \n* \n1. `
            """)
    void split_givesNothingForTextWithoutWords(String description, String text) {
        List<Sentence> sentences = splitter.split(text.replace("\\n", "\n"));
        assertThat(sentences.stream().map(Sentence::text).filter(t -> t.chars().anyMatch(Character::isLetter)))
                .isEmpty();
    }

    @Test
    void split_givesOffsetsIntoTheText() {
        String text = "  Title\n\n- The U.S. signed.  It agreed. ";
        List<Sentence> sentences = splitter.split(text);
        assertThat(sentences)
                .containsExactly(
                        new Sentence(2, 7, "Title"),
                        new Sentence(11, 27, "The U.S. signed."),
                        new Sentence(29, 39, "It agreed."));
    }

    // A work bound, not a benchmark: a linear pass over these megabyte inputs takes a second or two even on a
    // loaded shared 2-core machine, a quadratic one would take hours, so 120 s only fails on a real regression.
    @Test
    @Timeout(120) // a hang only: a linear pass takes seconds even on a loaded machine
    void split_isLinearOnHugeAndHostileInput() {
        String noSpaces = "a".repeat(1 << 20);
        List<Sentence> pieces = splitter.split(noSpaces);
        assertOffsets(noSpaces, pieces);
        assertThat(pieces)
                .hasSize(((1 << 20) + RuleBasedSentenceSplitter.MAX_SENTENCE_LENGTH - 1)
                        / RuleBasedSentenceSplitter.MAX_SENTENCE_LENGTH);
        assertThat(pieces.get(pieces.size() - 1).end()).isEqualTo(1 << 20);
        String dots = ".".repeat(1 << 20);
        assertThat(splitter.split(dots))
                .allMatch(s -> s.text().length() <= RuleBasedSentenceSplitter.MAX_SENTENCE_LENGTH);
        String abbreviations = "U.S. ".repeat(200_000);
        assertThat(splitter.split(abbreviations)).isNotEmpty();
        String lines = "A\n".repeat(500_000);
        assertThat(splitter.split(lines)).isNotEmpty();
        String sentences = "It rained. ".repeat(200_000);
        assertThat(splitter.split(sentences)).hasSize(200_000);
    }

    @Test
    void split_whenOneSentenceRunsOnForAMegabyte_cutsItAtSpacesIntoBoundedVerbatimPieces() {
        String unit = "and delegates of the fund pledged $5 million to coral reefs while 12 countries ";
        String text = "The Ocean Fund " + unit.repeat(13_000) + "ended.";
        List<Sentence> sentences = splitter.split(text);
        assertOffsets(text, sentences);
        assertThat(sentences)
                .hasSizeGreaterThan(text.length() / RuleBasedSentenceSplitter.MAX_SENTENCE_LENGTH)
                .allSatisfy(s -> assertThat(s.text().length())
                        .isLessThanOrEqualTo(RuleBasedSentenceSplitter.MAX_SENTENCE_LENGTH));
        assertThat(sentences)
                .as("cut between words, nothing lost")
                .allMatch(s -> !s.text().startsWith(" ") && (s.end() == text.length() || text.charAt(s.end()) == ' '));
        assertThat(String.join(" ", sentences.stream().map(Sentence::text).toList()))
                .isEqualTo(text);
    }

    /** Characters that drive the splitter's rules: stops, quotes, brackets, list and heading marks, line breaks. */
    private static final String SPLITTER_ALPHABET = "aB. \n-\"”?1US():#•";

    static Stream<Long> alphabetSeeds() {
        return RandomText.seeds(300);
    }

    static Stream<Long> unicodeSeeds() {
        return RandomText.seeds(200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("alphabetSeeds")
    void split_neverThrowsAndGivesOrderedSlices(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String text = random.from(SPLITTER_ALPHABET, 400);
        assertOffsets(
                random.describe(text),
                text,
                RandomText.failuresNaming(random.describe(text), () -> splitter.split(text)));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("unicodeSeeds")
    void split_neverThrowsOnAnyText(long seed) {
        RandomText random = RandomText.withSeed(seed);
        String text = random.unicode(300);
        assertOffsets(
                random.describe(text),
                text,
                RandomText.failuresNaming(random.describe(text), () -> splitter.split(text)));
    }
}
