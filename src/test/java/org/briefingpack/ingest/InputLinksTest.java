package org.briefingpack.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputLinksTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void read_whenAnInternetShortcut_thenItsUrlLineInItsSection() throws IOException {
        Path file = write(
                "forum.url",
                "\uFEFF[DEFAULT]\r\nBASEURL=https://elsewhere.example/\r\n[InternetShortcut]\r\n"
                        + "IDList=\r\nURL=https://forum.example/news/day-one\r\nIconIndex=0\r\n");

        assertThat(InputLinks.read(file))
                .containsExactly(new InputLinks.Entry(5, "https://forum.example/news/day-one", null));
    }

    @Test
    void read_whenAShortcutHasNoUrlLine_thenRefusedWithTheReason() throws IOException {
        Path file = write("empty.url", "[InternetShortcut]\nIconIndex=0\n");

        assertThatThrownBy(() -> InputLinks.read(file))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("empty.url: not an Internet Shortcut: no URL= line in an [InternetShortcut] section");
    }

    @Test
    void read_whenAList_thenEachAddressOnceCommentsAndBlankLinesIgnored() throws IOException {
        Path file = write(
                "reading.links",
                "# for the water desk\n\nhttps://a.example/one\n  http://b.example/two  \r\n"
                        + "mailto:desk@example.org\nhttps://a.example/one\n# end\n");

        List<InputLinks.Entry> entries = InputLinks.read(file);

        assertThat(entries)
                .containsExactly(
                        new InputLinks.Entry(3, "https://a.example/one", null),
                        new InputLinks.Entry(4, "http://b.example/two", null),
                        new InputLinks.Entry(5, "mailto:desk@example.org", "not an http or https address"));
    }

    @Test
    void read_whenAListNamesNothing_thenRefused() throws IOException {
        Path file = write("none.links", "# nothing yet\n\n");

        assertThatThrownBy(() -> InputLinks.read(file))
                .hasMessage("none.links: names no address (one http or https URL a line)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            nullValues = "OK",
            value = {
                "https://summit.example/outcomes?lang=en | OK",
                "HTTP://SUMMIT.EXAMPLE/                 | OK",
                "ftp://files.example/report.pdf         | not an http or https address",
                "file:///etc/passwd                     | not an http or https address",
                "summit.example/outcomes                | not an http or https address",
                "https:///no-host                       | no host name",
                "https://bad host.example/              | not a valid URL (Illegal character in authority)"
            })
    void problem_judgesOnlyTheFormOfTheAddress(String url, String problem) {
        assertThat(InputLinks.problem(url)).isEqualTo(problem);
    }

    @Test
    void isLinkFile_byExtensionWhateverTheCase() {
        assertThat(InputLinks.isLinkFile("Forum.URL")).isTrue();
        assertThat(InputLinks.isLinkFile("reading.links")).isTrue();
        assertThat(InputLinks.isLinkFile("urls.txt")).isFalse();
    }

    @Test
    void readPage_whenHtml_thenReadLikeAnHtmlInputUnderTheGivenId() {
        byte[] page = "<html><body><nav>Menu</nav><p>The forum met in Oslo on 2 May 2026.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        SourceDocument document = new DocumentReader().readPage(page, "text/html; charset=utf-8", "forum", "f.url");

        assertThat(document.id()).isEqualTo("forum");
        assertThat(document.fileName()).isEqualTo("f.url");
        assertThat(document.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(document.text()).contains("The forum met in Oslo on 2 May 2026.");
    }

    @Test
    void readPage_whenNeitherHtmlNorText_thenRefusedWithTheType() {
        assertThatThrownBy(() -> new DocumentReader().readPage(new byte[] {1, 2}, "image/png", "x", "f.links"))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("not an HTML or text page (image/png)");
    }
}
