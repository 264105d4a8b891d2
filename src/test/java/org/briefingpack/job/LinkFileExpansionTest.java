package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link file in the input folder is handed out as one document per address, each with its own folder. */
class LinkFileExpansionTest {

    @TempDir
    Path input;

    private List<InputFile> expand(String... names) {
        List<Path> paths = java.util.Arrays.stream(names).map(input::resolve).toList();
        return InputFolderReader.expandLinkFiles(InputFolderReader.assignFolders(paths));
    }

    @Test
    void expand_whenAListNamesPages_thenOneInputEachWithAFolderFromItsAddress() throws IOException {
        Files.writeString(
                input.resolve("reading.links"),
                "https://www.forum.example/news/day-one\nhttps://forum.example/news/day-one/\nnot-a-url\n",
                StandardCharsets.UTF_8);
        Files.writeString(input.resolve("reading.txt"), "A text file of the same stem.", StandardCharsets.UTF_8);

        List<InputFile> files = expand("reading.links", "reading.txt");

        assertThat(files)
                .extracting(InputFile::folder)
                .containsExactly(
                        "reading-forum.example-news-day-one",
                        "reading-forum.example-news-day-one-2",
                        "reading-not-a-url",
                        // the list file took "reading" first (sorted by name), as between any two files
                        "reading-txt");
        assertThat(files).extracting(InputFile::key).doesNotHaveDuplicates();
        assertThat(files.get(0).url()).isEqualTo("https://www.forum.example/news/day-one");
        assertThat(files.get(0).label()).isEqualTo("reading.links (https://www.forum.example/news/day-one)");
        assertThat(files.get(2).refusal()).isEqualTo("line 3: not an http or https address");
        assertThat(files.get(3).url()).isNull();
    }

    @Test
    void expand_whenAShortcut_thenItsPageKeepsTheFilesFolder() throws IOException {
        Files.writeString(input.resolve("Harbour Forum.url"), "[InternetShortcut]\nURL=https://forum.example/\n");

        List<InputFile> files = expand("Harbour Forum.url");

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.folder()).isEqualTo("Harbour-Forum");
            assertThat(file.url()).isEqualTo("https://forum.example/");
            assertThat(file.refusal()).isNull();
        });
    }

    @Test
    void expand_whenALinkFileCannotBeRead_thenOneRefusedEntryWithTheReason() throws IOException {
        Files.writeString(input.resolve("empty.links"), "# nothing\n");

        assertThat(expand("empty.links")).singleElement().satisfies(file -> {
            assertThat(file.refusal()).isEqualTo("names no address (one http or https URL a line)");
            assertThat(file.url()).isNull();
        });
    }
}
