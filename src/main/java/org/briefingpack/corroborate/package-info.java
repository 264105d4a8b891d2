/**
 * Resource pages read for facts, and the document's facts checked against them: a page that states the same
 * outcome, figure or stance corroborates it, one that states it differently is a conflict, one about another
 * event counts for nothing. Uses {@code links} to fetch, {@code ingest} and {@code extract} to read; must not
 * render or know the run folder.
 */
package org.briefingpack.corroborate;
