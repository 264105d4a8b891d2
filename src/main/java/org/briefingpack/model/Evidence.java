package org.briefingpack.model;

/** A quote that stands verbatim in the document as a reader sees it. */
public record Evidence(String quote) {
    public static java.util.List<Evidence> of(String quote) {
        return java.util.List.of(new Evidence(quote));
    }
}
