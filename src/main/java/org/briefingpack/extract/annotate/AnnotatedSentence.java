package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.FigureKind;

/**
 * A sentence (or list item, heading, table row) with everything the annotator found in it. Token, mention,
 * chunk and place offsets are relative to {@link #text()}; figures keep their document offsets and
 * {@link #local(FigureKind)} gives them relative to the sentence.
 *
 * @param index    position in the document's list of sentences
 * @param start    offset of the sentence in the document text
 * @param text     the sentence as it stands in the document
 * @param plain    the text without a leading list marker, heading hashes or emphasis marks, trimmed
 * @param part     the part of the document it belongs to
 * @param heading  a line of its own without closing punctuation (a title or section heading)
 * @param lineItem a line of its own (a list item, a heading or a one-sentence paragraph)
 * @param marker   the line starts with a list marker ("-", "*", "•", "1.")
 * @param newBlock a blank line (or the start of the document) comes before it
 * @param bodyFrom where the sentence's own words start: after a dateline it opens with, else 0
 */
public record AnnotatedSentence(
        int index,
        int start,
        String text,
        String plain,
        PartKind part,
        boolean heading,
        boolean lineItem,
        boolean marker,
        boolean newBlock,
        int bodyFrom,
        List<Token> tokens,
        List<Mention> mentions,
        List<Chunk> chunks,
        List<Place> places,
        List<Quote> quotes,
        List<FoundFigure> figures) {

    public AnnotatedSentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        chunks = List.copyOf(chunks);
        places = List.copyOf(places);
        quotes = List.copyOf(quotes);
        figures = List.copyOf(figures);
    }

    public int end() {
        return start + text.length();
    }

    /** Figures of one kind, with offsets relative to the sentence text. */
    public List<FoundFigure> local(FigureKind kind) {
        List<FoundFigure> out = new ArrayList<>();
        for (FoundFigure f : figures) {
            if (f.figure().kind() == kind) {
                out.add(new FoundFigure(f.figure(), f.start() - start, f.end() - start));
            }
        }
        return out;
    }

    public boolean hasFigure(FigureKind kind) {
        return figures.stream().anyMatch(f -> f.figure().kind() == kind);
    }

    /** The index of the first token that starts at or after {@code offset} (relative); tokens.size() if none. */
    public int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the last token that ends at or before {@code offset} (relative), plus one. */
    public int tokenBefore(int offset) {
        int k = tokenAt(offset);
        while (k > 0 && tokens.get(k - 1).end() > offset) {
            k--;
        }
        return k;
    }

    /** The text of tokens [first, last), as it stands in the sentence. */
    public String span(int first, int last) {
        if (first >= last) {
            return "";
        }
        return text.substring(tokens.get(first).start(), tokens.get(last - 1).end());
    }

    /** Whether the relative offset stands inside quotation marks. */
    public boolean quoted(int offset) {
        int absolute = start + offset;
        for (Quote q : quotes) {
            if (q.contains(absolute)) {
                return true;
            }
        }
        return false;
    }

    /** The mentions over tokens [first, last). */
    public List<Mention> mentionsBetween(int first, int last) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.first() >= first && m.last() <= last) {
                out.add(m);
            }
        }
        return out;
    }

    /** The chunk that covers token {@code k}, or null. */
    public Chunk chunkAt(int k) {
        for (Chunk c : chunks) {
            if (c.first() <= k && k < c.last()) {
                return c;
            }
        }
        return null;
    }
}
