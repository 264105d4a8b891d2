package org.briefingpack.render;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.briefingpack.model.Money;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A dated table of exchange rates into one base currency (USD by default): the {@code briefing.fx.*}
 * settings.
 * Charts and the workbook convert with the same table so their figures agree. Immutable.
 *
 * @param base     the currency everything converts into
 * @param rateDate the day the rates were taken, shown wherever converted figures are
 * @param rates    how many units of base one unit of each currency buys (EUR → 1.08 means €1 = $1.08)
 */
public record FxRates(@DefaultValue("USD") String base, LocalDate rateDate, Map<String, BigDecimal> rates) {

    public FxRates {
        rates = Map.copyOf(new TreeMap<>(rates == null ? Map.of() : rates));
    }

    /** The amount in the base currency, or empty where the currency has no configured rate. */
    public Optional<BigDecimal> toBase(Money money) {
        if (money == null || money.value() == null || money.currency() == null) {
            return Optional.empty();
        }
        if (money.currency().equalsIgnoreCase(base)) {
            return Optional.of(money.value());
        }
        BigDecimal rate = rates.get(money.currency().toUpperCase(Locale.ROOT));
        return rate == null
                ? Optional.empty()
                : Optional.of(
                        money.value().multiply(rate, MathContext.DECIMAL64).stripTrailingZeros());
    }

    public Optional<BigDecimal> rate(String currency) {
        if (base.equalsIgnoreCase(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        return Optional.ofNullable(rates.get(currency));
    }
}
