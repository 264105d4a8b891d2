package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Reuse never serves a stale pack: three runs of the application (child JVMs, as from {@code spring-boot:run}
 * or an IDE, with classes rather than a jar) over the same input. The second reuses every pack; the third runs
 * with an edited copy of a lexicon file ahead on the class path, which the extractor then reads, and rebuilds
 * every pack.
 */
class BriefingPackJobLexiconChangeTest {

    @Test
    void briefingJob_whenALexiconFileChanges_thenTheNextRunRebuildsEveryPack() throws Exception {
        JobTestFolders folders = new JobTestFolders(BriefingPackJobLexiconChangeTest.class);
        folders.addDocument("paris-ai-summit-2025.txt");
        folders.addDocument("ai-seoul-summit-2024.md");
        String repository = "jdbc:h2:file:" + folders.root.resolve("repo") + ";AUTO_SERVER=FALSE";
        Path editedClasses = folders.root.resolve("edited-classes");
        Path lexicon = editedClasses.resolve("lexicon/countries.tsv");
        Files.createDirectories(lexicon.getParent());
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream("lexicon/countries.tsv")) {
            Files.copy(shipped, lexicon);
        }
        Files.writeString(lexicon, "XX\tExampleland\tExample Republic\n", StandardOpenOption.APPEND);

        JsonNode first = run(folders, repository, List.of());
        JsonNode unchanged = run(folders, repository, List.of());
        JsonNode afterEdit = run(folders, repository, List.of(editedClasses));

        assertThat(first.get("summary").get("reused").asInt()).isZero();
        assertThat(unchanged.get("summary").get("reused").asInt())
                .as("nothing changed: every pack reused")
                .isEqualTo(2);
        assertThat(afterEdit.get("fingerprint").asString())
                .isNotEqualTo(unchanged.get("fingerprint").asString());
        assertThat(afterEdit.get("summary").get("reused").asInt())
                .as("a lexicon file changed: every pack rebuilt")
                .isZero();
        assertThat(afterEdit.get("summary").get("packed").asInt()).isEqualTo(2);
    }

    private static JsonNode run(JobTestFolders folders, String repository, List<Path> classPathFirst)
            throws InterruptedException, IOException {
        List<String> arguments = new ArrayList<>(List.of(
                "--input=" + folders.input,
                "--output=" + folders.output,
                "--spring.datasource.url=" + repository,
                "--briefing.links.fetch=false"));
        try (ChildRun child = ChildRun.start(folders.root, arguments, classPathFirst)) {
            assertThat(child.awaitExit(300)).as(child.output()).isEqualTo(ExitCodes.OK);
        }
        String runId = Files.readString(folders.output.resolve("LATEST")).strip();
        return RunOutputs.report(folders.output.resolve(runId));
    }
}
