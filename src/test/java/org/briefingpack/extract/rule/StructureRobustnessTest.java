package org.briefingpack.extract.rule;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.briefingpack.extract.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Odd input never throws and finishes quickly: the recognizers use no backtracking-prone patterns. */
class StructureRobustnessTest {

    private final Structures structure = new Structures();

    private static final String ALPHABET = "aAbB U.S. UK , ; : . - – “ ” \" ' ’ ( ) $ € 1 9 \n\t signed pledged hosted "
            + "Summit Declaration of the and by at in to was not Fund €5bn ** # • é ü 中 ";

    static Stream<String> randomTexts() {
        Random random = new Random(20260211L);
        return IntStream.range(0, 60).mapToObj(i -> {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(400);
            for (int k = 0; k < length; k++) {
                int at = random.nextInt(ALPHABET.length());
                sb.append(ALPHABET, at, Math.min(ALPHABET.length(), at + 1 + random.nextInt(9)));
            }
            return sb.toString();
        });
    }

    /** Sentences cut at random points of the text, as a careless splitter might. */
    private static List<Sentence> randomSentences(String text, Random random) {
        List<Sentence> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int end = Math.min(text.length(), at + 1 + random.nextInt(80));
            out.add(new Sentence(at, end, text.substring(at, end)));
            at = end;
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("randomTexts")
    void randomTextNeverThrows(String text) {
        assertThatCode(() -> structure.recognize(text, randomSentences(text, new Random(text.length())), List.of()))
                .doesNotThrowAnyException();
    }

    /** Catches a hang or a quadratic pass (hours), never a busy machine: no test claims a wall-clock time. */
    private static final Duration HANG = Duration.ofMinutes(2);

    @Test
    void aMegabyteLineWithoutSpacesFinishes() {
        String text = "Summit".repeat(170_000);
        List<Sentence> one = List.of(new Sentence(0, text.length(), text));
        // A deadline that only a runaway (quadratic or worse) pass could reach, never a slow machine.
        assertTimeoutPreemptively(HANG, () -> structure.recognize(text, one, List.of()));
    }

    @Test
    void aLongSentenceOfCapitalisedWordsFinishes() {
        String text = "The Alliance launched the " + "Big Green ".repeat(20_000) + "Declaration, signed by "
                + "France, ".repeat(5_000) + "and Peru.";
        List<Sentence> one = List.of(new Sentence(0, text.length(), text));
        // A deadline that only a runaway (quadratic or worse) pass could reach, never a slow machine.
        assertTimeoutPreemptively(HANG, () -> structure.recognize(text, one, List.of()));
    }

    @Test
    void aMegabyteOfHyphenatedAndDottedWordsFinishes() {
        String text = "The a-b.c-d Summit ".repeat(2) + "a-b.".repeat(250_000) + " Summit signed the X Declaration.";
        List<Sentence> one = List.of(new Sentence(0, text.length(), text));
        // A deadline that only a runaway (quadratic or worse) pass could reach, never a slow machine.
        assertTimeoutPreemptively(HANG, () -> structure.recognize(text, one, List.of()));
    }
}
