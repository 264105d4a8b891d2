package org.briefingpack.render;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.briefingpack.model.Count;
import org.briefingpack.model.Money;

/**
 * The one place that formats figures for people: "$400 million", "€200 billion", "10–11 February 2025".
 * Every renderer (PDF, workbook, charts) uses it, so a figure reads the same everywhere. Thread-safe.
 */
public final class HumanFormat {

    private static final Map<String, String> SYMBOLS =
            Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥", "INR", "₹", "CNY", "CN¥", "KRW", "₩");

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal TRILLION = BigDecimal.valueOf(1_000_000_000_000L);

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Locale.ENGLISH);

    private HumanFormat() {}

    /** "1 document", "3 documents": a count with the word in the number it takes. */
    public static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** The currency's symbol ("$", "€") or, where it has no common one, its code and a space ("CHF "). */
    public static String currencyPrefix(String currency) {
        if (currency == null || currency.isBlank()) {
            return "";
        }
        String symbol = SYMBOLS.get(currency);
        return symbol != null ? symbol : currency + " ";
    }

    /** "$400 million", "€1.5 billion", "£250,000", "CHF 3 million"; empty for null. */
    public static String money(Money money) {
        if (money == null || money.value() == null) {
            return "";
        }
        return money(money.value(), money.currency());
    }

    public static String money(BigDecimal value, String currency) {
        return currencyPrefix(currency) + scaled(value, true);
    }

    /** Short form for chart axes and labels: "$1B", "€200B", "£8.5M". */
    public static String moneyShort(BigDecimal value, String currency) {
        return currencyPrefix(currency).strip() + scaled(value, false);
    }

    /** A number with a scale word where it is large: "400 million", "2.5 billion", "91", "12,500". */
    public static String scaled(BigDecimal value, boolean words) {
        if (value == null) {
            return "";
        }
        BigDecimal abs = value.abs();
        if (abs.compareTo(TRILLION) >= 0) {
            return decimal(value.divide(TRILLION)) + (words ? " trillion" : "T");
        }
        if (abs.compareTo(BILLION) >= 0) {
            return decimal(value.divide(BILLION)) + (words ? " billion" : "B");
        }
        if (abs.compareTo(MILLION) >= 0) {
            return decimal(value.divide(MILLION)) + (words ? " million" : "M");
        }
        if (!words && abs.compareTo(THOUSAND) >= 0) {
            return decimal(value.divide(THOUSAND)) + "K";
        }
        return integerOrDecimal(value);
    }

    /** "91 partners", "61 nations and organizations". */
    public static String count(Count count) {
        if (count == null || count.value() == null) {
            return "";
        }
        String number = integerOrDecimal(count.value());
        return count.unit() == null || count.unit().isBlank() ? number : number + " " + count.unit();
    }

    /** "1,234", "8.5"; thousands separators, at most two decimals. */
    public static String integerOrDecimal(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(value);
    }

    private static String decimal(BigDecimal value) {
        return integerOrDecimal(value.setScale(2, RoundingMode.HALF_UP));
    }

    /** "12 July 2023", "10–11 February 2025", "30 November – 12 December 2023", "31 December 2023 – 2 January 2024". */
    public static String dateRange(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        if (from == null || to == null || from.equals(to)) {
            return DAY_MONTH_YEAR.format(from != null ? from : to);
        }
        if (from.getYear() != to.getYear()) {
            return DAY_MONTH_YEAR.format(from) + " – " + DAY_MONTH_YEAR.format(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return DAY_MONTH.format(from) + " – " + DAY_MONTH_YEAR.format(to);
        }
        return DAY.format(from) + "–" + DAY_MONTH_YEAR.format(to);
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DAY_MONTH_YEAR.format(date);
    }
}
