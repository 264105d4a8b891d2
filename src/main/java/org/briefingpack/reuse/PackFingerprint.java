package org.briefingpack.reuse;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.briefingpack.io.Sha256;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.ToStringSerializer;

/**
 * What, besides a document's own bytes, decides what its pack looks like, as one SHA-256:
 *
 * <ul>
 *   <li>the build: every class and resource of the application ({@code org/briefingpack/**}), every lexicon
 *       ({@code lexicon/**}) and the shipped templates ({@code briefing-templates/**}) by content, the library
 *       jars by name (so by version), and the Java version. Whether the application runs from the jar, from
 *       {@code ./mvnw spring-boot:run} or an IDE, a change to the extractor, a renderer or a lexicon file
 *       changes the fingerprint;
 *   <li>a user's {@code briefing.templates} folder, by content;
 *   <li>the settings records that shape output ({@code briefing.pdf.*}, {@code briefing.fx.*},
 *       {@code briefing.links.*}), each whole, so a setting added later is covered without a list to keep.
 * </ul>
 *
 * Two runs with the same fingerprint render the same bytes from the same facts, so an unchanged document's
 * pack can be reused.
 */
public final class PackFingerprint {

    /** The classpath folders whose content shapes output. */
    private static final List<String> BUILD_ROOTS = List.of("org/briefingpack/", "lexicon/", "briefing-templates/");

    /**
     * Paths as written, not as URIs: {@code Path.toUri} ends a folder that exists with "/", so a folder a run
     * creates (the link cache) would change the fingerprint between the first run and the next.
     */
    private static final JsonMapper SETTINGS_JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .addModule(new SimpleModule().addSerializer(Path.class, ToStringSerializer.instance))
            .build();

    private PackFingerprint() {}

    /** The fingerprint of the running application with these templates and settings. */
    public static String of(Path userTemplates, List<?> settings) {
        return of(PackFingerprint.class.getClassLoader(), userTemplates, settings);
    }

    /** The same, for the build that {@code classLoader} sees (tests hand it an edited copy). */
    static String of(ClassLoader classLoader, Path userTemplates, List<?> settings) {
        MessageDigest digest = Sha256.digest();
        try {
            update(digest, "java " + Runtime.version().feature());
            for (String library : libraries(classLoader)) {
                update(digest, "library " + library);
            }
            for (BuildFile file : buildFiles(classLoader)) {
                update(digest, "build " + file.name() + " " + file.sha256());
            }
            for (Path file : userTemplates(userTemplates)) {
                update(
                        digest,
                        "user " + userTemplates.relativize(file).toString().replace('\\', '/'));
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the application's files to fingerprint them", e);
        }
        for (Object record : settings) {
            update(digest, record.getClass().getSimpleName() + " " + SETTINGS_JSON.writeValueAsString(record));
        }
        return Sha256.hex(digest);
    }

    /**
     * The run-level fingerprint: {@code fingerprint} plus one line per input document (its file, status and
     * SHA-256) in file order. Equal for two runs over exactly the same documents made the same way.
     */
    public static String ofRun(String fingerprint, List<String> documents) {
        MessageDigest digest = Sha256.digest();
        update(digest, fingerprint);
        documents.forEach(document -> update(digest, document));
        return Sha256.hex(digest);
    }

    private record BuildFile(String name, String sha256) {}

    /** Every file under the build roots, named relative to its root, in name order (then content, for copies). */
    private static List<BuildFile> buildFiles(ClassLoader classLoader) throws IOException {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
        List<BuildFile> files = new ArrayList<>();
        for (String root : BUILD_ROOTS) {
            for (Resource resource : resolver.getResources("classpath*:" + root + "**")) {
                if (!resource.isReadable() || resource.getURL().toString().endsWith("/")) {
                    continue;
                }
                String url = resource.getURL().toString();
                int at = url.lastIndexOf("!/" + root);
                at = at >= 0 ? at + 2 : url.lastIndexOf("/" + root) + 1;
                try (InputStream in = resource.getInputStream()) {
                    files.add(new BuildFile(url.substring(at), Sha256.hex(in.readAllBytes())));
                }
            }
        }
        files.sort(Comparator.comparing(BuildFile::name).thenComparing(BuildFile::sha256));
        return files;
    }

    /** Library jars by file name (artifact and version), sorted. */
    private static List<String> libraries(ClassLoader classLoader) {
        Stream<String> entries = classLoader instanceof URLClassLoader urls
                ? Stream.of(urls.getURLs()).map(url -> url.getPath())
                : Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator));
        return entries.map(entry -> entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry)
                .filter(entry -> entry.endsWith(".jar"))
                .map(entry -> entry.substring(entry.lastIndexOf('/') + 1))
                .sorted()
                .toList();
    }

    private static List<Path> userTemplates(Path folder) throws IOException {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
