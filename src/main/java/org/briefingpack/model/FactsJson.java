package org.briefingpack.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes {@code facts.json}: ISO dates, plain numbers ({@code 400000000}, never {@code 4E+8}). */
public final class FactsJson {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public byte[] toBytes(Facts facts) {
        return mapper.writeValueAsBytes(facts);
    }

    public void write(Facts facts, OutputStream out) {
        mapper.writeValue(out, facts);
    }

    public Facts read(InputStream in) {
        return mapper.readValue(in, Facts.class);
    }

    public Facts read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read facts from " + file, e);
        }
    }

    public JsonMapper mapper() {
        return mapper;
    }
}
