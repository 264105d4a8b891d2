package org.briefingpack.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.briefingpack.model.Facts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Debian's qpdf checks the PDF's structure (xref, streams, fonts); skipped, visibly, where qpdf is absent. */
class QpdfCheckTest {

    @TempDir
    Path out;

    static List<String> fixtureIds() {
        return PdfFixtures.fixtureIds();
    }

    @BeforeAll
    static void needsQpdf() {
        assumeTrue(
                onPath("qpdf"),
                "qpdf is not on PATH: install it (apt-get install qpdf) to run the PDF structure check");
    }

    @ParameterizedTest
    @MethodSource("fixtureIds")
    void qpdfCheck_reportsNoErrorsOrWarnings(String id) throws Exception {
        Facts facts = PdfFixtures.withEvidence(PdfFixtures.facts(id));
        new PdfBriefingRenderer(PdfFixtures.settings(), null).render(facts, List.of(), out, PdfFixtures.GENERATED_AT);

        Process qpdf = new ProcessBuilder(
                        "qpdf", "--check", out.resolve("briefing.pdf").toString())
                .redirectErrorStream(true)
                .start();
        String report = new String(qpdf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(qpdf.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(qpdf.exitValue()).as(report).isZero();
        assertThat(report).contains("No syntax or stream encoding errors found").doesNotContainIgnoringCase("warning");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
