package org.briefingpack.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw bytes into text: refuses binary files, honours byte-order marks, tries strict UTF-8
 * and falls back to a declared HTML charset or Windows-1252. Never fails on bad bytes: they
 * become U+FFFD and a warning.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    /** How much of the start is inspected for NUL patterns and control characters. */
    private static final int SNIFF_BYTES = 8192;

    private static final Pattern META_CHARSET =
            Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([a-z0-9_:.-]{1,40})");

    DecodedText decode(byte[] bytes, String fileName, DocumentFormat format) {
        if (bytes.length == 0) {
            throw new UnreadableDocumentException(fileName, "file is empty");
        }
        binaryKind(bytes).ifPresent(kind -> {
            throw new UnreadableDocumentException(fileName, "binary content (" + kind + "), not text");
        });
        List<String> warnings = new ArrayList<>();
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(lenient(bytes, 3, StandardCharsets.UTF_8, warnings), "UTF-8", warnings);
        }
        // UTF-32 before UTF-16: the UTF-32LE mark starts with the UTF-16LE one
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return new DecodedText(lenient(bytes, 4, UTF_32LE, warnings), "UTF-32LE", warnings);
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return new DecodedText(lenient(bytes, 4, UTF_32BE, warnings), "UTF-32BE", warnings);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(lenient(bytes, 2, StandardCharsets.UTF_16LE, warnings), "UTF-16LE", warnings);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(lenient(bytes, 2, StandardCharsets.UTF_16BE, warnings), "UTF-16BE", warnings);
        }
        if (hasNul(bytes)) {
            Charset utf16 = utf16WithoutBom(bytes);
            if (utf16 == null) {
                throw new UnreadableDocumentException(fileName, "binary content (NUL bytes), not text");
            }
            warnings.add("no byte-order mark; read as " + utf16.name() + " (a guess from the NUL byte pattern)");
            return new DecodedText(lenient(bytes, 0, utf16, warnings), utf16.name(), warnings);
        }
        Optional<String> utf8 = strictUtf8(bytes);
        if (utf8.isPresent()) {
            String text = utf8.get();
            if (mostlyControlCharacters(text)) {
                throw new UnreadableDocumentException(fileName, "binary content (control characters), not text");
            }
            return new DecodedText(text, "UTF-8", warnings);
        }
        Charset fallback = WINDOWS_1252;
        if (format == DocumentFormat.HTML) {
            fallback = declaredCharset(bytes).orElse(WINDOWS_1252);
        }
        warnings.add("not valid UTF-8; read as " + fallback.name() + " (a guess)");
        String text = lenient(bytes, 0, fallback, warnings);
        if (mostlyControlCharacters(text)) {
            throw new UnreadableDocumentException(fileName, "binary content (control characters), not text");
        }
        return new DecodedText(text, fallback.name(), warnings);
    }

    /** The kind of a well-known binary file, from its magic number. */
    static Optional<String> binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return Optional.of("PNG image");
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("PDF document");
        }
        if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6) || startsWith(b, 'P', 'K', 7, 8)) {
            return Optional.of("ZIP archive");
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("JPEG image");
        }
        if (startsWith(b, 'G', 'I', 'F', '8', '7', 'a') || startsWith(b, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of("GIF image");
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return Optional.of("gzip archive");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNul(byte[] b) {
        for (byte x : b) {
            if (x == 0) {
                return true;
            }
        }
        return false;
    }

    /** Mostly-Latin UTF-16 puts a NUL in (nearly) every other byte: the odd ones (LE) or the even ones (BE). */
    private static Charset utf16WithoutBom(byte[] b) {
        int limit = Math.min(b.length, SNIFF_BYTES) & ~1;
        if (limit < 2) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < limit; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = limit / 2;
        if (oddNul * 10 >= pairs * 7 && evenNul * 20 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenNul * 10 >= pairs * 7 && oddNul * 20 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static Optional<String> strictUtf8(byte[] b) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(b)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static String lenient(byte[] b, int offset, Charset charset, List<String> warnings) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars;
        try {
            chars = decoder.decode(ByteBuffer.wrap(b, offset, b.length - offset));
        } catch (CharacterCodingException e) {
            // REPLACE never reports; kept for the checked signature
            throw new IllegalStateException(e);
        }
        String text = chars.toString();
        long replaced = text.chars().filter(c -> c == '\uFFFD').count() - countReplacementsInSource(b, offset, charset);
        if (replaced > 0) {
            warnings.add(replaced + " byte sequence(s) not valid " + charset.name() + " were replaced by \uFFFD");
        }
        return text;
    }

    /** U+FFFD written in the file itself is text, not damage: count it only for UTF-8 sources. */
    private static long countReplacementsInSource(byte[] b, int offset, Charset charset) {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return 0;
        }
        long count = 0;
        for (int i = offset; i + 2 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xEF && (b[i + 1] & 0xFF) == 0xBF && (b[i + 2] & 0xFF) == 0xBD) {
                count++;
            }
        }
        return count;
    }

    private static Optional<Charset> declaredCharset(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("utf-8")
                || name.equals("utf8")
                || name.equals("iso-8859-1")
                || name.equals("latin1")
                || name.equals("us-ascii")) {
            // a page that says UTF-8 or Latin-1 but is not valid UTF-8 is almost always Windows-1252
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Text where more than one character in ten (of the start) is a control character is not prose. */
    private static boolean mostlyControlCharacters(String text) {
        int limit = Math.min(text.length(), SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\u000b') {
                controls++;
            }
        }
        return limit > 0 && controls * 10 > limit;
    }
}
