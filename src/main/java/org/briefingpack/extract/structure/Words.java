package org.briefingpack.extract.structure;

import java.util.regex.Pattern;

/** White-space splitting with one compiled pattern ({@code String.split("\\s+")} compiles it per call). */
final class Words {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Words() {
    }

    /** Exactly {@code s.split("\\s+")}. */
    static String[] split(String s) {
        return SPACES.split(s);
    }

    /** Exactly {@code s.replaceAll("\\s+", " ")}. */
    static String singleSpaced(String s) {
        return SPACES.matcher(s).replaceAll(" ");
    }
}
