package org.briefingpack.extract.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A listed body goes by the name the text introduced it with; every sentence here was written for this test. */
class IntroducedNamesTest {

    private static final String LEAD =
            "ASEAN Summit ends\n\nLeaders met at the 50th ASEAN Summit in Vientiane on 3 March" + " 2026.\n\n";

    @Test
    void aBodyIntroducedWithItsShortFormInBrackets_keepsThatNameWhereARuleNamedItFromTheList() {
        assertThat(Structures.positionKeys(LEAD
                        + "The Association of Southeast Asian Nations (ASEAN) groups ten members.\n\n"
                        + "The declaration backed a regional reef fund.\n"))
                .containsExactly("Association of Southeast Asian Nations (ASEAN):SUPPORTS");
    }

    @Test
    void aBodyTheTextNamesOnlyAsTheListDoes_keepsTheListsName() {
        assertThat(Structures.positionKeys(LEAD + "The declaration backed a regional reef fund.\n"))
                .containsExactly("ASEAN:SUPPORTS");
    }
}
