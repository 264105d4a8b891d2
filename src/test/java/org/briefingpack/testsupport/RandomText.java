package org.briefingpack.testsupport;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Seeded random inputs for the robustness tests: one instance per test case, built from a seed
 * that {@link #seeds(int)} hands to a {@code @ParameterizedTest}. The same seed always gives the
 * same input ({@link Random} is fully specified), so a failure is replayed by its seed alone.
 *
 * <p>Running a property:
 * <pre>{@code
 * static Stream<Long> seeds() { return RandomText.seeds(500); }
 *
 * @ParameterizedTest(name = "seed {0}")
 * @MethodSource("seeds")
 * void anyText_neverThrows(long seed) {
 *     RandomText random = RandomText.withSeed(seed);
 *     String text = random.unicode(400);
 *     assertThat(recognize(text)).as(random.describe(text)).isNotNull();
 * }
 * }</pre>
 *
 * <p>Replay and exploration, through system properties (Surefire passes {@code -D} on to the tests):
 * <ul>
 * <li>{@code -Drandomtext.seed=N} runs every property with seed N only (with {@code -Dtest=Class#method}
 * to replay the one case a failure message names);</li>
 * <li>{@code -Drandomtext.base=N} draws a different, still reproducible, set of seeds to explore.</li>
 * </ul>
 * Without them the seeds are fixed, so a build never fails on a case nobody can reproduce.
 *
 * <p>Generators bias lengths toward the edges (empty, one, the maximum) because that is where
 * off-by-one errors live; everything else is uniform.
 */
public final class RandomText {

    /** The default base seed; any fixed value will do, it only has to stay put between runs. */
    private static final long DEFAULT_BASE = 20_260_101L;

    /** Characters that trip up text code: line and paragraph breaks, odd spaces, BOM, joiners, controls. */
    private static final String AWKWARD = "\r\n\t\u000B\f\u0000\u0085\u00A0\u1680\u2000\u2007\u200A\u200B\u200D"
            + "\u2028\u2029\u202F\u205F\u3000\uFEFF\uFFFD\uFFFF\u0301\u0345";

    private static final List<String> SCHEMES = List.of("https://", "http://", "HTTPS://", "Http://", "");
    private static final List<String> HOSTS = List.of(
            "a.org",
            "www.un.org",
            "WWW.GOV.UK",
            "en.wikipedia.org",
            "user@Example.org:8080",
            "cop29.az",
            "news.un.org",
            "x.y.z.co.uk",
            "xn--bcher-kva.example",
            "127.0.0.1");
    private static final List<String> PATH_PARTS = List.of(
            "en",
            "x",
            "COP_(UN)",
            "a%20b",
            "summit-of-the-future",
            "G20-Declaration.pdf",
            "view",
            "",
            "~user",
            "a.b",
            "(",
            ")",
            "é",
            "..",
            "index.html");
    private static final List<String> QUERY_PARTS = List.of(
            "utm_source=t",
            "UTM_Medium=s",
            "fbclid=IwAR3",
            "gclid=1",
            "id=3",
            "a=1",
            "print",
            "",
            "form=MG0AV3",
            "format=pdf",
            "ref=section",
            "q=c%26d",
            "_ga=2.1",
            "mc_eid=2");
    private static final List<String> URL_TAILS =
            List.of("", ".", ",", ";", ":", "!", "?", ")", "]", "”", "\"", "'", "…", "–", "*", ").", "?!", ">", "...");
    private static final List<String> URL_WRAPS = List.of("", "(", "[", "“", "\"", "'", "<", "*", "see:", "x", "[x](");
    private static final List<String> TAGS = List.of(
            "p",
            "b",
            "i",
            "a",
            "div",
            "span",
            "ul",
            "li",
            "table",
            "tr",
            "td",
            "h1",
            "script",
            "style",
            "pre",
            "br",
            "html",
            "body",
            "svg",
            "template",
            "textarea",
            "title");
    private static final List<String> ATTRIBUTES = List.of(
            "",
            " href=\"https://a.org/x\"",
            " href='x'",
            " class=x",
            " href=\"javascript:alert(1)\"",
            " title=\"a>b\"",
            " charset=\"utf-8\"",
            " =",
            " a=\"");
    private static final List<String> HTML_TEXT = List.of(
            "text",
            "&amp;",
            "&nbsp;",
            "&#8364;",
            "&#x1F600;",
            "&bogus;",
            "<",
            ">",
            "&",
            "\n",
            " ",
            "é",
            "<!-- c -->",
            "<!--",
            "<![CDATA[x]]>",
            "$400 million");

    private final long seed;
    private final Random random;

    private RandomText(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** A generator whose whole output is determined by {@code seed}. */
    public static RandomText withSeed(long seed) {
        return new RandomText(seed);
    }

    /**
     * {@code count} reproducible seeds for a {@code @MethodSource}, or only the seed given as
     * {@code -Drandomtext.seed} when replaying a failure.
     */
    public static Stream<Long> seeds(int count) {
        String replay = System.getProperty("randomtext.seed");
        if (replay != null && !replay.isBlank()) {
            return Stream.of(Long.parseLong(replay.strip()));
        }
        long base = Long.getLong("randomtext.base", DEFAULT_BASE);
        // One stream from the base, not one Random per index: adjacent java.util.Random seeds give correlated first
        // values.
        return new Random(base).longs(count).boxed();
    }

    public long seed() {
        return seed;
    }

    /**
     * What to put in a failure message: the seed, how to replay it, and the start of the input
     * with invisible characters escaped (inputs can be a megabyte long).
     */
    public String describe(String input) {
        return "seed " + seed + " (replay: -Drandomtext.seed=" + seed + "), input of " + input.length() + " chars: \""
                + escaped(input, 300) + "\"";
    }

    /** As {@link #describe(String)}, for bytes. */
    public String describe(byte[] input) {
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < Math.min(input.length, 120); i++) {
            hex.append(String.format("%02x", input[i] & 0xFF));
        }
        return "seed " + seed + " (replay: -Drandomtext.seed=" + seed + "), " + input.length + " bytes: " + hex
                + (input.length > 120 ? "…" : "");
    }

    /**
     * Runs the code under test so that an exception or a stack overflow it throws fails with
     * {@code description} (from {@link #describe}) in the message: surefire reports a parameterized
     * case by its index, not by its seed, so an unexpected exception would otherwise lose the seed.
     */
    public static <T> T failuresNaming(String description, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(description + " threw " + e, e);
        }
    }

    /** Uniform in {@code [0, bound)}. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** True with the given percentage. */
    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    public <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A length in {@code [0, max]}: 0, 1 and max each one time in twenty, otherwise uniform. */
    public int length(int max) {
        int roll = random.nextInt(20);
        if (roll == 0) {
            return 0;
        }
        if (roll == 1) {
            return Math.min(1, max);
        }
        if (roll == 2) {
            return max;
        }
        return random.nextInt(max + 1);
    }

    /**
     * Any UTF-16 text of at most {@code maxLength} chars: ASCII, Latin-1, any BMP char (unpaired
     * surrogates and noncharacters included, as a broken file can hold them), supplementary code
     * points as surrogate pairs, and awkward whitespace and control characters.
     */
    public String unicode(int maxLength) {
        int length = length(maxLength);
        StringBuilder sb = new StringBuilder(length);
        while (sb.length() < length) {
            int kind = random.nextInt(10);
            if (kind < 3) {
                sb.append((char) (0x20 + random.nextInt(0x5F)));
            } else if (kind == 3) {
                sb.append((char) (0xA0 + random.nextInt(0x60)));
            } else if (kind < 6) {
                sb.append((char) random.nextInt(0x10000));
            } else if (kind == 6 && sb.length() + 2 <= length) {
                sb.appendCodePoint(0x10000 + random.nextInt(0x100000));
            } else if (kind == 7) {
                sb.append((char) random.nextInt(0x20));
            } else {
                sb.append(AWKWARD.charAt(random.nextInt(AWKWARD.length())));
            }
        }
        return sb.toString();
    }

    /** Text of at most {@code maxLength} chars, each drawn from {@code alphabet} (which must be BMP chars). */
    public String from(String alphabet, int maxLength) {
        int length = length(maxLength);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /**
     * Up to {@code maxPieces} pieces drawn from {@code pieces}, each followed by a gap drawn from
     * {@code gaps}: text made of the tokens a recognizer reacts to, so random sequences reach its
     * corner cases (figure-like text when the pieces are numbers, currencies and units).
     */
    public String joined(List<String> pieces, int maxPieces, List<String> gaps) {
        int count = length(maxPieces);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(pick(pieces)).append(pick(gaps));
        }
        return sb.toString();
    }

    /**
     * A web address the way prose writes it: any scheme case (or none, for bare hosts), host with
     * user or port, path with parentheses and encodings, tracking and ordinary parameters, a
     * fragment, then trailing punctuation and an opening wrapper (bracket, quote, markdown).
     */
    public String url() {
        StringBuilder sb =
                new StringBuilder(pick(URL_WRAPS)).append(pick(SCHEMES)).append(pick(HOSTS));
        int segments = random.nextInt(4);
        for (int i = 0; i < segments; i++) {
            sb.append('/').append(pick(PATH_PARTS));
        }
        if (chance(50)) {
            int parameters = 1 + random.nextInt(4);
            for (int i = 0; i < parameters; i++) {
                sb.append(i == 0 ? '?' : '&').append(pick(QUERY_PARTS));
            }
        }
        if (chance(25)) {
            sb.append('#').append(pick(PATH_PARTS));
        }
        return sb.append(pick(URL_TAILS)).toString();
    }

    /** Up to {@code maxUrls} addresses from {@link #url()} between words, spaces and line breaks. */
    public String textWithUrls(int maxUrls) {
        int count = length(maxUrls);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < count; i++) {
            sb.append(pick(List.of("See ", "at ", "", "(", "Official page: ", "\n", "x")))
                    .append(url())
                    .append(pick(List.of(" ", "\n", "", " and ", "\t")));
        }
        return sb.toString();
    }

    /**
     * Random tag soup nested up to {@code maxDepth} levels: known and raw-text elements
     * (script, style, textarea), odd attributes, entities, comments, and tags left unclosed or
     * closed out of order.
     */
    public String tagSoup(int maxDepth) {
        int depth = length(maxDepth);
        StringBuilder sb = new StringBuilder();
        ArrayDeque<String> open = new ArrayDeque<>();
        for (int i = 0; i < depth; i++) {
            String tag = pick(TAGS);
            sb.append('<')
                    .append(chance(10) ? tag.toUpperCase(Locale.ROOT) : tag)
                    .append(pick(ATTRIBUTES))
                    .append('>')
                    .append(pick(HTML_TEXT));
            open.push(tag);
        }
        while (!open.isEmpty()) {
            String tag = open.pop();
            int roll = random.nextInt(10);
            if (roll < 7) {
                sb.append("</").append(tag).append('>');
            } else if (roll == 7) {
                sb.append("</").append(pick(TAGS)).append('>');
            }
            sb.append(pick(HTML_TEXT));
        }
        return sb.toString();
    }

    /**
     * At most {@code maxLength} bytes in one of several shapes, so every branch of a decoder is
     * reached: uniform noise (half the time, as the plain property had it), a byte-order mark
     * followed by noise, UTF-8, UTF-16 or Windows-1252 encodings of random text, ASCII with NUL
     * bytes interleaved, a binary magic number, or an HTML head declaring a charset.
     */
    public byte[] bytes(int maxLength) {
        int shape = random.nextInt(16);
        byte[] body;
        if (shape < 8) {
            body = noise(length(maxLength));
        } else if (shape == 8) {
            body = concat(
                    pick(List.of(
                            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                            new byte[] {(byte) 0xFF, (byte) 0xFE},
                            new byte[] {(byte) 0xFE, (byte) 0xFF})),
                    noise(length(maxLength)));
        } else if (shape == 9) {
            body = unicode(maxLength / 3).getBytes(StandardCharsets.UTF_8);
        } else if (shape == 10) {
            body = unicode(maxLength / 2).getBytes(chance(50) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        } else if (shape == 11) {
            body = unicode(maxLength).getBytes(Charset.forName("windows-1252"));
        } else if (shape == 12) {
            byte[] ascii = from("abc XYZ.\n", maxLength / 2).getBytes(StandardCharsets.US_ASCII);
            body = new byte[ascii.length * 2];
            int offset = chance(50) ? 0 : 1;
            for (int i = 0; i < ascii.length; i++) {
                body[2 * i + offset] = ascii[i];
            }
        } else if (shape == 13) {
            body = concat(
                    pick(List.of(
                            new byte[] {(byte) 0x89, 'P', 'N', 'G'},
                            "%PDF-".getBytes(StandardCharsets.US_ASCII),
                            new byte[] {'P', 'K', 3, 4})),
                    noise(length(maxLength)));
        } else {
            String head = "<html><head><meta charset=\""
                    + pick(List.of("utf-8", "windows-1252", "ISO-8859-1", "shift_jis", "bogus", "utf-16", ""))
                    + "\"></head><body>";
            body = concat(head.getBytes(StandardCharsets.US_ASCII), noise(length(maxLength)));
        }
        return body.length <= maxLength ? body : Arrays.copyOf(body, maxLength);
    }

    /** {@code unit} repeated until the text is at least {@code length} chars long: a line without spaces. */
    public static String repeatedTo(String unit, int length) {
        return unit.repeat(length / unit.length() + 1);
    }

    private byte[] noise(int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String escaped(String s, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && i < max; i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '"') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return s.length() > max ? sb.append("…").toString() : sb.toString();
    }
}
