package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.briefingpack.io.AtomicFiles;
import tools.jackson.databind.json.JsonMapper;

/**
 * The run's own notes on finished work, one small JSON file per document and step under
 * {@code <run>/.state/}. Written atomically after each document, so a restarted run knows exactly
 * what is done; publish folds them into run-report.json and removes them.
 */
final class RunLedger {

    private final Path stateDir;
    private final JsonMapper json;

    RunLedger(Path runDir, JsonMapper json) {
        this.stateDir = runDir.resolve(".state");
        this.json = json;
    }

    void recordExtract(DocumentRecord record) {
        AtomicFiles.write(stateDir.resolve("extract-" + record.key() + ".json"), json.writeValueAsBytes(record));
    }

    void recordRender(RenderRecord record) {
        AtomicFiles.write(stateDir.resolve("render-" + record.key() + ".json"), json.writeValueAsBytes(record));
    }

    List<DocumentRecord> extracts() {
        return read("extract-", DocumentRecord.class).stream()
                .sorted(Comparator.comparing(DocumentRecord::file))
                .toList();
    }

    Optional<RenderRecord> render(String key) {
        Path file = stateDir.resolve("render-" + key + ".json");
        return Files.exists(file) ? Optional.of(json.readValue(file.toFile(), RenderRecord.class)) : Optional.empty();
    }

    /** Removes the notes once run-report.json holds everything they said. */
    void clear() {
        if (!Files.isDirectory(stateDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(stateDir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(stateDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear run state in " + stateDir, e);
        }
    }

    private <T> List<T> read(String prefix, Class<T> type) {
        if (!Files.isDirectory(stateDir)) {
            return List.of();
        }
        List<T> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(stateDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)
                            && f.getFileName().toString().endsWith(".json"))
                    .toList()) {
                records.add(json.readValue(file.toFile(), type));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read run state in " + stateDir, e);
        }
        return records;
    }
}
