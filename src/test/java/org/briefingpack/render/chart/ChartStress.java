package org.briefingpack.render.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Count;
import org.briefingpack.model.DocumentInfo;
import org.briefingpack.model.Event;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Money;
import org.briefingpack.model.Outcome;
import org.briefingpack.model.OutcomeType;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;

/** Facts made to strain the layout: many and long names, amounts from thousands to trillions, other scripts. */
final class ChartStress {

    private ChartStress() {}

    static Facts crowded() {
        List<Outcome> outcomes = new ArrayList<>();
        String[] currencies = {"USD", "EUR", "GBP", "CHF", "JPY"};
        for (int i = 0; i < 30; i++) {
            BigDecimal value = BigDecimal.valueOf(5).multiply(BigDecimal.TEN.pow(3 + (i * 9) / 29));
            String name = i % 7 == 0
                    ? "Фонд развития искусственного интеллекта номер " + i
                    : "A rather long programme name for partnership number " + i + " on clean energy and food security";
            outcomes.add(new Outcome(
                    OutcomeType.FUNDING,
                    name,
                    List.of(),
                    new Money(value.add(BigDecimal.valueOf(i)), currencies[i % currencies.length], null),
                    i % 3 == 0 ? new Count(BigDecimal.valueOf(1000L * i + 7), "member states and organisations") : null,
                    null,
                    List.of()));
        }
        List<Position> positions = new ArrayList<>();
        Stance[] stances = Stance.values();
        for (int i = 0; i < 45; i++) {
            String name = i == 3
                    ? "Organisation of the Petroleum Exporting Countries and Associated Producers"
                    : "Party " + i;
            positions.add(new Position(
                    new Actor(name, null), stances[i % stances.length], "subject " + (i % 2), List.of(), List.of()));
            if (i % 5 == 0) {
                positions.add(new Position(
                        new Actor(name, null), stances[i % stances.length], "other subject", List.of(), List.of()));
            }
        }
        return new Facts(
                "briefing-facts/1",
                new DocumentInfo("crowded", "crowded.html", "0", 1),
                new Event(
                        "Συνάντηση κορυφής για το κλίμα — a summit with a long name in two scripts, 2031",
                        LocalDate.of(2031, 3, 1),
                        null,
                        null,
                        null,
                        List.of()),
                List.of(),
                outcomes,
                positions,
                List.of(),
                List.of());
    }
}
