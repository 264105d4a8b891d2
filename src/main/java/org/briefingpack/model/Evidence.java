package org.briefingpack.model;

import java.util.List;

/** A quote that stands verbatim in the document as a reader sees it. */
public record Evidence(String quote) {
    public static List<Evidence> of(String quote) {
        return List.of(new Evidence(quote));
    }
}
