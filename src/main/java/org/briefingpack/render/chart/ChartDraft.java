package org.briefingpack.render.chart;

/**
 * A chart laid out but not yet written: its stable name (the file stem), title, alt text, the chart to
 * draw and the CSV of the values it plots.
 */
record ChartDraft(String name, String title, String altText, HorizontalBars.Laid laid, Csv csv) {}
