package org.briefingpack.render.pdf;

import com.lowagie.text.DocumentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefingpack.io.AtomicFiles;
import org.briefingpack.model.Facts;
import org.briefingpack.render.RenderedChart;
import org.briefingpack.run.RunLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;
import org.w3c.dom.Document;
import org.xhtmlrenderer.css.constants.CSSName;
import org.xhtmlrenderer.css.constants.IdentValue;
import org.xhtmlrenderer.css.sheet.FontFaceRule;
import org.xhtmlrenderer.layout.SharedContext;
import org.xhtmlrenderer.pdf.FontDescription;
import org.xhtmlrenderer.pdf.FontFamily;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xml.sax.SAXException;

/**
 * Writes a document's PDF briefing ({@code briefing.pdf}) and its HTML twin ({@code briefing.html}) from its
 * facts, through the editable template ({@code briefing.html}, {@code briefing.css}, {@code fonts/}).
 *
 * <p>Thread-safe: the template engine and settings are shared and immutable; every render builds its own
 * Flying Saucer renderer and resource loader, and borrows a font resolver no other render holds meanwhile.
 * The same facts, charts and {@code generatedAt} give the same bytes. Only local files and the shipped template are ever read.
 */
public final class PdfBriefingRenderer {

    private static final Logger log = LoggerFactory.getLogger(PdfBriefingRenderer.class);

    static final String TEMPLATE = "briefing";
    static final String STYLESHEET = "briefing.css";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\s*\\{[^}]*}\\s*");
    private static final Map<String, String> PAGE_SIZES = Map.of("a4", "A4", "letter", "letter");

    private final PdfSettings settings;
    private final TemplateSource templates;
    private final TemplateEngine engine;
    private final BriefingViewFactory views;
    private final String pageSize;
    private final FontResolverPool fonts = new FontResolverPool();
    private final XhtmlParser parser = new XhtmlParser();

    /**
     * @param settings     page size, classification line, author and language
     * @param templatesDir a folder with the user's own briefing.html / briefing.css / fonts, or null for the
     *                     shipped template; files missing there are taken from the shipped template
     */
    public PdfBriefingRenderer(PdfSettings settings, Path templatesDir) {
        this.settings = Objects.requireNonNull(settings, "settings");
        String size =
                settings.pageSize() == null ? "a4" : settings.pageSize().strip().toLowerCase(Locale.ROOT);
        this.pageSize = PAGE_SIZES.get(size);
        if (pageSize == null) {
            throw new IllegalArgumentException(
                    "briefing.pdf.page-size must be A4 or Letter, not '" + settings.pageSize() + "'");
        }
        this.templates = new TemplateSource(templatesDir);
        this.engine = templateEngine(templates);
        this.views = new BriefingViewFactory(settings, Labels.load(templates));
    }

    private static TemplateEngine templateEngine(TemplateSource templates) {
        TemplateEngine engine = new TemplateEngine();
        int order = 1;
        if (templates.userDir() != null) {
            FileTemplateResolver user = new FileTemplateResolver();
            user.setPrefix(templates.userDir().toString() + "/");
            user.setSuffix(".html");
            user.setTemplateMode(TemplateMode.HTML);
            user.setCharacterEncoding("UTF-8");
            user.setCheckExistence(true);
            // A user editing their template in a long-running (scheduled) process sees the change next run.
            user.setCacheable(false);
            user.setOrder(order++);
            engine.addTemplateResolver(user);
        }
        ClassLoaderTemplateResolver shipped =
                new ClassLoaderTemplateResolver(PdfBriefingRenderer.class.getClassLoader());
        shipped.setPrefix(TemplateSource.CLASSPATH_ROOT);
        shipped.setSuffix(".html");
        shipped.setTemplateMode(TemplateMode.HTML);
        shipped.setCharacterEncoding("UTF-8");
        shipped.setCacheable(true);
        shipped.setOrder(order);
        engine.addTemplateResolver(shipped);
        return engine;
    }

    /**
     * Writes {@code documentDir/briefing.pdf} and {@code documentDir/briefing.html}.
     *
     * @param facts       the document's facts
     * @param charts      charts already drawn for the document (may be empty); shown with their alt text
     * @param documentDir the document's output folder; charts are referenced relative to it
     * @param generatedAt the time printed as the generation date and stored as the PDF's creation date
     */
    public void render(Facts facts, List<RenderedChart> charts, Path documentDir, Instant generatedAt) {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(documentDir, "documentDir");
        Objects.requireNonNull(generatedAt, "generatedAt");
        BriefingView view = views.build(facts, charts == null ? List.of() : charts, documentDir, generatedAt);

        String xhtml = process(view, true);
        byte[] pdf =
                toPdf(xhtml, view, vectorCharts(charts, documentDir), documentDir, generatedAt, documentName(facts));
        String html = process(view, false);

        AtomicFiles.write(documentDir.resolve(RunLayout.PDF), pdf);
        AtomicFiles.write(documentDir.resolve(RunLayout.HTML), html.getBytes(StandardCharsets.UTF_8));
    }

    private String process(BriefingView view, boolean forPdf) {
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("b", view);
        context.setVariable("pdf", forPdf);
        context.setVariable("pageCss", "@page { size: " + pageSize + "; }");
        // The HTML twin carries its stylesheet inline so it reads well as an e-mail or a single intranet file.
        context.setVariable("css", forPdf ? "" : withoutFontFiles(templates.read(STYLESHEET)));
        return engine.process(TEMPLATE, context);
    }

    /**
     * The stylesheet for the HTML twin: its {@code @font-face} rules load font files from the template folder,
     * which is not beside briefing.html (and 2 MB of fonts per document, or in every e-mail, is too much), so they
     * go, and a browser takes the families the rules go on naming from the fonts installed, else its sans-serif.
     */
    static String withoutFontFiles(String css) {
        return FONT_FACE.matcher(css).replaceAll("");
    }

    /** The charts that draw themselves, by the {@code src} of their {@code <img>} in the template. */
    private static Map<String, VectorCharts.Chart> vectorCharts(List<RenderedChart> charts, Path documentDir) {
        Map<String, VectorCharts.Chart> bySrc = new LinkedHashMap<>();
        for (RenderedChart chart : charts == null ? List.<RenderedChart>of() : charts) {
            if (chart != null && chart.drawing() != null && chart.png() != null) {
                bySrc.put(
                        BriefingViewFactory.relativeSrc(documentDir, chart.png()),
                        new VectorCharts.Chart(chart.drawing(), chart.widthPx(), chart.heightPx()));
            }
        }
        return bySrc;
    }

    private byte[] toPdf(
            String xhtml,
            BriefingView view,
            Map<String, VectorCharts.Chart> charts,
            Path documentDir,
            Instant generatedAt,
            String name) {
        Document document = parse(xhtml);
        return fonts.withResolver(
                fontResolver -> toPdf(document, fontResolver, xhtml, view, charts, documentDir, generatedAt, name));
    }

    private byte[] toPdf(
            Document document,
            ReusableFontResolver fontResolver,
            String xhtml,
            BriefingView view,
            Map<String, VectorCharts.Chart> charts,
            Path documentDir,
            Instant generatedAt,
            String name) {
        ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
        LocalResourceUserAgent agent =
                new LocalResourceUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, templates);
        ITextRenderer renderer = new ITextRenderer(
                ITextRenderer.DEFAULT_DOTS_PER_POINT,
                ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
                device,
                agent,
                fontResolver);
        SharedContext shared = renderer.getSharedContext();
        ChartFonts chartFonts = fontResolver.chartFonts(settings.archive());
        shared.setReplacedElementFactory(new VectorCharts(
                shared.getReplacedElementFactory(), charts, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, chartFonts));
        renderer.setDocument(document, documentDir.toAbsolutePath().toUri().toString());

        glyphFallback(renderer).ifPresent(fallback -> {
            Set<String> missing = fallback.apply(document);
            if (!missing.isEmpty()) {
                log.warn(
                        "PDF briefing for {}: no shipped font has a glyph for {}; the PDF shows □ in their place (briefing.html keeps them)",
                        name,
                        String.join(", ", missing));
            }
        });

        renderer.layout();
        ReproducibleOutput reproducible = new ReproducibleOutput(
                xhtml,
                generatedAt,
                view.language(),
                settings.archive(),
                settings.archive() ? facts(documentDir) : null);
        reproducible.seedFonts(renderer);
        reproducible.seedChartFonts(chartFonts);
        renderer.setListener(reproducible);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            renderer.createPDF(out);
        } catch (DocumentException e) {
            throw new IllegalStateException("Cannot write the PDF briefing for " + name + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** The document's {@code facts.json} for an archival PDF to carry, when it is there. */
    private static byte[] facts(Path documentDir) {
        Path facts = documentDir.resolve(RunLayout.FACTS);
        try {
            return Files.isRegularFile(facts) ? Files.readAllBytes(facts) : null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + facts + " to embed it in the archival PDF", e);
        }
    }

    private Document parse(String xhtml) {
        try {
            return parser.parse(xhtml);
        } catch (IOException | SAXException | RuntimeException e) {
            throw new IllegalStateException(
                    "The briefing template does not give well-formed XHTML"
                            + (templates.userDir() == null ? "" : " (template folder " + templates.userDir() + ")")
                            + ": " + e.getMessage(),
                    e);
        }
    }

    /** The template's @font-face families, the first as primary and the rest as fallbacks, in CSS order. */
    private static Optional<GlyphFallback> glyphFallback(ITextRenderer renderer) {
        Map<String, FontFamily> fonts = renderer.getFontResolver().getFonts();
        Map<String, GlyphFallback.Face> faces = new LinkedHashMap<>();
        for (FontFaceRule rule : renderer.getSharedContext().getCss().getFontFaceRules()) {
            String family = unquote(
                    rule.getCalculatedStyle().valueByName(CSSName.FONT_FAMILY).asString());
            if (faces.containsKey(family)) {
                continue;
            }
            FontFamily registered = fonts.get(family);
            FontDescription regular = registered == null ? null : registered.match(400, IdentValue.NORMAL);
            if (regular != null) {
                faces.put(family, new GlyphFallback.Face(family, regular.getFont()));
            }
        }
        if (faces.isEmpty()) {
            return Optional.empty();
        }
        List<GlyphFallback.Face> ordered = new ArrayList<>(faces.values());
        return Optional.of(new GlyphFallback(ordered.get(0), ordered.subList(1, ordered.size())));
    }

    private static String unquote(String family) {
        String s = family.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    private static String documentName(Facts facts) {
        return facts.document() == null
                ? "(unnamed document)"
                : Objects.requireNonNullElse(facts.document().id(), "(unnamed document)");
    }
}
