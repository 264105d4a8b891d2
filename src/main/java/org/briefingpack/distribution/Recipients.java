package org.briefingpack.distribution;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Who gets a briefing: everyone on the run's list, and the recipients of every route it matches. */
final class Recipients {

    private final DistributionSettings settings;

    Recipients(DistributionSettings settings) {
        this.settings = settings;
    }

    /** The addresses, trimmed and lower-cased, sorted. */
    Set<String> of(Briefing briefing) {
        Set<String> to = new TreeSet<>();
        settings.recipients().forEach(address -> add(to, address));
        for (DistributionSettings.Route route : settings.routes()) {
            if (matches(route, briefing)) {
                route.to().forEach(address -> add(to, address));
            }
        }
        return to;
    }

    static boolean matches(DistributionSettings.Route route, Briefing briefing) {
        boolean byEvent = route.event() == null || route.event().isBlank();
        boolean byCountry = route.country() == null || route.country().isBlank();
        if (byEvent && byCountry) {
            return false;
        }
        if (!byEvent) {
            byEvent = route.event().strip().equalsIgnoreCase(briefing.title());
        }
        if (!byCountry) {
            byCountry = briefing.countryCodes().contains(route.country().strip().toUpperCase(Locale.ROOT));
        }
        return byEvent && byCountry;
    }

    static String normalise(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    private static void add(Set<String> to, String address) {
        if (address != null && !address.isBlank()) {
            to.add(normalise(address));
        }
    }
}
