package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * An input folder that points elsewhere: links to a file outside it (a secret, {@code /proc/self/status}), a
 * dangling link, a link to a folder, a FIFO and a socket. None of them is read, each is reported SKIPPED with its
 * reason, and nothing of the outside file reaches any output; a link that stays inside the folder is read.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=false",
            "spring.datasource.url=jdbc:h2:mem:input-links-${random.uuid};DB_CLOSE_DELAY=-1"
        })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BriefingPackJobInputLinksTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobInputLinksTest.class);
    private static final String SECRET = "Zanzibar Secret Summit";

    @Autowired
    BriefingPackLauncher launcher;

    private ServerSocketChannel socket;
    private RunResult result;
    private Map<String, JsonNode> byFile;
    private String log;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
    }

    @BeforeAll
    @Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang only
    void runTheJobOverAFolderOfLinks(CapturedOutput output) throws Exception {
        folders.write("good.txt", good("Bern Rail Summit", "Switzerland pledged $9 million to night trains."));
        Path outside = Files.createDirectories(folders.root.resolve("outside"));
        Path secret =
                Files.write(outside.resolve("secret.txt"), good(SECRET, "The Treasury pledged $77 million to nobody."));
        Files.createSymbolicLink(folders.input.resolve("secret.txt"), secret);
        Files.createSymbolicLink(folders.input.resolve("relative-secret.txt"), Path.of("../outside/secret.txt"));
        Files.createSymbolicLink(folders.input.resolve("status.txt"), Path.of("/proc/self/status"));
        Files.createSymbolicLink(folders.input.resolve("dangling.txt"), outside.resolve("missing.txt"));
        Files.createSymbolicLink(folders.input.resolve("folder-link.txt"), outside);
        Path inside = Files.createDirectories(folders.input.resolve("kept"));
        Files.write(inside.resolve("real.md"), good("Oslo Forum", "Norway pledged $10 million to mediation."));
        Files.createSymbolicLink(folders.input.resolve("inside.md"), Path.of("kept/real.md"));
        Files.createSymbolicLink(folders.input.resolve("kept-link.md"), Path.of("kept"));
        Path fifo = folders.input.resolve("pipe.txt");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "needs mkfifo");
        socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        socket.bind(UnixDomainSocketAddress.of(folders.input.resolve("socket.txt")));

        result = launcher.launch(null);
        log = output.getAll();
        byFile = RunOutputs.entriesByFile(RunOutputs.report(result.runDir()));
    }

    private static byte[] good(String event, String outcome) {
        return BriefingPackJobBadInputTest.good(event, outcome).getBytes(StandardCharsets.UTF_8);
    }

    @AfterAll
    void closeTheSocket() throws IOException {
        if (socket != null) {
            socket.close();
        }
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of(
                        "secret.txt",
                        "a link to a file outside the input folder; links are not followed out of it, not read"),
                Arguments.of(
                        "relative-secret.txt",
                        "a link to a file outside the input folder; links are not followed out of it, not read"),
                Arguments.of(
                        "status.txt",
                        "a link to a file outside the input folder; links are not followed out of it, not read"),
                Arguments.of("dangling.txt", "a link whose target does not exist (dangling link); not read"),
                Arguments.of(
                        "folder-link.txt",
                        "a link to a file outside the input folder; links are not followed out of it, not read"),
                Arguments.of("kept-link.md", "a link to a folder; not read"),
                Arguments.of("pipe.txt", "not a regular file (a FIFO, socket or device); not read"),
                Arguments.of("socket.txt", "not a regular file (a FIFO, socket or device); not read"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void inputLinks_whenTheEntryIsNotAFileInsideTheFolder_isSkippedWithItsReason(String file, String reason) {
        JsonNode entry = byFile.get(file);
        assertThat(entry).as(file + " in run-report.json").isNotNull();
        assertThat(entry.get("status").asString()).isEqualTo("SKIPPED");
        assertThat(entry.get("reason").asString()).isEqualTo(reason);
        assertThat(entry.get("outputs")).isEmpty();
        assertThat(log).contains(file + ": skipped: " + reason);
    }

    @Test
    void inputLinks_whenALinkStaysInsideTheFolder_itIsRead() {
        assertThat(byFile.get("inside.md").get("status").asString()).isEqualTo("PACKED");
        assertThat(byFile.get("good.txt").get("status").asString()).isEqualTo("PACKED");
        assertThat(byFile).hasSize(10).doesNotContainKey("kept");
        assertThat(log).contains("input: 1 sub-folder(s) ignored (only the input folder's own files are read): kept");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(result.packed()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(8);
    }

    @Test
    void inputLinks_nothingFromOutsideTheFolderReachesAnyOutput() throws IOException {
        List<String> written = JobTestFolders.filesUnder(result.runDir());
        assertThat(written).isNotEmpty();
        for (String name : written) {
            String text = new String(Files.readAllBytes(result.runDir().resolve(name)), StandardCharsets.ISO_8859_1);
            assertThat(text).as(name).doesNotContain("Zanzibar", "Treasury", "VmRSS", "TracerPid");
        }
        assertThat(log).doesNotContain("Zanzibar", "VmRSS");
    }
}
