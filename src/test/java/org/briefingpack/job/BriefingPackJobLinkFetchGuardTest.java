package org.briefingpack.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.briefingpack.model.Facts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With link checks on (the default) and nothing else configured, a document that names a host on this
 * machine still causes no request: loopback and private addresses are refused unless explicitly
 * allowed, and the refusal is recorded as the link's status.
 */
@SpringBootTest(
        properties = {
            "briefing.runner.enabled=false",
            "briefing.links.fetch=true",
            "spring.datasource.url=jdbc:h2:mem:fetch-guard-${random.uuid};DB_CLOSE_DELAY=-1"
        })
class BriefingPackJobLinkFetchGuardTest {

    private static final JobTestFolders folders = new JobTestFolders(BriefingPackJobLinkFetchGuardTest.class);

    @Autowired
    BriefingPackLauncher launcher;

    @DynamicPropertySource
    static void folders(DynamicPropertyRegistry registry) {
        folders.register(registry);
        registry.add(
                "briefing.links.cache-dir",
                () -> folders.root.resolve("link-cache").toString());
    }

    @Test
    void linkChecksOn_whenADocumentNamesALocalServer_sendItNoRequest() throws IOException {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                    + server.getAddress().getPort();
            folders.write(
                    "local-links.html",
                    ("<html><body><h1>Lima Data Summit 2024</h1><p>The Lima Data Summit took"
                                    + " place on 8 July 2024. Peru pledged $7 million to open data.</p><img src=\""
                                    + base + "/img.png\">"
                                    + "<p>Sources: <a href=\"" + base + "/admin\">" + base + "/admin</a> and " + base
                                    + "/status</p>"
                                    + "</body></html>")
                            .getBytes(StandardCharsets.UTF_8));

            RunResult result = launcher.launch(null);

            assertThat(result.exitCode()).as(String.valueOf(result.message())).isEqualTo(ExitCodes.OK);
            Facts facts = RunOutputs.facts(result.runDir().resolve("local-links"));
            assertThat(facts.links())
                    .as("the links are listed, with why they were not fetched")
                    .isNotEmpty()
                    .allSatisfy(link -> assertThat(link.status()).isEqualTo("refused: loopback address"));
            assertThat(requests).isEmpty();
        } finally {
            server.stop(0);
        }
    }
}
