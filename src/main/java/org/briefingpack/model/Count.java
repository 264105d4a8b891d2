package org.briefingpack.model;

import java.math.BigDecimal;

/** How many members, signatories or partners, with the counted noun as unit. */
public record Count(BigDecimal value, String unit) {
    public Count {
        value = value == null ? null : value.stripTrailingZeros();
    }
}
