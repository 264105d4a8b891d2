package org.briefingpack.extract.figure;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Where the text holds URLs ("https://…", "www.…", e-mail addresses): figures inside them are
 * not figures. One linear scan; a URL runs to the next white space or angle bracket or quote.
 */
final class UrlSpans implements IntPredicate {

    private final int[] starts;
    private final int[] ends;

    private UrlSpans(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    static UrlSpans find(String text) {
        int n = text.length();
        int[] s = new int[8];
        int[] e = new int[8];
        int count = 0;
        int i = 0;
        while (i < n) {
            int start = urlStartAt(text, i);
            if (start < 0) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && !endsUrl(text.charAt(end))) {
                end++;
            }
            if (count == s.length) {
                s = Arrays.copyOf(s, count * 2);
                e = Arrays.copyOf(e, count * 2);
            }
            s[count] = start;
            e[count] = end;
            count++;
            i = Math.max(end, i + 1);
        }
        return new UrlSpans(Arrays.copyOf(s, count), Arrays.copyOf(e, count));
    }

    /** If a URL starts at i (scheme, "www." or the "@" of an address), where it starts; else -1. */
    private static int urlStartAt(String text, int i) {
        char c = text.charAt(i);
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W' && c != '@') {
            return -1; // the common case, decided before looking at the character before
        }
        boolean boundary = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        if ((c == 'h' || c == 'H')
                && boundary
                && (text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8))) {
            return i;
        }
        if ((c == 'w' || c == 'W') && boundary && text.regionMatches(true, i, "www.", 0, 4)) {
            return i;
        }
        if (c == '@'
                && i > 0
                && Character.isLetterOrDigit(text.charAt(i - 1))
                && i + 1 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 1))) {
            int start = i;
            while (start > 0 && !endsUrl(text.charAt(start - 1)) && i - start < 256) {
                start--;
            }
            return start;
        }
        return -1;
    }

    private static boolean endsUrl(char c) {
        return Tokens.isSpace(c) || c == '<' || c == '>' || c == '"' || c == '“' || c == '”';
    }

    /** True when position p lies inside a URL. */
    @Override
    public boolean test(int p) {
        int k = Arrays.binarySearch(starts, p);
        if (k >= 0) {
            return true;
        }
        int before = -k - 2;
        return before >= 0 && p < ends[before];
    }

    boolean overlaps(int start, int end) {
        return test(start) || test(end - 1);
    }
}
