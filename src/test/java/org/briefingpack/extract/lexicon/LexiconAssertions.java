package org.briefingpack.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks a rule's word file the same way wherever the rule's enum of roles can be named. */
public final class LexiconAssertions {

    private LexiconAssertions() {}

    /**
     * The file loads (a mistyped role would stop it) and gives every role of {@code roles} at least one word: a role
     * left empty would silently switch its rule off.
     */
    public static <E extends Enum<E>> void assertEveryRoleHasWords(String file, Class<E> roles) {
        LexiconFile.read(file)
                .wordsByRole(roles)
                .forEach(
                        (role, words) -> assertThat(words).as(file + " " + role).isNotEmpty());
    }
}
