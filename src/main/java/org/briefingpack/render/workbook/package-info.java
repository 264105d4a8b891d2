/**
 * The Excel commitments workbook of a run (issue 5): streamed data sheets as named tables, a native
 * chart, the run's chart images and an About sheet. Reads only the facts model via
 * {@link org.briefingpack.render.RunContents}; must not touch extraction, raw text or other renderers.
 */
package org.briefingpack.render.workbook;
