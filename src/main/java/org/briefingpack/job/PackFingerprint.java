package org.briefingpack.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefingpack.BriefingPackApplication;
import org.briefingpack.config.BriefingProperties;
import org.briefingpack.render.FxRates;
import org.briefingpack.render.pdf.PdfSettings;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What, besides a document's own bytes, decides what its pack looks like: the application (version, and the
 * size and time of the jar it runs from, so a rebuilt snapshot counts as new), every template file (the
 * shipped ones and a user's {@code briefing.templates} folder, by content) and the settings that change
 * output (PDF settings, exchange rates, whether links are checked). Two runs with the same fingerprint
 * render the same bytes from the same facts, so an unchanged document's pack can be reused.
 */
final class PackFingerprint {

    private static final String SHIPPED_TEMPLATES = "classpath*:briefing-templates/**";

    private PackFingerprint() {}

    static String of(BriefingProperties properties) {
        MessageDigest digest = sha256();
        update(digest, "app " + appVersion());
        try {
            for (Resource resource : shippedTemplates()) {
                update(digest, "shipped " + describe(resource));
                try (InputStream in = resource.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            Path userTemplates = properties.templates();
            if (userTemplates != null && Files.isDirectory(userTemplates)) {
                try (Stream<Path> files = Files.walk(userTemplates)) {
                    for (Path file : files.filter(Files::isRegularFile)
                            .sorted(Comparator.comparing(Path::toString))
                            .toList()) {
                        update(
                                digest,
                                "user "
                                        + userTemplates
                                                .relativize(file)
                                                .toString()
                                                .replace('\\', '/'));
                        digest.update(Files.readAllBytes(file));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the briefing templates to fingerprint them", e);
        }
        PdfSettings pdf = properties.pdf();
        update(
                digest,
                "pdf " + pdf.pageSize() + "|" + pdf.classification() + "|" + pdf.author() + "|" + pdf.language() + "|"
                        + pdf.fixedTimestamp());
        FxRates fx = properties.fx();
        Map<String, ?> rates = new TreeMap<>(fx.rates());
        update(digest, "fx " + fx.base() + "|" + fx.rateDate() + "|" + rates);
        update(digest, "links " + properties.links().fetch());
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The run-level fingerprint: {@code fingerprint} plus every input file's name, status and SHA-256 in file
     * order. Equal for two runs over exactly the same documents made the same way.
     */
    static String ofRun(String fingerprint, List<DocumentRecord> extracts) {
        MessageDigest digest = sha256();
        update(digest, fingerprint);
        for (DocumentRecord record : extracts) {
            update(digest, record.file() + "|" + record.status() + "|" + record.sha256());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The jar's version plus its size and modification time; "dev" when running from classes. */
    static String appVersion() {
        String version = BriefingPackApplication.class.getPackage().getImplementationVersion();
        StringBuilder text = new StringBuilder(version == null ? "dev" : version);
        try {
            Path source = new ApplicationHome(BriefingPackApplication.class).getSource() == null
                    ? null
                    : new ApplicationHome(BriefingPackApplication.class)
                            .getSource()
                            .toPath();
            if (source != null && Files.isRegularFile(source)) {
                text.append(' ')
                        .append(Files.size(source))
                        .append(' ')
                        .append(Files.getLastModifiedTime(source).toMillis());
            }
        } catch (IOException | RuntimeException e) {
            text.append(" unknown-build");
        }
        return text.toString();
    }

    private static List<Resource> shippedTemplates() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver(PackFingerprint.class.getClassLoader())
                .getResources(SHIPPED_TEMPLATES);
        return Stream.of(found)
                .filter(Resource::isReadable)
                .sorted(Comparator.comparing(PackFingerprint::describe))
                .toList();
    }

    private static String describe(Resource resource) {
        try {
            String url = resource.getURL().toString();
            int at = url.lastIndexOf("briefing-templates/");
            return at >= 0 ? url.substring(at) : url;
        } catch (IOException e) {
            return String.valueOf(resource.getFilename());
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
