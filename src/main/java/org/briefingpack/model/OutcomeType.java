package org.briefingpack.model;

/** What kind of thing an outcome is; see facts-v1. */
public enum OutcomeType {
    AGREEMENT,
    INITIATIVE,
    COALITION,
    FUNDING,
    REPORT,
    INSTITUTION,
    OTHER
}
