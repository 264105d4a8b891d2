package org.briefingpack.extract.annotate;

/**
 * A token of a sentence: a word ("Kunming-Montreal", "U.S", "17.5"), a clitic ("'s", "n't") or one other
 * character. Offsets are relative to the sentence text.
 *
 * @param lower the text in lower case (Locale.ROOT), made once
 * @param lemma the dictionary form ("signed" → "sign", "countries" → "country"), lower case
 */
public record Token(String text, String lower, int start, int end, Tag tag, String lemma) {

    /** Letters or digits (not punctuation, not a symbol). */
    public boolean word() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    /** Starts with a capital letter or a digit, as a name does. */
    public boolean capitalised() {
        char c = text.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    public boolean upperCase() {
        return Character.isUpperCase(text.charAt(0));
    }

    public boolean is(String lowerWord) {
        return lower.equals(lowerWord);
    }

    /** A straight or curly quotation mark (or apostrophe used as one). */
    public boolean quoteMark() {
        return text.length() == 1 && "\"“”‘’'«»".indexOf(text.charAt(0)) >= 0;
    }

    /** The possessive "'s", straight or curly. */
    public boolean possessiveMark() {
        return text.equals("'s") || text.equals("’s");
    }

    public boolean punctuation(char c) {
        return text.length() == 1 && text.charAt(0) == c;
    }

    /** A hyphen, an en dash or an em dash standing as a token of its own. */
    public boolean dash() {
        return hyphen() || punctuation('–') || punctuation('—');
    }

    /** A hyphen standing as a token of its own: "-", or U+2010 or U+2011 as some releases write it. */
    public boolean hyphen() {
        return punctuation('-') || punctuation('\u2010') || punctuation('\u2011');
    }
}
