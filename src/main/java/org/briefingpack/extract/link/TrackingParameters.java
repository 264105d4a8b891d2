package org.briefingpack.extract.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefingpack.extract.lexicon.LexiconFile;
import org.briefingpack.extract.lexicon.WordSets;

/** Names of tracking query parameters, exact or by prefix, from {@code lexicon/links/tracking-parameters.txt}. */
final class TrackingParameters {

    private final Set<String> names;
    private final List<String> prefixes;

    TrackingParameters(Set<String> names, List<String> prefixes) {
        this.names = WordSets.copyOf(names);
        this.prefixes = List.copyOf(prefixes);
    }

    static TrackingParameters load() {
        Set<String> names = new HashSet<>();
        List<String> prefixes = new ArrayList<>();
        for (String word : LexiconFile.read("links/tracking-parameters.txt").words()) {
            String t = word.toLowerCase(Locale.ROOT);
            if (t.endsWith("*")) {
                prefixes.add(t.substring(0, t.length() - 1));
            } else {
                names.add(t);
            }
        }
        return new TrackingParameters(names, prefixes);
    }

    boolean isTracking(String parameterName) {
        String name = parameterName.toLowerCase(Locale.ROOT);
        if (names.contains(name)) {
            return true;
        }
        for (String prefix : prefixes) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
