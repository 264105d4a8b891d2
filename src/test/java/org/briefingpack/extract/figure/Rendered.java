package org.briefingpack.extract.figure;

import java.util.List;
import java.util.stream.Collectors;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Figure;

/**
 * Figures written as one compact line so that table-driven tests can state every field:
 * money "$400 million=400000000 USD", count "31 allies=31 [allies]", percent "2%=2",
 * date "12 July=2023-07-12" or "1–2 November 2023=2023-11-01/2023-11-02"; joined by " ; ".
 */
final class Rendered {

    static final FigureLexicon LEXICON = FigureLexicon.load();

    private Rendered() {}

    static String of(String text, List<FoundFigure> found) {
        for (FoundFigure f : found) {
            if (!text.substring(f.start(), f.end()).equals(f.figure().text())) {
                throw new AssertionError("span " + f.start() + ".." + f.end() + " does not hold "
                        + f.figure().text());
            }
        }
        return found.stream().map(f -> one(f.figure())).collect(Collectors.joining(" ; "));
    }

    static String one(Figure f) {
        return switch (f.kind()) {
            case MONEY -> f.text() + "=" + f.value().toPlainString() + " " + f.currency();
            case COUNT -> f.text() + "=" + f.value().toPlainString() + " [" + f.unit() + "]";
            case PERCENT -> f.text() + "=" + f.value().toPlainString();
            case DATE -> f.text() + "=" + f.from() + (f.to().equals(f.from()) ? "" : "/" + f.to());
        };
    }

    static String expected(String value) {
        return value == null ? "" : value.strip();
    }
}
