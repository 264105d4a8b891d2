package org.briefingpack.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetsTest {

    @Test
    void holdsItsWordsAndNoOthers() {
        Set<String> words = WordSets.of("pact", "accord", "treaty");
        assertThat(words).containsExactlyInAnyOrder("pact", "accord", "treaty");
        assertThat(words.contains(new String("pact".toCharArray()))).isTrue(); // an equal word, not the same string
        assertThat(words.contains("pacts")).isFalse();
        assertThat(words.contains(null)).isFalse();
    }

    @Test
    void aWordListedTwiceIsAMistake() {
        assertThatThrownBy(() -> WordSets.of("pact", "accord", "pact"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pact");
    }

    @Test
    void aCopyDropsDuplicatesAndCannotChange() {
        Set<String> words = WordSets.copyOf(List.of("reef", "reef", "coral"));
        assertThat(words).containsExactlyInAnyOrder("reef", "coral");
        assertThatThrownBy(() -> words.add("kelp")).isInstanceOf(UnsupportedOperationException.class);
        Map<String, Integer> months = WordSets.copyOf(Map.of("May", 5, "June", 6));
        assertThat(months).containsEntry("May", 5).doesNotContainKey("may").hasSize(2);
        assertThatThrownBy(() -> months.put("July", 7)).isInstanceOf(UnsupportedOperationException.class);
    }
}
