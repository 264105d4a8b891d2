package org.briefingpack.render.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellTextTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "+cmd|' /C calc'!A0",
                "-2+3",
                "@SUM(A1)",
                "\t=1",
                "\r=1",
                "\n=1",
                "  =1+1",
                "＝1+1",
                "＋1",
                "＠SUM(A1)",
                "−5",
                "=HYPERLINK(\"http://x\",\"y\")"
            })
    void looksLikeFormula_forSpreadsheetTriggers(String text) {
        assertThat(CellText.looksLikeFormula(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Paris AI Summit", "$400 million", "1+1=2", "a=b", "€200 billion", "'quoted", " ", ""})
    void looksLikeFormula_notForOrdinaryText(String text) {
        assertThat(CellText.looksLikeFormula(text)).isFalse();
    }

    @Test
    void looksLikeFormula_notForNull() {
        assertThat(CellText.looksLikeFormula(null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"10, 10", "32767, 32767", "32768, 32767", "100000, 32767"})
    void fit_keepsTextWithinExcelsLimit(int length, int expected) {
        String fitted = CellText.fit("x".repeat(length));
        assertThat(fitted).hasSize(expected);
        assertThat(fitted.endsWith("characters in full]")).isEqualTo(length > CellText.MAX_CELL_CHARS);
    }

    @ParameterizedTest
    @CsvSource({"_x0041_, _x005F_x0041_", "a_x00e9_b, a_x005F_x00e9_b", "_x12_, _x12_", "snake_case_x, snake_case_x"})
    void cell_protectsTextThatLooksLikeAnExcelEscape(String text, String stored) {
        assertThat(CellText.cell(text)).isEqualTo(stored);
    }

    @Test
    void xmlSafe_replacesWhatXmlCannotCarryAndKeepsTheRest() {
        assertThat(CellText.xmlSafe("a\u0000b\u000Cc\uFFFEd\uD800e")).isEqualTo("a b c d e");
        assertThat(CellText.xmlSafe("tab\tline\nreturn\r 😀")).isEqualTo("tab\tline\nreturn\r 😀");
    }

    @Test
    void fit_neverSplitsASurrogatePair() {
        String emoji = "😀";
        String text = "a".repeat(CellText.MAX_CELL_CHARS - 40) + emoji.repeat(1000);
        String fitted = CellText.fit(text);
        assertThat(fitted.length()).isLessThanOrEqualTo(CellText.MAX_CELL_CHARS);
        String kept = fitted.substring(0, fitted.indexOf(" … [cut"));
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
        assertThat(kept.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
    }
}
