package org.briefingpack.extract.annotate;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.briefingpack.extract.FoundFigure;
import org.briefingpack.model.FigureKind;

/**
 * A sentence (or list item, heading, table row) with everything the annotator found in it. Token, mention,
 * chunk and place offsets are relative to {@link #text()}; figures keep their document offsets and
 * {@link #local(FigureKind)} gives them relative to the sentence.
 *
 * The layout: {@code heading} is a line of its own without closing punctuation; {@code lineItem} a line of
 * its own; {@code marker} a line that starts with a list marker ("-", "•", "1."); {@code newBlock} a blank line
 * (or the document start) comes before it; {@code plain} is the text without marker, hashes or emphasis;
 * {@code bodyFrom} is where the sentence's own words start after a dateline it opens with.
 */
public final class AnnotatedSentence {

    private final int index;
    private final int start;
    private final String text;
    private final String plain;
    private final PartKind part;
    private final boolean heading;
    private final boolean lineItem;
    private final boolean marker;
    private final boolean newBlock;
    private final int bodyFrom;
    private final List<Token> tokens;
    private final List<Mention> mentions;
    private final List<Quote> quotes;
    private final List<FoundFigure> figures;
    /** Made when a rule first asks: most sentences are never asked for their chunks or places. */
    private final Supplier<List<Chunk>> chunks;

    private final Supplier<List<Place>> places;

    public AnnotatedSentence(
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
            Supplier<List<Chunk>> chunks,
            Supplier<List<Place>> places,
            List<Quote> quotes,
            List<FoundFigure> figures) {
        this.index = index;
        this.start = start;
        this.text = text;
        this.plain = plain;
        this.part = part;
        this.heading = heading;
        this.lineItem = lineItem;
        this.marker = marker;
        this.newBlock = newBlock;
        this.bodyFrom = bodyFrom;
        this.tokens = tokens instanceof TokenList ? tokens : List.copyOf(tokens);
        this.mentions = List.copyOf(mentions);
        this.chunks = memoized(chunks);
        this.places = memoized(places);
        this.quotes = List.copyOf(quotes);
        this.figures = List.copyOf(figures);
    }

    private static <T> Supplier<List<T>> memoized(Supplier<List<T>> supplier) {
        return new Supplier<>() {
            private volatile List<T> value;

            @Override
            public List<T> get() {
                List<T> v = value;
                if (v == null) {
                    v = List.copyOf(supplier.get());
                    value = v;
                }
                return v;
            }
        };
    }

    public int index() {
        return index;
    }

    public int start() {
        return start;
    }

    public String text() {
        return text;
    }

    public String plain() {
        return plain;
    }

    public PartKind part() {
        return part;
    }

    public boolean heading() {
        return heading;
    }

    public boolean lineItem() {
        return lineItem;
    }

    public boolean marker() {
        return marker;
    }

    public boolean newBlock() {
        return newBlock;
    }

    public int bodyFrom() {
        return bodyFrom;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public List<Chunk> chunks() {
        return chunks.get();
    }

    public List<Place> places() {
        return places.get();
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public List<FoundFigure> figures() {
        return figures;
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
        for (FoundFigure f : figures) {
            if (f.figure().kind() == kind) {
                return true;
            }
        }
        return false;
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
        for (int q = 0; q < quotes.size(); q++) { // by index: asked of nearly every token, an iterator each time
            if (quotes.get(q).contains(absolute)) {
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
        for (Chunk c : chunks()) {
            if (c.first() <= k && k < c.last()) {
                return c;
            }
        }
        return null;
    }
}
