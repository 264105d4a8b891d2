package org.briefingpack.extract.annotate;

/** What kind of name stands for an actor in the text. */
public enum MentionKind {
    /** A country by name, abbreviation or demonym ("France", "U.S.", "Kenyan"), or the European Union. */
    COUNTRY,
    /** A capital standing for its government ("Washington said"). */
    CAPITAL,
    /** An international organisation or group (G7, the African Union, the United Nations). */
    GROUP,
    /** A named organisation without a code (a foundation, a bank, an agency, a campaign). */
    ORGANISATION,
    /** A company. */
    COMPANY,
    /** A person who speaks for a country or body ("Biden", "the Kenyan President Uhuru Kenyatta"). */
    PERSON
}
