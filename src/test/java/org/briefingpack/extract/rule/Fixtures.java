package org.briefingpack.extract.rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.extract.Sentence;
import org.briefingpack.model.Figure;

/** Hand-made sentences and figures for the recognizer tests (no splitter or figure recognizer involved). */
public final class Fixtures {

    private Fixtures() {}

    /** A document of one paragraph per line given; each line is one sentence. */
    public static Doc doc(String... lines) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (String line : lines) {
            if (text.length() > 0) {
                text.append(line.startsWith("- ") ? "\n" : "\n\n");
            }
            int start = text.length();
            String sentence = line;
            if (line.startsWith("- ")) {
                start += 2;
                sentence = line.substring(2);
            }
            text.append(line);
            sentences.add(new Sentence(start, start + sentence.length(), sentence));
        }
        return new Doc(text.toString(), sentences);
    }

    public record Doc(String text, List<Sentence> sentences) {
        /** A figure over the first occurrence of {@code literal}. */
        public FoundFigure money(String literal, long value, String currency) {
            int at = at(literal);
            return new FoundFigure(
                    Figure.money(literal, BigDecimal.valueOf(value), currency), at, at + literal.length());
        }

        public FoundFigure count(String literal, long value, String unit) {
            int at = at(literal);
            return new FoundFigure(Figure.count(literal, BigDecimal.valueOf(value), unit), at, at + literal.length());
        }

        public FoundFigure date(String literal, String from, String to) {
            int at = at(literal);
            return new FoundFigure(
                    Figure.date(literal, LocalDate.parse(from), LocalDate.parse(to)), at, at + literal.length());
        }

        private int at(String literal) {
            int at = text.indexOf(literal);
            if (at < 0) {
                throw new IllegalArgumentException("not in text: " + literal);
            }
            return at;
        }
    }
}
