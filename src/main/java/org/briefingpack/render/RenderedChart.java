package org.briefingpack.render;

import java.nio.file.Path;

/**
 * A chart image written for a document or a run, as other renderers embed it.
 *
 * @param name    stable name, also the file stem ({@code funding}, {@code participation}, {@code positions})
 * @param title   the chart's title
 * @param altText a sentence describing what the chart shows, for HTML alt and PDF captions
 * @param png     the PNG file
 * @param csv     the data behind it
 * @param widthPx  pixel width of the PNG
 * @param heightPx pixel height of the PNG
 * @param drawing  the chart as vector drawing, for renderers that draw it again (the PDF); null for a chart
 *                 known only by its files (one drawn in an earlier run)
 */
public record RenderedChart(
        String name,
        String title,
        String altText,
        Path png,
        Path csv,
        int widthPx,
        int heightPx,
        ChartDrawing drawing) {

    /** A chart known only by its files. */
    public RenderedChart(String name, String title, String altText, Path png, Path csv, int widthPx, int heightPx) {
        this(name, title, altText, png, csv, widthPx, heightPx, null);
    }
}
