/**
 * Chart PNGs (and the CSV behind each) drawn from {@link org.briefingpack.model.Facts} with JFreeChart,
 * headless and byte-for-byte deterministic. Owns nothing but charts: no PDF, workbook or raw text here.
 */
package org.briefingpack.render.chart;
