package org.briefingpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A figure the text states. Which fields are set depends on the kind: MONEY has value and currency,
 * COUNT value and unit, PERCENT value, DATE from and to (the same day for a single date).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"kind", "text", "value", "currency", "unit", "from", "to", "corroboration", "conflicts"})
public record Figure(
        FigureKind kind,
        String text,
        BigDecimal value,
        String currency,
        String unit,
        LocalDate from,
        LocalDate to,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Corroboration> corroboration,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Conflict> conflicts) {

    public Figure {
        value = value == null ? null : value.stripTrailingZeros();
        corroboration = corroboration == null ? List.of() : List.copyOf(corroboration);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    /** A figure as the document states it, before any resource is read. */
    public Figure(
            FigureKind kind,
            String text,
            BigDecimal value,
            String currency,
            String unit,
            LocalDate from,
            LocalDate to) {
        this(kind, text, value, currency, unit, from, to, List.of(), List.of());
    }

    public Figure withSources(List<Corroboration> newCorroboration, List<Conflict> newConflicts) {
        return new Figure(kind, text, value, currency, unit, from, to, newCorroboration, newConflicts);
    }

    public static Figure money(String text, BigDecimal value, String currency) {
        return new Figure(FigureKind.MONEY, text, value, currency, null, null, null);
    }

    public static Figure count(String text, BigDecimal value, String unit) {
        return new Figure(FigureKind.COUNT, text, value, null, unit, null, null);
    }

    public static Figure percent(String text, BigDecimal value) {
        return new Figure(FigureKind.PERCENT, text, value, null, null, null, null);
    }

    public static Figure date(String text, LocalDate from, LocalDate to) {
        return new Figure(FigureKind.DATE, text, null, null, null, from, to == null ? from : to);
    }
}
