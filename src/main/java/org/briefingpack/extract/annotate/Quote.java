package org.briefingpack.extract.annotate;

/** Words in quotation marks, at [start, end) of the document text (the marks included). */
public record Quote(int start, int end) {

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
