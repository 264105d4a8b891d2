package org.briefingpack.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefingpack.model.Evidence;

/**
 * Numbers evidence quotes in reading order so tables can point at them ("[3]"). A quote that supports
 * several facts gets one number and lists everything it supports; a quote from a PDF says its page. Not thread-safe: one per render.
 */
final class EvidenceNotes {

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<Integer, List<String>> supports = new LinkedHashMap<>();
    private final Map<Integer, String> quotes = new LinkedHashMap<>();
    private final Map<Integer, Integer> pages = new LinkedHashMap<>();

    /** The note numbers for a fact's evidence, adding new notes as needed. */
    List<Integer> cite(List<Evidence> evidence, String whatItSupports) {
        List<Integer> cited = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e == null || e.quote() == null || e.quote().isBlank()) {
                continue;
            }
            String quote = e.quote().strip().replaceAll("\\s+", " ");
            Integer number = numbers.get(quote);
            if (number == null) {
                number = numbers.size() + 1;
                numbers.put(quote, number);
                quotes.put(number, quote);
                supports.put(number, new ArrayList<>());
            }
            if (e.page() != null && !pages.containsKey(number)) {
                pages.put(number, e.page());
            }
            List<String> list = supports.get(number);
            if (!list.contains(whatItSupports)) {
                list.add(whatItSupports);
            }
            if (!cited.contains(number)) {
                cited.add(number);
            }
        }
        return List.copyOf(cited);
    }

    List<BriefingView.Note> notes() {
        List<BriefingView.Note> notes = new ArrayList<>();
        quotes.forEach((number, quote) -> notes.add(new BriefingView.Note(
                number, quote, String.join("; ", supports.get(number)), pageLabel(pages.get(number)))));
        return List.copyOf(notes);
    }

    /** "p. 3" for a quote from a document with pages, "" otherwise. */
    private static String pageLabel(Integer page) {
        return page == null ? "" : "p. " + page;
    }
}
