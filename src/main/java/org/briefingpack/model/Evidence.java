package org.briefingpack.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A quote that stands verbatim in the document as a reader sees it.
 *
 * @param quote the words as they stand
 * @param page  for a document with pages (PDF), the 1-based page the quote starts on; null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Evidence(String quote, Integer page) {

    public Evidence(String quote) {
        this(quote, null);
    }

    public static List<Evidence> of(String quote) {
        return List.of(new Evidence(quote));
    }

    public Evidence onPage(int page) {
        return new Evidence(quote, page > 0 ? page : null);
    }
}
