package org.briefingpack.extract.annotate;

/** The part of a document a sentence belongs to. */
public enum PartKind {
    /** The title line at the top ("Leaders back new climate fund"). */
    HEADLINE,
    /** "By Jane Doe" under the headline. */
    BYLINE,
    /** A section heading in the body. */
    HEADING,
    /** Running prose. */
    PARAGRAPH,
    /** An item of a list (marked "-", "•", "1." or a line of its own after a lead-in). */
    LIST_ITEM,
    /** A row of a table ("| Germany | €1.3 billion |"). */
    TABLE_ROW
}
