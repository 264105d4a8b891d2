package org.briefingpack.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.briefingpack.links.LinkSettings;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.pdf.PdfSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class PackFingerprintTest {

    private static final PdfSettings PDF = new PdfSettings("A4", "", "briefing-pack", "en", null, false);
    private static final FxRates FX =
            new FxRates("USD", LocalDate.of(2025, 6, 30), Map.of("EUR", new BigDecimal("1.17"), "GBP", BigDecimal.ONE));
    private static final LinkSettings LINKS = links("");

    @TempDir
    Path temp;

    @Test
    void fingerprint_whenNothingChanged_isTheSame() {
        FxRates sameRates = new FxRates(
                "USD", LocalDate.of(2025, 6, 30), Map.of("GBP", BigDecimal.ONE, "EUR", new BigDecimal("1.17")));

        assertThat(PackFingerprint.of(null, List.of(PDF, sameRates, LINKS)))
                .isEqualTo(PackFingerprint.of(null, List.of(PDF, FX, LINKS)));
    }

    @Test
    void fingerprint_whenALexiconFileOnTheClassPathIsEdited_changes() throws IOException {
        Path copy = temp.resolve("classes/lexicon/countries.tsv");
        Files.createDirectories(copy.getParent());
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream("lexicon/countries.tsv")) {
            Files.copy(shipped, copy);
        }
        Files.writeString(copy, "XX\tExampleland\tExample\n", StandardOpenOption.APPEND);

        try (URLClassLoader edited = new URLClassLoader(
                new URL[] {temp.resolve("classes").toUri().toURL()}, getClass().getClassLoader())) {
            assertThat(PackFingerprint.of(edited, null, List.of(PDF, FX, LINKS)))
                    .isNotEqualTo(PackFingerprint.of(getClass().getClassLoader(), null, List.of(PDF, FX, LINKS)));
        }
    }

    @Test
    void fingerprint_whenAnySettingOfARecordChanges_changes() {
        String before = PackFingerprint.of(null, List.of(PDF, FX, LINKS));

        assertThat(PackFingerprint.of(null, List.of(PDF, FX, links("someone/1.0"))))
                .isNotEqualTo(before);
        assertThat(PackFingerprint.of(null, List.of(new PdfSettings("A4", "", "me", "en", null, false), FX, LINKS)))
                .isNotEqualTo(before);
        assertThat(PackFingerprint.of(
                        null,
                        List.of(PDF, new FxRates("USD", FX.rateDate(), Map.of("EUR", new BigDecimal("1.2"))), LINKS)))
                .isNotEqualTo(before);
    }

    @Test
    void fingerprint_whenAFolderASettingNamesIsCreatedByTheRun_isTheSame() throws IOException {
        record WithFolder(Path folder) {}
        Path cache = temp.resolve("link-cache");
        String before = PackFingerprint.of(null, List.of(new WithFolder(cache)));

        Files.createDirectories(cache);

        assertThat(PackFingerprint.of(null, List.of(new WithFolder(cache)))).isEqualTo(before);
    }

    @Test
    void fingerprint_whenAUserTemplateChanges_changes() throws IOException {
        Path templates = Files.createDirectories(temp.resolve("templates"));
        Files.writeString(templates.resolve("briefing.css"), "body { color: black; }");
        String before = PackFingerprint.of(templates, List.of(PDF, FX, LINKS));

        Files.writeString(templates.resolve("briefing.css"), "body { color: navy; }");

        assertThat(PackFingerprint.of(templates, List.of(PDF, FX, LINKS))).isNotEqualTo(before);
    }

    private static LinkSettings links(String userAgent) {
        return new LinkSettings(
                false,
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                5,
                DataSize.ofMegabytes(2),
                4,
                Path.of("data/link-cache"),
                Duration.ofDays(7),
                Duration.ofHours(1),
                false,
                userAgent,
                Duration.ofSeconds(1),
                "");
    }
}
