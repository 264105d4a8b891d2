package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.briefingpack.model.Facts;
import org.briefingpack.model.FactsJson;
import org.briefingpack.render.RunContents;
import org.briefingpack.run.DocumentStatus;
import org.briefingpack.run.RunLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderedDocumentsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/facts");

    @TempDir
    Path runDir;

    private final FactsJson json = new FactsJson();
    private final List<DocumentRecord> packed = new ArrayList<>();
    private final Map<String, RenderRecord> renders = new HashMap<>();
    private RunRecords records;

    @BeforeEach
    void threePackedDocumentsOneOfWhichFailedToRender() throws IOException {
        document("a.txt", "paris-ai-summit-2025", null);
        document("b.txt", "ai-seoul-summit-2024", "disk full");
        document("c.txt", "cop28-dubai-2023", null);
        records = RunRecords.of(packed, packed, renders);
    }

    private void document(String file, String fixture, String renderError) throws IOException {
        String key = file.replace('.', '_');
        Path folder = Files.createDirectories(runDir.resolve(key));
        Files.copy(FIXTURES.resolve(fixture + ".json"), folder.resolve("facts.json"));
        int outcomes = json.read(folder.resolve("facts.json")).outcomes().size();
        packed.add(new DocumentRecord(
                file,
                key,
                key,
                fixture,
                null,
                DocumentStatus.PACKED,
                null,
                null,
                List.of(),
                Map.of("outcomes", outcomes),
                1,
                null,
                List.of(),
                List.of()));
        renders.put(key, new RenderRecord(key, file, List.of(), List.of(), 1, renderError));
    }

    @Test
    void passes_readEachFactsFileWhenTheyReachIt_andLeaveOutFailedRenders() throws IOException {
        RenderedDocuments documents = RenderedDocuments.of(records, new RunLayout(runDir), json);
        Iterator<RunContents.DocumentPack> pass = documents.iterator();

        assertThat(pass.next().facts().event().name()).isEqualTo("Paris AI Summit");
        // Changed after the pass began but before it got there: what it reads is the file as it is now.
        Files.copy(
                FIXTURES.resolve("ai-seoul-summit-2024.json"),
                runDir.resolve("c_txt/facts.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Facts second = pass.next().facts();
        assertThat(second.document().id()).isEqualTo("ai-seoul-summit-2024");
        assertThat(pass.hasNext()).isFalse();

        assertThat(documents.size()).isEqualTo(2);
        assertThat(documents.iterator().next().facts())
                .as("each pass reads afresh")
                .isNotSameAs(second);
    }

    @Test
    void outcomes_comeFromTheStepRecordsWithoutReadingAFactsFile() throws IOException {
        long expected = json.read(FIXTURES.resolve("paris-ai-summit-2025.json"))
                        .outcomes()
                        .size()
                + json.read(FIXTURES.resolve("cop28-dubai-2023.json"))
                        .outcomes()
                        .size();
        RenderedDocuments documents = RenderedDocuments.of(records, new RunLayout(runDir), json);
        Files.delete(runDir.resolve("a_txt/facts.json"));
        Files.delete(runDir.resolve("c_txt/facts.json"));

        assertThat(documents.outcomes()).isEqualTo(expected);
    }
}
