package org.briefingpack.extract.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefingpack.extract.Sentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayoutTest {

    @Test
    void tellsHeadingsListItemsAndParagraphsApart() {
        String text = "WHAT WAS AGREED\n\nThe agenda covered:\n- growth;\n- reform\n\nLeaders met. They agreed.";
        List<Sentence> sentences = List.of(
                s(text, "WHAT WAS AGREED"),
                s(text, "The agenda covered:"),
                s(text, "growth;"),
                s(text, "reform"),
                s(text, "Leaders met."),
                s(text, "They agreed."));
        Layout layout = new Layout(text);
        List<Layout.Lines> units = sentences.stream()
                .map(s -> layout.of(s.start(), s.end(), s.text()))
                .toList();
        assertThat(units).extracting(Layout.Lines::heading).containsExactly(true, false, false, false, false, false);
        assertThat(units).extracting(Layout.Lines::marker).containsExactly(false, false, true, true, false, false);
        assertThat(units).extracting(Layout.Lines::lineItem).containsExactly(true, true, true, true, false, false);
        assertThat(units).extracting(Layout.Lines::newBlock).containsExactly(true, true, false, false, true, true);
    }

    private static Sentence s(String text, String sentence) {
        int at = text.indexOf(sentence);
        return new Sentence(at, at + sentence.length(), sentence);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            - **Safety**: managing risks | Safety: managing risks
            1. youth and future generations; | youth and future generations;
            * item | item
            ## Heading | Heading
            • bullet | bullet
            plain *emphasis* text | plain emphasis text
            """)
    void stripsMarkersAndEmphasis(String in, String out) {
        assertThat(Layout.stripMarker(in)).isEqualTo(out);
    }
}
