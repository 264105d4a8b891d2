package org.briefingpack.extract.rule.position;

/** Where the actors of a stance trigger stand (column 3 of {@code stances.tsv}). */
public enum StanceMode {
    /** The subject before the trigger ("France signed"). */
    BEFORE,
    /** The actors listed after it ("signed by France and Spain", "the signatories were ..."). */
    AFTER,
    /**
     * The actors listed after it, only where a money figure stands before it in the sentence ("$1 billion made
     * available by Chile and Peru"): a sum's givers named in the passive.
     */
    MONEY_BY,
    /** Only with a money figure after it; the actors nearest before each figure ("Japan pledged $5m"). */
    MONEY,
    /**
     * With a count of things given after it ("Japan offered 5,000 scholarships"), the subject before it; with a
     * money figure, as {@link #MONEY}.
     */
    COUNT,
    /** The subject before it, and HOSTED needs no event word after it ("Kenya, as host, ..."). */
    ANCHOR
}
