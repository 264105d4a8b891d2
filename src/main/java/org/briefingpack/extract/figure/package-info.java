/**
 * Finds money, count, percent and date figures in a document's text with small token-based
 * recognizers driven by the lexicons under {@code lexicon/figures/}; owns nothing outside figures.
 * Every scan is linear in the text (no regular expressions), so hostile input cannot stall it.
 */
package org.briefingpack.extract.figure;
