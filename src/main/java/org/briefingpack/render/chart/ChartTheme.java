package org.briefingpack.render.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.briefingpack.model.Stance;

/**
 * The flat look shared by every chart: the shipped fonts, the Okabe–Ito colours and the stance columns,
 * read from {@code chart-theme.properties}. Immutable once built, so one instance serves all threads.
 */
final class ChartTheme {

    private static final String RESOURCE = "chart-theme.properties";

    private final Font regular;
    private final Font bold;
    private final Font fallback;
    private final Map<String, Color> colours;
    private final List<Stance> stanceOrder;
    private final Map<Stance, String> stanceLabels;
    private final Map<Stance, Color> stanceColours;

    private ChartTheme(Properties p) {
        this.regular = loadFont(required(p, "font.regular"));
        this.bold = loadFont(required(p, "font.bold"));
        this.fallback = loadFont(required(p, "font.fallback"));
        Map<String, Color> c = new HashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("colour.")) {
                c.put(
                        key.substring("colour.".length()),
                        Color.decode(p.getProperty(key).trim()));
            }
        }
        this.colours = Map.copyOf(c);
        List<Stance> order = new ArrayList<>();
        Map<Stance, String> labels = new EnumMap<>(Stance.class);
        Map<Stance, Color> stanceCols = new EnumMap<>(Stance.class);
        for (String name : required(p, "stance.order").split(",")) {
            Stance stance = Stance.valueOf(name.trim().toUpperCase(Locale.ROOT));
            order.add(stance);
            labels.put(stance, required(p, "stance." + stance + ".label"));
            stanceCols.put(stance, Color.decode(required(p, "stance." + stance + ".colour")));
        }
        for (Stance stance : Stance.values()) {
            if (!order.contains(stance)) {
                throw new IllegalStateException("stance.order in " + RESOURCE + " lacks " + stance);
            }
        }
        this.stanceOrder = List.copyOf(order);
        this.stanceLabels = Map.copyOf(labels);
        this.stanceColours = Map.copyOf(stanceCols);
    }

    /**
     * The shipped theme, loaded once per JVM: {@link Font#createFont} copies each font to a temporary file that
     * lives until exit, so loading per renderer would leave more behind with every run of a long-lived process.
     * Immutable, so sharing it is safe.
     */
    static ChartTheme shipped() {
        return Shipped.THEME;
    }

    private static final class Shipped {
        static final ChartTheme THEME = load();
    }

    /** Loads the theme shipped on the classpath. */
    static ChartTheme load() {
        Properties p = new Properties();
        try (InputStream in = ChartTheme.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + RESOURCE);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new ChartTheme(p);
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing " + key + " in " + RESOURCE);
        }
        return value.trim();
    }

    private static Font loadFont(String resource) {
        try (InputStream in = ChartTheme.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font on the classpath: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + resource, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("Not a TrueType font: " + resource, e);
        }
    }

    /** The shipped font at this size; the fallback font where the primary cannot draw {@code text}. */
    Font font(boolean boldWeight, float size, String text) {
        Font primary = boldWeight ? bold : regular;
        if (text != null && primary.canDisplayUpTo(text) != -1 && fallback.canDisplayUpTo(text) == -1) {
            return fallback.deriveFont(boldWeight ? Font.BOLD : Font.PLAIN, size);
        }
        return primary.deriveFont(size);
    }

    /** Picks one font for several strings drawn alike (all tick labels of an axis). */
    Font font(boolean boldWeight, float size, List<String> texts) {
        return font(boldWeight, size, String.join(" ", texts));
    }

    Color colour(String name) {
        Color c = colours.get(name);
        if (c == null) {
            throw new IllegalStateException("Missing colour." + name + " in " + RESOURCE);
        }
        return c;
    }

    List<Stance> stanceOrder() {
        return stanceOrder;
    }

    String stanceLabel(Stance stance) {
        return stanceLabels.get(stance);
    }

    Color stanceColour(Stance stance) {
        return stanceColours.get(stance);
    }
}
