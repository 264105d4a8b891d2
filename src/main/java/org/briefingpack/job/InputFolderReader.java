package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.briefingpack.ingest.InputLinks;
import org.briefingpack.ingest.UnreadableDocumentException;
import org.briefingpack.io.Sha256;
import org.briefingpack.run.DocumentFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Lists the input folder once (non-hidden entries, sorted by name, so a restart sees the same order) and
 * hands out one {@link InputFile} per entry. Hidden files (.DS_Store, editor swap files) and plain
 * sub-folders are named in one log line and otherwise ignored: reporting them as skipped would flag every
 * run. Unsupported files are handed out too: the processor reports them as skipped with the reason. A link
 * file ({@code .url}, {@code .links}) is handed out as one item per address it names (see
 * {@link #expandLinkFiles(List)}).
 *
 * <p>Links are not followed out of the input folder: a link whose real path stays inside it is read like a
 * file; a link out of it, a dangling link, a link to a folder, a FIFO, a socket or a device is handed out with
 * its refusal, so it is reported SKIPPED with the reason and never read (a FIFO would block the reader, a link
 * to {@code /etc/passwd} would publish it). The item count saved in the step context lets a restarted step
 * continue after the last committed chunk.
 */
class InputFolderReader extends AbstractItemCountingItemStreamItemReader<InputFile> {

    private static final Logger log = LoggerFactory.getLogger(InputFolderReader.class);

    private final Path inputDir;
    private List<InputFile> files = List.of();
    private int next;

    InputFolderReader(Path inputDir) {
        this.inputDir = inputDir;
        setName("inputFolder");
    }

    @Override
    protected void doOpen() {
        if (!Files.isDirectory(inputDir)) {
            throw new IllegalStateException(
                    "Input folder " + inputDir.toAbsolutePath() + " does not exist or is not a folder");
        }
        try (Stream<Path> listing = Files.list(inputDir)) {
            Path realInput = inputDir.toRealPath();
            List<Path> all = listing.sorted().toList();
            List<String> hidden = new ArrayList<>();
            List<String> folders = new ArrayList<>();
            List<Path> paths = new ArrayList<>();
            Map<Path, String> refusals = new HashMap<>();
            for (Path path : all) {
                String name = path.getFileName().toString();
                if (isHidden(path)) {
                    hidden.add(name);
                } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    folders.add(name);
                } else {
                    paths.add(path);
                    refusalOf(path, realInput).ifPresent(reason -> refusals.put(path, reason));
                }
            }
            if (!hidden.isEmpty()) {
                log.info(
                        "input: {} hidden file(s) ignored (names starting with '.'): {}",
                        hidden.size(),
                        String.join(", ", hidden));
            }
            if (!folders.isEmpty()) {
                log.info(
                        "input: {} sub-folder(s) ignored (only the input folder's own files are read): {}",
                        folders.size(),
                        String.join(", ", folders));
            }
            files = expandLinkFiles(assignFolders(paths).stream()
                    .map(file -> new InputFile(file.path(), file.folder(), file.key(), refusals.get(file.path())))
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list input folder " + inputDir.toAbsolutePath(), e);
        }
        next = 0;
    }

    /**
     * Why an entry of the input folder is not read, or empty when it may be: it must be a regular file, and a
     * link must stay inside the input folder once resolved.
     */
    static Optional<String> refusalOf(Path path, Path realInput) {
        boolean link = Files.isSymbolicLink(path);
        Path target;
        try {
            target = path.toRealPath();
        } catch (NoSuchFileException e) {
            return Optional.of(
                    link
                            ? "a link whose target does not exist (dangling link); not read"
                            : "vanished before it could be read");
        } catch (IOException e) {
            return Optional.of("a link that cannot be resolved (" + Failures.describe(e) + "); not read");
        }
        if (link && !target.startsWith(realInput)) {
            return Optional.of("a link to a file outside the input folder; links are not followed out of it, not read");
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class);
        } catch (IOException e) {
            return Optional.of("cannot be examined (" + Failures.describe(e) + "); not read");
        }
        if (attributes.isDirectory()) {
            return Optional.of("a link to a folder; not read");
        }
        if (!attributes.isRegularFile()) {
            return Optional.of("not a regular file (a FIFO, socket or device); not read");
        }
        return Optional.empty();
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    @Override
    protected InputFile doRead() {
        return next < files.size() ? files.get(next++) : null;
    }

    @Override
    protected void doClose() {
        files = List.of();
    }

    /** Folder names unique within the run: "x.txt" and "x.md" become "x" and "x-md". */
    static List<InputFile> assignFolders(List<Path> paths) {
        Set<String> taken = new HashSet<>();
        List<InputFile> result = new ArrayList<>(paths.size());
        for (Path path : paths) {
            String name = path.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            String folder = DocumentFolders.of(stem);
            if (!taken.add(folder.toLowerCase(Locale.ROOT))) {
                String base = DocumentFolders.of(stem + "-" + (dot > 0 ? name.substring(dot + 1) : "file"));
                folder = base;
                for (int i = 2; !taken.add(folder.toLowerCase(Locale.ROOT)); i++) {
                    folder = base + "-" + i;
                }
            }
            result.add(new InputFile(path, folder, DocumentFolders.of(name) + "-" + shortHash(name)));
        }
        return result;
    }

    /**
     * Each readable link file ({@code .url}, {@code .links}) in place of the addresses it names, one document
     * each: a {@code .url} file's page keeps the file's folder, a {@code .links} file's pages get the file's
     * folder name followed by the page's host and path. A link file that cannot be read stays one entry,
     * refused with the reason; a malformed address becomes an entry refused with its line and problem.
     */
    static List<InputFile> expandLinkFiles(List<InputFile> inputs) {
        Set<String> taken = new HashSet<>();
        inputs.forEach(input -> taken.add(input.folder().toLowerCase(Locale.ROOT)));
        List<InputFile> result = new ArrayList<>(inputs.size());
        for (InputFile input : inputs) {
            if (input.refusal() != null || !InputLinks.isLinkFile(input.fileName())) {
                result.add(input);
                continue;
            }
            List<InputLinks.Entry> entries;
            try {
                entries = InputLinks.read(input.path());
            } catch (UnreadableDocumentException e) {
                result.add(new InputFile(input.path(), input.folder(), input.key(), e.problem()));
                continue;
            }
            boolean shortcut = entries.size() == 1
                    && input.fileName().toLowerCase(Locale.ROOT).endsWith(".url");
            for (InputLinks.Entry entry : entries) {
                String folder = shortcut ? input.folder() : unique(input.folder() + "-" + slug(entry.url()), taken);
                String refusal = entry.problem() == null ? null : "line " + entry.line() + ": " + entry.problem();
                result.add(new InputFile(
                        input.path(), folder, input.key() + "-" + shortHash(entry.url()), refusal, entry.url()));
            }
        }
        return result;
    }

    /** The host and path of an address as a folder-name part: "example.org-summit-outcomes". */
    private static String slug(String url) {
        String bare = url.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "").replaceFirst("^www\\.", "");
        String slug = bare.replaceAll("[^\\p{L}\\p{N}.]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 60 ? slug.substring(0, 60) : slug;
    }

    private static String unique(String name, Set<String> taken) {
        String base = DocumentFolders.of(name);
        String folder = base;
        for (int i = 2; !taken.add(folder.toLowerCase(Locale.ROOT)); i++) {
            folder = base + "-" + i;
        }
        return folder;
    }

    private static String shortHash(String text) {
        return Sha256.hex(text).substring(0, 8);
    }
}
