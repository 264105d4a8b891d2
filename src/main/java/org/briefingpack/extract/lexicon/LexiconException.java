package org.briefingpack.extract.lexicon;

/** A lexicon file that is missing or holds a value its column does not allow: the file and line, and why. */
public final class LexiconException extends IllegalStateException {

    private final String file;
    private final int line;

    public LexiconException(String file, int line, String problem) {
        super(line > 0 ? "lexicon/" + file + " line " + line + ": " + problem : "lexicon/" + file + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based; 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}
