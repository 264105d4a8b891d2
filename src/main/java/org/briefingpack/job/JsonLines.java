package org.briefingpack.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileItemWriter;
import org.springframework.core.io.FileSystemResource;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Step records as JSON lines, through Spring Batch's flat file reader and writer: the writer buffers a chunk's
 * lines until the chunk commits and saves its position with it, and a restarted step truncates the file back to
 * that position, so a step's records always agree with what the job repository says it finished.
 */
final class JsonLines {

    private JsonLines() {}

    static ObjectWriter writerOf(JsonMapper json) {
        return json.writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    static <T> FlatFileItemWriter<T> writer(String name, Path file, JsonMapper json) {
        ObjectWriter line = writerOf(json);
        FlatFileItemWriter<T> writer = new FlatFileItemWriter<>(new FileSystemResource(file), line::writeValueAsString);
        writer.setName(name);
        writer.setEncoding(StandardCharsets.UTF_8.name());
        return writer;
    }

    static <T> FlatFileItemReader<T> reader(String name, Path file, JsonMapper json, Class<T> type) {
        FlatFileItemReader<T> reader =
                new FlatFileItemReader<>(new FileSystemResource(file), (line, number) -> json.readValue(line, type));
        reader.setName(name);
        reader.setEncoding(StandardCharsets.UTF_8.name());
        reader.setComments(new String[0]);
        return reader;
    }

    /** Every record in a finished step's file; none when the step wrote nothing. */
    static <T> List<T> readAll(Path file, JsonMapper json, Class<T> type) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank())
                    .map(line -> json.readValue(line, type))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read step records " + file, e);
        }
    }
}
