/**
 * Splits normalised document text into sentences, headings and list items with their offsets,
 * by rules and abbreviation data under resources. Reads no files beyond its lexicons; knows no facts.
 */
package org.briefingpack.extract.text;
