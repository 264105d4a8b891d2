package org.briefingpack.extract.figure;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The robustness guarantees of {@link FigureRecognizerPropertiesTest} checked another way: one
 * long seeded loop over a wider alphabet, and megabyte lines of a single unit.
 */
class RecognizerRobustnessTest {

    private static final RuleBasedFigureRecognizer RECOGNIZER = new RuleBasedFigureRecognizer(Rendered.LEXICON);
    private static final String ALPHABET = "0123456789 $€£¥₹%.,-–—/()[]@:+°'\n\tabcMayJulythe21stUSDbnmillion٣𝟙\u00A0";

    @Test
    void randomText_neverThrows_andSpansHoldTheirText() {
        Random random = new Random(20250210L);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(300);
            for (int k = 0; k < length; k++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = sb.toString();
            FigureRecognizerPropertiesTest.assertWellFormed(text, RECOGNIZER.recognize(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"9", "9-", "$1", "1,000", "%9", "1–2", "21st", "May1", "(", "https://x/", "a@", "٣", "x"})
    void megabyteLineWithoutSpaces_finishesWithoutHanging(String unit) {
        String line = unit.repeat(1_000_000 / unit.length());
        // a deadline that catches a hang or a quadratic pass (hours), never a busy machine: no wall-clock claim
        assertTimeoutPreemptively(
                Duration.ofMinutes(2),
                () -> FigureRecognizerPropertiesTest.assertWellFormed(line, RECOGNIZER.recognize(line)));
    }
}
