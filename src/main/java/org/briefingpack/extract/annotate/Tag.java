package org.briefingpack.extract.annotate;

/** Universal Dependencies part-of-speech tags (UPOS), the tag set of OpenNLP's English UD models. */
public enum Tag {
    NOUN,
    PROPN,
    VERB,
    AUX,
    ADJ,
    ADV,
    ADP,
    DET,
    PRON,
    CCONJ,
    SCONJ,
    NUM,
    PART,
    PUNCT,
    SYM,
    X;

    public boolean nominal() {
        return this == NOUN || this == PROPN;
    }

    public boolean verbal() {
        return this == VERB || this == AUX;
    }
}
