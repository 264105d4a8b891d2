package org.briefingpack.ingest;

import java.util.List;

/** Bytes turned into characters, with the character set used and what went wrong on the way. */
record DecodedText(String text, String encoding, List<String> warnings) {

    DecodedText {
        warnings = List.copyOf(warnings);
    }
}
