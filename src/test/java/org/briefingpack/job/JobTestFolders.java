package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh input and output folder per test class under target/, wired into the briefing.* properties. */
final class JobTestFolders {

    final Path root;
    final Path input;
    final Path output;

    JobTestFolders(Class<?> testClass) {
        this(testClass, null);
    }

    /** A second set of folders for the same class (a test that needs its own). */
    JobTestFolders(Class<?> testClass, String name) {
        Path base = Path.of("target", "job-tests", testClass.getSimpleName()).toAbsolutePath();
        root = name == null ? base : base.resolve(name);
        input = root.resolve("input");
        output = root.resolve("output");
        deleteTree(root);
        try {
            Files.createDirectories(input);
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void register(DynamicPropertyRegistry registry) {
        registry.add("briefing.input", input::toString);
        registry.add("briefing.output", output::toString);
    }

    /** Copies a test document from src/test/resources/documents into the input folder. */
    Path addDocument(String name) {
        return copy(Path.of("src/test/resources/documents", name), name);
    }

    /** Copies a test document under another name. */
    Path addDocumentAs(String document, String name) {
        return copy(Path.of("src/test/resources/documents", document), name);
    }

    Path copy(Path source, String name) {
        try {
            return Files.copy(source, input.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String name, byte[] bytes) {
        try {
            return Files.write(input.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under the folder, relative to it, as strings with '/' separators. */
    static java.util.List<String> filesUnder(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
