/**
 * The lexicon data files under {@code resources/lexicon}: read once at start, every column with a fixed
 * vocabulary checked against its enum, so a typo stops the start with the file and line named.
 */
package org.briefingpack.extract.lexicon;
