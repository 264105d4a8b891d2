package org.briefingpack.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.briefingpack.extract.lexicon.LexiconAssertions.assertEveryRoleHasWords;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The word files of Grammar and ActorGroups; every sentence here was written for this test. */
class RuleWordFilesTest {

    private static List<String> positions(String text) {
        return Structures.positionKeys("Leaders met at the Reef Summit in Suva on Monday. " + text);
    }

    @Test
    void grammarWordsHaveEveryRole() {
        assertEveryRoleHasWords("grammar-words.tsv", Grammar.Word.class);
    }

    @Test
    void actorGroupWordsHaveEveryRole() {
        assertEveryRoleHasWords("actor-group-words.tsv", ActorGroups.Word.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Peru declined to sign the reef pact.                   | PE:DECLINED
            Tonga is weighing whether to sign the reef pact.       | ''
            The pact was signed by Chile and the Government of Fiji. | CL:SIGNED,FJ:SIGNED
            """)
    void theWordsStillDriveTheirRules(String text, String keys) {
        assertThat(positions(text)).containsExactlyInAnyOrderElementsOf(Structures.keyList(keys));
    }
}
