package org.briefingpack.render.pdf;

import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.util.Map;
import org.briefingpack.render.ChartDrawing;
import org.w3c.dom.Element;
import org.xhtmlrenderer.extend.ReplacedElement;
import org.xhtmlrenderer.extend.ReplacedElementFactory;
import org.xhtmlrenderer.extend.UserAgentCallback;
import org.xhtmlrenderer.layout.LayoutContext;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextReplacedElement;
import org.xhtmlrenderer.render.BlockBox;
import org.xhtmlrenderer.render.RenderingContext;
import org.xhtmlrenderer.simple.extend.FormSubmissionListener;

/**
 * Puts each chart of a briefing into the PDF as vectors, drawn by JFreeChart through OpenPDF's
 * {@code PdfGraphics2D}, where the template has its {@code <img>}: sharp at any zoom and in print, and a
 * fraction of the image's size. A chart's text is real text in the shipped fonts ({@link ChartFonts}), so it can
 * be searched and copied. Any other replaced element goes to Flying Saucer's factory. One per render.
 */
final class VectorCharts implements ReplacedElementFactory {

    /** A chart to draw, by the {@code src} its {@code <img>} carries, with the size of its PNG. */
    record Chart(ChartDrawing drawing, int widthPx, int heightPx) {}

    private final ReplacedElementFactory images;
    private final Map<String, Chart> bySrc;
    private final int dotsPerPixel;
    private final ChartFonts fonts;

    VectorCharts(ReplacedElementFactory images, Map<String, Chart> bySrc, int dotsPerPixel, ChartFonts fonts) {
        this.images = images;
        this.bySrc = Map.copyOf(bySrc);
        this.dotsPerPixel = dotsPerPixel;
        this.fonts = fonts;
    }

    @Override
    public ReplacedElement createReplacedElement(
            LayoutContext context, BlockBox box, UserAgentCallback agent, int cssWidth, int cssHeight) {
        Element element = box.getElement();
        Chart chart =
                element != null && "img".equals(element.getNodeName()) ? bySrc.get(element.getAttribute("src")) : null;
        if (chart == null) {
            return images.createReplacedElement(context, box, agent, cssWidth, cssHeight);
        }
        // sized as the PNG would be: the CSS box, keeping the chart's proportions where only one side is set
        double aspect = (double) chart.heightPx() / chart.widthPx();
        int width = cssWidth > 0
                ? cssWidth
                : cssHeight > 0 ? (int) Math.round(cssHeight / aspect) : chart.widthPx() * dotsPerPixel;
        int height = cssHeight > 0 ? cssHeight : (int) Math.round(width * aspect);
        return new ChartElement(chart.drawing(), width, height, fonts);
    }

    @Override
    public void reset() {
        images.reset();
    }

    @Override
    public void remove(Element element) {
        images.remove(element);
    }

    @Override
    public void setFormSubmissionListener(FormSubmissionListener listener) {
        images.setFormSubmissionListener(listener);
    }

    /** One chart on a page: a PDF form XObject holding the drawing, placed over the element's box. */
    private static final class ChartElement implements ITextReplacedElement {

        private final ChartDrawing drawing;
        private final int width;
        private final int height;
        private final ChartFonts fonts;
        private Point location = new Point(0, 0);

        ChartElement(ChartDrawing drawing, int width, int height, ChartFonts fonts) {
            this.drawing = drawing;
            this.width = width;
            this.height = height;
            this.fonts = fonts;
        }

        @Override
        public void paint(RenderingContext context, ITextOutputDevice device, BlockBox box) {
            Rectangle bounds = box.getContentAreaEdge(box.getAbsX(), box.getAbsY(), context);
            float points = device.getDotsPerPoint();
            float w = bounds.width / points;
            float h = bounds.height / points;
            if (w <= 0 || h <= 0) {
                return;
            }
            PdfContentByte page = device.getCurrentPage();
            PdfTemplate template = page.createTemplate(w, h);
            Graphics2D g2 = template.createGraphics(w, h, fonts);
            try {
                g2.scale(w / drawing.width(), h / drawing.height());
                drawing.draw(g2);
            } finally {
                g2.dispose();
            }
            // as Flying Saucer places an image: its box in dots, through the device's transform, onto a page
            // whose y axis points up
            AffineTransform place = new AffineTransform(
                    1, 0, 0, -1, 0, device.getWriter().getPageSize().getHeight());
            place.concatenate(device.getTransform());
            place.translate(bounds.x, bounds.y + bounds.height);
            place.scale(bounds.width / w, -bounds.height / h);
            double[] m = new double[6];
            place.getMatrix(m);
            page.addTemplate(template, m[0], m[1], m[2], m[3], m[4], m[5]);
        }

        @Override
        public int getIntrinsicWidth() {
            return width;
        }

        @Override
        public int getIntrinsicHeight() {
            return height;
        }

        @Override
        public Point getLocation() {
            return location;
        }

        @Override
        public void setLocation(int x, int y) {
            location = new Point(x, y);
        }

        @Override
        public void detach(LayoutContext context) {}

        @Override
        public boolean isRequiresInteractivePaint() {
            return false;
        }

        @Override
        public boolean hasBaseline() {
            return false;
        }

        @Override
        public int getBaseline() {
            return 0;
        }
    }
}
