package org.briefingpack.extract.rule.position;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.extract.lexicon.LexiconAssertions.assertEveryRoleHasWords;

import java.util.List;
import org.briefingpack.extract.rule.Structures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The word files of the position rules: each loads with a word for every role, and the words still drive their rule.
 * Every sentence here was written for this test.
 */
class PositionWordFilesTest {

    private static List<String> positions(String text) {
        return Structures.positionKeys("Leaders met at the Reef Summit in Suva on Monday. " + text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            triggered-stance-words.tsv  | TriggeredStances
            hyphenated-backer-words.tsv | HyphenatedBackers
            new-member-words.tsv        | NewMembers
            possessive-stance-words.tsv | PossessiveStances
            stance-words.tsv            | StanceWords
            sums-from-donor-words.tsv   | SumsFromDonors
            thanked-host-words.tsv      | ThankedHosts
            list-head-stance-words.tsv  | ListHeadStances
            listed-actor-words.tsv      | ListedActors
            """)
    @SuppressWarnings({"unchecked", "rawtypes"})
    void everyRoleOfTheFileHasWords(String file, String rule) throws ClassNotFoundException {
        // each rule's roles are its nested enum Word
        assertEveryRoleHasWords(
                file, (Class) Class.forName(PositionWordFilesTest.class.getPackageName() + "." + rule + "$Word"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Delegates debated a Chile-backed plan to protect the reefs.          | CL:SUPPORTS
            The forum admitted Tonga as a full member on Tuesday.                | TO:SIGNED
            Samoa was admitted as an associate member.                           | WS:SIGNED
            The reef fund received $20 million from Norway.                      | NO:PLEDGED
            The leaders thanked Fiji for hosting the summit.                     | FJ:HOSTED
            Missing from the signatories were Chile and Peru.                    | CL:DECLINED,PE:DECLINED
            Norway signed the pact along with the governments of Fiji and Tonga. | NO:SIGNED,FJ:SIGNED,TO:SIGNED
            Peru sought to block the reef pact.                                  | PE:OPPOSES
            The talks opened in Nadi under Fiji's presidency.                    | FJ:HOSTED
            """)
    void theWordsStillDriveTheirRules(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(Structures.keyList(keys));
    }
}
