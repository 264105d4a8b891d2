package org.briefingpack.extract;

import java.util.List;
import org.briefingpack.model.Link;

/** Finds every URL in the text and the markup links, normalised and deduplicated, in order. */
public interface LinkRecognizer {
    List<Link> recognize(String text, List<String> markupLinks);
}
