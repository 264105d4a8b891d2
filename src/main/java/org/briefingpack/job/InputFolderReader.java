package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.briefingpack.io.Sha256;
import org.briefingpack.run.DocumentFolders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Lists the input folder once (regular, non-hidden files, sorted by name, so a restart sees the same
 * order) and hands out one {@link InputFile} per file. Hidden files (.DS_Store, editor swap files) are
 * named in one log line and otherwise ignored: reporting them as skipped would flag every run. Unsupported files are handed out too: the
 * processor reports them as skipped with the reason. The item count saved in the step context lets a
 * restarted step continue after the last committed chunk.
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
            List<Path> all = listing.filter(Files::isRegularFile).sorted().toList();
            List<Path> paths = all.stream().filter(p -> !isHidden(p)).toList();
            List<String> hidden = all.stream()
                    .filter(InputFolderReader::isHidden)
                    .map(p -> p.getFileName().toString())
                    .toList();
            if (!hidden.isEmpty()) {
                log.info(
                        "input: {} hidden file(s) ignored (names starting with '.'): {}",
                        hidden.size(),
                        String.join(", ", hidden));
            }
            files = assignFolders(paths);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list input folder " + inputDir.toAbsolutePath(), e);
        }
        next = 0;
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

    private static String shortHash(String text) {
        return Sha256.hex(text).substring(0, 8);
    }
}
