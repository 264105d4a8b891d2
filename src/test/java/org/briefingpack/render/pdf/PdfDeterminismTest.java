package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfDeterminismTest {

    @TempDir
    Path out;

    static List<String> fixtureIds() {
        return PdfFixtures.fixtureIds();
    }

    @ParameterizedTest
    @MethodSource("fixtureIds")
    void render_withTheSameFactsAndTimestamp_writesIdenticalBytes(String id) throws IOException {
        // Two renderer instances, as two runs of the job would have.
        byte[] first = render(new PdfBriefingRenderer(PdfFixtures.settings(), null), id, "a", PdfFixtures.GENERATED_AT);
        byte[] second =
                render(new PdfBriefingRenderer(PdfFixtures.settings(), null), id, "b", PdfFixtures.GENERATED_AT);
        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(out.resolve("a/briefing.html")))
                .isEqualTo(Files.readString(out.resolve("b/briefing.html")));
    }

    @Test
    void render_afterOtherBriefingsOnTheSameRenderer_writesTheBytesOfAFreshRenderer() throws IOException {
        // The renderer keeps its parsed fonts between briefings; nothing of one briefing may reach the next.
        List<String> ids = fixtureIds();
        PdfBriefingRenderer reused = new PdfBriefingRenderer(PdfFixtures.settings(), null);
        for (String id : ids) {
            render(reused, id, "warm-" + id, PdfFixtures.GENERATED_AT);
        }
        for (String id : reversed(ids)) {
            byte[] afterOthers = render(reused, id, "again-" + id, PdfFixtures.GENERATED_AT);
            byte[] fresh = render(
                    new PdfBriefingRenderer(PdfFixtures.settings(), null), id, "fresh-" + id, PdfFixtures.GENERATED_AT);
            assertThat(afterOthers).as(id).isEqualTo(fresh);
        }
    }

    @Test
    void render_withAnotherTimestamp_changesTheDatesAndTheDocumentId() throws IOException {
        PdfBriefingRenderer renderer = new PdfBriefingRenderer(PdfFixtures.settings(), null);
        byte[] first = render(renderer, "paris-ai-summit-2025", "a", PdfFixtures.GENERATED_AT);
        byte[] later = render(renderer, "paris-ai-summit-2025", "b", Instant.parse("2025-03-02T09:30:00Z"));
        assertThat(later).isNotEqualTo(first);
        assertThat(trailerId(later)).isNotEqualTo(trailerId(first));
    }

    private byte[] render(PdfBriefingRenderer renderer, String id, String dir, Instant at) throws IOException {
        renderer.render(PdfFixtures.facts(id), List.of(), out.resolve(dir), at);
        return Files.readAllBytes(out.resolve(dir).resolve("briefing.pdf"));
    }

    private static List<String> reversed(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }

    private static String trailerId(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("/ID");
        return text.substring(at, text.indexOf(']', at) + 1);
    }
}
