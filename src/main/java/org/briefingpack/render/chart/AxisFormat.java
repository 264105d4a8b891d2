package org.briefingpack.render.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.Function;
import org.briefingpack.render.HumanFormat;

/**
 * Tick labels through {@link HumanFormat}, so axes read "$1B", "$250M", "1,200" like the rest of the pack.
 * Format only: JFreeChart never parses tick labels. Holds no mutable state.
 */
final class AxisFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;
    private static final MathContext TICK_PRECISION = new MathContext(6);

    private final transient Function<BigDecimal, String> format;

    private AxisFormat(Function<BigDecimal, String> format) {
        this.format = format;
    }

    /** "$1B", "€200M", "CHF 3M". */
    static AxisFormat money(String currency) {
        return new AxisFormat(value -> Describe.moneyShort(value, currency));
    }

    /** "1,200", "25". */
    static AxisFormat count() {
        return new AxisFormat(HumanFormat::integerOrDecimal);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        // Tick values come out of floating-point arithmetic (2.9999999E9): round before naming the scale.
        BigDecimal value = new BigDecimal(number).round(TICK_PRECISION).stripTrailingZeros();
        return toAppendTo.append(format.apply(value));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(format.apply(BigDecimal.valueOf(number)));
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("Axis labels are for reading, not parsing");
    }

    @Override
    public boolean equals(Object obj) {
        return obj == this;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
