/**
 * Finds every web address a document gives (in its text and in its markup), strips what does not
 * belong to it, drops tracking parameters and deduplicates. Never fetches anything.
 */
package org.briefingpack.extract.link;
