package org.briefingpack.model;

import java.math.BigDecimal;

/** An amount of money: the full value ({@code $400 million} is 400000000), ISO 4217 currency, the text as written. */
public record Money(BigDecimal value, String currency, String text) {
    public Money {
        value = value == null ? null : value.stripTrailingZeros();
    }
}
