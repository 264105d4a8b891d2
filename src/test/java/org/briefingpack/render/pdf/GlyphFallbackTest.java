package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.briefingpack.model.Actor;
import org.briefingpack.model.Evidence;
import org.briefingpack.model.Facts;
import org.briefingpack.model.Position;
import org.briefingpack.model.Stance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class GlyphFallbackTest {

    @TempDir
    Path out;

    private final Logger logger = (Logger) LoggerFactory.getLogger(PdfBriefingRenderer.class);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    @BeforeEach
    void capture() {
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void release() {
        logger.detachAppender(appender);
    }

    private Facts withPositions(Position... positions) {
        Facts paris = PdfFixtures.facts("paris-ai-summit-2025");
        return new Facts(
                paris.schema(),
                paris.document(),
                paris.event(),
                paris.themes(),
                paris.outcomes(),
                List.of(positions),
                paris.figures(),
                paris.links());
    }

    @Test
    void textTheMainFontLacks_isDrawnWithTheFallbackFont() throws IOException {
        // Arabic and Georgian: not in Liberation Sans, in DejaVu Sans.
        Facts facts = withPositions(
                new Position(new Actor("الإمارات", "AE"), Stance.HOSTED, "ქართული", null, Evidence.of("Hosted.")));
        new PdfBriefingRenderer(PdfFixtures.settings(), null).render(facts, List.of(), out, PdfFixtures.GENERATED_AT);

        try (PDDocument pdf = PdfReading.open(out.resolve("briefing.pdf"))) {
            assertThat(PdfReading.embeddedFontNames(pdf)).anyMatch(name -> name.endsWith("+DejaVuSans"));
            assertThat(PdfReading.text(pdf)).contains("ქართული");
        }
        assertThat(appender.list).noneMatch(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN);
    }

    @Test
    void textNoShippedFontCovers_isNamedInAWarningAndMarkedInThePdf() throws IOException {
        Facts facts = withPositions(
                new Position(new Actor("中国", "CN"), Stance.SUPPORTS, null, null, Evidence.of("China supports it.")));
        new PdfBriefingRenderer(PdfFixtures.settings(), null).render(facts, List.of(), out, PdfFixtures.GENERATED_AT);

        assertThat(appender.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
            assertThat(event.getFormattedMessage()).contains("paris-ai-summit-2025", "U+4E2D 中", "U+56FD 国");
        });
        try (PDDocument pdf = PdfReading.open(out.resolve("briefing.pdf"))) {
            assertThat(PdfReading.text(pdf))
                    .as("a visible mark, not a silent gap")
                    .contains("□□ [");
        }
        assertThat(Files.readString(out.resolve("briefing.html"))).contains("中国");
    }

    @Test
    void latinExtendedEuroAndTypographicQuotes_needNoFallback() throws IOException {
        Facts facts = withPositions(new Position(
                new Actor("Türkiye – Łódź “Ørsted” €", "TR"), Stance.SIGNED, null, null, Evidence.of("Signed.")));
        new PdfBriefingRenderer(PdfFixtures.settings(), null).render(facts, List.of(), out, PdfFixtures.GENERATED_AT);

        try (PDDocument pdf = PdfReading.open(out.resolve("briefing.pdf"))) {
            assertThat(PdfReading.text(pdf)).contains("Türkiye – Łódź “Ørsted” €");
            assertThat(PdfReading.embeddedFontNames(pdf)).noneMatch(name -> name.endsWith("+DejaVuSans"));
        }
        assertThat(appender.list).noneMatch(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN);
    }
}
