package org.briefingpack.ingest;

import java.util.List;

/** Text taken out of markup (before normalisation) and the link targets the markup holds, in order. */
record MarkupText(String text, List<String> links) {

    MarkupText {
        links = List.copyOf(links);
    }
}
