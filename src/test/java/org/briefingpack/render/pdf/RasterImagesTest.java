package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RasterImagesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"indexed", "truecolour"})
    void passThrough_whenEmbeddedInAPdf_thenTheImageReadBackHasTheSamePixels(String kind) throws IOException {
        BufferedImage chart = kind.equals("indexed") ? chart() : gradient();
        byte[] png = encodeLikeTheChartRenderer(chart);
        assertThat(png[8 + 8 + 9]).as("PNG colour type").isEqualTo((byte) (kind.equals("indexed") ? 3 : 2));

        Image image = RasterImages.passThrough(png);

        assertThat(image).as("a plain %s PNG is taken as it is", kind).isNotNull();
        BufferedImage back = firstImage(pdfWith(image));
        for (int y = 0; y < chart.getHeight(); y++) {
            for (int x = 0; x < chart.getWidth(); x++) {
                assertThat(back.getRGB(x, y) & 0xffffff)
                        .as("pixel %d,%d", x, y)
                        .isEqualTo(chart.getRGB(x, y) & 0xffffff);
            }
        }
    }

    @Test
    void passThrough_whenThePngHasAlpha_thenDeclines() throws IOException {
        BufferedImage translucent = new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(translucent, "png", out);

        assertThat(RasterImages.passThrough(out.toByteArray())).isNull();
    }

    @Test
    void passThrough_whenNotAPng_thenDeclines() {
        assertThat(RasterImages.passThrough("GIF89a not a png at all, long enough to parse".getBytes()))
                .isNull();
    }

    private static BufferedImage chart() {
        BufferedImage image = new BufferedImage(123, 45, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 123, 45);
        g.setColor(new Color(0x1f3a5f));
        g.fillRect(10, 5, 70, 12);
        g.setColor(new Color(0xd95f02));
        g.drawLine(0, 44, 122, 0);
        g.dispose();
        return image;
    }

    /** More than 256 colours: the encoder keeps it truecolour. */
    private static BufferedImage gradient() {
        BufferedImage image = new BufferedImage(123, 45, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 45; y++) {
            for (int x = 0; x < 123; x++) {
                image.setRGB(x, y, x * 2 << 16 | y * 5 << 8 | (x + y) & 0xff);
            }
        }
        return image;
    }

    /** Through the chart package's encoder (reached via a chart PNG written by the same code path). */
    private static byte[] encodeLikeTheChartRenderer(BufferedImage image) {
        return org.briefingpack.render.chart.PngForTests.encode(image);
    }

    private static byte[] pdfWith(Image image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(new Rectangle(300, 200));
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(image);
        document.close();
        return out.toByteArray();
    }

    private static BufferedImage firstImage(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    return image.getImage();
                }
            }
        }
        throw new AssertionError("no image in the PDF");
    }
}
