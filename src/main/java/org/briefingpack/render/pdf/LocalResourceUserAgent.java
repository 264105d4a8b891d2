package org.briefingpack.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLConnection;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * Flying Saucer's resource loader, restricted to local files and the shipped template. A relative reference
 * ("briefing.css", "fonts/X.ttf") is looked up in the template folders first, then against the document
 * folder (charts). Anything else (http, ftp, data...) is refused: a template or a fact must never make the
 * renderer reach the network. Links in the document are only resolved to absolute form for the PDF's link
 * annotations, never opened. One instance per render.
 */
final class LocalResourceUserAgent extends ITextUserAgent {

    private static final Logger log = LoggerFactory.getLogger(LocalResourceUserAgent.class);

    private final TemplateSource templates;

    LocalResourceUserAgent(ITextOutputDevice outputDevice, int dotsPerPixel, TemplateSource templates) {
        super(outputDevice, dotsPerPixel);
        this.templates = templates;
    }

    @Override
    public String resolveURI(String uri) {
        if (uri != null && !uri.isBlank() && !hasScheme(uri) && !uri.startsWith("#")) {
            var fromTemplate = templates.find(stripQueryAndFragment(uri));
            if (fromTemplate.isPresent()) {
                return fromTemplate.get().toExternalForm();
            }
        }
        return super.resolveURI(uri);
    }

    @Override
    protected InputStream openStream(String uri) throws IOException {
        refuseUnlessLocal(uri);
        return super.openStream(uri);
    }

    @Override
    protected URLConnection openConnection(String uri) throws IOException {
        refuseUnlessLocal(uri);
        return super.openConnection(uri);
    }

    /**
     * True for file: URLs and for classpath resources (the shipped template, Flying Saucer's own default
     * stylesheet): jar: URLs whose archive is itself a local file (file:, or Spring Boot's nested:).
     * A jar: URL around an http: archive is refused like http: itself.
     */
    static boolean isLocal(String uri) {
        if (uri == null) {
            return false;
        }
        String scheme = schemeOf(uri);
        if ("file".equals(scheme)) {
            return true;
        }
        if ("nested".equals(scheme)) {
            return true;
        }
        if ("jar".equals(scheme)) {
            String inner = uri.strip().substring("jar:".length());
            int bang = inner.indexOf("!/");
            return isLocal(bang >= 0 ? inner.substring(0, bang) : inner);
        }
        return false;
    }

    private void refuseUnlessLocal(String uri) throws IOException {
        if (!isLocal(uri)) {
            log.warn("PDF briefing: refused to load {} (only local files and the template are read)", uri);
            throw new IOException("Refused non-local resource: " + uri);
        }
    }

    private static boolean hasScheme(String uri) {
        return schemeOf(uri) != null;
    }

    private static String schemeOf(String uri) {
        try {
            String scheme = new URI(uri.strip()).getScheme();
            return scheme == null ? null : scheme.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            int colon = uri.indexOf(':');
            return colon > 1 ? uri.substring(0, colon).toLowerCase(Locale.ROOT) : null;
        }
    }

    private static String stripQueryAndFragment(String uri) {
        int cut = uri.length();
        for (char c : new char[] {'?', '#'}) {
            int at = uri.indexOf(c);
            if (at >= 0 && at < cut) {
                cut = at;
            }
        }
        return uri.substring(0, cut);
    }
}
