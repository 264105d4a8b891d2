package org.briefingpack.render.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.briefingpack.model.Facts;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.HumanFormat;

/** The words charts share: what a document's event is called, its source line, the rates note, lists. */
final class Describe {

    /** Alt texts list this many items, then "and N more". */
    static final int ALT_ITEMS = 8;

    private Describe() {}

    static String event(Facts facts) {
        if (facts.event() != null
                && facts.event().name() != null
                && !facts.event().name().isBlank()) {
            return facts.event().name().strip();
        }
        return facts.document() == null ? "the document" : facts.document().id();
    }

    static String source(Facts facts) {
        if (facts.document() == null) {
            return null;
        }
        return facts.document().file() != null
                ? facts.document().file()
                : facts.document().id();
    }

    /** "converted at rates of 30 June 2025" (or "at the configured rates" where the table has no date). */
    static String rates(FxRates fx) {
        return fx.rateDate() == null
                ? "converted at the configured exchange rates"
                : "converted at rates of " + HumanFormat.date(fx.rateDate());
    }

    /** "a, b and c"; beyond {@link #ALT_ITEMS} items "a, b, … and 4 more". */
    static String list(List<String> items) {
        return list(items, "; ");
    }

    static String list(List<String> items, String separator) {
        // "and 1 more" says less than the item itself
        List<String> shown = items.size() > ALT_ITEMS + 1 ? items.subList(0, ALT_ITEMS) : items;
        int more = items.size() - shown.size();
        if (more > 0) {
            return String.join(separator, shown) + separator + "and " + more + " more";
        }
        if (shown.size() <= 1) {
            return String.join("", shown);
        }
        String lastJoin = shown.size() > 2 && "; ".equals(separator) ? "; and " : " and ";
        return String.join(separator, shown.subList(0, shown.size() - 1)) + lastJoin + shown.get(shown.size() - 1);
    }

    /** A converted or summed amount, to three significant figures: "$54.9M", not "$54.88M". */
    static String approxShort(BigDecimal value, String currency) {
        return moneyShort(value.round(new MathContext(3)), currency);
    }

    /** "$1B", "€200B", and "CHF 3M" (where HumanFormat.moneyShort would run a code into the number: "CHF3M"). */
    static String moneyShort(BigDecimal value, String currency) {
        return HumanFormat.currencyPrefix(currency) + HumanFormat.scaled(value, false);
    }

    static String approx(BigDecimal value, String currency) {
        return HumanFormat.money(value.round(new MathContext(3)), currency);
    }

    static String plural(int n, String one, String many) {
        return HumanFormat.count(n, one, many);
    }
}
