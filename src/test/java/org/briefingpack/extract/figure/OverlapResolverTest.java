package org.briefingpack.extract.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.Figure;
import org.briefingpack.model.FigureKind;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {

    private final OverlapResolver resolver = new OverlapResolver();

    private static FoundFigure money(int start, int end) {
        return new FoundFigure(Figure.money("m", BigDecimal.ONE, "USD"), start, end);
    }

    private static FoundFigure count(int start, int end) {
        return new FoundFigure(Figure.count("c", BigDecimal.TEN, "things"), start, end);
    }

    private static FoundFigure percent(int start, int end) {
        return new FoundFigure(Figure.percent("p", BigDecimal.TEN), start, end);
    }

    private static FoundFigure date(int start, int end) {
        return new FoundFigure(Figure.date("d", LocalDate.of(2024, 1, 1), null), start, end);
    }

    @Test
    void resolve_whenMoneyAndCountOverlap_keepsMoney() {
        assertThat(resolver.resolve(List.of(count(1, 20), money(0, 12))))
                .extracting(f -> f.figure().kind())
                .containsExactly(FigureKind.MONEY);
    }

    @Test
    void resolve_whenPercentAndCountOverlap_keepsPercent() {
        assertThat(resolver.resolve(List.of(count(0, 9), percent(0, 2))))
                .extracting(f -> f.figure().kind())
                .containsExactly(FigureKind.PERCENT);
    }

    @Test
    void resolve_whenDateAndCountOverlap_keepsDate() {
        assertThat(resolver.resolve(List.of(date(5, 12), count(5, 15))))
                .extracting(f -> f.figure().kind())
                .containsExactly(FigureKind.DATE);
    }

    @Test
    void resolve_whenSameKindOverlaps_keepsTheLongerSpan() {
        assertThat(resolver.resolve(List.of(date(5, 12), date(0, 20), date(15, 25))))
                .extracting(FoundFigure::start, FoundFigure::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 20));
    }

    @Test
    void resolve_whenNothingOverlaps_keepsAllInDocumentOrder() {
        assertThat(resolver.resolve(List.of(count(30, 40), money(0, 5), date(10, 20), percent(5, 8))))
                .extracting(FoundFigure::start)
                .containsExactly(0, 5, 10, 30);
    }

    @Test
    void resolve_whenACountStandsInsideACount_keepsBothInDocumentOrder() {
        assertThat(resolver.resolve(List.of(count(18, 38), count(0, 38), money(40, 45))))
                .extracting(FoundFigure::start, FoundFigure::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(0, 38),
                        org.assertj.core.groups.Tuple.tuple(18, 38),
                        org.assertj.core.groups.Tuple.tuple(40, 45));
    }

    @Test
    void resolve_whenACountStandsInsideMoney_dropsTheCount() {
        assertThat(resolver.resolve(List.of(count(2, 8), money(0, 10))))
                .extracting(f -> f.figure().kind())
                .containsExactly(FigureKind.MONEY);
    }

    @Test
    void resolve_whenSpansOnlyTouch_keepsBoth() {
        assertThat(resolver.resolve(List.of(count(5, 10), money(0, 5)))).hasSize(2);
    }
}
