package org.briefingpack.run;

/** What became of one input file in a run. */
public enum DocumentStatus {
    /** Facts extracted and the pack rendered. */
    PACKED,
    /** Not read: unsupported type, unreadable, binary, empty; the reason says which. */
    SKIPPED,
    /** Read, but extraction or rendering failed; the error says why. The run went on. */
    FAILED
}
