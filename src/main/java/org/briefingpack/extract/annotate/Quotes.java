package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.List;

/** Spans of text in quotation marks: “…”, «…» and pairs of straight double quotes, at most 1,500 characters. */
final class Quotes {

    private static final int MAX = 1500;

    private Quotes() {}

    static List<Quote> find(String text) {
        List<Quote> out = new ArrayList<>();
        int open = -1;
        char closing = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0) {
                if (c == closing) {
                    out.add(new Quote(open, i + 1));
                    open = -1;
                } else if (i - open > MAX || c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    open = -1; // an unclosed mark (or a paragraph break) ends nothing
                }
                continue;
            }
            if (c == '“') {
                open = i;
                closing = '”';
            } else if (c == '«') {
                open = i;
                closing = '»';
            } else if (c == '"') {
                open = i;
                closing = '"';
            }
        }
        return out;
    }
}
