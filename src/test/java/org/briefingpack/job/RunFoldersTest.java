package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.briefingpack.run.DocumentFolders;
import org.briefingpack.run.RunIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Document folder names from hostile ids stay one plain name inside the run folder. */
class RunFoldersTest {

    private static final Path RUN_DIR = Path.of("/srv/briefings/2026-11-25T06-00-00Z");

    static Stream<Arguments> hostileIds() {
        return Stream.of(
                Arguments.of("../../etc/x.txt", "etc-x.txt"),
                Arguments.of("..", "document"),
                Arguments.of(".", "document"),
                Arguments.of(".hidden", "hidden"),
                Arguments.of("a/b", "a-b"),
                Arguments.of("a/../../b", "a-----b"),
                Arguments.of("C:\\x", "C-x"),
                Arguments.of("\\\\server\\share\\x", "server-share-x"),
                Arguments.of("~/x", "x"),
                Arguments.of("x.", "x"),
                Arguments.of("x...", "x-"),
                Arguments.of("%2e%2e%2fetc", "2e-2e-2fetc"),
                Arguments.of("a\u0000b", "a-b"),
                Arguments.of("\u202eexe.txt", "exe.txt"),
                Arguments.of("a b ü", "a-b-ü"),
                Arguments.of("🚀🚀", "document"),
                Arguments.of("", "document"),
                Arguments.of(null, "document"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("hostileIds")
    void documentFolder_whenIdIsHostile_givesOnePlainNameInsideTheRunFolder(String id, String expected) {
        String folder = DocumentFolders.of(id);

        assertThat(folder).isEqualTo(expected);
        assertInsideRunFolder(folder);
    }

    @ParameterizedTest(name = "{0} x 300")
    @ValueSource(strings = {"a", "é", "会", "x🚀", "a/"})
    void documentFolder_whenIdIsLong_staysWithin120BytesWithoutBreakingACharacter(String unit) {
        String folder = DocumentFolders.of(unit.repeat(300));

        assertThat(folder.getBytes(StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(120)
                .isGreaterThan(100);
        assertThat(new String(folder.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .isEqualTo(folder);
        assertInsideRunFolder(folder);
    }

    @Test
    void assignFolders_whenNamesAreHostileOrClash_givesUniqueSafeFoldersAndLedgerKeys() {
        List<InputFile> files = InputFolderReader.assignFolders(
                Stream.of("x..txt", "x.md", "x.txt", "a b ü.md", "a-b-ü.txt", "会議".repeat(40) + ".txt", "-rf.txt")
                        .map(name -> Path.of("/in", name))
                        .toList());

        assertThat(files)
                .extracting(InputFile::folder)
                .doesNotHaveDuplicates()
                .containsExactly("x", "x-md", "x-txt", "a-b-ü", "a-b-ü-txt", "会議".repeat(20), "rf");
        for (InputFile file : files) {
            assertInsideRunFolder(file.folder());
            // the ledger writes "<run>/.state/extract-<key>.json" through a ".<name>.<random>.part" sibling
            String ledgerTemp = ".extract-" + file.key() + ".json." + Long.MAX_VALUE + ".part";
            assertThat(ledgerTemp.getBytes(StandardCharsets.UTF_8).length)
                    .as(file.key())
                    .isLessThan(255);
            assertThat(file.key()).doesNotContain("/", "\\", "..").doesNotStartWith(".");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../x",
                "..",
                "a/b",
                "-rf",
                ".hidden",
                "x..y",
                "C:\\x",
                "",
                "latest",
                "LATEST",
                "run-1",
                "2026-11-25T06-00-00z",
                "2026-13-25T06-00-00Z",
                "2026-11-25T06-00-00Z/..",
                " 2026-11-25T06-00-00Z"
            })
    void checkRunId_whenIdIsNotInTheRunIdFormat_refusesIt(String runId) {
        assertThatThrownBy(() -> RunIds.check(runId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a run id");
    }

    @Test
    void checkRunId_whenIdIsARunId_acceptsIt() {
        assertThat(RunIds.check("2026-11-25T06-00-00Z")).isEqualTo("2026-11-25T06-00-00Z");
    }

    private static void assertInsideRunFolder(String folder) {
        assertThat(folder)
                .isNotEmpty()
                .doesNotContain("/", "\\", ":", "..")
                .doesNotStartWith(".")
                .doesNotEndWith(".");
        Path resolved = RUN_DIR.resolve(folder).normalize();
        assertThat(resolved.getParent()).isEqualTo(RUN_DIR);
        assertThat(resolved.getFileName().toString()).isEqualTo(folder);
    }
}
