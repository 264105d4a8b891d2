package org.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentReaderTest {

    @TempDir
    Path dir;

    private final DocumentReader reader = new DocumentReader();

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static Stream<Arguments> encodings() {
        String text = "Café summit – “quoted” €40bn";
        return Stream.of(
                Arguments.of("plain UTF-8", text.getBytes(StandardCharsets.UTF_8), text, "UTF-8", false),
                Arguments.of(
                        "UTF-8 with BOM",
                        concat(bytes(0xEF, 0xBB, 0xBF), text.getBytes(StandardCharsets.UTF_8)),
                        text,
                        "UTF-8",
                        false),
                Arguments.of(
                        "UTF-16LE with BOM",
                        concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE)),
                        text,
                        "UTF-16LE",
                        false),
                Arguments.of(
                        "UTF-16BE with BOM",
                        concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE)),
                        text,
                        "UTF-16BE",
                        false),
                Arguments.of(
                        "UTF-16LE without BOM",
                        "The summit met in Paris.".getBytes(StandardCharsets.UTF_16LE),
                        "The summit met in Paris.",
                        "UTF-16LE",
                        true),
                Arguments.of(
                        "UTF-16BE without BOM",
                        "The summit met in Paris.".getBytes(StandardCharsets.UTF_16BE),
                        "The summit met in Paris.",
                        "UTF-16BE",
                        true),
                Arguments.of(
                        "Windows-1252 quotes, euro and accents",
                        bytes(0x93, 'C', 'a', 'f', 0xE9, 0x94, ' ', 0x80, '5', ' ', 0x96, ' ', 'x'),
                        "“Café” €5 – x",
                        "windows-1252",
                        true),
                Arguments.of(
                        "Latin-1 bytes read as Windows-1252",
                        bytes('M', 0xFC, 'n', 'c', 'h', 'e', 'n'),
                        "München",
                        "windows-1252",
                        true),
                Arguments.of(
                        "mostly UTF-8 with one stray byte falls back without crashing",
                        concat("Café ".getBytes(StandardCharsets.UTF_8), bytes(0xFF, 'x')),
                        "CafÃ© ÿx",
                        "windows-1252",
                        true),
                Arguments.of(
                        "UTF-8 cut in the middle of a character",
                        concat("ab".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x82)),
                        "abâ‚",
                        "windows-1252",
                        true),
                Arguments.of(
                        "UTF-8 BOM with a bad byte keeps UTF-8 and replaces the byte",
                        concat(bytes(0xEF, 0xBB, 0xBF, 'o', 'k', ' '), bytes(0xC3, 0x28)),
                        "ok \uFFFD(",
                        "UTF-8",
                        true),
                Arguments.of(
                        "odd-length UTF-16 keeps the text and replaces the stray byte",
                        concat(concat(bytes(0xFF, 0xFE), "Hi".getBytes(StandardCharsets.UTF_16LE)), bytes('!')),
                        "Hi\uFFFD",
                        "UTF-16LE",
                        true),
                Arguments.of(
                        "Windows-1252 bytes with no mapping do not crash",
                        bytes('a', 0x81, 'b'),
                        "a\uFFFDb",
                        "windows-1252",
                        true),
                Arguments.of(
                        "UTF-32LE with BOM",
                        concat(bytes(0xFF, 0xFE, 0x00, 0x00), text.getBytes(Charset.forName("UTF-32LE"))),
                        text,
                        "UTF-32LE",
                        false),
                Arguments.of(
                        "UTF-32BE with BOM",
                        concat(bytes(0x00, 0x00, 0xFE, 0xFF), text.getBytes(Charset.forName("UTF-32BE"))),
                        text,
                        "UTF-32BE",
                        false),
                Arguments.of(
                        "pure ASCII",
                        "No. 10 Downing Street".getBytes(StandardCharsets.US_ASCII),
                        "No. 10 Downing Street",
                        "UTF-8",
                        false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("encodings")
    void read_decodesEveryEncodingItSupports(
            String description, byte[] raw, String expected, String encoding, boolean warned) throws IOException {
        SourceDocument doc = reader.read(write("doc.txt", raw));
        assertThat(doc.text()).isEqualTo(expected);
        assertThat(doc.encoding()).isEqualTo(encoding);
        assertThat(doc.warnings().isEmpty()).isEqualTo(!warned);
        assertThat(doc.format()).isEqualTo(DocumentFormat.TEXT);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            89504E470D0A1A0A0000000D | PNG image
            504B030414000600         | ZIP archive
            504B0506000000000000     | ZIP archive
            FFD8FFE000104A464946     | JPEG image
            474946383961010001       | GIF image
            474946383761010001       | GIF image
            1F8B0800000000000003     | gzip archive
            48656C6C6F00576F726C6400 | NUL bytes
            0102030405060708090A0B0C0E0F1011121314 | control characters
            """)
    void read_refusesBinaryContentByName(String hex, String kind) throws IOException {
        Path file = write("x.txt", HexFormat.of().parseHex(hex));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("x.txt: binary content (" + kind + "), not text");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            paris.txt  | ''                                  | paris.txt: file is empty
            blank.txt  | '   \t  '                           | blank.txt: no text (the file holds only white space)
            blank.md   | '\n\n\n'                            | blank.md: no text (the file holds only white space)
            script.html| <script>var x = 1;</script>         | script.html: no readable text once the HTML markup is removed
            image.md   | '![logo](logo.png)'                 | image.md: no readable text once the Markdown markup is removed
            report.docx| 'text'                              | report.docx: not a Word document: a .docx file is a ZIP package, and this file is not one
            noext      | 'text'                              | noext: unsupported file type (expected .txt, .md, .html, .htm, .pdf or .docx)
            """)
    void read_refusesFilesWithoutTextInPlainWords(String name, String content, String message) throws IOException {
        Path file =
                write(name, content.replace("\\t", "\t").replace("\\n", "\n").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(message);
    }

    @Test
    void read_whenTheFileVanished_saysSo() {
        assertThatThrownBy(() -> reader.read(dir.resolve("a.txt")))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("a.txt: vanished before it could be read")
                .satisfies(e ->
                        assertThat(((UnreadableDocumentException) e).fileName()).isEqualTo("a.txt"));
    }

    @Test
    void read_whenGivenADirectory_saysItIsNoFile() throws IOException {
        Files.createDirectory(dir.resolve("folder.txt"));
        assertThatThrownBy(() -> reader.read(dir.resolve("folder.txt")))
                .hasMessage("folder.txt: is a directory, not a file");
    }

    @Test
    void read_whenTheFileIsOverTheLimit_refusesItBeforeReading() throws IOException {
        Path file = write("big.txt", "0123456789".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> new DocumentReader(5).read(file))
                .hasMessage("big.txt: too large (10 bytes; the limit is 5)");
    }

    @Test
    void read_whenTheFileSystemReportsSizeZero_enforcesTheLimitWhileReading() throws IOException {
        // /proc files report size 0 whatever they hold: the limit must apply to the bytes read
        Path status = Path.of("/proc/self/status");
        assumeTrue(Files.isReadable(status), "needs Linux /proc");
        assertThat(Files.size(status)).isZero();
        Path link = Files.createSymbolicLink(dir.resolve("status.txt"), status);
        assertThatThrownBy(() -> new DocumentReader(64).read(link))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("status.txt: too large (more than 64 bytes read; the limit is 64)");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang only
    void read_whenGivenAFifo_refusesItWithoutBlocking() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        assertThatThrownBy(() -> reader.read(fifo))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("pipe.txt: not a regular file (a FIFO, socket or device)");
    }

    static Stream<Arguments> xmlForbidden() {
        String dirty = "Oslo\u001b[31m Forum\u0001 pledged\uFFFE $10\uFFFF million to peace.";
        return Stream.of(
                Arguments.of("ESC, U+0001, U+FFFE, U+FFFF in UTF-8", dirty.getBytes(StandardCharsets.UTF_8)),
                Arguments.of(
                        "the same and a NUL in UTF-16LE with a BOM",
                        concat(
                                bytes(0xFF, 0xFE),
                                dirty.replace("to ", "to\u0000 ").getBytes(StandardCharsets.UTF_16LE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("xmlForbidden")
    void read_removesWhatXmlForbidsAndSaysSo(String description, byte[] raw) throws IOException {
        SourceDocument doc = reader.read(write("dirty.txt", raw));
        assertThat(doc.text()).isEqualTo("Oslo[31m Forum pledged $10 million to peace.");
        assertThat(doc.warnings()).anySatisfy(w -> assertThat(w).contains("character(s) that XML does not allow"));
    }

    @Test
    void xmlSafe_removesUnpairedSurrogatesAndKeepsPairs() {
        assertThat(TextNormalizer.xmlSafe("a\uD800b\uDC00c\uD83D\uDE80d"))
                .isEqualTo(new TextNormalizer.XmlSafe("abc\uD83D\uDE80d", 2));
        assertThat(TextNormalizer.xmlSafe("plain\ttext\n")).isEqualTo(new TextNormalizer.XmlSafe("plain\ttext\n", 0));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Windows line breaks        | 'a\r\nb\r\n\r\nc'              | 'a\nb\n\nc'
            old Mac line breaks        | 'a\rb'                         | 'a\nb'
            non-breaking spaces        | 'US$\u00a0300\u00a0billion'    | 'US$ 300 billion'
            narrow no-break space      | '10\u202f000'                  | '10 000'
            tabs and runs of spaces    | 'a\t\t b    c'                 | 'a b c'
            trailing and leading space | '  a  \n  b  '                 | 'a\nb'
            many blank lines           | 'a\n\n\n\n\nb'                 | 'a\n\nb'
            blank lines of spaces      | 'a\n   \n \t \nb'              | 'a\n\nb'
            leading blank lines        | '\n\n\na'                      | 'a'
            line separator             | 'a\u2028b'                     | 'a\nb'
            typographic quotes stay    | '“Yes” – ‘no’ — fine…'         | '“Yes” – ‘no’ — fine…'
            soft hyphen stays          | 'inter\u00adnational'          | 'inter\u00adnational'
            """)
    void read_normalisesWhiteSpaceButNoOtherCharacter(String description, String raw, String expected)
            throws IOException {
        SourceDocument doc = reader.read(write("n.txt", unescape(raw).getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.text()).isEqualTo(unescape(expected));
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    default -> b.append('\\').append(n);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Test
    void read_givesIdShaAndFileName() throws IOException {
        SourceDocument doc = reader.read(write("paris.summit-2025.txt", "abc".getBytes(StandardCharsets.US_ASCII)));
        assertThat(doc.id()).isEqualTo("paris.summit-2025");
        assertThat(doc.fileName()).isEqualTo("paris.summit-2025.txt");
        assertThat(doc.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void read_hashesTheRawBytesNotTheText() throws IOException {
        byte[] withBom = concat(bytes(0xEF, 0xBB, 0xBF), "abc".getBytes(StandardCharsets.US_ASCII));
        SourceDocument doc = reader.read(write("bom.txt", withBom));
        assertThat(doc.text()).isEqualTo("abc");
        assertThat(doc.sha256())
                .isNotEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
                .hasSize(64);
    }

    @Test
    void read_takesHtmlCharsetDeclarationWhenTheBytesAreNotUtf8() throws IOException {
        byte[] html = concat(
                "<html><head><meta charset=\"ISO-8859-15\"></head><body><p>".getBytes(StandardCharsets.US_ASCII),
                concat(
                        bytes(0xA4, '5', ' ', 'f', 0xE9, 't', 'e'),
                        "</p></body></html>".getBytes(StandardCharsets.US_ASCII)));
        SourceDocument doc = reader.read(write("page.html", html));
        assertThat(doc.text()).isEqualTo("€5 féte");
        assertThat(doc.encoding()).isEqualTo("ISO-8859-15");
        assertThat(doc.warnings()).singleElement().asString().contains("not valid UTF-8");
    }

    @Test
    void read_markdownAndHtmlFilesKeepTheirLinksInOrder() throws IOException {
        SourceDocument md = reader.read(write(
                "a.md",
                "See [one](https://a.org/1) and [two](http://b.org/2 \"title\").".getBytes(StandardCharsets.UTF_8)));
        assertThat(md.format()).isEqualTo(DocumentFormat.MARKDOWN);
        assertThat(md.markupLinks()).containsExactly("https://a.org/1", "http://b.org/2");
        SourceDocument html = reader.read(write(
                "a.htm",
                "<p><a href='https://a.org/1?x=1&amp;y=2'>one</a> <a href='/relative'>r</a></p>"
                        .getBytes(StandardCharsets.UTF_8)));
        assertThat(html.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(html.markupLinks()).containsExactly("https://a.org/1?x=1&y=2");
    }

    @Test
    void read_aFiftyMegabyteTextFile() throws IOException {
        String paragraph = "The summit, held on Sept. 9-10, 2023, agreed a $1.5bn fund for the U.S. and others. "
                + "It was hailed as a success.\n\n";
        StringBuilder b = new StringBuilder(52 * 1024 * 1024);
        while (b.length() < 50 * 1024 * 1024) {
            b.append(paragraph);
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        // The default limit (10 MB) skips it; a reader given a higher limit copes with it.
        assertThatThrownBy(() -> reader.read(write("huge.txt", bytes))).hasMessageContaining("huge.txt: too large");
        SourceDocument doc = new DocumentReader(64L * 1024 * 1024).read(dir.resolve("huge.txt"));
        assertThat(doc.text()).startsWith("The summit, held").hasSizeGreaterThan(49 * 1024 * 1024);
    }

    @Test
    void read_aOneMegabyteLineWithoutSpaces() throws IOException {
        String line = "a".repeat(1 << 20);
        assertThat(reader.read(write("line.txt", line.getBytes(StandardCharsets.US_ASCII)))
                        .text())
                .isEqualTo(line);
        assertThat(reader.read(write("line.md", line.getBytes(StandardCharsets.US_ASCII)))
                        .text())
                .isEqualTo(line);
        String brackets = "[(".repeat(1 << 19);
        assertThat(reader.read(write("brackets.md", brackets.getBytes(StandardCharsets.US_ASCII)))
                        .text())
                .isEqualTo(brackets);
    }
}
