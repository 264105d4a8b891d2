package org.briefingpack.extract.annotate;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A sentence's tokens, with a signature of the words they hold (a bit per hash of each token's text, lower
 * case and lemma) so that a phrase matcher can tell at once that none of its phrases can start here.
 */
final class TokenList extends AbstractList<Token> implements RandomAccess {

    static final int SIGNATURE_BITS = 1 << 12;

    private final Token[] tokens;
    private long[] signature;
    private int[] lowerHashes;
    private int[] textHashes;
    private int[] lemmaHashes;
    /**
     * The matchers that have read all of these tokens, and their hits at the same index: several rules look for
     * the same phrases. Two arrays, grown by doubling, so that a look-up reads one array of references.
     */
    private PhraseMatcher[] keptMatchers = new PhraseMatcher[0];

    private List<?>[] keptHits = new List<?>[0];

    private int kept;

    TokenList(List<Token> tokens) {
        this.tokens = tokens.toArray(Token[]::new);
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public int size() {
        return tokens.length;
    }

    /**
     * Which word hashes (modulo {@link #SIGNATURE_BITS}) occur, as the words of a bit set; made on first use, then
     * shared by every matcher. An array rather than a {@link java.util.BitSet}: valueOf would copy it once more.
     */
    long[] signature() {
        long[] s = signature;
        if (s == null) {
            long[] bits = new long[SIGNATURE_BITS / Long.SIZE];
            for (Token t : tokens) {
                int text = t.text().hashCode() & (SIGNATURE_BITS - 1);
                int lower = t.lower().hashCode() & (SIGNATURE_BITS - 1);
                int lemma = t.lemma().hashCode() & (SIGNATURE_BITS - 1);
                bits[text >>> 6] |= 1L << text;
                bits[lower >>> 6] |= 1L << lower;
                bits[lemma >>> 6] |= 1L << lemma;
            }
            s = bits;
            signature = s; // racy but idempotent: two threads make the same set
        }
        return s;
    }

    /**
     * Each token's hash, of its text in lower case or as written, made once a sentence: a matcher tests its
     * first-word filter over these instead of reading every token's string again.
     */
    int[] hashes(boolean caseSensitive) {
        int[] h = caseSensitive ? textHashes : lowerHashes;
        if (h == null) {
            h = new int[tokens.length];
            for (int i = 0; i < h.length; i++) {
                h[i] = (caseSensitive ? tokens[i].text() : tokens[i].lower()).hashCode();
            }
            if (caseSensitive) {
                textHashes = h; // racy but idempotent, as the signature
            } else {
                lowerHashes = h;
            }
        }
        return h;
    }

    /** The hits a matcher found over all these tokens before, or null. */
    @SuppressWarnings("unchecked")
    List<PhraseMatcher.Hit> hitsOf(PhraseMatcher matcher) {
        PhraseMatcher[] matchers = keptMatchers;
        for (int k = 0; k < kept; k++) {
            if (matchers[k] == matcher) {
                return (List<PhraseMatcher.Hit>) keptHits[k];
            }
        }
        return null;
    }

    /** Keeps a matcher's hits over all these tokens. Not thread-safe: a sentence is read by one thread. */
    void keepHits(PhraseMatcher matcher, List<PhraseMatcher.Hit> hits) {
        if (kept == keptMatchers.length) {
            int capacity = Math.max(8, kept * 2);
            keptHits = Arrays.copyOf(keptHits, capacity);
            keptMatchers = Arrays.copyOf(keptMatchers, capacity);
        }
        keptHits[kept] = hits;
        keptMatchers[kept] = matcher; // last: a reader that finds the matcher finds its hits
        kept++;
    }

    /** Each token's lemma hash, made once a sentence. */
    int[] lemmaHashes() {
        int[] h = lemmaHashes;
        if (h == null) {
            h = new int[tokens.length];
            for (int i = 0; i < h.length; i++) {
                h[i] = tokens[i].lemma().hashCode();
            }
            lemmaHashes = h;
        }
        return h;
    }
}
