package org.briefingpack.extract.figure;

import java.util.Arrays;

/**
 * The text cut into tokens in one linear pass: runs of letters and digits (a full stop or a
 * thousands comma between digits stays inside, so "1,200" and "17.5" are one token) and single
 * other characters. White space separates tokens and is not a token.
 */
final class Tokens {

    static final byte WORD = 0;
    static final byte NUMBER = 1;
    static final byte MIXED = 2;
    static final byte OTHER = 3;
    /** A digit run that is no plain number ("1.2.3", or too long to be one). */
    static final byte JUNK = 4;

    /** Longer digit runs are identifiers, not figures, and are never parsed. */
    static final int MAX_NUMBER_LENGTH = 24;

    final String text;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] types;
    /** Token texts and lower-case forms, made on first use: recognizers ask for the same tokens many times. */
    private String[] texts;

    private String[] lowers;
    /**
     * Per token, whether a number may start at this word (0 not asked yet, 1 no, 2 yes): the money,
     * percent and count recognizers each ask it of every word, {@link NumberReader} answers it once.
     */
    private byte[] numberStarts;

    private Tokens(String text) {
        this.text = text;
        int capacity = Math.max(16, text.length() / 4);
        starts = new int[capacity];
        ends = new int[capacity];
        types = new byte[capacity];
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens(text);
        tokens.scan();
        tokens.texts = new String[tokens.size];
        tokens.lowers = new String[tokens.size];
        return tokens;
    }

    private void scan() {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                i++;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                add(i, i + 1, OTHER);
                i++;
                continue;
            }
            int start = i;
            boolean letters = false;
            boolean digits = false;
            int dots = 0;
            while (i < n) {
                char d = text.charAt(i);
                if (Character.isLetter(d) || (Character.isLetterOrDigit(d) && !isDigit(d))) {
                    // non-ASCII digits ("٣") are no figures here: they count as letters
                    letters = true;
                } else if (isDigit(d)) {
                    digits = true;
                } else if (d == '.'
                        && i > start
                        && isDigit(text.charAt(i - 1))
                        && i + 1 < n
                        && isDigit(text.charAt(i + 1))) {
                    dots++;
                } else if (d == ',' && i > start && isDigit(text.charAt(i - 1)) && thousandsGroupAt(i + 1)) {
                    // part of "1,200"
                } else {
                    break;
                }
                i++;
            }
            byte type;
            if (!digits) {
                type = WORD;
            } else if (letters) {
                type = MIXED;
            } else if (dots > 1 || i - start > MAX_NUMBER_LENGTH || !Character.isDigit(text.charAt(start))) {
                type = JUNK;
            } else {
                type = NUMBER;
            }
            add(start, i, type);
        }
    }

    /** Three digits and then no further digit: a thousands group. */
    private boolean thousandsGroupAt(int p) {
        int n = text.length();
        if (p + 3 > n) {
            return false;
        }
        for (int k = p; k < p + 3; k++) {
            if (!isDigit(text.charAt(k))) {
                return false;
            }
        }
        return p + 3 == n || !isDigit(text.charAt(p + 3));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\uFEFF';
    }

    private void add(int start, int end, byte type) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            types = Arrays.copyOf(types, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        types[size] = type;
        size++;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    byte type(int i) {
        return types[i];
    }

    boolean valid(int i) {
        return i >= 0 && i < size;
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    String text(int i) {
        String s = texts[i];
        if (s == null) {
            s = text.substring(starts[i], ends[i]);
            texts[i] = s;
        }
        return s;
    }

    /** The token in lower case, or "" for tokens too long to be a word we look up. */
    String lower(int i) {
        String s = lowers[i];
        if (s == null) {
            s = length(i) > 40 ? "" : text(i).toLowerCase(java.util.Locale.ROOT);
            lowers[i] = s;
        }
        return s;
    }

    /**
     * The hash {@link #lower} of token i would have, computed over the text without making the string (the same
     * for every letter whose lower case is one char, as number words' are).
     */
    int lowerHash(int i) {
        int h = 0;
        for (int k = starts[i]; k < ends[i]; k++) {
            h = 31 * h + Character.toLowerCase(text.charAt(k));
        }
        return h;
    }

    /** What {@link #rememberNumberStart} kept for token i: 0 not known, 1 no, 2 yes. */
    byte numberStart(int i) {
        return numberStarts == null ? 0 : numberStarts[i];
    }

    void rememberNumberStart(int i, boolean yes) {
        if (numberStarts == null) {
            numberStarts = new byte[size];
        }
        numberStarts[i] = yes ? (byte) 2 : (byte) 1;
    }

    boolean is(int i, char c) {
        return valid(i) && length(i) == 1 && text.charAt(starts[i]) == c;
    }

    boolean isWord(int i, String word) {
        // the length test first: it rules out nearly every token without comparing characters
        return valid(i)
                && types[i] == WORD
                && length(i) == word.length()
                && text.regionMatches(true, starts[i], word, 0, word.length());
    }

    boolean isDash(int i) {
        return is(i, '-') || is(i, '–') || is(i, '—') || is(i, '‑') || is(i, '‐') || is(i, '−');
    }

    /** True when token i follows token i-1 with no space between. */
    boolean attached(int i) {
        return i > 0 && i < size && starts[i] == ends[i - 1];
    }

    /** At most one white-space character (no line break) between token i-1 and token i. */
    boolean nearPrevious(int i) {
        if (i <= 0 || i >= size) {
            return false;
        }
        int gap = starts[i] - ends[i - 1];
        return gap == 0 || (gap == 1 && text.charAt(ends[i - 1]) != '\n' && text.charAt(ends[i - 1]) != '\r');
    }

    boolean isCapitalized(int i) {
        return valid(i) && Character.isUpperCase(text.charAt(starts[i]));
    }

    boolean isLowerWord(int i) {
        return valid(i) && types[i] == WORD && Character.isLowerCase(text.charAt(starts[i]));
    }
}
