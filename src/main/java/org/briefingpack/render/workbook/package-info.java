/**
 * The Excel commitments workbook of a run (issue 5): streamed data sheets as named tables, a native
 * chart, the run's chart images and an About sheet. Reads only the facts model via
 * {@link org.briefingpack.render.RunContents}; must not touch extraction, raw text or other renderers.
 *
 * <p>Trade-offs, plainly:
 * <ul>
 * <li>The documents pass once, one at a time ({@link org.briefingpack.render.RunDocuments}): each
 *     document's rows go to every data sheet in that pass, and the Charts and About sheets, written
 *     last, keep only small aggregates (top amounts, counts, a line per input file, the first chart
 *     images), so a run's facts never sit in memory together. Style numbers in {@code styles.xml} follow
 *     the order formats are first met in that pass.</li>
 * <li>Rows stream through SXSSF (200 a sheet in memory, the rest in temporary files deleted in
 *     {@code finally}); tables, the chart, pictures and hyperlinks live in XSSF memory until the file
 *     is written. 100,000 Commitments rows write in about 70 MB of heap beyond the facts themselves.</li>
 * <li>A POI hyperlink costs about 2.7 KB of heap, so Source file links (to the About sheet) are
 *     written only for runs of up to 10,000 outcomes, and Resources URLs up to Excel's cap of
 *     65,000 a sheet; past either, cells are plain text and About says so.</li>
 * <li>Row heights of wrapped text are estimated from text length (LibreOffice does not fit them on
 *     import), so a row may carry a spare line.</li>
 * <li>Text that a spreadsheet could read as a formula is stored as text with the quote-prefix style;
 *     that protects editing in Excel and LibreOffice, not a CSV export taken from them.</li>
 * </ul>
 * One writer may serve many threads: each write builds its own workbook and styles.
 */
package org.briefingpack.render.workbook;
