package org.briefingpack.render;

import java.awt.Graphics2D;

/**
 * A chart as vector drawing: draws itself on any {@link Graphics2D} (a PDF page, an image) at its logical size.
 *
 * @see RenderedChart#drawing()
 */
public interface ChartDrawing {

    /** Logical width; the chart draws within {@code 0..width() x 0..height()}. */
    int width();

    int height();

    void draw(Graphics2D g2);
}
