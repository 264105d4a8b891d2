package org.briefingpack.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.briefingpack.extract.Sentence;
import org.briefingpack.extract.SentenceSplitter;

/**
 * Splits text into sentences, headings and list items by rules, in one linear pass.
 * <ul>
 *   <li>A blank line always ends a sentence. Inside a paragraph a single line break ends one only
 *       when the next line starts a list item or a "Label:" line, or when the line before ends in a
 *       colon or looks like a heading (all capitals, or short and unpunctuated) and the next line
 *       starts with a capital or a digit.</li>
 *   <li>Inside a line, {@code .}, {@code !}, {@code ?} and {@code …} (with closing quotes or brackets)
 *       end a sentence before white space and a word that is not lower case, unless an
 *       abbreviation from {@code lexicon/text/abbreviations.tsv} says otherwise ("Dr.", "No. 10", "U.S. President").</li>
 *   <li>List markers and Markdown heading marks are not part of the sentence text.</li>
 * </ul>
 * Thread-safe: holds only immutable lexicons.
 */
public final class RuleBasedSentenceSplitter implements SentenceSplitter {

    /** A line this much shorter than the paragraph's longest line may be a heading. */
    private static final double SHORT_LINE_SHARE = 0.7;
    /** ... and never longer than this. */
    private static final int MAX_HEADING_LENGTH = 60;

    private static final int MAX_LABEL_LENGTH = 40;

    /**
     * A "sentence" longer than this (a megabyte line with no full stop) is cut into pieces at spaces, so that every
     * rule's work on a sentence, and every evidence quote, is bounded by this and not by the input: extraction stays
     * linear in the document's size. Real sentences are far shorter.
     */
    static final int MAX_SENTENCE_LENGTH = 2_000;

    /** How far back from the limit a piece may end at a space rather than mid-word. */
    private static final int PIECE_SLACK = 200;

    private final Abbreviations abbreviations;

    public RuleBasedSentenceSplitter() {
        this(Abbreviations.load());
    }

    RuleBasedSentenceSplitter(Abbreviations abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    public List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        int n = text.length();
        List<int[]> block = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            if (isBlank(text, lineStart, lineEnd)) {
                splitBlock(text, block, out);
                block.clear();
            } else {
                block.add(new int[] {lineStart, lineEnd});
            }
            lineStart = lineEnd + 1;
        }
        splitBlock(text, block, out);
        return out;
    }

    /** A block is a run of non-blank lines; cut it into segments at line breaks that end a sentence. */
    private void splitBlock(String text, List<int[]> lines, List<Sentence> out) {
        if (lines.isEmpty()) {
            return;
        }
        int longest = 0;
        for (int[] line : lines) {
            longest = Math.max(longest, trimmedLength(text, line[0], line[1]));
        }
        int segmentStart = lines.get(0)[0];
        for (int i = 0; i + 1 < lines.size(); i++) {
            int[] line = lines.get(i);
            int[] next = lines.get(i + 1);
            if (lineBreakEnds(text, line, next, longest)) {
                splitSegment(text, segmentStart, line[1], out);
                segmentStart = next[0];
            }
        }
        splitSegment(text, segmentStart, lines.get(lines.size() - 1)[1], out);
    }

    private boolean lineBreakEnds(String text, int[] line, int[] next, int longest) {
        int nextStart = skipSpaces(text, next[0], next[1]);
        if (markerLength(text, nextStart, next[1]) > 0 || isLabelLine(text, nextStart, next[1])) {
            return true;
        }
        int start = skipSpaces(text, line[0], line[1]);
        int end = trimEnd(text, start, line[1]);
        if (end <= start) {
            return false;
        }
        if (text.charAt(start) == '#' && markerLength(text, start, end) > 0) {
            return true; // a Markdown heading line
        }
        char last = text.charAt(end - 1);
        char first = text.charAt(nextStart);
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && !isOpeningQuote(first)) {
            return false;
        }
        if (last == ':') {
            return true; // a line ending in a colon introduces what follows on its own lines
        }
        if (!Character.isLetterOrDigit(last) && last != ')') {
            return false;
        }
        int length = end - start;
        if (isAllCaps(text, start, end)) {
            return true;
        }
        return length <= MAX_HEADING_LENGTH && length <= SHORT_LINE_SHARE * longest;
    }

    /** Splits one segment (a paragraph, list item or heading) into sentences at full stops. */
    private void splitSegment(String text, int start, int end, List<Sentence> out) {
        int sentenceStart = start;
        boolean first = true;
        int lead = skipSpaces(text, start, end);
        int i = lead + markerLength(text, lead, end); // "1. The Lima Declaration": the marker's full stop ends nothing
        while (i < end) {
            char c = text.charAt(i);
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int runEnd = i;
            boolean onlyFullStops = true;
            while (runEnd < end && isTerminator(text.charAt(runEnd))) {
                onlyFullStops &= text.charAt(runEnd) == '.';
                runEnd++;
            }
            int after = runEnd;
            while (after < end && isCloser(text.charAt(after))) {
                after++;
            }
            after = Math.max(after, footnoteEnd(text, after, end));
            if (after >= end || !Character.isWhitespace(text.charAt(after))) {
                i = after;
                continue;
            }
            int nextStart = after;
            while (nextStart < end && Character.isWhitespace(text.charAt(nextStart))) {
                nextStart++;
            }
            int footnote = footnoteEnd(text, nextStart, end);
            if (footnote > 0 && (footnote == end || Character.isWhitespace(text.charAt(footnote)))) {
                // "envoy. [1] The": the footnote mark belongs to the sentence it follows
                after = footnote;
                nextStart = footnote;
                while (nextStart < end && Character.isWhitespace(text.charAt(nextStart))) {
                    nextStart++;
                }
            }
            if (nextStart < end && endsSentence(text, i, runEnd, after, nextStart, end, onlyFullStops)) {
                emit(text, sentenceStart, after, first, out);
                first = false;
                sentenceStart = nextStart;
            }
            i = nextStart;
        }
        emit(text, sentenceStart, end, first, out);
    }

    private boolean endsSentence(
            String text, int runStart, int runEnd, int afterClosers, int next, int end, boolean onlyFullStops) {
        char nextChar = text.charAt(next);
        if (Character.isLowerCase(nextChar) || ",;:".indexOf(nextChar) >= 0) {
            return false;
        }
        boolean singleFullStop = onlyFullStops && runEnd - runStart == 1;
        if (!singleFullStop || afterClosers > runEnd) {
            return true; // "!", "?", "..." and a full stop inside closing quotes end the sentence
        }
        String word = wordBefore(text, runStart);
        if (word == null) {
            return true;
        }
        Abbreviations.Kind kind = abbreviations.kindOf(word);
        if (kind == null) {
            return true;
        }
        return switch (kind) {
            case NEVER -> false;
            case NUMBER -> !Character.isDigit(nextChar);
            case STARTER -> abbreviations.isStarter(wordAt(text, next, end));
        };
    }

    /** The word just before a full stop at {@code dot}, or null when it is too long to be an abbreviation. */
    private static String wordBefore(String text, int dot) {
        int i = dot;
        while (i > 0 && dot - i <= Abbreviations.MAX_LENGTH) {
            char c = text.charAt(i - 1);
            if (Character.isWhitespace(c) || isOpeningQuote(c) || c == '(' || c == '[') {
                break;
            }
            i--;
        }
        if (dot - i > Abbreviations.MAX_LENGTH || i == dot) {
            return null;
        }
        return text.substring(i, dot);
    }

    /** The letters of the word starting at {@code from}, past any opening quotes or brackets. */
    private static String wordAt(String text, int from, int end) {
        int i = from;
        while (i < end && (isOpeningQuote(text.charAt(i)) || text.charAt(i) == '(')) {
            i++;
        }
        int j = i;
        while (j < end && j - i < 20 && Character.isLetter(text.charAt(j))) {
            j++;
        }
        return text.substring(i, j);
    }

    private static void emit(String text, int start, int end, boolean segmentStart, List<Sentence> out) {
        int s = skipSpaces(text, start, end);
        if (segmentStart) {
            s = skipSpaces(text, s + markerLength(text, s, end), end);
        }
        int e = trimEnd(text, s, end);
        while (e - s > MAX_SENTENCE_LENGTH) {
            int cut = text.lastIndexOf(' ', s + MAX_SENTENCE_LENGTH);
            cut = cut > s + MAX_SENTENCE_LENGTH - PIECE_SLACK ? cut : s + MAX_SENTENCE_LENGTH;
            int pieceEnd = trimEnd(text, s, cut);
            out.add(new Sentence(s, pieceEnd, text.substring(s, pieceEnd)));
            s = skipSpaces(text, cut, e);
        }
        if (e > s) {
            out.add(new Sentence(s, e, text.substring(s, e)));
        }
    }

    /**
     * Length of a list marker or heading mark at {@code i} with the space after it, or 0:
     * "- ", "* ", "+ ", "• ", "– ", "1. ", "12) ", "(a) ", "a) ", "## ".
     */
    static int markerLength(String text, int i, int end) {
        if (i >= end) {
            return 0;
        }
        char c = text.charAt(i);
        int after;
        if ("-*+\u2022\u25e6\u25aa\u25cf\u2023\u2013\u2014\u00b7".indexOf(c) >= 0) {
            after = i + 1;
        } else if (c == '#') {
            after = i;
            while (after < end && after - i < 6 && text.charAt(after) == '#') {
                after++;
            }
        } else if (Character.isDigit(c)) {
            after = i;
            while (after < end && after - i < 3 && Character.isDigit(text.charAt(after))) {
                after++;
            }
            if (after >= end || (text.charAt(after) != '.' && text.charAt(after) != ')')) {
                return 0;
            }
            after++;
        } else if (c == '(') {
            after = i + 1;
            while (after < end && after - i < 4 && Character.isLetterOrDigit(text.charAt(after))) {
                after++;
            }
            if (after == i + 1 || after >= end || text.charAt(after) != ')') {
                return 0;
            }
            after++;
        } else if (Character.isLowerCase(c) && i + 1 < end && text.charAt(i + 1) == ')') {
            after = i + 2;
        } else {
            return 0;
        }
        if (after < end && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
            return after + 1 - i;
        }
        return 0;
    }

    /** End of a footnote mark such as "[1]" or "[12]" at {@code i}, or -1. */
    private static int footnoteEnd(String text, int i, int end) {
        if (i >= end || text.charAt(i) != '[') {
            return -1;
        }
        int j = i + 1;
        while (j < end && j - i <= 3 && Character.isDigit(text.charAt(j))) {
            j++;
        }
        return j > i + 1 && j < end && text.charAt(j) == ']' ? j + 1 : -1;
    }

    /** "Dates: ...", "Co-hosts: ...": up to four short words and a colon open the line. */
    private static boolean isLabelLine(String text, int start, int end) {
        int limit = Math.min(end, start + MAX_LABEL_LENGTH);
        int words = 0;
        boolean inWord = false;
        for (int i = start; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ':') {
                return inWord
                        && words <= 4
                        && i + 1 < end
                        && text.charAt(i + 1) == ' '
                        && Character.isUpperCase(text.charAt(start));
            }
            if (Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '\u2019' || c == '&') {
                if (!inWord) {
                    words++;
                    inWord = true;
                }
            } else if (c == ' ') {
                if (!inWord) {
                    return false;
                }
                inWord = false;
            } else {
                return false;
            }
        }
        return false;
    }

    private static boolean isAllCaps(String text, int start, int end) {
        int letters = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == '\u201d' || c == '\u2019' || c == ')' || c == ']' || c == '\u00bb';
    }

    private static boolean isOpeningQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '\u00ab';
    }

    private static boolean isBlank(String text, int start, int end) {
        return skipSpaces(text, start, end) == end;
    }

    private static int skipSpaces(String text, int start, int end) {
        int i = start;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimEnd(String text, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static int trimmedLength(String text, int start, int end) {
        int s = skipSpaces(text, start, end);
        return trimEnd(text, s, end) - s;
    }
}
