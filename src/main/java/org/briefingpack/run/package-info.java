/**
 * The run folder: where each file goes ({@link org.briefingpack.run.RunLayout}), run ids, document folder
 * names, the {@code run-report.json} record, the {@code latest} pointer. Plain files and names only: no Spring
 * Batch, no rendering, no extraction.
 */
package org.briefingpack.run;
